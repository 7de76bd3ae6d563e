/* SPDX-License-Identifier: GPL-2.0 */
/* All kernel synchronisation primitives, and the number of CPUs. */
#ifndef _SYS_T_LOCK_H
#define _SYS_T_LOCK_H

#include <sys/types.h>
#include <sys/param.h>
#include <sys/mutex.h>
#include <sys/rwlock.h>
#include <sys/semaphore.h>
#include <sys/condvar.h>

#ifdef _KERNEL
/*
 * The CPUs the machine has (Linux's present CPUs when scsa_compat was
 * loaded; CPUs added later are not counted).  Drivers size per-CPU
 * resources with it, such as the threads of a task queue.
 */
__SCSA_EXPORT extern int ncpus;
#endif

#endif /* _SYS_T_LOCK_H */
