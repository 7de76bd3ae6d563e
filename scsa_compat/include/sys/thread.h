/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel threads: curthread, the thread states and the t_flag bits.
 *
 * scsa_compat's kthread_t (struct _kthread, <scsa_prims.h>) has a single
 * member, t_flag; a driver that reaches for another one does not build.
 * curthread identifies the calling thread, as on illumos: it is the same
 * while the thread lives and no other live thread's.  Its t_flag is 0, or
 * T_INTR_THREAD when called in interrupt context (scsa_compat itself never
 * runs driver code there); writing it faults.
 */
#ifndef _SYS_THREAD_H
#define _SYS_THREAD_H

#include <sys/types.h>
#include <scsa_prims.h>
#include <sys/t_lock.h>
#include <sys/time.h>

/* t_state: what a thread is doing; thread_create() takes TS_RUN or TS_STOPPED */
#define TS_FREE		0x00
#define TS_SLEEP	0x01
#define TS_RUN		0x02
#define TS_ONPROC	0x04
#define TS_ZOMB		0x08
#define TS_STOPPED	0x10
#define TS_WAIT		0x20

/* A kernel thread's id for debuggers (t_did, thread_join()) */
typedef uint64_t	kt_did_t;

/* t_flag */
#define T_INTR_THREAD	0x0001
#define T_WAKEABLE	0x0002
#define T_TOMASK	0x0004
#define T_TALLOCSTK	0x0008
#define T_FORKALL	0x0010
#define T_WOULDBLOCK	0x0020
#define T_DONTBLOCK	0x0040
#define T_DONTPEND	0x0080
#define T_SYS_PROF	0x0100
#define T_WAITCVSEM	0x0200
#define T_WATCHPT	0x0400
#define T_PANIC		0x0800
#define T_LWPREUSE	0x1000
#define T_CAPTURING	0x2000
#define T_VFPARENT	0x4000
#define T_DONTDTRACE	0x8000

#ifdef _KERNEL
__SCSA_PARTIAL("a kthread_t has only t_flag: 0, or T_INTR_THREAD in interrupt context")
extern kthread_t *threadp(void);
#define curthread	(threadp())
#endif

#endif /* _SYS_THREAD_H */
