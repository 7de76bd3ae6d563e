/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Processes, as far as drivers see them: a driver's kernel threads belong
 * to p0, the kernel's process.  scsa_compat does not start threads for
 * drivers (they have DDI task queues and timeouts), so thread_create(),
 * thread_exit() and thread_join() are absent, and p0, which only a caller
 * of thread_create() names, is not declared.
 */
#ifndef _SYS_PROC_H
#define _SYS_PROC_H

#include <sys/types.h>
#include <sys/thread.h>

#ifdef _KERNEL
/* The thread's function takes arg, or nothing: it is declared old-style. */
__SCSA_KR_BEGIN
__SCSA_ABSENT extern kthread_t *thread_create(caddr_t stk, size_t stksize,
    void (*proc)(), void *arg, size_t len, proc_t *pp, int state, pri_t pri);
__SCSA_KR_END
__SCSA_ABSENT extern void thread_exit(void) __attribute__((__noreturn__));
__SCSA_ABSENT extern void thread_join(kt_did_t);
#endif

#endif /* _SYS_PROC_H */
