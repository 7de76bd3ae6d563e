// SPDX-License-Identifier: GPL-2.0
/*
 * timeout(9F) and untimeout(9F).
 *
 * illumos callout handlers may take adaptive mutexes, so they run from
 * delayed work on a workqueue of their own rather than from a timer
 * (softirq).  Each callout has a unique id, never reused while the callout
 * exists; untimeout() of an id that has fired or been cancelled is harmless.
 *
 * Ownership: a callout is in the id hash from timeout() until
 * its handler has returned or untimeout() has cancelled it.  untimeout()
 * that finds it pending marks it cancelled, so the handler will not run the
 * function; one that finds it running waits for it, as illumos requires,
 * unless it is called by that very handler.
 */
#include <linux/workqueue.h>
#include <linux/hashtable.h>
#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/mempool.h>
#include <linux/kref.h>
#include <linux/completion.h>
#include <linux/sched.h>
#include <linux/export.h>

#include <scsa_prims.h>
#include "scsa_lx.h"

enum scsa_callout_state {
	SCSA_CALLOUT_PENDING,
	SCSA_CALLOUT_RUNNING,
	SCSA_CALLOUT_CANCELLED,
};

struct scsa_callout {
	struct delayed_work dwork;
	struct hlist_node node;		/* in scsa_callout_hash */
	void (*func)(void *arg);
	void *arg;
	u64 id;
	enum scsa_callout_state state;	/* under scsa_callout_lock */
	struct task_struct *runner;
	struct kref ref;
	struct completion done;
};

/*
 * One lock for all callouts: timeout() is not on any I/O fast path (target
 * drivers use it to restart after TRAN_BUSY and for delays).
 */
static DEFINE_SPINLOCK(scsa_callout_lock);
static DEFINE_HASHTABLE(scsa_callout_hash, 8);
static u64 scsa_callout_next_id;	/* 64 bits: ids are never reused */
static struct workqueue_struct *scsa_callout_wq;
static struct kmem_cache *scsa_callout_cache;
/* timeout(9F) cannot fail, and may be called where allocation cannot sleep. */
static mempool_t *scsa_callout_pool;
#define SCSA_CALLOUT_RESERVE	64

static void scsa_callout_release(struct kref *ref)
{
	mempool_free(container_of(ref, struct scsa_callout, ref), scsa_callout_pool);
}

static void scsa_callout_put(struct scsa_callout *c)
{
	kref_put(&c->ref, scsa_callout_release);
}

static void scsa_callout_fire(struct work_struct *work)
{
	struct scsa_callout *c = container_of(to_delayed_work(work), struct scsa_callout,
					      dwork);

	unsigned long flags;

	spin_lock_irqsave(&scsa_callout_lock, flags);
	if (c->state == SCSA_CALLOUT_CANCELLED) {
		spin_unlock_irqrestore(&scsa_callout_lock, flags);
		return;			/* untimeout() owns and frees it */
	}
	c->state = SCSA_CALLOUT_RUNNING;
	c->runner = current;
	spin_unlock_irqrestore(&scsa_callout_lock, flags);

	c->func(c->arg);

	spin_lock_irqsave(&scsa_callout_lock, flags);
	hash_del(&c->node);
	spin_unlock_irqrestore(&scsa_callout_lock, flags);
	complete_all(&c->done);
	scsa_callout_put(c);
}

static struct scsa_callout *scsa_callout_find(u64 id)
{
	struct scsa_callout *c;

	hash_for_each_possible(scsa_callout_hash, c, node, id)
		if (c->id == id)
			return c;
	return NULL;
}

void *timeout(void (*func)(void *), void *arg, long ticks)
{
	struct scsa_callout *c;
	unsigned long flags;
	u64 id;

	/*
	 * timeout(9F) cannot fail.  The mempool's reserve covers callers that
	 * cannot sleep; those that can wait for memory if it is ever empty.
	 */
	c = mempool_alloc(scsa_callout_pool, preemptible() ? GFP_KERNEL : GFP_ATOMIC);
	if (WARN_ONCE(!c, "scsa_compat: timeout(9F) reserve exhausted in atomic context\n"))
		return NULL;
	INIT_DELAYED_WORK(&c->dwork, scsa_callout_fire);
	c->func = func;
	c->arg = arg;
	c->state = SCSA_CALLOUT_PENDING;
	c->runner = NULL;
	kref_init(&c->ref);
	init_completion(&c->done);

	spin_lock_irqsave(&scsa_callout_lock, flags);
	id = ++scsa_callout_next_id;
	c->id = id;
	hash_add(scsa_callout_hash, &c->node, id);
	spin_unlock_irqrestore(&scsa_callout_lock, flags);

	queue_delayed_work(scsa_callout_wq, &c->dwork, ticks > 0 ? ticks : 0);
	return (void *)(unsigned long)id;
}
EXPORT_SYMBOL(timeout);

long untimeout(void *idp)
{
	u64 id = (unsigned long)idp;
	struct scsa_callout *c;
	unsigned long flags;
	long left;

	spin_lock_irqsave(&scsa_callout_lock, flags);
	c = scsa_callout_find(id);
	if (!c) {
		spin_unlock_irqrestore(&scsa_callout_lock, flags);
		return -1;
	}
	if (c->state == SCSA_CALLOUT_RUNNING) {
		struct task_struct *runner = c->runner;

		kref_get(&c->ref);
		spin_unlock_irqrestore(&scsa_callout_lock, flags);
		if (runner != current)
			wait_for_completion(&c->done);
		scsa_callout_put(c);
		return -1;
	}
	c->state = SCSA_CALLOUT_CANCELLED;
	hash_del(&c->node);
	spin_unlock_irqrestore(&scsa_callout_lock, flags);

	left = (long)c->dwork.timer.expires - (long)jiffies;
	/* Pending or, if it just started, bailing out on seeing CANCELLED. */
	cancel_delayed_work_sync(&c->dwork);
	scsa_callout_put(c);
	return left > 0 ? left : 0;
}
EXPORT_SYMBOL(untimeout);

int __init scsa_callout_init(void)
{
	scsa_callout_cache = KMEM_CACHE(scsa_callout, 0);
	if (!scsa_callout_cache)
		goto err;
	scsa_callout_pool = mempool_create_slab_pool(SCSA_CALLOUT_RESERVE, scsa_callout_cache);
	if (!scsa_callout_pool)
		goto destroy_cache;
	/* WQ_MEM_RECLAIM: callouts restart I/O that may be freeing memory. */
	scsa_callout_wq = alloc_workqueue("scsa_callout", WQ_MEM_RECLAIM, 0);
	if (!scsa_callout_wq)
		goto destroy_pool;
	return 0;

destroy_pool:
	mempool_destroy(scsa_callout_pool);
destroy_cache:
	kmem_cache_destroy(scsa_callout_cache);
err:
	return -ENOMEM;
}

/* Modules using timeout() hold a reference on us, so none is pending here. */
void scsa_callout_exit(void)
{
	WARN_ON(!hash_empty(scsa_callout_hash));
	destroy_workqueue(scsa_callout_wq);
	mempool_destroy(scsa_callout_pool);
	kmem_cache_destroy(scsa_callout_cache);
}
