// SPDX-License-Identifier: GPL-2.0
/*
 * DDI task queues, ddi_taskq_*(9F), over workqueues.  A queue of one thread
 * is ordered, as an illumos single-threaded taskq runs its tasks in order.
 */
#include <linux/workqueue.h>
#include <linux/slab.h>
#include <linux/export.h>

#include <scsa_prims.h>

/* illumos values: DDI_SUCCESS, DDI_FAILURE, and the DDI_NOSLEEP dispatch flag. */
#define SCSA_DDI_SUCCESS	0
#define SCSA_DDI_FAILURE	(-1)
#define SCSA_DDI_NOSLEEP	1

struct ddi_taskq {
	struct workqueue_struct *wq;
};

struct scsa_task {
	struct work_struct work;
	void (*func)(void *);
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
