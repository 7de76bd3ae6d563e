/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The DDI/DKI primitives whose implementation needs Linux: memory, locks,
 * condition variables, time, callouts and task queues.
 *
 * This header belongs to neither world.  The Solaris-facing headers include
 * it and add illumos's typedefs (kmutex_t is struct kmutex, and so on) and
 * redeclare each function with illumos's types, which the compiler checks
 * against these; the Linux-world implementation in scsa_compat/lx/ includes
 * it to define the functions.  Only C types and the few illumos enums these
 * signatures need appear here, under names Linux does not use.
 *
 * Names that Linux also uses (mutex_init(), mutex_destroy(), sema_init(), the
 * kmem_cache_*() family, struct kmem_cache) are implemented under an scsa_
 * prefix; the Solaris-facing headers map the illumos names onto them.
 * Every other function keeps its illumos name, so it is what a port links to.
 */
#ifndef _SCSA_BRIDGE_PRIMS_H
#define _SCSA_BRIDGE_PRIMS_H

/*
 * Synchronisation objects are embedded in drivers' structures, and illumos
 * drivers may use zero-filled memory as an initialised lock or condition
 * variable (smp.c never calls cv_init()).  Each object is therefore storage
 * large enough for the Linux object it holds under any kernel configuration
 * we build for (lockdep and lock debugging make them several times larger),
 * whose all-zero state means "not yet initialised": the first use initialises
 * it.  The implementation checks the sizes at build time.
 */
#define SCSA_KMUTEX_WORDS	32
#define SCSA_KCONDVAR_WORDS	16
#define SCSA_KRWLOCK_WORDS	32
#define SCSA_KSEMA_WORDS	16
#define SCSA_LOCKKEY_WORDS	4

struct kmutex {
	unsigned long long __scsa_opaque[SCSA_KMUTEX_WORDS];
};

struct kcondvar {
	unsigned long long __scsa_opaque[SCSA_KCONDVAR_WORDS];
};

struct krwlock {
	unsigned long long __scsa_opaque[SCSA_KRWLOCK_WORDS];
};

struct ksema {
	unsigned long long __scsa_opaque[SCSA_KSEMA_WORDS];
};

/*
 * Lock classes for lockdep.  The Solaris-facing mutex_init(), rw_init() and
 * cv_init() are macros that give each call site a static key, as Linux's
 * own mutex_init() does, so locks initialised in different places are told
 * apart.  A lock never initialised (zero-filled) takes its class from the
 * call site of its first mutex_enter()/rw_enter() (macros too).
 */
struct scsa_lockkey {
	unsigned long long __scsa_opaque[SCSA_LOCKKEY_WORDS];
};

/* illumos's enums in these signatures (values are illumos's). */
typedef enum {
	MUTEX_ADAPTIVE = 0,
	MUTEX_SPIN = 1,
	MUTEX_DRIVER = 4,
	MUTEX_DEFAULT = 6
} kmutex_type_t;

typedef enum {
	RW_DRIVER = 2,
	RW_DEFAULT = 4
} krw_type_t;

typedef enum {
	RW_WRITER,
	RW_READER,
	RW_READER_STARVEWRITER
} krw_t;

typedef enum {
	SEMA_DEFAULT,
	SEMA_DRIVER
} ksema_type_t;

typedef enum {
	CV_DEFAULT,
	CV_DRIVER
} kcv_type_t;

typedef enum {
	TR_NANOSEC,
	TR_MICROSEC,
	TR_MILLISEC,
	TR_SEC,
	TR_CLOCK_TICK,
	TR_COUNT
} time_res_t;

struct dev_info;

/* Memory: illumos KM_* flags. */
#define SCSA_KM_SLEEP		0x0000
#define SCSA_KM_NOSLEEP		0x0001
#define SCSA_KM_PANIC		0x0002
#define SCSA_KM_PUSHPAGE	0x0004
#define SCSA_KM_NORMALPRI	0x0008
#define SCSA_KM_FLAGS		0xffff

