// SPDX-License-Identifier: GPL-2.0
/*
 * Memory facts for the Solaris-world framework.
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

#include <scsa_mem.h>
#include <scsa_lx_hba.h>

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
