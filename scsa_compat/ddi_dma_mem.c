// SPDX-License-Identifier: GPL-2.0
/*
 * Memory for DMA without DMA bindings: ddi_dma_alloc_handle(9F),
 * ddi_dma_mem_alloc(9F) and their frees, and i_ddi_mem_alloc().
 * Solaris-world file.
 *
 * A target driver never programs DMA itself: memory it allocates for I/O
 * reaches the HBA in a buf through scsi_init_pkt(9F), where the HBA maps it
 * with the Linux DMA API, which honours the HBA's addressing limits (with
 * bounce buffers if need be).  So memory "suitable for DMA" is kernel
 * memory aligned as the attributes ask, and these calls give exactly that.
 * Binding a handle (ddi_dma_*_bind_handle and the cookie calls) is what
 * only an HBA driver does, and stays absent.
 *
 * i_ddi_mem_alloc() blocks are also listed under the name of the driver
 * that allocated them, so that what a driver never frees goes with its
 * module (scsa_port_reclaim()): illumos st's detach forgets one per
 * instance, which on illumos stays allocated for ever, and here would be
 * reported by kmemleak at each unload.
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/kmem.h>
#include <sys/sysmacros.h>
#include <sys/sunddi.h>
#include <sys/ddi_implfuncs.h>
#include <sys/modctl.h>
#include <sys/cmn_err.h>
#include <sys/debug.h>

#include "ddi_impl.h"

struct __ddi_dma_handle {
	dev_info_t	*dh_dip;
	ddi_dma_attr_t	dh_attr;
};

struct __ddi_acc_handle {
	caddr_t		ah_addr;
};

/* Just below each block handed out: what to give kmem_free(). */
struct scsa_dmamem_hdr {
	void		*base;
	size_t		size;
	/* i_ddi_mem_alloc() blocks only: on scsa_imem_list, by driver */
	struct scsa_dmamem_hdr *next, *prev;
	char		owner[MODMAXNAMELEN];
};

static kmutex_t scsa_imem_lock;
static struct scsa_dmamem_hdr scsa_imem_list = {
	.next = &scsa_imem_list, .prev = &scsa_imem_list
};

static int scsa_dma_kmflag(int (*waitfp)(caddr_t))
{
	/*
	 * A callback function would have to be called when memory frees up;
	 * sleeping for the memory instead means it never has to be (drivers
	 * call these from thread context here).
	 */
	return (waitfp == DDI_DMA_DONTWAIT ? KM_NOSLEEP : KM_SLEEP);
}

/* length bytes aligned to align (a power of two, or 0/1 for none). */
static caddr_t scsa_dmamem_alloc(size_t length, uint64_t align, int kmflag)
{
	struct scsa_dmamem_hdr *h;
	uintptr_t a;
	size_t size;
	void *base;

	if (align < sizeof (void *))
		align = sizeof (void *);
	if ((align & (align - 1)) != 0 || align > PAGESIZE || length == 0)
		return (NULL);
	size = length + align + sizeof (*h);
	base = kmem_zalloc(size, kmflag);
	if (base == NULL)
		return (NULL);
	a = P2ROUNDUP((uintptr_t)base + sizeof (*h), (uintptr_t)align);
	h = (struct scsa_dmamem_hdr *)a - 1;
	h->base = base;
	h->size = size;
	return ((caddr_t)a);
}

static void scsa_dmamem_free(caddr_t kaddr)
{
	struct scsa_dmamem_hdr *h = (struct scsa_dmamem_hdr *)kaddr - 1;

	kmem_free(h->base, h->size);
}

int ddi_dma_alloc_handle(dev_info_t *dip, ddi_dma_attr_t *attr, int (*waitfp)(caddr_t),
    caddr_t arg, ddi_dma_handle_t *handlep)
{
	ddi_dma_handle_t h;

	if (attr == NULL || handlep == NULL || attr->dma_attr_version != DMA_ATTR_V0 ||
	    attr->dma_attr_sgllen == 0)
		return (DDI_DMA_BADATTR);
	h = kmem_zalloc(sizeof (*h), scsa_dma_kmflag(waitfp));
	if (h == NULL)
		return (DDI_DMA_NORESOURCES);
	h->dh_dip = dip;
	h->dh_attr = *attr;
	*handlep = h;
	return (DDI_SUCCESS);
}

void ddi_dma_free_handle(ddi_dma_handle_t *handlep)
{
	if (handlep != NULL && *handlep != NULL) {
		kmem_free(*handlep, sizeof (**handlep));
		*handlep = NULL;
	}
}

