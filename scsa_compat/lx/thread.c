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
 */
#include <linux/mm.h>
#include <linux/preempt.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/smp.h>
#include <linux/threads.h>
#include <linux/vmalloc.h>
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
