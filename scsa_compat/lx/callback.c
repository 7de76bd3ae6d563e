// SPDX-License-Identifier: GPL-2.0
/*
 * The SCSA resource-callback list: see scsa_cb.h.
 */
#include <linux/list.h>
#include <linux/slab.h>
#include <linux/mempool.h>
#include <linux/spinlock.h>
#include <linux/workqueue.h>
#include <linux/module.h>

#include <scsa_cb.h>
#include "scsa_lx.h"

struct scsa_cb {
	struct list_head link;
	int (*func)(char *arg);
	char *arg;
	unsigned long count;
};

static LIST_HEAD(scsa_cb_list);
static DEFINE_SPINLOCK(scsa_cb_lock);
static struct work_struct scsa_cb_work;
static struct workqueue_struct *scsa_cb_wq;
/* Queuing happens where allocation may not sleep; a reserve covers it. */
static mempool_t *scsa_cb_pool;
#define SCSA_CB_RESERVE		32

void scsa_callback_queue(int (*func)(char *), char *arg)
{
	struct scsa_cb *cb, *new;
	unsigned long flags;

	new = mempool_alloc(scsa_cb_pool, GFP_NOWAIT | __GFP_NOWARN);
	spin_lock_irqsave(&scsa_cb_lock, flags);
	list_for_each_entry(cb, &scsa_cb_list, link) {
		if (cb->func == func && cb->arg == arg) {
			cb->count++;
			spin_unlock_irqrestore(&scsa_cb_lock, flags);
			if (new)
				mempool_free(new, scsa_cb_pool);
			return;
		}
	}
	if (new) {
		new->func = func;
		new->arg = arg;
		new->count = 1;
		list_add_tail(&new->link, &scsa_cb_list);
	}
	spin_unlock_irqrestore(&scsa_cb_lock, flags);
	if (!new)
		pr_err_ratelimited("scsa_compat: resource callback %ps lost: no memory\n", func);
}

void scsa_callback_run(void)
{
	if (!list_empty_careful(&scsa_cb_list))
		queue_work(scsa_cb_wq, &scsa_cb_work);
}

static void scsa_cb_worker(struct work_struct *work)
{
	struct scsa_cb *cb;
	unsigned long flags;
	LIST_HEAD(todo);

	spin_lock_irqsave(&scsa_cb_lock, flags);
	list_splice_init(&scsa_cb_list, &todo);
	spin_unlock_irqrestore(&scsa_cb_lock, flags);

	while ((cb = list_first_entry_or_null(&todo, struct scsa_cb, link))) {
		list_del(&cb->link);
		while (cb->count && cb->func(cb->arg))
			cb->count--;
		if (!cb->count) {
			mempool_free(cb, scsa_cb_pool);
			continue;
		}
		/* Still no resources: wait for the next release, with its count. */
		spin_lock_irqsave(&scsa_cb_lock, flags);
		list_add_tail(&cb->link, &scsa_cb_list);
		spin_unlock_irqrestore(&scsa_cb_lock, flags);
	}
}

/*
 * A driver unloaded with a callback still queued would leave the list
 * pointing into freed text: its entries are dropped as it goes.
 */
static int scsa_cb_module_notify(struct notifier_block *nb, unsigned long action, void *data)
{
	struct module *mod = data;
	struct scsa_cb *cb, *tmp;
	unsigned long flags;
	LIST_HEAD(dead);

	if (action != MODULE_STATE_GOING)
		return NOTIFY_DONE;
	/* A running worker may hold entries off the list: let it finish. */
	flush_workqueue(scsa_cb_wq);
	spin_lock_irqsave(&scsa_cb_lock, flags);
	list_for_each_entry_safe(cb, tmp, &scsa_cb_list, link)
		if (within_module((unsigned long)cb->func, mod))
			list_move(&cb->link, &dead);
	spin_unlock_irqrestore(&scsa_cb_lock, flags);
	list_for_each_entry_safe(cb, tmp, &dead, link) {
		pr_warn("scsa_compat: %s unloaded with resource callback %ps queued\n",
			mod->name, cb->func);
		mempool_free(cb, scsa_cb_pool);
	}
	return NOTIFY_OK;
}

static struct notifier_block scsa_cb_module_nb = {
	.notifier_call = scsa_cb_module_notify,
};

int __init scsa_callback_init(void)
{
	int ret;

	INIT_WORK(&scsa_cb_work, scsa_cb_worker);
	scsa_cb_pool = mempool_create_kmalloc_pool(SCSA_CB_RESERVE, sizeof(struct scsa_cb));
	if (!scsa_cb_pool)
		return -ENOMEM;
	scsa_cb_wq = alloc_workqueue("scsa_callback", WQ_MEM_RECLAIM, 1);
	if (!scsa_cb_wq) {
		ret = -ENOMEM;
		goto destroy_pool;
	}
	ret = register_module_notifier(&scsa_cb_module_nb);
	if (ret)
		goto destroy_wq;
	return 0;

destroy_wq:
	destroy_workqueue(scsa_cb_wq);
destroy_pool:
	mempool_destroy(scsa_cb_pool);
	return ret;
}

/* Modules that queued callbacks hold references on us: the list is empty. */
void scsa_callback_exit(void)
{
	unregister_module_notifier(&scsa_cb_module_nb);
	destroy_workqueue(scsa_cb_wq);
	WARN_ON(!list_empty(&scsa_cb_list));
	mempool_destroy(scsa_cb_pool);
}