int ddi_dma_mem_alloc(ddi_dma_handle_t handle, size_t length, ddi_device_acc_attr_t *accattrp,
    uint_t xfermodes, int (*waitfp)(caddr_t), caddr_t arg, caddr_t *kaddrp,
    size_t *real_length, ddi_acc_handle_t *handlep)
{
	int kmflag = scsa_dma_kmflag(waitfp);
	ddi_acc_handle_t ah;
	caddr_t kaddr;

	if (handle == NULL || kaddrp == NULL || handlep == NULL || length == 0)
		return (DDI_FAILURE);
	ah = kmem_zalloc(sizeof (*ah), kmflag);
	if (ah == NULL)
		return (DDI_FAILURE);
	kaddr = scsa_dmamem_alloc(length, handle->dh_attr.dma_attr_align, kmflag);
	if (kaddr == NULL) {
		kmem_free(ah, sizeof (*ah));
		return (DDI_FAILURE);
	}
	ah->ah_addr = kaddr;
	*kaddrp = kaddr;
	if (real_length != NULL)
		*real_length = length;
	*handlep = ah;
	return (DDI_SUCCESS);
}

void ddi_dma_mem_free(ddi_acc_handle_t *handlep)
{
	if (handlep == NULL || *handlep == NULL)
		return;
	scsa_dmamem_free((*handlep)->ah_addr);
	kmem_free(*handlep, sizeof (**handlep));
	*handlep = NULL;
}

int i_ddi_mem_alloc(dev_info_t *dip, ddi_dma_attr_t *attributes, size_t length,
    int cansleep, int streaming, ddi_device_acc_attr_t *accattrp, caddr_t *kaddrp,
    size_t *real_length, ddi_acc_hdl_t *handlep)
{
	struct scsa_dmamem_hdr *h;
	const char *owner;
	caddr_t kaddr;

	if (kaddrp == NULL || length == 0)
		return (DDI_FAILURE);
	kaddr = scsa_dmamem_alloc(length, attributes != NULL ? attributes->dma_attr_align : 1,
	    cansleep ? KM_SLEEP : KM_NOSLEEP);
	if (kaddr == NULL)
		return (DDI_FAILURE);
	h = (struct scsa_dmamem_hdr *)kaddr - 1;
	owner = dip != NULL ? ddi_driver_name(dip) : NULL;
	(void) strlcpy(h->owner, owner != NULL ? owner : "", sizeof (h->owner));
	mutex_enter(&scsa_imem_lock);
	h->next = &scsa_imem_list;
	h->prev = scsa_imem_list.prev;
	h->prev->next = h;
	scsa_imem_list.prev = h;
	mutex_exit(&scsa_imem_lock);
	*kaddrp = kaddr;
	if (real_length != NULL)
		*real_length = length;
	return (DDI_SUCCESS);
}

static void scsa_imem_unlist(struct scsa_dmamem_hdr *h)
{
	ASSERT(MUTEX_HELD(&scsa_imem_lock));
	h->prev->next = h->next;
	h->next->prev = h->prev;
	h->next = h->prev = NULL;
}

void i_ddi_mem_free(caddr_t kaddr, ddi_acc_hdl_t *ap)
{
	if (kaddr == NULL)
		return;
	mutex_enter(&scsa_imem_lock);
	scsa_imem_unlist((struct scsa_dmamem_hdr *)kaddr - 1);
	mutex_exit(&scsa_imem_lock);
	scsa_dmamem_free(kaddr);
}

/**
 * scsa_port_reclaim() - free what a driver left of its i_ddi_mem_alloc()s
 * @name: the driver's name
 *
 * Called as the driver's module unloads, after _fini(): no code of the
 * driver can use or free these blocks any more.  Says how much there was.
 */
void scsa_port_reclaim(const char *name)
{
	struct scsa_dmamem_hdr *h, *next;
	size_t bytes = 0;
	int n = 0;

	mutex_enter(&scsa_imem_lock);
	for (h = scsa_imem_list.next; h != &scsa_imem_list; h = next) {
		next = h->next;
		if (strcmp(h->owner, name) != 0)
			continue;
		scsa_imem_unlist(h);
		bytes += h->size;
		n++;
		kmem_free(h->base, h->size);
	}
	mutex_exit(&scsa_imem_lock);
	if (n > 0)
		cmn_err(CE_NOTE, "%s: %d i_ddi_mem_alloc() block(s), %lu bytes, "
		    "never freed by the driver: freed as it unloads", name, n,
		    (ulong_t)bytes);
}
