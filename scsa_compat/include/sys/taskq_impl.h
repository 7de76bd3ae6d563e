/* SPDX-License-Identifier: GPL-2.0 */
/*
 * illumos's task queue internals.  No driver may look inside a task queue
 * (they are Linux workqueues here); the header exists because st's stdef.h
 * includes it.  As in illumos it brings <sys/inttypes.h>, on which st relies
 * for PRIx64 and UINT64_C.
 */
#ifndef _SYS_TASKQ_IMPL_H
#define _SYS_TASKQ_IMPL_H

#include <sys/inttypes.h>
#include <sys/taskq.h>

#endif /* _SYS_TASKQ_IMPL_H */
