// SPDX-License-Identifier: GPL-2.0
/*
 * illumos mutexes, reader/writer locks, semaphores and condition variables.
 *
 * illumos adaptive mutexes become Linux sleeping mutexes: target drivers
 * take them only in thread context here, because scsa_compat runs packet
 * completions, callouts and task queues in kernel threads (workqueues),
 * never in interrupt context.
 *
 * Objects live in storage defined by scsa_prims.h and embedded in drivers'
 * structures.  Zero-filled storage counts as an initialised object, as in
 * illumos: its first user initialises it, under a small state machine so
 * that racing first users agree.  mutex_destroy() and friends return the
 * storage to that zero state, so it may be initialised again.
 */
#include <linux/atomic.h>
#include <linux/mutex.h>
#include <linux/rwsem.h>
#include <linux/semaphore.h>
#include <linux/wait.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/jiffies.h>
#include <linux/export.h>
#include <linux/string.h>

#include <scsa_prims.h>

/* The name is implemented here, under the scsa_ prefix. */
#undef mutex_init
#undef mutex_destroy

enum {
	SCSA_OBJ_ZERO = 0,	/* zero-filled: initialised on first use */
	SCSA_OBJ_INITING,
	SCSA_OBJ_READY,
};

/*
 * Returns true if the caller won the right to initialise the object; false
 * once another caller has finished doing so.
 */
static bool scsa_obj_claim(atomic_t *state)
{
	int s = atomic_read_acquire(state);

	if (likely(s == SCSA_OBJ_READY))
		return false;
	if (atomic_cmpxchg(state, SCSA_OBJ_ZERO, SCSA_OBJ_INITING) == SCSA_OBJ_ZERO)
		return true;
	while (atomic_read_acquire(state) != SCSA_OBJ_READY)
		cpu_relax();
	return false;
}

static void scsa_obj_ready(atomic_t *state)
{
	atomic_set_release(state, SCSA_OBJ_READY);
}

/* Mutexes */

struct scsa_kmutex {
	atomic_t state;
	struct task_struct *owner;	/* for mutex_owned() */
	struct mutex lock;
};

static struct lock_class_key scsa_kmutex_zero_key;

static struct scsa_kmutex *scsa_km(const struct kmutex *mp)
{
	BUILD_BUG_ON(sizeof(struct scsa_kmutex) > sizeof(struct kmutex));
	BUILD_BUG_ON(sizeof(struct lock_class_key) > sizeof(struct scsa_lockkey));
	return (struct scsa_kmutex *)mp;
}

/*
 * A zero-filled mutex takes its lock class from the call site that first
 * enters it (@key, static storage there), or the shared class without one.
 * One class for every zero-filled mutex would make lockdep see any two of
 * them nested, say a kstat chain lock and a driver's ks_lock, as recursion.
 */
static struct scsa_kmutex *scsa_km_ready(struct kmutex *mp, struct scsa_lockkey *key)
{
	struct scsa_kmutex *m = scsa_km(mp);

	if (unlikely(scsa_obj_claim(&m->state))) {
		m->owner = NULL;
		__mutex_init(&m->lock, "kmutex (zero-filled)",
			     key ? (struct lock_class_key *)key : &scsa_kmutex_zero_key);
		scsa_obj_ready(&m->state);
	}
	return m;
}

void scsa_mutex_init(struct kmutex *mp, char *name, kmutex_type_t type, void *arg,
		     struct scsa_lockkey *key)
{
	struct scsa_kmutex *m = scsa_km(mp);

	m->owner = NULL;
	__mutex_init(&m->lock, name ? name : "kmutex",
		     key ? (struct lock_class_key *)key : &scsa_kmutex_zero_key);
	atomic_set_release(&m->state, SCSA_OBJ_READY);
}
EXPORT_SYMBOL(scsa_mutex_init);