void *kmem_alloc(unsigned long size, int kmflags);
void *kmem_zalloc(unsigned long size, int kmflags);
void kmem_free(void *buf, unsigned long size);

/*
 * illumos drivers name the cache's tag (sddef.h's struct kmem_cache *), and
 * Linux has a struct kmem_cache of its own: the Solaris world sees ours as
 * struct kmem_cache, the Linux world as struct scsa_kmem_cache.  No
 * translation unit sees both.
 */
#ifdef __SCSA_SOLARIS_WORLD
#define scsa_kmem_cache		kmem_cache
#endif
struct scsa_kmem_cache;

struct scsa_kmem_cache *scsa_kmem_cache_create(char *name, unsigned long bufsize,
					       unsigned long align,
					       int (*constructor)(void *, void *, int),
					       void (*destructor)(void *, void *),
					       void (*reclaim)(void *), void *private,
					       void *vmp, int cflags);
void scsa_kmem_cache_destroy(struct scsa_kmem_cache *cp);
void *scsa_kmem_cache_alloc(struct scsa_kmem_cache *cp, int kmflags);
void scsa_kmem_cache_free(struct scsa_kmem_cache *cp, void *buf);
void scsa_kmem_cache_reap_now(struct scsa_kmem_cache *cp);
/* Objects allocated and not yet freed: scsa_compat's own, for leak checks. */
long scsa_kmem_cache_inuse(struct scsa_kmem_cache *cp);

/* Mutexes.  The type and arg of mutex_init() select nothing on Linux. */
void scsa_mutex_init(struct kmutex *mp, char *name, kmutex_type_t type, void *arg,
		     struct scsa_lockkey *key);
void scsa_mutex_destroy(struct kmutex *mp);
void mutex_enter(struct kmutex *mp);
void mutex_exit(struct kmutex *mp);
int mutex_tryenter(struct kmutex *mp);
/* With the lock class a zero-filled mutex gets if this call initialises it. */
void scsa_mutex_enter(struct kmutex *mp, struct scsa_lockkey *key);
int scsa_mutex_tryenter(struct kmutex *mp, struct scsa_lockkey *key);
int mutex_owned(const struct kmutex *mp);

/* Reader/writer locks. */
void scsa_rw_init(struct krwlock *rwlp, char *name, krw_type_t type, void *arg,
		  struct scsa_lockkey *key);
void rw_destroy(struct krwlock *rwlp);
void rw_enter(struct krwlock *rwlp, krw_t enter_type);
int rw_tryenter(struct krwlock *rwlp, krw_t enter_type);
void scsa_rw_enter(struct krwlock *rwlp, krw_t enter_type, struct scsa_lockkey *key);
int scsa_rw_tryenter(struct krwlock *rwlp, krw_t enter_type, struct scsa_lockkey *key);
void rw_exit(struct krwlock *rwlp);
void rw_downgrade(struct krwlock *rwlp);
int rw_tryupgrade(struct krwlock *rwlp);
int rw_read_held(struct krwlock *rwlp);
int rw_write_held(struct krwlock *rwlp);
int rw_lock_held(struct krwlock *rwlp);

/* Semaphores.  Linux has a sema_init() of its own. */
void scsa_sema_init(struct ksema *sp, unsigned int count, char *name, ksema_type_t type,
		    void *arg);
void sema_destroy(struct ksema *sp);
void sema_p(struct ksema *sp);
int sema_p_sig(struct ksema *sp);
int sema_tryp(struct ksema *sp);
void sema_v(struct ksema *sp);

/*
 * Condition variables.  Return values are illumos's: cv_wait_sig() returns
 * 0 when interrupted by a signal; the timed waits return -1 on timeout.
 */
