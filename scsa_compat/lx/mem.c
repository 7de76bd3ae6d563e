// SPDX-License-Identifier: GPL-2.0
/*
 * Memory for the Solaris-world framework: what a page or a kernel address
 * is, DMA-able memory, user pages pinned for physio(9F), and the B_PAGEIO
 * page lists of block requests with their bp_mapin(9F) mappings.
 */
#include <linux/mm.h>
#include <linux/io.h>
#include <linux/export.h>
#include <linux/vmalloc.h>
#include <linux/sched/task_stack.h>
#include <linux/gfp.h>
#include <linux/dma-mapping.h>
#include <linux/slab.h>
#include <linux/highmem.h>
#include <linux/overflow.h>
#include <linux/sched/mm.h>

#include <scsa_mem.h>
#include <scsa_fastpath.h>

unsigned long long scsa_lx_page_phys(const void *page)
{
	return page_to_phys((struct page *)page);
}

void scsa_lx_segs_phys(const struct scsa_lx_seg *segs, unsigned int n, void *addr,
		       unsigned long stride)
{
	unsigned int i;

	for (i = 0; i < n; i++, addr += stride)
		*(u64 *)addr = page_to_phys((struct page *)segs[i].page) + segs[i].offset;
}

void *scsa_lx_kva_page(const void *kva)
{
	if (object_is_on_stack(kva))
		return NULL;
	if (is_vmalloc_addr(kva))
		return vmalloc_to_page(kva);
	if (virt_addr_valid(kva))
		return virt_to_page(kva);
	return NULL;
}

/* For hba_glue, which describes kernel buffers the same way. */
EXPORT_SYMBOL_GPL(scsa_lx_kva_page);

void *scsa_lx_dma_mem_alloc(unsigned long len, unsigned long long addr_hi, int nosleep)
{
	gfp_t gfp = nosleep ? GFP_NOWAIT | __GFP_NOWARN : GFP_KERNEL;

	if (addr_hi < DMA_BIT_MASK(32))
		gfp |= GFP_DMA;
	else if (addr_hi < DMA_BIT_MASK(64))
		gfp |= GFP_DMA32;
	/* Whole pages: the memory goes to devices, shared with nothing. */
	return alloc_pages_exact(len, gfp);
}

void scsa_lx_dma_mem_free(void *addr, unsigned long len)
{
	free_pages_exact(addr, len);
}

int scsa_lx_kva_on_stack(const void *kva)
{
	return object_is_on_stack(kva);
}

/* User pages pinned by physio() may be highmem on other architectures. */
void scsa_lx_page_copy(void *page, unsigned int off, void *kva, unsigned int len,
		       int to_page)
{
	if (to_page)
		memcpy_to_page(page, off, kva, len);
	else
		memcpy_from_page(kva, page, off, len);
}

/*
 * Pinned user pages (ddi_buf_impl.h form (2))
 */

static struct scsa_shadow *scsa_shadow_alloc(unsigned int npages)
{
	return kvzalloc(struct_size((struct scsa_shadow *)NULL, pages, npages), GFP_KERNEL);
}

/**
 * scsa_lx_pin_user() - pin the user pages under [uaddr, uaddr + len)
 * @uaddr: user address, any alignment
 * @len: bytes, > 0
 * @to_memory: the device writes the pages (a read): pin them writable
 * @errp: a negative errno on failure
 *
 * Return: the pages, from the one containing @uaddr; NULL on failure.
 */
struct scsa_shadow *scsa_lx_pin_user(unsigned long uaddr, unsigned long len,
				     int to_memory, int *errp)
{
	unsigned int npages = DIV_ROUND_UP(offset_in_page(uaddr) + len, PAGE_SIZE);
	struct scsa_shadow *sh;
	int got;

	if (len == 0 || uaddr + len < uaddr) {
		*errp = -EINVAL;
		return NULL;
	}
	sh = scsa_shadow_alloc(npages);
	if (!sh) {
		*errp = -ENOMEM;
		return NULL;
	}
	got = pin_user_pages_fast(uaddr & PAGE_MASK, npages, to_memory ? FOLL_WRITE : 0,
				  sh->pages);
	if (got != npages) {
		if (got > 0)
			unpin_user_pages(sh->pages, got);
		*errp = got < 0 ? got : -EFAULT;
		kvfree(sh);
		return NULL;
	}
	sh->uaddr = uaddr;
	sh->len = len;
	sh->npages = npages;
	sh->pinned = 1;
	return sh;
}

/* The pages of [off, off + len) of @sh, @off counted from its first page. */
struct scsa_shadow *scsa_lx_shadow_borrow(struct scsa_shadow *sh, unsigned long off,
					  unsigned long len)
{
	unsigned long first = off >> PAGE_SHIFT;
	unsigned int npages = DIV_ROUND_UP(offset_in_page(off) + len, PAGE_SIZE);
	struct scsa_shadow *nsh;

	if (len == 0 || first + npages > sh->npages)
		return NULL;
	nsh = scsa_shadow_alloc(npages);
	if (!nsh)
		return NULL;
	memcpy(nsh->pages, sh->pages + first, npages * sizeof(nsh->pages[0]));
	nsh->uaddr = (sh->uaddr & PAGE_MASK) + off;
	nsh->len = len;
	nsh->npages = npages;
	return nsh;
}

