// SPDX-License-Identifier: GPL-2.0
/*
 * Task queues over workqueues: the DDI's ddi_taskq_*(9F), and the system
 * task queues taskq_*() that sd and its xbuf layer use.
 *
 * A ddi_taskq is a workqueue; one of one thread is ordered, as an illumos
 * single-threaded taskq runs its tasks in order.
 *
 * A taskq keeps its own list of pending tasks, and has nthreads "runners",
 * work items of a workqueue allowed nthreads of them at once.  A runner
 * takes tasks from the head of the list and runs them until the list is
 * empty, so at most nthreads tasks run at once, one runner runs them in
 * order, and TQ_FRONT can put a task first.  Tasks live in entries: up to
 * minalloc of them are kept for reuse (allocated at creation with
 * TASKQ_PREPOPULATE), so a TQ_NOSLEEP dispatch from any context succeeds
 * while one is free; at most maxalloc are outstanding (pending or
 * running).  Beyond that a TQ_NOSLEEP dispatch fails, and a TQ_SLEEP one
 * waits for an entry to come back, but, as illumos does, for one second
 * at most: then it allocates one all the same, lest a task that dispatches
 * to its own queue wait for itself.  The lock is taken with interrupts off:
 * dispatches come from completion and timer context.
 */
#include <linux/workqueue.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/wait.h>
#include <linux/delay.h>
#include <linux/cpumask.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/export.h>

#include <scsa_prims.h>
#include "scsa_lx.h"

/* illumos values: DDI_SUCCESS, DDI_FAILURE, and the DDI_NOSLEEP dispatch flag. */
#define SCSA_DDI_SUCCESS	0
#define SCSA_DDI_FAILURE	(-1)
#define SCSA_DDI_NOSLEEP	1

struct ddi_taskq {
	struct workqueue_struct *wq;
};

struct scsa_task {
	struct work_struct work;
	void (*func)(void *arg);
	void *arg;
};

static void scsa_task_run(struct work_struct *work)
{
	struct scsa_task *t = container_of(work, struct scsa_task, work);

	t->func(t->arg);
	kfree(t);
}

struct ddi_taskq *ddi_taskq_create(struct dev_info *dip, const char *name, int nthreads,
				   short pri, unsigned int cflags)
{
	struct ddi_taskq *tq;

	might_sleep();
	tq = kzalloc(sizeof(*tq), GFP_KERNEL);
	if (!tq)
		return NULL;
	if (nthreads <= 1)
		tq->wq = alloc_ordered_workqueue("%s", WQ_MEM_RECLAIM, name);
	else
		tq->wq = alloc_workqueue("%s", WQ_UNBOUND | WQ_MEM_RECLAIM, nthreads, name);
	if (!tq->wq) {
		kfree(tq);
		return NULL;
	}
	return tq;
}
EXPORT_SYMBOL(ddi_taskq_create);

/* Waits for every task dispatched so far, as illumos does. */
void ddi_taskq_destroy(struct ddi_taskq *tq)
{
	destroy_workqueue(tq->wq);
	kfree(tq);
}
EXPORT_SYMBOL(ddi_taskq_destroy);

int ddi_taskq_dispatch(struct ddi_taskq *tq, void (*func)(void *), void *arg,
		       unsigned int dflags)
{
	gfp_t gfp = (dflags & SCSA_DDI_NOSLEEP) ? GFP_NOWAIT | __GFP_NOWARN : GFP_KERNEL;
	struct scsa_task *t;

	t = kmalloc(sizeof(*t), gfp);
	if (!t)
		return SCSA_DDI_FAILURE;
	INIT_WORK(&t->work, scsa_task_run);
	t->func = func;
	t->arg = arg;
	queue_work(tq->wq, &t->work);
	return SCSA_DDI_SUCCESS;
}
EXPORT_SYMBOL(ddi_taskq_dispatch);

void ddi_taskq_wait(struct ddi_taskq *tq)
{
	flush_workqueue(tq->wq);
}
EXPORT_SYMBOL(ddi_taskq_wait);

