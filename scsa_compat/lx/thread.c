// SPDX-License-Identifier: GPL-2.0
/*
 * curthread: illumos's kthread_t of the calling thread.
 *
 * illumos drivers use curthread in two ways: as the identity of a thread
 * (stored and compared later, handed to taskq_member()), and to read
 * curthread->t_flag, whose T_INTR_THREAD tells an interrupt thread, which
 * must not sleep, from any other.  So a thread needs a kthread_t of its
 * own, at an address that stays the same while the thread lives, and no
 * other thread's at the same time.  Linux has no room in its task_struct
 * for it, so the kthread_t of a task is the element of a table indexed by
 * its pid, unique among live tasks.
 *
 * Every element reads as zero: Solaris-world code runs only in threads
 * (callouts, completions and task queues have threads of their own), none
 * of them an interrupt thread, and no other flag applies on Linux.  The
 * table is therefore one zeroed page mapped read-only again and again,
 * PID_MAX_LIMIT elements (8 MiB of addresses for 4 KiB of memory).  In
 * interrupt context (hard or soft) the caller gets its CPU's interrupt
 * thread instead, whose t_flag is T_INTR_THREAD, as on illumos, where
 * interrupts run on per-CPU interrupt threads.  Writing a kthread_t is a
 * driver bug (only the kernel changes t_flag) and faults.
 *
 * thread_create() starts a Linux kernel thread running the driver's
 * function; its kthread_t is the table's element for the new thread, what
 * curthread is in it.  The thread holds a reference on the module that
 * called thread_create() (<sys/proc.h> passes its __this_module), dropped
 * as the thread ends, by thread_exit() or by returning from its function:
 * the module's code cannot be unloaded under it.  Linux creates kernel
 * threads through kthreadd, and kthread_create() gives up when its caller
 * has a fatal signal pending; illumos's thread_create() never fails, so the
 * thread is created from a kworker, which has no signals, retrying while
 * memory is short.
 */
#include <linux/delay.h>
#include <linux/kthread.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/preempt.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/smp.h>
#include <linux/threads.h>
#include <linux/vmalloc.h>
#include <linux/workqueue.h>
#include <linux/export.h>

#include <scsa_prims.h>
#include "scsa_lx.h"

/* illumos's T_INTR_THREAD (<sys/thread.h>) */
#define SCSA_T_INTR_THREAD	0x0001

#define SCSA_NTHREADS		PID_MAX_LIMIT

static struct _kthread *scsa_threads;
static struct page *scsa_threads_page;

static const struct _kthread scsa_intr_threads[NR_CPUS] = {
	[0 ... NR_CPUS - 1] = { .t_flag = SCSA_T_INTR_THREAD },
};

struct _kthread *threadp(void)
{
	if (!in_task())
		return (struct _kthread *)&scsa_intr_threads[raw_smp_processor_id()];
	return &scsa_threads[task_pid_nr(current)];
}
EXPORT_SYMBOL(threadp);

int __init scsa_thread_init(void)
{
	unsigned long i, n = DIV_ROUND_UP(SCSA_NTHREADS * sizeof(struct _kthread), PAGE_SIZE);
	struct page **pages;

	scsa_threads_page = alloc_page(GFP_KERNEL | __GFP_ZERO);
	pages = kvmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	if (scsa_threads_page && pages) {
		for (i = 0; i < n; i++)
			pages[i] = scsa_threads_page;
		scsa_threads = vmap(pages, n, VM_MAP, PAGE_KERNEL_RO);
	}
	kvfree(pages);
	if (!scsa_threads) {
		if (scsa_threads_page)
			__free_page(scsa_threads_page);
		return -ENOMEM;
	}
	return 0;
}

void scsa_thread_exit(void)
{
	vunmap(scsa_threads);
	__free_page(scsa_threads_page);
}

/* p0, the kernel's process, to which every driver thread belongs. */
struct proc {
	int p_unused;
};

struct proc p0;
EXPORT_SYMBOL(p0);

/* illumos's TS_RUN (<sys/thread.h>) */
#define SCSA_TS_RUN		0x02

struct scsa_thread {
	struct list_head link;		/* on scsa_live_threads */
	struct task_struct *task;
	void (*proc)(void *arg);
	void *arg;
	void *copy;			/* a copy of arg, len bytes, or NULL */
	struct module *owner;
	struct work_struct work;	/* creates the thread from a kworker */
};

static LIST_HEAD(scsa_live_threads);
static DEFINE_SPINLOCK(scsa_live_lock);

static struct scsa_thread *scsa_thread_self(void)
{
	struct scsa_thread *t, *found = NULL;

	spin_lock(&scsa_live_lock);
	list_for_each_entry(t, &scsa_live_threads, link) {
		if (t->task == current) {
			found = t;
			break;
		}
	}
	spin_unlock(&scsa_live_lock);
	return found;
}

static void __noreturn scsa_thread_end(struct scsa_thread *t)
{
	struct module *owner = t->owner;

	spin_lock(&scsa_live_lock);
	list_del(&t->link);
	spin_unlock(&scsa_live_lock);
	kfree(t->copy);
	kfree(t);
	__module_put_and_kthread_exit(owner, 0);
}

static int scsa_thread_main(void *data)
{
	struct scsa_thread *t = data;

	t->proc(t->arg);
	scsa_thread_end(t);
}

static void scsa_thread_spawn(struct work_struct *work)
{
	struct scsa_thread *t = container_of(work, struct scsa_thread, work);
	struct task_struct *task;

	for (;;) {
		task = kthread_create(scsa_thread_main, t, "%ps", t->proc);
		if (!IS_ERR(task))
			break;
		msleep(20);
	}
	t->task = task;
}

struct _kthread *scsa_thread_create(char *stk, unsigned long stksize, void (*proc)(void *),
				    void *arg, unsigned long len, struct proc *pp, int state,
				    short pri, struct module *owner)
{
	struct task_struct *task;
	struct scsa_thread *t;
	pid_t pid;

	might_sleep();
	WARN_ONCE(stk || state != SCSA_TS_RUN,
		  "scsa_compat: thread_create() with a stack or not TS_RUN: a running thread\n");
	t = kzalloc(sizeof(*t), GFP_KERNEL | __GFP_NOFAIL);
	t->proc = proc;
	t->arg = arg;
	if (len) {
		t->copy = kmemdup(arg, len, GFP_KERNEL | __GFP_NOFAIL);
		t->arg = t->copy;
	}
	t->owner = owner;
	__module_get(owner);

	INIT_WORK(&t->work, scsa_thread_spawn);
	queue_work(system_unbound_wq, &t->work);
	flush_work(&t->work);

	/* It runs once woken, and may end (freeing t) at once. */
	task = t->task;
	pid = task_pid_nr(task);
	spin_lock(&scsa_live_lock);
	list_add(&t->link, &scsa_live_threads);
	spin_unlock(&scsa_live_lock);
	wake_up_process(task);
	return &scsa_threads[pid];
}
EXPORT_SYMBOL(scsa_thread_create);

void scsa_kthread_exit(void)
{
	struct scsa_thread *t = scsa_thread_self();

	if (!t)
		panic("scsa_compat: thread_exit() in a thread thread_create() did not start\n");
	scsa_thread_end(t);
}
EXPORT_SYMBOL(scsa_kthread_exit);
