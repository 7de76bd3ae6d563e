/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Condition variables.
 *
 * Linux forces a difference: illumos needs two bytes, but the runtime
 * embeds a Linux wait queue head (a spinlock, which with lockdep is about
 * 72 bytes, and a list head) plus a state word, so 128 bytes of opaque
 * storage are reserved.  All-zero memory is a valid initialised condition
 * variable (the runtime initialises lazily): smp waits on a kcondvar_t it
 * never passed to cv_init().
 */
#ifndef _SYS_CONDVAR_H
#define _SYS_CONDVAR_H

#include <sys/types.h>
#include <sys/time.h>
#include <sys/mutex.h>

/* Storage for a Linux wait queue; zero-filled storage is initialised. */
typedef struct kcondvar	kcondvar_t;

#ifdef _KERNEL
__SCSA_IMPL extern void cv_init(kcondvar_t *, char *, kcv_type_t, void *);
__SCSA_IMPL extern void cv_destroy(kcondvar_t *);
__SCSA_IMPL extern void cv_wait(kcondvar_t *, kmutex_t *);
__SCSA_IMPL extern int cv_wait_sig(kcondvar_t *, kmutex_t *);
__SCSA_IMPL extern clock_t cv_timedwait(kcondvar_t *, kmutex_t *, clock_t);
__SCSA_IMPL extern clock_t cv_timedwait_sig(kcondvar_t *, kmutex_t *, clock_t);
__SCSA_IMPL extern clock_t cv_reltimedwait(kcondvar_t *, kmutex_t *, clock_t, time_res_t);
__SCSA_IMPL extern clock_t cv_reltimedwait_sig(kcondvar_t *, kmutex_t *, clock_t,
    time_res_t);
__SCSA_IMPL extern void cv_signal(kcondvar_t *);
__SCSA_IMPL extern void cv_broadcast(kcondvar_t *);
#endif

#endif /* _SYS_CONDVAR_H */
