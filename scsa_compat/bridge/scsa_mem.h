/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Memory facts the Solaris-world framework needs from Linux.  Plain C types
 * only; a page is Linux's struct page, passed as void *.
 */
#ifndef _SCSA_BRIDGE_MEM_H
#define _SCSA_BRIDGE_MEM_H

/* The CPU physical address of a page (not a bus address: the LLD maps). */
unsigned long long scsa_lx_page_phys(const void *page);

/*
 * The CPU physical addresses of n segments (struct scsa_lx_seg of
 * scsa_lx_hba.h: page, len, offset), page + offset each, stored as 64-bit
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

#endif /* _SCSA_BRIDGE_MEM_H */
