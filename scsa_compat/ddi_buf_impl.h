/* SPDX-License-Identifier: GPL-2.0 */
/*
 * How a struct buf describes its data: the contract between the DDI's buf
 * services (ddi_buf.c: physio, bioclone, bp_mapin) and the SCSA layer that
 * turns bufs into Linux commands.  Solaris-world, framework-internal.
 *
 * (1) Kernel buffer: neither B_PHYS nor B_PAGEIO.  b_un.b_addr is a kernel
 *     virtual address of kmalloc or vmalloc memory (kmem_alloc() may return
 *     either), b_bcount bytes long.  physio() of a UIO_SYSSPACE uio also
 *     produces this form (it clears B_PHYS: the address is not a user one).
 *
 * (2) User pages: B_PHYS|B_SHADOW.  b_un.b_addr is the user virtual address
 *     of the transfer, b_proc is non-NULL (an opaque token, never
 *     dereferenced), and b_shadow[] holds the pinned Linux struct pages
 *     covering [b_addr, b_addr + b_bcount), starting with the page that
 *     contains b_addr: the data begins at offset (b_addr & PAGEOFFSET) of
 *     b_shadow[0].  b_shadow is the pages[] of a struct scsa_shadow
 *     (<scsa_mem.h>); scsa_buf_shadow() finds it.  After bp_mapin(),
 *     B_REMAPPED is set and b_un.b_addr is the kernel mapping, with the same
 *     offset in its first page; bp_mapout() restores the user address.
 *     The pages stay pinned until physio() unpins them, in process context,
 *     after biowait(); a bioclone() of such a buf borrows them.
 *
 * (3) Pages: B_PAGEIO.  b_pages points, cast, at a struct scsa_pageio
 *     (<scsa_mem.h>): a list of page segments, each within one page, and
 *     the byte of that list where the buf's data starts (pio->start); the
 *     data is the b_bcount bytes from there, through as many segments as
 *     it takes.  Block requests make these (lx/blkdev.c: the list is the
 *     request's bio_vecs, in the request's PDU with the buf).  b_un.b_addr
 *     holds the data's offset in its first page, as on illumos; after
 *     bp_mapin(), B_REMAPPED is set and b_un.b_addr is a kernel address of
 *     the data: a vmap() of the pages, or a bounce buffer when segments
 *     are pieces of pages (copied back to them by bp_mapout() for
 *     B_READ).  A bioclone() has a scsa_pageio of its own that borrows
 *     the original's segments.
 */
#ifndef _SCSA_DDI_BUF_IMPL_H
#define _SCSA_DDI_BUF_IMPL_H

#include <sys/types.h>
#include <sys/buf.h>
#include <sys/uio.h>
#include <sys/aio_req.h>
#include <scsa_mem.h>

/* The shadow structure behind a B_SHADOW buf's b_shadow, or NULL. */
static inline struct scsa_shadow *scsa_buf_shadow(struct buf *bp)
{
	if (!(bp->b_flags & B_SHADOW) || bp->b_shadow == NULL)
		return (NULL);
	return ((struct scsa_shadow *)((char *)bp->b_shadow -
	    __builtin_offsetof(struct scsa_shadow, pages)));
}

/* The page list behind a B_PAGEIO buf, or NULL. */
static inline struct scsa_pageio *scsa_buf_pageio(struct buf *bp)
{
	if (!(bp->b_flags & B_PAGEIO))
		return (NULL);
	return ((struct scsa_pageio *)(void *)bp->b_pages);
}

/*
 * Form (3) for the SCSA layer: the page and offset of byte @pos of the
 * buf's data, and how many bytes from there are contiguous in that page
 * (*lenp); and how many segments [pos, pos + len) spans.
 */
void *scsa_buf_page_at(struct buf *bp, size_t pos, uint_t *offp, size_t *lenp);
uint_t scsa_buf_pageio_segs(struct buf *bp, size_t pos, size_t len);

/* strategy(9E), then biowait(9F), completing @bp's packets in this thread. */
int scsa_strategy_wait(int (*strat)(struct buf *), struct buf *bp);

/* b_un.b_addr of an unmapped form (3) buf: its data's offset in a page. */
caddr_t scsa_pageio_addr(struct scsa_pageio *pio);

/*
 * An asynchronous request of a character node (ddi_cbops.c makes it for
 * aread(9E)/awrite(9E)): the aio_req_t handed to the driver, its uio and
 * one iovec (illumos's kaio gives one buffer per request), and the buf
 * aphysio() uses, as illumos's aio_req_impl carries its own.  @sa_iodone
 * is the dispatcher's b_iodone, which aphysio() gives the buf.
 */
#define SCSA_AIO_MAGIC	0x5ca5a10u

struct scsa_aio {
	aio_req_t		sa_req;		/* first: the driver's handle */
	uint_t			sa_magic;
	int			sa_started;
	int			sa_rw;
	struct uio		sa_uio;
	struct iovec		sa_iov;
	struct buf		sa_buf;
	struct scsa_shadow	*sa_shadow;
	int			(*sa_iodone)(struct buf *);
	void			*sa_cookie;	/* Linux's request */
};

#endif /* _SCSA_DDI_BUF_IMPL_H */
