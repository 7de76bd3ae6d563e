/* SPDX-License-Identifier: GPL-2.0 */
/*
 * System task queues.  Target drivers use the DDI task queues of
 * <sys/sunddi.h> (ddi_taskq_*), which are implemented; the kernel-private
 * taskq_* interface is not, so a port that calls it fails at build time.
 * The types and flags are here because DDI headers (st's stdef.h) include
 * this file for them.
 */
#ifndef _SYS_TASKQ_H
#define _SYS_TASKQ_H

#include <sys/types.h>

#define TASKQ_NAMELEN		31

typedef struct taskq	taskq_t;
typedef uintptr_t	taskqid_t;
typedef void (task_func_t)(void *);

#define TASKQ_PREPOPULATE	0x0001
#define TASKQ_CPR_SAFE		0x0002
#define TASKQ_DYNAMIC		0x0004
#define TASKQ_THREADS_CPU_PCT	0x0008
#define TASKQ_DC_BATCH		0x0010

#define TQ_SLEEP		0x00
#define TQ_NOSLEEP		0x01
#define TQ_NOQUEUE		0x02
#define TQ_NOALLOC		0x04
#define TQ_FRONT		0x08

#define TASKQID_INVALID		((taskqid_t)0)

#ifdef _KERNEL
/* system_taskq is not declared: a port that uses it fails to compile. */
__SCSA_ABSENT extern taskq_t *taskq_create(const char *name, int nthreads, pri_t pri,
					   int minalloc, int maxalloc, uint_t flags);
__SCSA_ABSENT extern taskqid_t taskq_dispatch(taskq_t *tq, task_func_t func, void *arg,
					      uint_t flags);
__SCSA_ABSENT extern void taskq_destroy(taskq_t *tq);
__SCSA_ABSENT extern void taskq_wait(taskq_t *tq);
__SCSA_ABSENT extern void taskq_wait_id(taskq_t *tq, taskqid_t id);
__SCSA_ABSENT extern boolean_t taskq_empty(taskq_t *tq);
__SCSA_ABSENT extern void taskq_suspend(taskq_t *tq);
__SCSA_ABSENT extern int taskq_suspended(taskq_t *tq);
__SCSA_ABSENT extern void taskq_resume(taskq_t *tq);
__SCSA_ABSENT extern int taskq_member(taskq_t *tq, kthread_t *thread);
#endif

#endif /* _SYS_TASKQ_H */
