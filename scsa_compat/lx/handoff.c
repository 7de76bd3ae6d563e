// SPDX-License-Identifier: GPL-2.0
/*
 * Completion handoff: a thread that waits in physio(9F) for its own buf
 * runs the completions of that buf's packets itself.
 *
 * hba_glue completes packets from a worker because Linux ends requests in
 * interrupt context, where pkt_comp's adaptive mutexes, biodone() and
 * resubmission are not allowed.  For a synchronous request (USCSICMD, a
 * raw read) that costs a wake-up and two context switches per command: the
 * worker runs pkt_comp, whose biodone() wakes the waiting thread.  That
 * thread is already in process context, holds no lock of ours, and only
 * waits; so while it waits, the HBA hands it the completions of the packets
 * it started for its buf, and it runs them where the worker would have.
 *
 * Why this is safe where illumos runs pkt_comp in an interrupt thread: only
 * packets bound to the waited-for buf and started by the waiting thread are
 * handed over, so any lock their pkt_comp needs and the waiter held across
 * physio() would deadlock on illumos too (biodone() could never come).
 * Completions that end before the thread parks (while strategy(9E) is still
 * running, which may itself wait) go to the worker as before: nothing waits
 * on a thread that is not in the loop below.
 *
 * The waiter registers in a slot hashed from its task.  Only a thread that
 * finds its own task in its slot follows the slot's pointer; any other
 * thread reaches the registration, which lives on the waiter's stack, only
 * through a packet's tag, and only until that packet's completion is on
 * the waiter's list or its pkt_comp has returned.  A slot taken by another
 * thread leaves the newcomer on the ordinary path.
 */
#include <linux/atomic.h>
#include <linux/hash.h>
#include <linux/llist.h>
#include <linux/moduleparam.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>

#include <scsa_fastpath.h>
#include "scsa_lx.h"

static bool handoff = true;
module_param(handoff, bool, 0644);
MODULE_PARM_DESC(handoff, "Run a synchronous request's completions in the thread waiting for it (default 1; 0: always in the completion worker)");

#define SCSA_HANDOFF_SLOT_BITS	8

/* What struct scsa_lx_handoff holds (<scsa_fastpath.h>). */
struct scsa_handoff {
	struct task_struct *task;	/* the waiting thread */
	const void *bp;			/* the buf it waits for */
	void (*run)(struct llist_node *node);
	bool parked;			/* in scsa_lx_handoff_end(): pushes go to it */
	atomic_t outstanding;		/* tagged packets whose pkt_comp has not returned */
	struct llist_head done;		/* pushed, not yet run */
};

struct scsa_handoff_slot {
	struct task_struct *task;
	struct scsa_handoff *ho;
};

static struct scsa_handoff_slot scsa_handoff_slots[1 << SCSA_HANDOFF_SLOT_BITS];

static struct scsa_handoff *scsa_ho(struct scsa_lx_handoff *h)
{
	BUILD_BUG_ON(sizeof(struct scsa_handoff) > sizeof(struct scsa_lx_handoff));
	return (struct scsa_handoff *)h;
}

static struct scsa_handoff_slot *scsa_handoff_slot(void)
{
	return &scsa_handoff_slots[hash_ptr(current, SCSA_HANDOFF_SLOT_BITS)];
}

/**
 * scsa_lx_handoff_begin() - wait for @bp here: take over its completions
 * @h: the registration, on the caller's stack
 * @bp: the buf the caller will wait for
 *
 * Context: process; the caller starts @bp, then calls scsa_lx_handoff_end()
 * before biowait().
 * Return: 1 if registered (scsa_lx_handoff_end() must follow), 0 when the
 * slot is busy: the buf completes the ordinary way.
 */
int scsa_lx_handoff_begin(struct scsa_lx_handoff *h, const void *bp)
{
	struct scsa_handoff_slot *s = scsa_handoff_slot();
	struct scsa_handoff *ho = scsa_ho(h);

	ho->task = current;
	ho->bp = bp;
	ho->run = NULL;
	ho->parked = false;
	atomic_set(&ho->outstanding, 0);
	init_llist_head(&ho->done);
	if (!READ_ONCE(handoff) || cmpxchg(&s->task, NULL, current))
		return 0;
	WRITE_ONCE(s->ho, ho);
	return 1;
}

static void scsa_lx_handoff_run(struct scsa_handoff *ho)
{
	struct llist_node *n, *next;

	/* LIFO list: run them in the order they completed. */
	n = llist_reverse_order(llist_del_all(&ho->done));
	for (; n; n = next) {
		next = n->next;		/* n may be reused once it has run */
		ho->run(n);
	}
}

