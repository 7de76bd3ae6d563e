/* SPDX-License-Identifier: GPL-2.0 */
/*
 * System task queues, taskq_*(), over Linux workqueues (lx/taskq.c, which
 * explains how).  A queue of one thread runs its tasks in order; nthreads
 * with TASKQ_THREADS_CPU_PCT is a percentage of the online CPUs (at least
 * one thread).  minalloc task entries are kept for reuse (allocated at
 * creation with TASKQ_PREPOPULATE), so a TQ_NOSLEEP dispatch, allowed in
 * any context, succeeds while one is free; at most maxalloc are pending or
 * running: beyond that TQ_NOSLEEP fails (TASKQID_INVALID) and TQ_SLEEP
 * waits up to a second for one, then takes one all the same, as illumos
 * does.  taskq_create() sleeps for memory and never fails.  The DDI's own
 * task queues are ddi_taskq_*() in <sys/sunddi.h>.
 */
#ifndef _SYS_TASKQ_H
#define _SYS_TASKQ_H

#include <sys/types.h>
#include <scsa_prims.h>

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
/* Created when scsa_compat loads: 64 threads a CPU (at most 512). */
__SCSA_EXPORT extern taskq_t *system_taskq;

__SCSA_PARTIAL("pri is not honoured: tasks run in Linux workqueue threads of normal priority; TASKQ_DYNAMIC and TASKQ_CPR_SAFE change nothing")
extern taskq_t *taskq_create(const char *name, int nthreads, pri_t pri,
    int minalloc, int maxalloc, uint_t flags);
__SCSA_IMPL extern taskqid_t taskq_dispatch(taskq_t *tq, task_func_t func,
    void *arg, uint_t flags);
__SCSA_IMPL extern void taskq_destroy(taskq_t *tq);
__SCSA_IMPL extern void taskq_wait(taskq_t *tq);
__SCSA_IMPL extern void taskq_wait_id(taskq_t *tq, taskqid_t id);
__SCSA_IMPL extern boolean_t taskq_empty(taskq_t *tq);
__SCSA_IMPL extern void taskq_suspend(taskq_t *tq);
__SCSA_IMPL extern int taskq_suspended(taskq_t *tq);
__SCSA_IMPL extern void taskq_resume(taskq_t *tq);
__SCSA_IMPL extern int taskq_member(taskq_t *tq, kthread_t *thread);
#endif

#endif /* _SYS_TASKQ_H */