/* illumos's taskq_create() and taskq_dispatch() flags (<sys/taskq.h>) */
#define SCSA_TASKQ_PREPOPULATE		0x0001
#define SCSA_TASKQ_THREADS_CPU_PCT	0x0008
#define SCSA_TQ_NOSLEEP			0x01
#define SCSA_TQ_NOQUEUE			0x02
#define SCSA_TQ_NOALLOC			0x04
#define SCSA_TQ_FRONT			0x08

struct taskq_ent {
	struct list_head link;
	void (*func)(void *arg);
	void *arg;
};

struct taskq_runner {
	struct work_struct work;
	struct list_head idle;		/* on tq->idle_runners when not scheduled */
	struct taskq *tq;
	struct _kthread *thread;	/* the thread running tasks, or NULL */
};

struct taskq {
	spinlock_t lock;		/* the lists, counts and state below */
	struct list_head pending;	/* tasks not yet started, oldest first */
	struct list_head free;		/* entries kept for reuse */
	struct list_head idle_runners;
	int nfree;
	int nout;			/* entries pending or running */
	int npending;
	int nactive;			/* tasks running */
	int nscheduled;			/* runners queued or running */
	int minalloc;
	int maxalloc;
	int nthreads;
	bool suspended;
	wait_queue_head_t alloc_wait;	/* an entry came back */
	wait_queue_head_t idle_wait;	/* a runner stopped */
	struct workqueue_struct *wq;
	struct taskq_runner runners[];
};

struct taskq *system_taskq;
EXPORT_SYMBOL(system_taskq);

/* Called with tq->lock held: a runner to queue for the tasks pending, if any. */
static struct taskq_runner *taskq_runner_to_kick(struct taskq *tq)
{
	struct taskq_runner *r;

	if (tq->suspended || tq->nscheduled >= tq->nthreads ||
	    tq->nscheduled >= tq->npending + tq->nactive)
		return NULL;
	r = list_first_entry_or_null(&tq->idle_runners, struct taskq_runner, idle);
	if (r) {
		list_del_init(&r->idle);
		tq->nscheduled++;
	}
	return r;
}

/* Called with tq->lock held: an entry is no longer outstanding. */
static struct taskq_ent *taskq_ent_put(struct taskq *tq, struct taskq_ent *e)
{
	tq->nout--;
	wake_up(&tq->alloc_wait);
	if (tq->nfree < tq->minalloc) {
		list_add(&e->link, &tq->free);
		tq->nfree++;
		return NULL;
	}
	return e;		/* for the caller to free */
}

static void taskq_run(struct work_struct *work)
{
	struct taskq_runner *r = container_of(work, struct taskq_runner, work);
	struct taskq *tq = r->tq;
	struct taskq_ent *e, *done;

	spin_lock_irq(&tq->lock);
	r->thread = threadp();
	while (!tq->suspended && !list_empty(&tq->pending)) {
		e = list_first_entry(&tq->pending, struct taskq_ent, link);
		list_del(&e->link);
		tq->npending--;
		tq->nactive++;
		spin_unlock_irq(&tq->lock);

		e->func(e->arg);

		spin_lock_irq(&tq->lock);
		tq->nactive--;
		done = taskq_ent_put(tq, e);
		spin_unlock_irq(&tq->lock);
		kfree(done);
		cond_resched();
		spin_lock_irq(&tq->lock);
	}
	r->thread = NULL;
	list_add(&r->idle, &tq->idle_runners);
	tq->nscheduled--;
	wake_up(&tq->idle_wait);
	spin_unlock_irq(&tq->lock);
}

static bool taskq_may_alloc(struct taskq *tq)
{
	unsigned long irqf;
	bool ok;

	spin_lock_irqsave(&tq->lock, irqf);
	ok = tq->nfree > 0 || tq->nout < tq->maxalloc;
	spin_unlock_irqrestore(&tq->lock, irqf);
	return ok;
}

/*
 * An entry for a dispatch, counted as outstanding, or NULL.  Called with
 * tq->lock held; may drop it (and sleep, without TQ_NOSLEEP).
 */
