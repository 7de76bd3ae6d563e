/* SPDX-License-Identifier: GPL-2.0 */
/* All kernel synchronisation primitives. */
#ifndef _SYS_T_LOCK_H
#define _SYS_T_LOCK_H

#include <sys/types.h>
#include <sys/mutex.h>
#include <sys/rwlock.h>
#include <sys/semaphore.h>
#include <sys/condvar.h>

#endif /* _SYS_T_LOCK_H */