/* Unpinning takes mm locks: process context only. */
void scsa_lx_shadow_release(struct scsa_shadow *sh, int dirty)
{
	might_sleep();
	if (sh->kva)
		vunmap(sh->kva);
	if (sh->pinned)
		unpin_user_pages_dirty_lock(sh->pages, sh->npages, dirty);
	kvfree(sh);
}

void *scsa_lx_shadow_map(struct scsa_shadow *sh)
{
	if (!sh->kva)
		sh->kva = vmap(sh->pages, sh->npages, VM_MAP, PAGE_KERNEL);
	return sh->kva;
}

void scsa_lx_shadow_unmap(struct scsa_shadow *sh)
{
	if (sh->kva) {
		vunmap(sh->kva);
		sh->kva = NULL;
	}
}

/*
 * B_PAGEIO page lists (ddi_buf_impl.h form (3)) and their mappings
 */

static atomic_long_t scsa_pageio_bounce_count;

/**
 * scsa_lx_pageio_seek() - find the segment holding a byte of a page list
 * @pio: the list
 * @at: the byte, counted from the list's first segment
 * @basep: set to the byte at which that segment starts
 *
 * DMA windows and copies walk a list forward, so the search starts from
 * the segment found last when it can.
 *
 * Return: the segment's index, or @pio->nsegs when @at is past the end.
 */
unsigned int scsa_lx_pageio_seek(struct scsa_pageio *pio, unsigned long at,
				 unsigned long *basep)
{
	unsigned long base = 0;
	unsigned int i = 0;

	if (pio->cur < pio->nsegs && pio->cur_pos <= at) {
		i = pio->cur;
		base = pio->cur_pos;
	}
	while (i < pio->nsegs && at - base >= pio->segs[i].len)
		base += pio->segs[i++].len;
	if (i < pio->nsegs) {
		pio->cur = i;
		pio->cur_pos = base;
	}
	*basep = base;
	return i;
}

/* Copies @len bytes between @buf and the list, from its data's start. */
static void scsa_pageio_copy(struct scsa_pageio *pio, void *buf, unsigned long len,
			     int to_pages)
{
	unsigned long base;
	unsigned int i = scsa_lx_pageio_seek(pio, pio->start, &base);
	unsigned long within = pio->start - base;

	for (; len > 0 && i < pio->nsegs; i++, within = 0) {
		struct scsa_pageio_seg *s = &pio->segs[i];
		unsigned long n = min_t(unsigned long, len, s->len - within);

		if (to_pages)
			memcpy_to_page(s->page, s->off + within, buf, n);
		else
			memcpy_from_page(buf, s->page, s->off + within, n);
		buf += n;
		len -= n;
	}
}

void *scsa_lx_pageio_map(struct scsa_pageio *pio, unsigned long len)
{
	unsigned long base, within, left;
	unsigned int first, i, n, noio;
	struct page **pages;
	void *kva;

	if (len == 0)
		return NULL;
	first = scsa_lx_pageio_seek(pio, pio->start, &base);
	if (first >= pio->nsegs)
		return NULL;
	within = pio->start - base;
	/* One page: its kernel address (amd64 has no highmem). */
	if (pio->segs[first].len - within >= len && !PageHighMem(pio->segs[first].page)) {
		pio->kva = page_address(pio->segs[first].page) + pio->segs[first].off + within;
		return pio->kva;
	}
	/* Whole pages but at either end: one virtual range over them. */
	left = len + within;
	for (i = first; i < pio->nsegs && left > 0; i++) {
		const struct scsa_pageio_seg *s = &pio->segs[i];

		if ((i > first && s->off != 0) ||
		    (left > s->len && s->off + s->len != PAGE_SIZE))
			break;
		left -= min_t(unsigned long, left, s->len);
	}
	noio = memalloc_noio_save();
	if (left == 0) {
		n = i - first;
		pages = kmalloc_array(n, sizeof(*pages), GFP_KERNEL);
		if (pages) {
			for (i = 0; i < n; i++)
				pages[i] = pio->segs[first + i].page;
			kva = vmap(pages, n, VM_MAP, PAGE_KERNEL);
			kfree(pages);
			if (kva) {
				memalloc_noio_restore(noio);
				pio->kva = kva;
				return kva + pio->segs[first].off + within;
			}
		}
	}
	/* Pieces of pages: a bounce buffer, filled now, copied back at unmap. */
	kva = kvmalloc(len, GFP_KERNEL);
	memalloc_noio_restore(noio);
	if (!kva)
		return NULL;
	scsa_pageio_copy(pio, kva, len, 0);
	pio->bounce = kva;
	atomic_long_inc(&scsa_pageio_bounce_count);
	return kva;
}

void scsa_lx_pageio_unmap(struct scsa_pageio *pio, unsigned long len, int to_pages)
{
	if (pio->bounce) {
		if (to_pages)
			scsa_pageio_copy(pio, pio->bounce, len, 1);
		kvfree(pio->bounce);
		pio->bounce = NULL;
	}
	if (pio->kva && is_vmalloc_addr(pio->kva))
		vunmap(pio->kva);
	pio->kva = NULL;
}

/* How many bp_mapin()s bounced, for the selftests. */
unsigned long scsa_lx_pageio_bounces(void)
{
	return atomic_long_read(&scsa_pageio_bounce_count);
}
EXPORT_SYMBOL_GPL(scsa_lx_pageio_bounces);