static struct taskq_ent *taskq_ent_get(struct taskq *tq, unsigned int flags,
				       unsigned long *irqf)
	__must_hold(&tq->lock)
{
	bool nosleep = flags & SCSA_TQ_NOSLEEP;
	struct taskq_ent *e;

	for (;;) {
		e = list_first_entry_or_null(&tq->free, struct taskq_ent, link);
		if (e) {
			list_del(&e->link);
			tq->nfree--;
			tq->nout++;
			return e;
		}
		if (flags & SCSA_TQ_NOALLOC)
			return NULL;
		if (tq->nout < tq->maxalloc)
			break;
		if (nosleep)
			return NULL;
		spin_unlock_irqrestore(&tq->lock, *irqf);
		if (!wait_event_timeout(tq->alloc_wait, taskq_may_alloc(tq), HZ)) {
			spin_lock_irqsave(&tq->lock, *irqf);
			break;		/* a second: allocate one all the same */
		}
		spin_lock_irqsave(&tq->lock, *irqf);
	}
	tq->nout++;
	spin_unlock_irqrestore(&tq->lock, *irqf);
	e = kmalloc(sizeof(*e), nosleep ? GFP_NOWAIT | __GFP_NOWARN : GFP_KERNEL | __GFP_NOFAIL);
	spin_lock_irqsave(&tq->lock, *irqf);
	if (!e) {
		tq->nout--;
		wake_up(&tq->alloc_wait);
	}
	return e;
}

unsigned long taskq_dispatch(struct taskq *tq, void (*func)(void *), void *arg,
			     unsigned int flags)
{
	struct taskq_runner *kick;
	struct taskq_ent *e;
	unsigned long irqf;

	if (!(flags & SCSA_TQ_NOSLEEP))
		might_sleep();
	spin_lock_irqsave(&tq->lock, irqf);
	if ((flags & SCSA_TQ_NOQUEUE) &&
	    (tq->suspended || tq->npending + tq->nactive >= tq->nthreads)) {
		spin_unlock_irqrestore(&tq->lock, irqf);
		return 0;
	}
	e = taskq_ent_get(tq, flags, &irqf);
	if (!e) {
		spin_unlock_irqrestore(&tq->lock, irqf);
		return 0;
	}
	e->func = func;
	e->arg = arg;
	if (flags & SCSA_TQ_FRONT)
		list_add(&e->link, &tq->pending);
	else
		list_add_tail(&e->link, &tq->pending);
	tq->npending++;
	kick = taskq_runner_to_kick(tq);
	spin_unlock_irqrestore(&tq->lock, irqf);
	if (kick)
		queue_work(tq->wq, &kick->work);
	return (unsigned long)e;
}
EXPORT_SYMBOL(taskq_dispatch);

/* Memory a taskq_create() that never fails waits for. */
static void *taskq_zalloc_wait(size_t size)
{
	void *p;

	while (!(p = kvzalloc(size, GFP_KERNEL)))
		msleep(20);
	return p;
}

struct taskq *taskq_create(const char *name, int nthreads, short pri, int minalloc,
			   int maxalloc, unsigned int flags)
{
	struct taskq *tq;
	int i;

	might_sleep();
	if (flags & SCSA_TASKQ_THREADS_CPU_PCT)
		nthreads = num_online_cpus() * nthreads / 100;
	nthreads = clamp(nthreads, 1, WQ_MAX_ACTIVE);
	minalloc = max(minalloc, 0);
	maxalloc = max(maxalloc, max(minalloc, 1));

	tq = taskq_zalloc_wait(struct_size(tq, runners, nthreads));
	spin_lock_init(&tq->lock);
	INIT_LIST_HEAD(&tq->pending);
	INIT_LIST_HEAD(&tq->free);
	INIT_LIST_HEAD(&tq->idle_runners);
	init_waitqueue_head(&tq->alloc_wait);
	init_waitqueue_head(&tq->idle_wait);
	tq->nthreads = nthreads;
	tq->minalloc = minalloc;
	tq->maxalloc = maxalloc;
	for (i = 0; i < nthreads; i++) {
		INIT_WORK(&tq->runners[i].work, taskq_run);
		tq->runners[i].tq = tq;
		list_add_tail(&tq->runners[i].idle, &tq->idle_runners);
	}
	if (flags & SCSA_TASKQ_PREPOPULATE) {
		for (i = 0; i < minalloc; i++) {
			struct taskq_ent *e = kmalloc(sizeof(*e), GFP_KERNEL | __GFP_NOFAIL);

			list_add(&e->link, &tq->free);
			tq->nfree++;
		}
	}
	while (!(tq->wq = alloc_workqueue("%s", WQ_UNBOUND | WQ_MEM_RECLAIM, nthreads, name)))
		msleep(20);
	return tq;
}
EXPORT_SYMBOL(taskq_create);

