// SPDX-License-Identifier: GPL-2.0
/*
 * Semantics of the DDI primitives, as illumos documents them: zero-filled
 * locks, condition variables that wake and time out, callouts that fire in
 * thread context and cancel, untimeout() waiting for a running handler,
 * object caches that construct once, ordered task queues.
 */
#include <linux/module.h>
#include <linux/kthread.h>
#include <linux/completion.h>
#include <linux/delay.h>
#include <linux/jiffies.h>
#include <linux/preempt.h>
#include <linux/sched/signal.h>
#include <linux/slab.h>

#include <scsa_prims.h>
#include "scsa_ktap.h"

#define SCSA_KM_SLEEP_FLAG	0

/* A zero-filled mutex is usable at once; mutex_owned() tells its holder. */
static int test_mutex_zero_filled(void)
{
	struct kmutex *m = kzalloc(sizeof(*m), GFP_KERNEL);
	int ok;

	if (!m)
		return -ENOMEM;
	mutex_enter(m);
	ok = mutex_owned(m) && !mutex_tryenter(m);
	mutex_exit(m);
	ok = ok && !mutex_owned(m) && mutex_tryenter(m);
	mutex_exit(m);
	scsa_mutex_destroy(m);
	kfree(m);
	SCSA_EXPECT(ok, "zero-filled mutex: owned/tryenter semantics");
	return 0;
}

/* Condition variable shared by a waiter thread and the test. */
struct cv_pair {
	struct kmutex m;
	struct kcondvar cv;
	int flag;
	int ret;
	struct completion done;
};

static int cv_waiter(void *data)
{
	struct cv_pair *p = data;

	mutex_enter(&p->m);
	while (!p->flag)
		cv_wait(&p->cv, &p->m);
	mutex_exit(&p->m);
	complete(&p->done);
	return 0;
}

/* cv_signal() under the mutex wakes a waiter; nothing was initialised. */
static int test_cv_signal_wakes(void)
{
	struct cv_pair *p = kzalloc(sizeof(*p), GFP_KERNEL);
	struct task_struct *t;
	unsigned long left;

	if (!p)
		return -ENOMEM;
	init_completion(&p->done);
	t = kthread_run(cv_waiter, p, "scsa_cv_waiter");
	if (IS_ERR(t)) {
		kfree(p);
		return PTR_ERR(t);
	}
	msleep(20);
	mutex_enter(&p->m);
	p->flag = 1;
	cv_signal(&p->cv);
	mutex_exit(&p->m);
	left = wait_for_completion_timeout(&p->done, 10 * HZ);
	kfree(p);
	SCSA_EXPECT(left, "waiter not woken within 10 s");
	return 0;
}

/* cv_timedwait() takes an absolute lbolt and returns -1 when it passes. */
static int test_cv_timedwait_expires(void)
{
	struct cv_pair *p = kzalloc(sizeof(*p), GFP_KERNEL);
	long ticks = drv_usectohz(50000), start, ret, elapsed;

	if (!p)
		return -ENOMEM;
	mutex_enter(&p->m);
	start = ddi_get_lbolt();
	ret = cv_timedwait(&p->cv, &p->m, start + ticks);
	elapsed = ddi_get_lbolt() - start;
	ret = mutex_owned(&p->m) ? ret : -2;
	mutex_exit(&p->m);
	kfree(p);
	SCSA_EXPECT(ret == -1, "returned %ld (-2: mutex not reheld)", ret);
	SCSA_EXPECT(elapsed >= ticks, "woke after %ld of %ld ticks", elapsed, ticks);
	return 0;
}

/* A deadline already past returns -1 at once, with the mutex held. */
static int test_cv_timedwait_past_deadline(void)
{
	struct cv_pair *p = kzalloc(sizeof(*p), GFP_KERNEL);
	long ret;

	if (!p)
		return -ENOMEM;
	mutex_enter(&p->m);
	ret = cv_timedwait(&p->cv, &p->m, ddi_get_lbolt() - 10);
	SCSA_EXPECT(mutex_owned(&p->m), "mutex not held after cv_timedwait");
	mutex_exit(&p->m);
	kfree(p);
	SCSA_EXPECT(ret == -1, "returned %ld", ret);
	return 0;
}

