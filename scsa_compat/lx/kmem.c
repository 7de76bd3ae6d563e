// SPDX-License-Identifier: GPL-2.0
/*
 * kmem_alloc(9F) and the kmem_cache(9F) object caches.
 *
 * kmem_alloc(KM_SLEEP) never fails in illumos: allocations that may sleep
 * are retried until they succeed.  Large ones fall back to vmalloc, so
 * memory from kmem_alloc() is not necessarily physically contiguous; the
 * HBA describes kernel buffers page by page.
 *
 * illumos object caches construct an object once, when the cache creates
 * it, and destroy it only when the cache gives the memory back; objects
 * freed to the cache stay constructed.  Linux slab constructors take no
 * private argument, cannot fail and have no destructor, so the constructed
 * objects are kept here, in a small per-CPU magazine in front of a plain
 * Linux slab cache: allocation and free take only their own CPU's lock.
 */
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/percpu.h>
#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/export.h>
#include <linux/fault-inject.h>
#include <linux/debugfs.h>

#include <scsa_prims.h>
#include "scsa_lx.h"

static gfp_t scsa_km_gfp(int kmflags)
{
	if (kmflags & SCSA_KM_NOSLEEP)
		return GFP_NOWAIT | __GFP_NOWARN;
	if (kmflags & SCSA_KM_PUSHPAGE)
		return GFP_NOIO;
	return GFP_KERNEL;
}

#ifdef CONFIG_FAULT_INJECTION
/*
 * Where every KM_NOSLEEP allocation may fail, before the magazines.  A
 * machine with free memory never takes the callers' failure paths
 * (NULL_FUNC packets, resource callbacks), so kernels with fault injection
 * have /sys/kernel/debug/fail_scsa_km_nosleep, with failslab's knobs
 * (probability, interval, times, task-filter...): it fails only our
 * no-sleep allocations, whoever makes them, and never a KM_SLEEP one.
 * (Not fail_function on an ALLOW_ERROR_INJECTION function: 6.1's
 * should_fail_ex() then draws its random number in the kprobe's int3
 * handler, and lockdep reports the crng lock as taken in NMI context.)
 */
static DECLARE_FAULT_ATTR(scsa_fail_km_nosleep);
static struct dentry *scsa_fail_km_nosleep_dir;

static bool scsa_km_nosleep_fault(unsigned long size)
{
	return should_fail(&scsa_fail_km_nosleep, size);
}

void __init scsa_kmem_fault_init(void)
{
	scsa_fail_km_nosleep_dir =
		fault_create_debugfs_attr("fail_scsa_km_nosleep", NULL, &scsa_fail_km_nosleep);
}

void scsa_kmem_fault_exit(void)
{
	debugfs_remove_recursive(scsa_fail_km_nosleep_dir);
}
#else
static bool scsa_km_nosleep_fault(unsigned long size)
{
	return false;
}

void __init scsa_kmem_fault_init(void)
{
}

void scsa_kmem_fault_exit(void)
{
}
#endif

static void scsa_km_backoff(const char *what, unsigned long size)
{
	pr_warn_ratelimited("scsa_compat: %s(%lu, KM_SLEEP): retrying\n", what, size);
	schedule_timeout_uninterruptible(1);
}

void *kmem_alloc(unsigned long size, int kmflags)
{
	gfp_t gfp = scsa_km_gfp(kmflags);
	void *p;

	if (size == 0)
		return NULL;
	if (kmflags & SCSA_KM_NOSLEEP)
		return scsa_km_nosleep_fault(size) ? NULL : kmalloc(size, gfp);
	might_sleep();
	while (!(p = kvmalloc(size, gfp | __GFP_NOWARN)))
		scsa_km_backoff("kmem_alloc", size);
	return p;
}
EXPORT_SYMBOL(kmem_alloc);

void *kmem_zalloc(unsigned long size, int kmflags)
{
	void *p = kmem_alloc(size, kmflags);

	if (p)
		memset(p, 0, size);
	return p;
}
EXPORT_SYMBOL(kmem_zalloc);

void kmem_free(void *buf, unsigned long size)
{
	kvfree(buf);
}
EXPORT_SYMBOL(kmem_free);

/* Object caches */

#define SCSA_MAG_SIZE	32

struct scsa_kmem_mag {
	spinlock_t lock;	/* taken remotely only by reaping */
	unsigned int n;
	void *objs[SCSA_MAG_SIZE];
};

struct scsa_kmem_cache {
	struct kmem_cache *slab;
	int (*ctor)(void *buf, void *private, int kmflags);
	void (*dtor)(void *buf, void *private);
	void (*reclaim)(void *private);
	void *private;
	struct scsa_kmem_mag __percpu *mags;
	long __percpu *inuse;	/* allocations minus frees, per CPU */
	char *name;
};