static bool taskq_idle(struct taskq *tq)
{
	unsigned long irqf;
	bool idle;

	spin_lock_irqsave(&tq->lock, irqf);
	idle = tq->npending == 0 && tq->nactive == 0;
	spin_unlock_irqrestore(&tq->lock, irqf);
	return idle;
}

/* Until no task is pending or running, those dispatched meanwhile included. */
void taskq_wait(struct taskq *tq)
{
	might_sleep();
	wait_event(tq->idle_wait, taskq_idle(tq));
}
EXPORT_SYMBOL(taskq_wait);

/* As illumos's for a queue that is not dynamic: the whole queue. */
void taskq_wait_id(struct taskq *tq, unsigned long id)
{
	taskq_wait(tq);
}
EXPORT_SYMBOL(taskq_wait_id);

unsigned int taskq_empty(struct taskq *tq)
{
	return taskq_idle(tq);
}
EXPORT_SYMBOL(taskq_empty);

static bool taskq_none_active(struct taskq *tq)
{
	unsigned long irqf;
	bool none;

	spin_lock_irqsave(&tq->lock, irqf);
	none = tq->nactive == 0;
	spin_unlock_irqrestore(&tq->lock, irqf);
	return none;
}

/* Tasks still queue; none starts, and the running ones are waited for. */
void taskq_suspend(struct taskq *tq)
{
	spin_lock_irq(&tq->lock);
	tq->suspended = true;
	spin_unlock_irq(&tq->lock);
	wait_event(tq->idle_wait, taskq_none_active(tq));
}
EXPORT_SYMBOL(taskq_suspend);

int taskq_suspended(struct taskq *tq)
{
	return READ_ONCE(tq->suspended);
}
EXPORT_SYMBOL(taskq_suspended);

void taskq_resume(struct taskq *tq)
{
	struct taskq_runner *kick;
	LIST_HEAD(kicks);

	spin_lock_irq(&tq->lock);
	tq->suspended = false;
	while ((kick = taskq_runner_to_kick(tq)))
		list_add_tail(&kick->idle, &kicks);
	spin_unlock_irq(&tq->lock);
	while ((kick = list_first_entry_or_null(&kicks, struct taskq_runner, idle))) {
		list_del_init(&kick->idle);
		queue_work(tq->wq, &kick->work);
	}
}
EXPORT_SYMBOL(taskq_resume);

/* Whether @thread is running this queue's tasks. */
int taskq_member(struct taskq *tq, struct _kthread *thread)
{
	unsigned long irqf;
	int i, member = 0;

	spin_lock_irqsave(&tq->lock, irqf);
	for (i = 0; i < tq->nthreads && !member; i++)
		member = thread && tq->runners[i].thread == thread;
	spin_unlock_irqrestore(&tq->lock, irqf);
	return member;
}
EXPORT_SYMBOL(taskq_member);

/* Waits for every task dispatched, those they dispatch included. */
void taskq_destroy(struct taskq *tq)
{
	struct taskq_ent *e, *next;

	if (taskq_suspended(tq))
		taskq_resume(tq);
	taskq_wait(tq);
	destroy_workqueue(tq->wq);
	list_for_each_entry_safe(e, next, &tq->free, link)
		kfree(e);
	kvfree(tq);
}
EXPORT_SYMBOL(taskq_destroy);

/* illumos's system_taskq: 64 threads a CPU, up to the workqueue's limit. */
int __init scsa_taskq_init(void)
{
	system_taskq = taskq_create("system_taskq", min(64 * (int)num_online_cpus(), 512), 0,
				    4, 512, SCSA_TASKQ_PREPOPULATE);
	return 0;
}

void scsa_taskq_exit(void)
{
	taskq_destroy(system_taskq);
}