void scsa_mutex_destroy(struct kmutex *mp)
{
	struct scsa_kmutex *m = scsa_km(mp);

	if (atomic_read(&m->state) == SCSA_OBJ_READY)
		mutex_destroy(&m->lock);
	memset(mp, 0, sizeof(*mp));
}
EXPORT_SYMBOL(scsa_mutex_destroy);

/*
 * A free mutex is taken without a preemption point, as illumos's adaptive
 * mutex_enter() takes one: mutex_lock() starts with might_sleep(), which
 * under PREEMPT_VOLUNTARY (Debian's kernels) gives the CPU away whenever a
 * reschedule is pending, lock free or not.  A driver that drops its mutex
 * around scsi_transport() and takes it back (st: its throttle) would then
 * let the completion that very submission woke run first.  The sleep-in-
 * atomic check is kept, and lockdep sees a plain acquire.
 */
void scsa_mutex_enter(struct kmutex *mp, struct scsa_lockkey *key)
{
	struct scsa_kmutex *m = scsa_km_ready(mp, key);

	__might_sleep(__FILE__, __LINE__);
	if (mutex_trylock(&m->lock)) {
#ifdef CONFIG_DEBUG_LOCK_ALLOC
		/* lockdep checks a trylock less: record a plain acquire. */
		mutex_release(&m->lock.dep_map, _RET_IP_);
		mutex_acquire(&m->lock.dep_map, 0, 0, _RET_IP_);
#endif
	} else {
		mutex_lock(&m->lock);
	}
	WRITE_ONCE(m->owner, current);
}
EXPORT_SYMBOL(scsa_mutex_enter);

void mutex_enter(struct kmutex *mp)
{
	scsa_mutex_enter(mp, NULL);
}
EXPORT_SYMBOL(mutex_enter);

void mutex_exit(struct kmutex *mp)
{
	struct scsa_kmutex *m = scsa_km(mp);

	WRITE_ONCE(m->owner, NULL);
	mutex_unlock(&m->lock);
}
EXPORT_SYMBOL(mutex_exit);

int scsa_mutex_tryenter(struct kmutex *mp, struct scsa_lockkey *key)
{
	struct scsa_kmutex *m = scsa_km_ready(mp, key);

	if (!mutex_trylock(&m->lock))
		return 0;
	WRITE_ONCE(m->owner, current);
	return 1;
}
EXPORT_SYMBOL(scsa_mutex_tryenter);

int mutex_tryenter(struct kmutex *mp)
{
	return scsa_mutex_tryenter(mp, NULL);
}
EXPORT_SYMBOL(mutex_tryenter);

int mutex_owned(const struct kmutex *mp)
{
	return READ_ONCE(scsa_km(mp)->owner) == current;
}
EXPORT_SYMBOL(mutex_owned);

/* Reader/writer locks */

struct scsa_krwlock {
	atomic_t state;
	atomic_t readers;		/* for rw_read_held() */
	struct task_struct *writer;	/* for rw_write_held() */
	struct rw_semaphore sem;
};

static struct lock_class_key scsa_krwlock_zero_key;

static struct scsa_krwlock *scsa_krw(struct krwlock *rwlp)
{
	BUILD_BUG_ON(sizeof(struct scsa_krwlock) > sizeof(struct krwlock));
	return (struct scsa_krwlock *)rwlp;
}

static void scsa_krw_setup(struct scsa_krwlock *rw, const char *name,
			   struct lock_class_key *key)
{
	atomic_set(&rw->readers, 0);
	rw->writer = NULL;
	__init_rwsem(&rw->sem, name, key);
}

/* As scsa_km_ready(): the first rw_enter()'s call site gives the class. */
static struct scsa_krwlock *scsa_krw_ready(struct krwlock *rwlp, struct scsa_lockkey *key)
{
	struct scsa_krwlock *rw = scsa_krw(rwlp);

	if (unlikely(scsa_obj_claim(&rw->state))) {
		scsa_krw_setup(rw, "krwlock (zero-filled)",
			       key ? (struct lock_class_key *)key : &scsa_krwlock_zero_key);
		scsa_obj_ready(&rw->state);
	}
	return rw;
}