struct scsa_kmem_cache *scsa_kmem_cache_create(char *name, unsigned long bufsize,
					       unsigned long align,
					       int (*constructor)(void *, void *, int),
					       void (*destructor)(void *, void *),
					       void (*reclaim)(void *), void *private,
					       void *vmp, int cflags)
{
	struct scsa_kmem_cache *cp;
	int cpu;

	might_sleep();
	cp = kzalloc(sizeof(*cp), GFP_KERNEL);
	if (!cp)
		goto err;
	/* Linux keeps the name pointer; the caller's may not outlive the call. */
	cp->name = kstrdup(name, GFP_KERNEL);
	if (!cp->name)
		goto free_cp;
	cp->mags = alloc_percpu(struct scsa_kmem_mag);
	if (!cp->mags)
		goto free_name;
	cp->inuse = alloc_percpu(long);
	if (!cp->inuse)
		goto free_mags;
	for_each_possible_cpu(cpu)
		spin_lock_init(&per_cpu_ptr(cp->mags, cpu)->lock);
	/*
	 * The whole object is a usercopy region: illumos drivers ddi_copyout()
	 * from cached objects, which hardened usercopy refuses otherwise.
	 */
	cp->slab = kmem_cache_create_usercopy(cp->name, bufsize, align ? align : 8, 0, 0,
					      bufsize, NULL);
	if (!cp->slab)
		goto free_mags;
	cp->ctor = constructor;
	cp->dtor = destructor;
	cp->reclaim = reclaim;
	cp->private = private;
	return cp;

free_mags:
	free_percpu(cp->inuse);
	free_percpu(cp->mags);
free_name:
	kfree(cp->name);
free_cp:
	kfree(cp);
err:
	/* illumos kmem_cache_create() cannot fail. */
	WARN(1, "scsa_compat: kmem_cache_create(%s) failed\n", name);
	return NULL;
}
EXPORT_SYMBOL(scsa_kmem_cache_create);

static void scsa_kmem_obj_destroy(struct scsa_kmem_cache *cp, void *obj)
{
	if (cp->dtor)
		cp->dtor(obj, cp->private);
	kmem_cache_free(cp->slab, obj);
}

void *scsa_kmem_cache_alloc(struct scsa_kmem_cache *cp, int kmflags)
{
	struct scsa_kmem_mag *mag;
	unsigned long flags;
	void *obj = NULL;

	if ((kmflags & SCSA_KM_NOSLEEP) && scsa_km_nosleep_fault(kmem_cache_size(cp->slab)))
		return NULL;
	mag = get_cpu_ptr(cp->mags);
	spin_lock_irqsave(&mag->lock, flags);
	if (mag->n)
		obj = mag->objs[--mag->n];
	spin_unlock_irqrestore(&mag->lock, flags);
	put_cpu_ptr(cp->mags);
	if (obj)
		goto out;

	if (kmflags & SCSA_KM_NOSLEEP) {
		obj = kmem_cache_alloc(cp->slab, scsa_km_gfp(kmflags));
		if (!obj)
			return NULL;
	} else {
		might_sleep();
		while (!(obj = kmem_cache_alloc(cp->slab, scsa_km_gfp(kmflags) | __GFP_NOWARN)))
			scsa_km_backoff("kmem_cache_alloc", 0);
	}
	/* illumos constructors may fail only for KM_NOSLEEP allocations. */
	if (cp->ctor && cp->ctor(obj, cp->private, kmflags) != 0) {
		kmem_cache_free(cp->slab, obj);
		return NULL;
	}
out:
	this_cpu_inc(*cp->inuse);
	return obj;
}
EXPORT_SYMBOL(scsa_kmem_cache_alloc);

void scsa_kmem_cache_free(struct scsa_kmem_cache *cp, void *buf)
{
	struct scsa_kmem_mag *mag;
	unsigned long flags;
	bool kept = false;

	this_cpu_dec(*cp->inuse);
	mag = get_cpu_ptr(cp->mags);
	spin_lock_irqsave(&mag->lock, flags);
	if (mag->n < SCSA_MAG_SIZE) {
		mag->objs[mag->n++] = buf;
		kept = true;
	}
	spin_unlock_irqrestore(&mag->lock, flags);
	put_cpu_ptr(cp->mags);
	if (!kept)
		scsa_kmem_obj_destroy(cp, buf);
}
EXPORT_SYMBOL(scsa_kmem_cache_free);

/* Destroys every constructed object the magazines hold. */
void scsa_kmem_cache_reap_now(struct scsa_kmem_cache *cp)
{
	int cpu;

	might_sleep();
	for_each_possible_cpu(cpu) {
		struct scsa_kmem_mag *mag = per_cpu_ptr(cp->mags, cpu);
		void *objs[SCSA_MAG_SIZE];
		unsigned long flags;
		unsigned int i, n;

		spin_lock_irqsave(&mag->lock, flags);
		n = mag->n;
		memcpy(objs, mag->objs, n * sizeof(void *));
		mag->n = 0;
		spin_unlock_irqrestore(&mag->lock, flags);
		for (i = 0; i < n; i++)
			scsa_kmem_obj_destroy(cp, objs[i]);
	}
}
EXPORT_SYMBOL(scsa_kmem_cache_reap_now);

/*
 * Objects allocated and not freed (illumos's buf_inuse kstat): for leak
 * checks.  A sum over CPUs, so it is exact only when nobody allocates or
 * frees meanwhile.
 */
long scsa_kmem_cache_inuse(struct scsa_kmem_cache *cp)
{
	long n = 0;
	int cpu;

	for_each_possible_cpu(cpu)
		n += *per_cpu_ptr(cp->inuse, cpu);
	return n;
}
EXPORT_SYMBOL(scsa_kmem_cache_inuse);

/* Every object must have been freed back to the cache, as in illumos. */
void scsa_kmem_cache_destroy(struct scsa_kmem_cache *cp)
{
	if (!cp)
		return;
	scsa_kmem_cache_reap_now(cp);
	kmem_cache_destroy(cp->slab);
	free_percpu(cp->inuse);
	free_percpu(cp->mags);
	kfree(cp->name);
	kfree(cp);
}
EXPORT_SYMBOL(scsa_kmem_cache_destroy);