static int cv_sig_waiter(void *data)
{
	struct cv_pair *p = data;

	allow_signal(SIGUSR1);
	mutex_enter(&p->m);
	complete(&p->done);
	p->ret = cv_wait_sig(&p->cv, &p->m);
	mutex_exit(&p->m);
	while (!kthread_should_stop())
		schedule_timeout_interruptible(1);
	return 0;
}

/* cv_wait_sig() returns 0 when a signal interrupts the wait. */
static int test_cv_wait_sig_interrupted(void)
{
	struct cv_pair *p = kzalloc(sizeof(*p), GFP_KERNEL);
	struct task_struct *t;
	int ret;

	if (!p)
		return -ENOMEM;
	p->ret = -1;
	init_completion(&p->done);
	t = kthread_run(cv_sig_waiter, p, "scsa_cv_sig");
	if (IS_ERR(t)) {
		kfree(p);
		return PTR_ERR(t);
	}
	get_task_struct(t);
	wait_for_completion(&p->done);
	msleep(20);
	send_sig(SIGUSR1, t, 1);
	msleep(100);
	kthread_stop(t);
	put_task_struct(t);
	ret = p->ret;
	kfree(p);
	SCSA_EXPECT(ret == 0, "cv_wait_sig returned %d", ret);
	return 0;
}

/* Callouts */

struct callout_probe {
	struct kmutex m;	/* zero-filled: taken by the handler */
	struct completion fired;
	bool may_sleep;
	bool started;
	bool finished;
	unsigned long sleep_ms;
};

static void callout_handler(void *arg)
{
	struct callout_probe *c = arg;

	WRITE_ONCE(c->started, true);
	c->may_sleep = preemptible() && !in_interrupt();
	mutex_enter(&c->m);	/* an adaptive mutex, as illumos handlers take */
	if (c->sleep_ms)
		msleep(c->sleep_ms);
	mutex_exit(&c->m);
	WRITE_ONCE(c->finished, true);
	complete(&c->fired);
}

static struct callout_probe *callout_probe_new(unsigned long sleep_ms)
{
	struct callout_probe *c = kzalloc(sizeof(*c), GFP_KERNEL);

	if (c) {
		init_completion(&c->fired);
		c->sleep_ms = sleep_ms;
	}
	return c;
}

/* timeout() fires, in a context that may sleep, and untimeout() then returns -1. */
static int test_timeout_fires_in_thread_context(void)
{
	struct callout_probe *c = callout_probe_new(0);
	unsigned long left;
	void *id;
	long ret;

	if (!c)
		return -ENOMEM;
	id = timeout(callout_handler, c, drv_usectohz(10000));
	left = wait_for_completion_timeout(&c->fired, 10 * HZ);
	ret = untimeout(id);
	SCSA_EXPECT(id, "timeout() returned a zero id");
	SCSA_EXPECT(left, "callout did not fire within 10 s");
	SCSA_EXPECT(c->may_sleep, "handler ran where it may not sleep");
	SCSA_EXPECT(ret == -1, "untimeout of a fired callout returned %ld", ret);
	kfree(c);
	return 0;
}

/* untimeout() before expiry cancels: remaining ticks >= 0, never fires. */
static int test_untimeout_cancels(void)
{
	struct callout_probe *c = callout_probe_new(0);
	void *id;
	long ret;

	if (!c)
		return -ENOMEM;
	id = timeout(callout_handler, c, 10 * HZ);
	ret = untimeout(id);
	msleep(20);
	SCSA_EXPECT(ret >= 0 && ret <= 10 * HZ, "untimeout returned %ld", ret);
	SCSA_EXPECT(!READ_ONCE(c->started), "cancelled callout ran");
	SCSA_EXPECT(untimeout(id) == -1, "second untimeout found the id");
	kfree(c);
	return 0;
}

/* untimeout() of a running handler returns only after the handler has. */
static int test_untimeout_waits_for_handler(void)
{
	struct callout_probe *c = callout_probe_new(200);
	void *id;
	int i;

	if (!c)
		return -ENOMEM;
	id = timeout(callout_handler, c, 1);
	for (i = 0; i < 1000 && !READ_ONCE(c->started); i++)
		usleep_range(500, 1000);
	SCSA_EXPECT(READ_ONCE(c->started), "handler did not start");
	untimeout(id);
	SCSA_EXPECT(READ_ONCE(c->finished), "untimeout returned while the handler ran");
	kfree(c);
	return 0;
}

