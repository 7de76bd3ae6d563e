/* SPDX-License-Identifier: GPL-2.0 */
/* Kernel memory allocator and object caches. */
#ifndef _SYS_KMEM_H
#define _SYS_KMEM_H

#include <sys/types.h>
#include <sys/vmem.h>
#include <scsa_prims.h>

#define KM_SLEEP	0x0000
#define KM_NOSLEEP	0x0001
#define KM_PANIC	0x0002
#define KM_PUSHPAGE	0x0004
#define KM_NORMALPRI	0x0008
#define KM_NOSLEEP_LAZY	(KM_NOSLEEP | KM_NORMALPRI)
#define KM_VMFLAGS	0x00ff
#define KM_FLAGS	0xffff

/* kmem_cache_create() flags */
#define KMC_NOTOUCH	0x00010000
#define KMC_NODEBUG	0x00020000
#define KMC_NOMAGAZINE	0x00040000
#define KMC_NOHASH	0x00080000
#define KMC_QCACHE	0x00100000
#define KMC_KMEM_ALLOC	0x00200000
#define KMC_IDENTIFIER	0x00400000
#define KMC_PREFILL	0x00800000

/* struct kmem_cache, as illumos names it (see scsa_prims.h). */
typedef struct kmem_cache	kmem_cache_t;

typedef enum kmem_cbrc {
	KMEM_CBRC_YES,
	KMEM_CBRC_NO,
	KMEM_CBRC_LATER,
	KMEM_CBRC_DONT_NEED,
	KMEM_CBRC_DONT_KNOW
} kmem_cbrc_t;

#ifdef _KERNEL
__SCSA_IMPL extern void *kmem_alloc(size_t size, int kmflags);
__SCSA_IMPL extern void *kmem_zalloc(size_t size, int kmflags);
__SCSA_IMPL extern void kmem_free(void *buf, size_t size);

/*
 * Linux has kmem_cache_*() of its own: ours are scsa_-prefixed symbols.
 * Objects are constructed once and stay constructed while in the cache, as
 * in illumos; the memory is not reclaimed under pressure until the cache is
 * destroyed or reaped (no reclaim callback is ever called).
 */
__SCSA_PARTIAL("no reclaim callbacks") extern kmem_cache_t *kmem_cache_create(char *name, size_t bufsize,
    size_t align, int (*constructor)(void *, void *, int),
    void (*destructor)(void *, void *), void (*reclaim)(void *),
    void *priv, vmem_t *source, int cflags);
__SCSA_IMPL extern void kmem_cache_destroy(kmem_cache_t *cp);
__SCSA_IMPL extern void *kmem_cache_alloc(kmem_cache_t *cp, int kmflags);
__SCSA_IMPL extern void kmem_cache_free(kmem_cache_t *cp, void *buf);

#define kmem_cache_create(name, size, align, ctor, dtor, reclaim, priv, vmp, cflags) \
	scsa_kmem_cache_create((name), (size), (align), (ctor), (dtor), (reclaim), \
			       (priv), (vmp), (cflags))
#define kmem_cache_destroy(cp)		scsa_kmem_cache_destroy(cp)
#define kmem_cache_alloc(cp, kmflags)	scsa_kmem_cache_alloc((cp), (kmflags))
#define kmem_cache_free(cp, buf)	scsa_kmem_cache_free((cp), (buf))
#endif

#endif /* _SYS_KMEM_H */
