/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Processes, as far as drivers see them: a driver's kernel threads belong
 * to p0, the kernel's process, and are made by thread_create() (Linux
 * kernel threads, lx/thread.c).  A thread ends by returning from its
 * function or by calling thread_exit(); until then it holds a reference on
 * the module that created it, which therefore stays loaded.  thread_join()
 * is absent.
 */
#ifndef _SYS_PROC_H
#define _SYS_PROC_H

#include <sys/types.h>
#include <sys/thread.h>
#include <scsa_prims.h>

#ifdef _KERNEL
/* The kernel's process: only its address means anything. */
__SCSA_EXPORT extern proc_t p0;

/* The thread's function takes arg, or nothing: it is declared old-style. */
__SCSA_KR_BEGIN
__SCSA_PARTIAL("stk must be NULL and state TS_RUN (a Linux kernel thread with its own stack, running at once); pri is not honoured; the thread pins the calling module")
extern kthread_t *thread_create(caddr_t stk, size_t stksize,
    void (*proc)(), void *arg, size_t len, proc_t *pp, int state, pri_t pri);
__SCSA_KR_END
__SCSA_IMPL extern void thread_exit(void) __attribute__((__noreturn__));
__SCSA_ABSENT extern void thread_join(kt_did_t);

/*
 * thread_create() is scsa_thread_create() told which module calls it
 * (every Linux module has its __this_module), to keep that module loaded
 * while the thread runs.  thread_exit() is scsa_kthread_exit() followed by
 * a trap, which tells the compiler and objtool that the path ends.
 */
#define thread_exit()	(scsa_kthread_exit(), __builtin_trap())
#define thread_create(stk, stksize, proc, arg, len, pp, state, pri)	\
	scsa_thread_create((stk), (stksize), (void (*)(void *))(proc),	\
	    (arg), (len), (pp), (state), (pri), &__this_module)
#endif

#endif /* _SYS_PROC_H */