void scsa_rw_init(struct krwlock *rwlp, char *name, krw_type_t type, void *arg,
		  struct scsa_lockkey *key)
{
	struct scsa_krwlock *rw = scsa_krw(rwlp);

	scsa_krw_setup(rw, name ? name : "krwlock",
		       key ? (struct lock_class_key *)key : &scsa_krwlock_zero_key);
	atomic_set_release(&rw->state, SCSA_OBJ_READY);
}
EXPORT_SYMBOL(scsa_rw_init);

void rw_destroy(struct krwlock *rwlp)
{
	memset(rwlp, 0, sizeof(*rwlp));
}
EXPORT_SYMBOL(rw_destroy);

void scsa_rw_enter(struct krwlock *rwlp, krw_t enter_type, struct scsa_lockkey *key)
{
	struct scsa_krwlock *rw = scsa_krw_ready(rwlp, key);

	if (enter_type == RW_WRITER) {
		down_write(&rw->sem);
		WRITE_ONCE(rw->writer, current);
	} else {
		down_read(&rw->sem);
		atomic_inc(&rw->readers);
	}
}
EXPORT_SYMBOL(scsa_rw_enter);

void rw_enter(struct krwlock *rwlp, krw_t enter_type)
{
	scsa_rw_enter(rwlp, enter_type, NULL);
}
EXPORT_SYMBOL(rw_enter);

int scsa_rw_tryenter(struct krwlock *rwlp, krw_t enter_type, struct scsa_lockkey *key)
{
	struct scsa_krwlock *rw = scsa_krw_ready(rwlp, key);

	if (enter_type == RW_WRITER) {
		if (!down_write_trylock(&rw->sem))
			return 0;
		WRITE_ONCE(rw->writer, current);
	} else {
		if (!down_read_trylock(&rw->sem))
			return 0;
		atomic_inc(&rw->readers);
	}
	return 1;
}
EXPORT_SYMBOL(scsa_rw_tryenter);

int rw_tryenter(struct krwlock *rwlp, krw_t enter_type)
{
	return scsa_rw_tryenter(rwlp, enter_type, NULL);
}
EXPORT_SYMBOL(rw_tryenter);

void rw_exit(struct krwlock *rwlp)
{
	struct scsa_krwlock *rw = scsa_krw(rwlp);

	if (READ_ONCE(rw->writer) == current) {
		WRITE_ONCE(rw->writer, NULL);
		up_write(&rw->sem);
	} else {
		atomic_dec(&rw->readers);
		up_read(&rw->sem);
	}
}
EXPORT_SYMBOL(rw_exit);

void rw_downgrade(struct krwlock *rwlp)
{
	struct scsa_krwlock *rw = scsa_krw(rwlp);

	atomic_inc(&rw->readers);
	WRITE_ONCE(rw->writer, NULL);
	downgrade_write(&rw->sem);
}
EXPORT_SYMBOL(rw_downgrade);

/*
 * Linux rw_semaphores cannot be upgraded in place.  illumos allows
 * rw_tryupgrade() to fail whenever the upgrade cannot be done at once, and
 * callers must then drop the lock and take it as writer; here it always
 * fails, which is one of the outcomes illumos documents.
 */
int rw_tryupgrade(struct krwlock *rwlp)
{
	return 0;
}
EXPORT_SYMBOL(rw_tryupgrade);

int rw_read_held(struct krwlock *rwlp)
{
	return atomic_read(&scsa_krw(rwlp)->readers) > 0;
}
EXPORT_SYMBOL(rw_read_held);

int rw_write_held(struct krwlock *rwlp)
{
	return READ_ONCE(scsa_krw(rwlp)->writer) == current;
}
EXPORT_SYMBOL(rw_write_held);