void cv_init(struct kcondvar *cvp, char *name, kcv_type_t type, void *arg);
void cv_destroy(struct kcondvar *cvp);
void cv_wait(struct kcondvar *cvp, struct kmutex *mp);
int cv_wait_sig(struct kcondvar *cvp, struct kmutex *mp);
long cv_timedwait(struct kcondvar *cvp, struct kmutex *mp, long abstime);
long cv_timedwait_sig(struct kcondvar *cvp, struct kmutex *mp, long abstime);
long cv_reltimedwait(struct kcondvar *cvp, struct kmutex *mp, long delta, time_res_t res);
long cv_reltimedwait_sig(struct kcondvar *cvp, struct kmutex *mp, long delta,
			 time_res_t res);
void cv_signal(struct kcondvar *cvp);
void cv_broadcast(struct kcondvar *cvp);

/*
 * Threads: curthread, illumos's kthread_t of the calling thread, is
 * threadp() (lx/thread.c).  scsa_compat's kthread_t has one member,
 * t_flag, which drivers read (T_INTR_THREAD: "am I an interrupt thread?").
 */
struct _kthread {
	unsigned short	t_flag;
};

struct _kthread *threadp(void);

/*
 * Kernel threads of drivers (lx/thread.c).  <sys/proc.h> maps
 * thread_create() onto scsa_thread_create() with the calling module's
 * __this_module as @owner, which the thread pins until it ends.  Every
 * thread belongs to p0.
 */
struct proc;
struct module;
extern struct proc p0;
extern struct module __this_module;
struct _kthread *scsa_thread_create(char *stk, unsigned long stksize, void (*proc)(void *),
				    void *arg, unsigned long len, struct proc *pp, int state,
				    short pri, struct module *owner);
/*
 * Ends the calling thread made by scsa_thread_create(); never returns, but
 * is not declared __noreturn__: objtool knows only Linux's own functions
 * that do not return, so <sys/proc.h>'s thread_exit() follows the call
 * with a trap, which ends the path for both GCC and objtool.
 */
void scsa_kthread_exit(void);

/* Time: lbolt ticks are Linux jiffies. */
extern int scsa_hz;
long ddi_get_lbolt(void);
long ddi_get_lbolt64(void);
long ddi_get_time(void);
long long gethrtime(void);
long drv_usectohz(long microsecs);
long drv_hztousec(long ticks);
void delay(long ticks);
void drv_usecwait(long microsecs);

/*
 * Callouts.  Handlers run in a kernel thread (a workqueue), where illumos
 * drivers may take their adaptive mutexes; untimeout() waits for a running
 * handler unless called from that handler.
 */
void *timeout(void (*func)(void *), void *arg, long ticks);
long untimeout(void *id);

/* DDI task queues. */
struct ddi_taskq;

struct ddi_taskq *ddi_taskq_create(struct dev_info *dip, const char *name, int nthreads,
				   short pri, unsigned int cflags);
void ddi_taskq_destroy(struct ddi_taskq *tq);
int ddi_taskq_dispatch(struct ddi_taskq *tq, void (*func)(void *), void *arg,
		       unsigned int dflags);
void ddi_taskq_wait(struct ddi_taskq *tq);

/*
 * System task queues, taskq_*() (<sys/taskq.h>).  A taskqid_t is an
 * unsigned long, 0 for a failed dispatch; a boolean_t is an unsigned int
 * (the type GCC gives an enum of B_FALSE and B_TRUE).
 */
struct taskq;

struct taskq *taskq_create(const char *name, int nthreads, short pri, int minalloc,
			   int maxalloc, unsigned int flags);
unsigned long taskq_dispatch(struct taskq *tq, void (*func)(void *), void *arg,
			     unsigned int flags);
void taskq_destroy(struct taskq *tq);
void taskq_wait(struct taskq *tq);
void taskq_wait_id(struct taskq *tq, unsigned long id);
unsigned int taskq_empty(struct taskq *tq);
void taskq_suspend(struct taskq *tq);
int taskq_suspended(struct taskq *tq);
void taskq_resume(struct taskq *tq);
int taskq_member(struct taskq *tq, struct _kthread *thread);
extern struct taskq *system_taskq;

#endif /* _SCSA_BRIDGE_PRIMS_H */