/**
 * scsa_lx_handoff_end() - run @bp's completions until none is outstanding
 * @h: the registration scsa_lx_handoff_begin() took
 *
 * Returns when every packet tagged for @h has completed, here or by the
 * ordinary path; the caller then waits for the buf itself (its biodone()
 * may come from elsewhere, a request sense or a retry from a timeout).
 */
void scsa_lx_handoff_end(struct scsa_lx_handoff *h)
{
	struct scsa_handoff_slot *s = scsa_handoff_slot();
	struct scsa_handoff *ho = scsa_ho(h);

	/* Pushes may start only now: nothing waits on us before. */
	smp_store_release(&ho->parked, true);
	/*
	 * A completion already raised on this CPU (an HBA that finished the
	 * command inside submission leaves it to ksoftirqd) runs now, while
	 * we are still runnable here: it finds us parked and we run it without
	 * sleeping.  Sleeping first would have the softirq thread wake us, and
	 * a wake-up from softirq context moves the waiter to an idle CPU: an
	 * extra switch and an IPI per command (measured: 0.5 of SG_IO's rate
	 * on scsi_debug, 0.8 once the thread stays put).
	 */
	cond_resched();
	for (;;) {
		set_current_state(TASK_UNINTERRUPTIBLE);
		if (!llist_empty(&ho->done)) {
			__set_current_state(TASK_RUNNING);
			scsa_lx_handoff_run(ho);
			continue;
		}
		if (!atomic_read(&ho->outstanding))
			break;
		schedule();
	}
	__set_current_state(TASK_RUNNING);
	WRITE_ONCE(s->ho, NULL);
	/* Free the slot only once we are done with it (pairs with cmpxchg). */
	smp_store_release(&s->task, NULL);
}

/**
 * scsa_lx_handoff_tag() - the registration a packet for @bp reports to
 * @bp: the buf the packet is bound to
 *
 * Context: scsi_transport(), from process context.
 * Return: the current thread's registration for @bp, its outstanding count
 * raised (scsa_lx_handoff_put() lowers it), or NULL.
 */
struct scsa_lx_handoff *scsa_lx_handoff_tag(const void *bp)
{
	struct scsa_handoff_slot *s = scsa_handoff_slot();
	struct scsa_handoff *ho;

	/* An interrupt taken by the waiting thread is not that thread. */
	if (!in_task() || READ_ONCE(s->task) != current)
		return NULL;
	ho = READ_ONCE(s->ho);
	if (!ho || ho->bp != bp)
		return NULL;
	atomic_inc(&ho->outstanding);
	return (struct scsa_lx_handoff *)ho;
}

/**
 * scsa_lx_handoff_put() - a tagged packet has completed (pkt_comp returned)
 * @h: its registration
 *
 * Context: any that may wake a task.  @h may be gone once this returns.
 */
void scsa_lx_handoff_put(struct scsa_lx_handoff *h)
{
	struct scsa_handoff *ho = scsa_ho(h);
	struct task_struct *t = ho->task;

	if (t == current) {		/* run by the waiter: no wake-up */
		atomic_dec(&ho->outstanding);
		return;
	}
	/*
	 * The waiter may leave, and its thread exit, as soon as this drops:
	 * its task_struct outlives an RCU reader that found it alive.
	 */
	rcu_read_lock();
	if (atomic_dec_and_test(&ho->outstanding))
		wake_up_process(t);
	rcu_read_unlock();
}

/**
 * scsa_lx_handoff_push() - hand a completed command to its waiting thread
 * @h: the registration its packet was tagged with
 * @node: the HBA's node for the command
 * @run: completes @node in the waiting thread (the HBA's done path)
 *
 * Context: any, including hard interrupts.  The packet's tag keeps @h and
 * its thread alive until its pkt_comp has run.
 * Return: 0 if the waiter is not parked yet: complete it as usual.
 */
int scsa_lx_handoff_push(struct scsa_lx_handoff *h, struct llist_node *node,
			 void (*run)(struct llist_node *node))
{
	struct scsa_handoff *ho = scsa_ho(h);
	struct task_struct *t;

	/* Pairs with the release in scsa_lx_handoff_end(). */
	if (!smp_load_acquire(&ho->parked))
		return 0;
	WRITE_ONCE(ho->run, run);
	/*
	 * Once @node is on the list the waiter may run it, see its last tag
	 * come back and return: @h, on its stack, is gone.  So the task is
	 * read first, and kept by RCU as rcuwait keeps its waiter.
	 */
	rcu_read_lock();
	t = ho->task;
	if (llist_add(node, &ho->done))
		wake_up_process(t);
	rcu_read_unlock();
	return 1;
}
EXPORT_SYMBOL_GPL(scsa_lx_handoff_push);
