/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Memory the Solaris-world framework needs from Linux (lx/mem.c): pages and
 * kernel addresses, DMA-able memory, pinned user pages, and the page lists
 * of B_PAGEIO bufs with their mappings.  Plain C types only; a page is
 * Linux's struct page, opaque here (or passed as void *).
 */
#ifndef _SCSA_BRIDGE_MEM_H
#define _SCSA_BRIDGE_MEM_H

struct page;

/* The CPU physical address of a page (not a bus address: the LLD maps). */
unsigned long long scsa_lx_page_phys(const void *page);

/*
 * The CPU physical addresses of n segments (struct scsa_lx_seg of
 * <scsa_fastpath.h>: page, len, offset), page + offset each, stored as 64-bit
 * integers stride bytes apart from addr (each world spells uint64_t its
 * own way): one call per DMA window, not one per segment.
 */
struct scsa_lx_seg;
void scsa_lx_segs_phys(const struct scsa_lx_seg *segs, unsigned int n, void *addr,
		       unsigned long stride);

/*
 * The page holding a kernel address: kmalloc, page allocator or vmalloc
 * memory.  NULL for anything else (a stack, an I/O mapping): no DMA there.
 */
void *scsa_lx_kva_page(const void *kva);

/*
 * Memory for scsi_alloc_consistent_buf(9F): page-backed, kernel-addressable,
 * below addr_hi when the HBA's DMA mask requires it (so the DMA API never
 * bounces it).  nosleep: fail rather than wait.
 */
void *scsa_lx_dma_mem_alloc(unsigned long len, unsigned long long addr_hi, int nosleep);
void scsa_lx_dma_mem_free(void *addr, unsigned long len);

/* Whether a kernel address lies on the current task's stack. */
int scsa_lx_kva_on_stack(const void *kva);

/*
 * Copy len bytes between a kernel address and a page at off (to_page: from
 * kva to the page), for copy buffers; off + len must stay within the page.
 */
void scsa_lx_page_copy(void *page, unsigned int off, void *kva, unsigned int len,
		       int to_page);

/*
 * Pinned user pages for physio (B_PHYS|B_SHADOW bufs; see ddi_buf_impl.h).
 * b_shadow points at @pages.  @kva is the vmap()ing bp_mapin() made, or
 * NULL.  @pinned is 0 for a bioclone()'s copy, which borrows the pins of
 * its original and must not unpin them.
 */
struct scsa_shadow {
	unsigned long uaddr;		/* user address of the transfer */
	unsigned long len;
	unsigned int npages;
	unsigned int pinned;
	void *kva;
	struct page *pages[];
};

/* NULL and *@errp a negative errno when the pages cannot be pinned. */
struct scsa_shadow *scsa_lx_pin_user(unsigned long uaddr, unsigned long len,
				     int to_memory, int *errp);
struct scsa_shadow *scsa_lx_shadow_borrow(struct scsa_shadow *sh,
					  unsigned long off, unsigned long len);
void scsa_lx_shadow_release(struct scsa_shadow *sh, int dirty);
void *scsa_lx_shadow_map(struct scsa_shadow *sh);
void scsa_lx_shadow_unmap(struct scsa_shadow *sh);

/*
 * The data of a B_PAGEIO buf (see ddi_buf_impl.h): a list of page
 * segments, each within one page, and where in that list the buf's data
 * starts.  A block request's list lives in the request (lx/blkdev.c); a
 * bioclone() gets its own scsa_pageio that borrows its original's @segs.
 * @cur and @cur_pos cache the last lookup (windows are built in order).
 * @kva, @bounce: what bp_mapin() made (one of them), of @maplen bytes,
 * for bp_mapout().
 */
struct scsa_pageio_seg {
	struct page *page;
	unsigned int off;
	unsigned int len;
};

struct scsa_pageio {
	unsigned long start;
	unsigned int nsegs;
	unsigned int borrowed;
	unsigned int cur;
	unsigned long cur_pos;
	void *kva;
	void *bounce;
	unsigned long maplen;
	struct scsa_pageio_seg *segs;
};

/*
 * bp_mapin() of a B_PAGEIO buf: the kernel address of @len bytes of its
 * data, a vmap() of the pages when they are whole (but for the first and
 * the last), else a bounce buffer filled from them.  Unmapping copies a
 * bounce buffer back to the pages when @to_pages.  NULL: no memory.
 */
void *scsa_lx_pageio_map(struct scsa_pageio *pio, unsigned long len);
void scsa_lx_pageio_unmap(struct scsa_pageio *pio, unsigned long len, int to_pages);
unsigned long scsa_lx_pageio_bounces(void);
/*
 * The segment holding byte @at of the list (counted from its first
 * segment), or @pio->nsegs; *@basep: the byte where that segment starts.
 */
unsigned int scsa_lx_pageio_seek(struct scsa_pageio *pio, unsigned long at,
				 unsigned long *basep);

#endif /* _SCSA_BRIDGE_MEM_H */