static int test_drv_usectohz_rounds_up(void)
{
	SCSA_EXPECT(drv_usectohz(1) == 1, "1 us -> %ld ticks", drv_usectohz(1));
	SCSA_EXPECT(drv_usectohz(1000000) == scsa_hz, "1 s -> %ld ticks", drv_usectohz(1000000));
	SCSA_EXPECT(drv_usectohz(0) == 0, "0 us -> %ld ticks", drv_usectohz(0));
	return 0;
}

/* Object caches */

struct cache_probe {
	int ctor_calls;
	int dtor_calls;
	bool fail_nosleep;
};

struct cache_obj {
	unsigned long magic;
	char payload[200];
};

static int cache_ctor(void *buf, void *private, int kmflags)
{
	struct cache_probe *p = private;
	struct cache_obj *o = buf;

	if (p->fail_nosleep && (kmflags & SCSA_KM_NOSLEEP))
		return -1;
	p->ctor_calls++;
	o->magic = 0xc0ffee;
	return 0;
}

static void cache_dtor(void *buf, void *private)
{
	struct cache_probe *p = private;
	struct cache_obj *o = buf;

	if (o->magic == 0xc0ffee)
		p->dtor_calls++;
}

/* Constructed once; freed objects stay constructed; destroyed at the end. */
static int test_kmem_cache_constructs_once(void)
{
	struct cache_probe p = {};
	struct scsa_kmem_cache *cp;
	struct cache_obj *a, *b;

	cp = scsa_kmem_cache_create("scsa_test_cache", sizeof(struct cache_obj), 0,
				    cache_ctor, cache_dtor, NULL, &p, NULL, 0);
	SCSA_EXPECT(cp, "cache not created");
	a = scsa_kmem_cache_alloc(cp, SCSA_KM_SLEEP_FLAG);
	SCSA_EXPECT(a && a->magic == 0xc0ffee, "object not constructed");
	a->payload[0] = 42;	/* constructed state the cache must keep */
	/* Same CPU for the free and the next allocation: its magazine. */
	preempt_disable();
	scsa_kmem_cache_free(cp, a);
	b = scsa_kmem_cache_alloc(cp, SCSA_KM_NOSLEEP);
	preempt_enable();
	SCSA_EXPECT(b == a && b->payload[0] == 42, "freed object not kept constructed");
	SCSA_EXPECT(p.ctor_calls == 1, "constructor ran %d times", p.ctor_calls);
	scsa_kmem_cache_free(cp, b);
	scsa_kmem_cache_destroy(cp);
	SCSA_EXPECT(p.dtor_calls == 1, "destructor ran %d times", p.dtor_calls);
	return 0;
}

/* A constructor failing a KM_NOSLEEP allocation makes it return NULL. */
static int test_kmem_cache_ctor_failure(void)
{
	struct cache_probe p = { .fail_nosleep = true };
	struct scsa_kmem_cache *cp;
	void *o;

	cp = scsa_kmem_cache_create("scsa_test_cache_fail", 64, 0, cache_ctor, cache_dtor,
				    NULL, &p, NULL, 0);
	SCSA_EXPECT(cp, "cache not created");
	o = scsa_kmem_cache_alloc(cp, SCSA_KM_NOSLEEP);
	scsa_kmem_cache_destroy(cp);
	SCSA_EXPECT(!o, "allocation succeeded despite the failing constructor");
	return 0;
}

static int test_kmem_alloc(void)
{
	unsigned long sz = 4 << 20, i;
	unsigned char *p;

	SCSA_EXPECT(!kmem_alloc(0, SCSA_KM_SLEEP_FLAG), "kmem_alloc(0) is not NULL");
	p = kmem_zalloc(sz, SCSA_KM_SLEEP_FLAG);
	SCSA_EXPECT(p, "4 MiB KM_SLEEP allocation failed");
	for (i = 0; i < sz && !p[i]; i++)
		;
	kmem_free(p, sz);
	SCSA_EXPECT(i == sz, "kmem_zalloc memory not zero at %lu", i);
	return 0;
}

/* Task queues */

struct taskq_probe {
	struct kmutex m;
	int order[16];
	int n;
};

struct taskq_item {
	struct taskq_probe *p;
	int seq;
};

static void taskq_func(void *arg)
{
	struct taskq_item *it = arg;

	usleep_range(100, 200);
	mutex_enter(&it->p->m);
	it->p->order[it->p->n++] = it->seq;
	mutex_exit(&it->p->m);
}