int rw_lock_held(struct krwlock *rwlp)
{
	struct scsa_krwlock *rw = scsa_krw(rwlp);

	return atomic_read(&rw->readers) > 0 || READ_ONCE(rw->writer);
}
EXPORT_SYMBOL(rw_lock_held);

/* Semaphores */

struct scsa_ksema {
	atomic_t state;
	struct semaphore sem;
};

static struct scsa_ksema *scsa_ks(struct ksema *sp)
{
	BUILD_BUG_ON(sizeof(struct scsa_ksema) > sizeof(struct ksema));
	return (struct scsa_ksema *)sp;
}

static struct scsa_ksema *scsa_ks_ready(struct ksema *sp)
{
	struct scsa_ksema *s = scsa_ks(sp);

	if (unlikely(scsa_obj_claim(&s->state))) {
		sema_init(&s->sem, 0);
		scsa_obj_ready(&s->state);
	}
	return s;
}

void scsa_sema_init(struct ksema *sp, unsigned int count, char *name, ksema_type_t type,
		    void *arg)
{
	struct scsa_ksema *s = scsa_ks(sp);

	sema_init(&s->sem, count);
	atomic_set_release(&s->state, SCSA_OBJ_READY);
}
EXPORT_SYMBOL(scsa_sema_init);

void sema_destroy(struct ksema *sp)
{
	memset(sp, 0, sizeof(*sp));
}
EXPORT_SYMBOL(sema_destroy);

void sema_p(struct ksema *sp)
{
	down(&scsa_ks_ready(sp)->sem);
}
EXPORT_SYMBOL(sema_p);

/* illumos: 0 when the semaphore was taken, 1 when a signal interrupted. */
int sema_p_sig(struct ksema *sp)
{
	return down_interruptible(&scsa_ks_ready(sp)->sem) ? 1 : 0;
}
EXPORT_SYMBOL(sema_p_sig);

/* illumos: 1 when the semaphore was taken. */
int sema_tryp(struct ksema *sp)
{
	return down_trylock(&scsa_ks_ready(sp)->sem) ? 0 : 1;
}
EXPORT_SYMBOL(sema_tryp);

void sema_v(struct ksema *sp)
{
	up(&scsa_ks_ready(sp)->sem);
}
EXPORT_SYMBOL(sema_v);

/* Condition variables */

struct scsa_kcondvar {
	atomic_t state;
	wait_queue_head_t wq;
};

static struct lock_class_key scsa_kcondvar_key;

static struct scsa_kcondvar *scsa_kcv(struct kcondvar *cvp)
{
	BUILD_BUG_ON(sizeof(struct scsa_kcondvar) > sizeof(struct kcondvar));
	return (struct scsa_kcondvar *)cvp;
}

static struct scsa_kcondvar *scsa_kcv_ready(struct kcondvar *cvp)
{
	struct scsa_kcondvar *cv = scsa_kcv(cvp);

	if (unlikely(scsa_obj_claim(&cv->state))) {
		__init_waitqueue_head(&cv->wq, "kcondvar", &scsa_kcondvar_key);
		scsa_obj_ready(&cv->state);
	}
	return cv;
}

void cv_init(struct kcondvar *cvp, char *name, kcv_type_t type, void *arg)
{
	struct scsa_kcondvar *cv = scsa_kcv(cvp);

	__init_waitqueue_head(&cv->wq, "kcondvar", &scsa_kcondvar_key);
	atomic_set_release(&cv->state, SCSA_OBJ_READY);
}
EXPORT_SYMBOL(cv_init);

void cv_destroy(struct kcondvar *cvp)
{
	struct scsa_kcondvar *cv = scsa_kcv(cvp);
	bool ready = atomic_read(&cv->state) == SCSA_OBJ_READY;

	/*
	 * A waiter left on a condition variable being destroyed is the
	 * caller's bug; waitqueue_active() without the lock is enough to
	 * warn of it, as nobody may wait or signal any more.
	 */
	WARN_ON_ONCE(ready && waitqueue_active(&cv->wq));
	memset(cvp, 0, sizeof(*cvp));
}
EXPORT_SYMBOL(cv_destroy);