/* A single-threaded queue runs tasks in order; ddi_taskq_wait() waits. */
static int test_taskq_ordered_and_wait(void)
{
	struct taskq_probe *p = kzalloc(sizeof(*p), GFP_KERNEL);
	struct taskq_item items[16];
	struct ddi_taskq *tq;
	int i, ret = 0;

	if (!p)
		return -ENOMEM;
	tq = ddi_taskq_create(NULL, "scsa_test_tq", 1, 0, 0);
	if (!tq) {
		kfree(p);
		return -ENOMEM;
	}
	for (i = 0; i < 16; i++) {
		items[i].p = p;
		items[i].seq = i;
		ret |= ddi_taskq_dispatch(tq, taskq_func, &items[i], 0);
	}
	ddi_taskq_wait(tq);
	ddi_taskq_destroy(tq);
	SCSA_EXPECT(ret == 0, "dispatch failed");
	SCSA_EXPECT(p->n == 16, "%d of 16 tasks ran before ddi_taskq_wait returned", p->n);
	for (i = 0; i < 16; i++)
		SCSA_EXPECT(p->order[i] == i, "task %d ran in position %d", p->order[i], i);
	kfree(p);
	return 0;
}

/* Reader/writer locks and semaphores */

static int test_rwlock_held(void)
{
	struct krwlock *rw = kzalloc(sizeof(*rw), GFP_KERNEL);
	int ok;

	if (!rw)
		return -ENOMEM;
	rw_enter(rw, RW_READER);
	ok = rw_read_held(rw) && !rw_write_held(rw) && !rw_tryenter(rw, RW_WRITER);
	rw_exit(rw);
	rw_enter(rw, RW_WRITER);
	ok = ok && rw_write_held(rw) && !rw_read_held(rw) && !rw_tryenter(rw, RW_READER);
	rw_downgrade(rw);
	ok = ok && rw_read_held(rw) && !rw_write_held(rw);
	rw_exit(rw);
	ok = ok && !rw_lock_held(rw);
	rw_destroy(rw);
	kfree(rw);
	SCSA_EXPECT(ok, "reader/writer held semantics");
	return 0;
}

static int test_sema(void)
{
	struct ksema *s = kzalloc(sizeof(*s), GFP_KERNEL);
	int ok;

	if (!s)
		return -ENOMEM;
	ok = !sema_tryp(s);	/* zero-filled: count 0 */
	sema_v(s);
	ok = ok && sema_tryp(s) && !sema_tryp(s);
	scsa_sema_init(s, 2, NULL, 0, NULL);
	sema_p(s);
	ok = ok && sema_tryp(s) && !sema_tryp(s);
	sema_destroy(s);
	kfree(s);
	SCSA_EXPECT(ok, "semaphore counts");
	return 0;
}

static const struct scsa_ktap_case scsa_ddi_cases[] = {
	{ "mutex_zero_filled", test_mutex_zero_filled },
	{ "cv_signal_wakes", test_cv_signal_wakes },
	{ "cv_timedwait_expires", test_cv_timedwait_expires },
	{ "cv_timedwait_past_deadline", test_cv_timedwait_past_deadline },
	{ "cv_wait_sig_interrupted", test_cv_wait_sig_interrupted },
	{ "timeout_fires_in_thread_context", test_timeout_fires_in_thread_context },
	{ "untimeout_cancels", test_untimeout_cancels },
	{ "untimeout_waits_for_handler", test_untimeout_waits_for_handler },
	{ "drv_usectohz_rounds_up", test_drv_usectohz_rounds_up },
	{ "kmem_cache_constructs_once", test_kmem_cache_constructs_once },
	{ "kmem_cache_ctor_failure", test_kmem_cache_ctor_failure },
	{ "kmem_alloc", test_kmem_alloc },
	{ "taskq_ordered_and_wait", test_taskq_ordered_and_wait },
	{ "rwlock_held", test_rwlock_held },
	{ "sema", test_sema },
};

static int __init scsa_test_ddi_init(void)
{
	return scsa_ktap_run("scsa_ddi", scsa_ddi_cases, ARRAY_SIZE(scsa_ddi_cases));
}

static void __exit scsa_test_ddi_exit(void)
{
}

module_init(scsa_test_ddi_init);
module_exit(scsa_test_ddi_exit);

MODULE_DESCRIPTION("scsa_compat selftest: DDI primitives");
MODULE_LICENSE("GPL");