/*
 * Sleep on cvp, releasing mp, for at most timeout jiffies (or for ever with
 * MAX_SCHEDULE_TIMEOUT).  The task is on the wait queue before the mutex is
 * dropped, so a cv_signal() issued under the mutex is never lost.  Returns
 * the jiffies left (0 on timeout) or -ERESTARTSYS for a signal.
 */
static long scsa_cv_sleep(struct kcondvar *cvp, struct kmutex *mp, long timeout, int state)
{
	struct scsa_kcondvar *cv = scsa_kcv_ready(cvp);
	DEFINE_WAIT(wait);
	long left;

	prepare_to_wait_exclusive(&cv->wq, &wait, state);
	mutex_exit(mp);
	if (state == TASK_INTERRUPTIBLE && signal_pending(current))
		left = -ERESTARTSYS;
	else
		left = schedule_timeout(timeout);
	finish_wait(&cv->wq, &wait);
	mutex_enter(mp);
	if (state == TASK_INTERRUPTIBLE && left >= 0 && signal_pending(current))
		left = -ERESTARTSYS;
	return left;
}

/*
 * cv_wait() sleeps uninterruptibly, so a wait that never ends shows in the
 * hung-task detector: on Linux that is a bug worth seeing, not hiding.
 */
void cv_wait(struct kcondvar *cvp, struct kmutex *mp)
{
	scsa_cv_sleep(cvp, mp, MAX_SCHEDULE_TIMEOUT, TASK_UNINTERRUPTIBLE);
}
EXPORT_SYMBOL(cv_wait);

int cv_wait_sig(struct kcondvar *cvp, struct kmutex *mp)
{
	return scsa_cv_sleep(cvp, mp, MAX_SCHEDULE_TIMEOUT, TASK_INTERRUPTIBLE) < 0 ? 0 : 1;
}
EXPORT_SYMBOL(cv_wait_sig);

/* A relative timeout for an absolute lbolt deadline; 0 if it has passed. */
static long scsa_ticks_until(long abstime)
{
	long delta = abstime - (long)jiffies;

	return delta > 0 ? delta : 0;
}

long cv_reltimedwait(struct kcondvar *cvp, struct kmutex *mp, long delta, time_res_t res)
{
	long left;

	if (delta <= 0)
		return -1;
	left = scsa_cv_sleep(cvp, mp, delta, TASK_UNINTERRUPTIBLE);
	return left == 0 ? -1 : left;
}
EXPORT_SYMBOL(cv_reltimedwait);

long cv_reltimedwait_sig(struct kcondvar *cvp, struct kmutex *mp, long delta,
			 time_res_t res)
{
	long left;

	if (delta <= 0)
		return -1;
	left = scsa_cv_sleep(cvp, mp, delta, TASK_INTERRUPTIBLE);
	if (left < 0)
		return 0;
	return left == 0 ? -1 : left;
}
EXPORT_SYMBOL(cv_reltimedwait_sig);

long cv_timedwait(struct kcondvar *cvp, struct kmutex *mp, long abstime)
{
	return cv_reltimedwait(cvp, mp, scsa_ticks_until(abstime), TR_CLOCK_TICK);
}
EXPORT_SYMBOL(cv_timedwait);

long cv_timedwait_sig(struct kcondvar *cvp, struct kmutex *mp, long abstime)
{
	return cv_reltimedwait_sig(cvp, mp, scsa_ticks_until(abstime), TR_CLOCK_TICK);
}
EXPORT_SYMBOL(cv_timedwait_sig);

void cv_signal(struct kcondvar *cvp)
{
	wake_up(&scsa_kcv_ready(cvp)->wq);
}
EXPORT_SYMBOL(cv_signal);

void cv_broadcast(struct kcondvar *cvp)
{
	wake_up_all(&scsa_kcv_ready(cvp)->wq);
}
EXPORT_SYMBOL(cv_broadcast);
