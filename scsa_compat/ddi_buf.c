// SPDX-License-Identifier: GPL-2.0
/*
 * buf(9S) services: bioinit(9F) to biodone(9F), mappings, bioclone(9F),
 * physio(9F) and aphysio(9F).  Solaris-world file; what a buf's data looks
 * like to the SCSA layer is written down in ddi_buf_impl.h, and user pages
 * are pinned and page lists mapped by lx/mem.c.
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/kmem.h>
#include <sys/errno.h>
#include <sys/cmn_err.h>
#include <sys/buf.h>
#include <sys/uio.h>
#include <sys/aio_req.h>
#include <sys/ddi.h>
#include <sys/sunddi.h>

#include "ddi_impl.h"
#include "ddi_buf_impl.h"
#include <scsa_fastpath.h>

/*
 * The largest transfer minphys() lets through.  illumos/x86 has 56 KiB;
 * Linux hosts take much more, and each transfer here costs a pin and a
 * command, so ours is 1 MiB.
 */
int maxphys = 1024 * 1024;

void bioinit(struct buf *bp)
{
	bzero(bp, sizeof (*bp));
	sema_init(&bp->b_sem, 0, NULL, SEMA_DEFAULT, NULL);
	sema_init(&bp->b_io, 0, NULL, SEMA_DEFAULT, NULL);
	bp->b_offset = -1;
}

/*
 * A bioclone() of a B_SHADOW or B_PAGEIO buf owns a borrowed shadow or
 * page list: free it here.
 */
static void scsa_buf_drop_shadow(struct buf *bp)
{
	struct scsa_shadow *sh = scsa_buf_shadow(bp);
	struct scsa_pageio *pio = scsa_buf_pageio(bp);

	if (pio != NULL && pio->borrowed) {
		if (bp->b_flags & B_REMAPPED)
			bp_mapout(bp);
		kmem_free(pio, sizeof (*pio));
		bp->b_pages = NULL;
		bp->b_flags &= ~B_PAGEIO;
	}

	if (sh != NULL && !sh->pinned) {
		if (bp->b_flags & B_REMAPPED)
			bp_mapout(bp);
		scsa_lx_shadow_release(sh, 0);
		bp->b_shadow = NULL;
		bp->b_flags &= ~B_SHADOW;
	}
}

void biofini(struct buf *bp)
{
	scsa_buf_drop_shadow(bp);
	sema_destroy(&bp->b_io);
	sema_destroy(&bp->b_sem);
}

void bioreset(struct buf *bp)
{
	biofini(bp);
	bioinit(bp);
}

size_t biosize(void)
{
	return (sizeof (struct buf));
}

struct buf *getrbuf(int sleep)
{
	struct buf *bp = kmem_alloc(sizeof (*bp), sleep);

	if (bp != NULL)
		bioinit(bp);
	return (bp);
}

void freerbuf(struct buf *bp)
{
	biofini(bp);
	kmem_free(bp, sizeof (*bp));
}

void bioerror(struct buf *bp, int error)
{
	if (error != 0)
		bp->b_flags |= B_ERROR;
	else
		bp->b_flags &= ~B_ERROR;
	bp->b_error = error;
}

int geterror(struct buf *bp)
{
	if (!(bp->b_flags & B_ERROR))
		return (0);
	return (bp->b_error != 0 ? bp->b_error : EIO);
}

/*
 * biodone(9F): b_iodone if the buf has one, else wake biowait().  There is
 * no buffer cache here, so an asynchronous buf without b_iodone is woken
 * like a synchronous one.
 */
void biodone(struct buf *bp)
{
	if (bp->b_iodone != NULL) {
		(*bp->b_iodone)(bp);
		return;
	}
	bp->b_flags |= B_DONE;
	sema_v(&bp->b_io);
}

int biowait(struct buf *bp)
{
	sema_p(&bp->b_io);
	if (bp->b_flags & B_REMAPPED)
		bp_mapout(bp);
	return (geterror(bp));
}

void minphys(struct buf *bp)
{
	if (bp->b_bcount > (size_t)maxphys)
		bp->b_bcount = maxphys;
}

/*
 * B_PAGEIO page lists (form (3))
 */

void *scsa_buf_page_at(struct buf *bp, size_t pos, uint_t *offp, size_t *lenp)
{
	struct scsa_pageio *pio = scsa_buf_pageio(bp);
	ulong_t at, base;
	uint_t i;

	if (pio == NULL)
		return (NULL);
	at = pio->start + pos;
	if ((i = scsa_lx_pageio_seek(pio, at, &base)) >= pio->nsegs)
		return (NULL);
	*offp = pio->segs[i].off + (uint_t)(at - base);
	*lenp = pio->segs[i].len - (at - base);
	return (pio->segs[i].page);
}

uint_t scsa_buf_pageio_segs(struct buf *bp, size_t pos, size_t len)
{
	struct scsa_pageio *pio = scsa_buf_pageio(bp);
	ulong_t at, base;
	uint_t i, n = 0;

	if (pio == NULL || len == 0)
		return (0);
	at = pio->start + pos;
	for (i = scsa_lx_pageio_seek(pio, at, &base); i < pio->nsegs; i++) {
		n++;
		base += pio->segs[i].len;
		if (base >= at + len)
			break;
	}
	return (n);
}

/* b_un.b_addr of an unmapped B_PAGEIO buf: the data's offset in its page. */
caddr_t scsa_pageio_addr(struct scsa_pageio *pio)
{
	ulong_t base;
	uint_t i = scsa_lx_pageio_seek(pio, pio->start, &base);

	if (i >= pio->nsegs)
		return (NULL);
	return ((caddr_t)(uintptr_t)(pio->segs[i].off + (pio->start - base)));
}

/*
 * Mappings
 */

void bp_mapin(struct buf *bp)
{
	struct scsa_shadow *sh;
	struct scsa_pageio *pio;
	void *kva;

	if (!(bp->b_flags & (B_PHYS | B_PAGEIO)) || (bp->b_flags & B_REMAPPED))
		return;
	if ((pio = scsa_buf_pageio(bp)) != NULL) {
		if ((kva = scsa_lx_pageio_map(pio, bp->b_bcount)) == NULL) {
			cmn_err(CE_WARN, "bp_mapin: cannot map %lu bytes",
			    (ulong_t)bp->b_bcount);
			return;
		}
		pio->maplen = bp->b_bcount;
		bp->b_un.b_addr = kva;
		bp->b_flags |= B_REMAPPED;
		return;
	}
	if ((sh = scsa_buf_shadow(bp)) == NULL) {
		cmn_err(CE_WARN, "bp_mapin: buf %p has no pages to map", (void *)bp);
		return;
	}
	if ((kva = scsa_lx_shadow_map(sh)) == NULL) {
		cmn_err(CE_WARN, "bp_mapin: out of kernel address space");
		return;
	}
	bp->b_un.b_addr = (caddr_t)kva + (sh->uaddr & PAGEOFFSET);
	bp->b_flags |= B_REMAPPED;
}

void *bp_mapin_common(struct buf *bp, int flag)
{
	bp_mapin(bp);
	return (bp->b_un.b_addr);
}

void bp_mapout(struct buf *bp)
{
	struct scsa_shadow *sh = scsa_buf_shadow(bp);
	struct scsa_pageio *pio = scsa_buf_pageio(bp);

	if (!(bp->b_flags & B_REMAPPED))
		return;
	if (pio != NULL) {
		scsa_lx_pageio_unmap(pio, pio->maplen, (bp->b_flags & B_READ) != 0);
		bp->b_un.b_addr = scsa_pageio_addr(pio);
		bp->b_flags &= ~B_REMAPPED;
		return;
	}
	if (sh == NULL)
		return;
	scsa_lx_shadow_unmap(sh);
	bp->b_un.b_addr = (caddr_t)sh->uaddr;
	bp->b_flags &= ~B_REMAPPED;
}

/* Copies between a buf's data (at @off) and a kernel buffer. */
static int scsa_bp_copy(struct buf *bp, void *kbuf, offset_t off, size_t size, int in)
{
	int mapped = 0;

	if (off < 0 || off + size > bp->b_bcount)
		return (-1);
	if ((bp->b_flags & (B_PHYS | B_PAGEIO)) && !(bp->b_flags & B_REMAPPED)) {
		bp_mapin(bp);
		if (!(bp->b_flags & B_REMAPPED))
			return (-1);
		mapped = 1;
	}
	if (in)
		bcopy(bp->b_un.b_addr + off, kbuf, size);
	else
		bcopy(kbuf, bp->b_un.b_addr + off, size);
	if (mapped)
		bp_mapout(bp);
	return (0);
}

/* bp_copyin(9F): from the buf's data into @driverbuf.  0 or -1. */
int bp_copyin(struct buf *bp, void *driverbuf, offset_t offset, size_t size)
{
	return (scsa_bp_copy(bp, driverbuf, offset, size, 1));
}

int bp_copyout(void *driverbuf, struct buf *bp, offset_t offset, size_t size)
{
	return (scsa_bp_copy(bp, driverbuf, offset, size, 0));
}

/*
 * bioclone(9F): a buf for part of another's data, in any form of
 * ddi_buf_impl.h; a B_SHADOW clone borrows its original's pinned pages, a
 * B_PAGEIO one its page list: the original must outlive it.
 */
#define SCSA_BUF_CLONE_FLAGS	(B_READ | B_WRITE | B_SHADOW | B_PHYS | B_PAGEIO | \
				 B_FAILFAST | B_ABRWRITE)

struct buf *bioclone(struct buf *bp, off_t off, size_t len, dev_t dev, daddr_t blkno,
    int (*iodone)(struct buf *), struct buf *bp_mem, int sleepflag)
{
	struct scsa_shadow *sh = scsa_buf_shadow(bp), *nsh = NULL;
	struct scsa_pageio *pio = scsa_buf_pageio(bp), *npio = NULL;
	struct buf *nbp;

	if (pio != NULL) {
		if ((npio = kmem_zalloc(sizeof (*npio), sleepflag)) == NULL)
			return (NULL);
		npio->start = pio->start + off;
		npio->nsegs = pio->nsegs;
		npio->segs = pio->segs;
		npio->borrowed = 1;
	} else if (sh != NULL) {
		nsh = scsa_lx_shadow_borrow(sh, (sh->uaddr & PAGEOFFSET) + off, len);
		if (nsh == NULL)
			return (NULL);
	}
	if (bp_mem == NULL) {
		if ((nbp = getrbuf(sleepflag)) == NULL) {
			if (nsh != NULL)
				scsa_lx_shadow_release(nsh, 0);
			if (npio != NULL)
				kmem_free(npio, sizeof (*npio));
			return (NULL);
		}
	} else {
		nbp = bp_mem;
		bioreset(nbp);
	}
	nbp->b_flags = (bp->b_flags & SCSA_BUF_CLONE_FLAGS) | B_BUSY;
	nbp->b_bcount = len;
	nbp->b_blkno = blkno;
	nbp->b_iodone = iodone;
	nbp->b_proc = bp->b_proc;
	nbp->b_edev = dev;
	nbp->b_dev = cmpdev(dev);
	nbp->b_file = bp->b_file;
	nbp->b_offset = bp->b_offset;
	nbp->b_dip = bp->b_dip;
	if (npio != NULL) {
		nbp->b_pages = (struct page *)(void *)npio;
		nbp->b_un.b_addr = scsa_pageio_addr(npio);
	} else if (nsh != NULL) {
		nbp->b_shadow = nsh->pages;
		nbp->b_un.b_addr = (caddr_t)nsh->uaddr;
	} else {
		nbp->b_un.b_addr = bp->b_un.b_addr + off;
	}
	return (nbp);
}

/*
 * physio(9F)
 */

/*
 * Start @bp and wait for it, running its packets' completions here
 * (lx/handoff.c) rather than waking a worker to run them: this thread
 * waits anyway, and holds nothing the completions could need that would
 * not deadlock illumos too.
 */
int scsa_strategy_wait(int (*strat)(struct buf *), struct buf *bp)
{
	struct scsa_lx_handoff ho;
	int helped;

	helped = scsa_lx_handoff_begin(&ho, bp);
	(void) (*strat)(bp);
	if (helped)
		scsa_lx_handoff_end(&ho);
	return (biowait(bp));
}

/* The node for b_dip, through the driver's getinfo(9E). */
static void *scsa_physio_dip(dev_t dev)
{
	struct scsa_drv *drv;
	void *res = NULL;

	scsa_tree_enter();
	drv = scsa_drv_by_major(getmajor(dev));
	scsa_tree_exit();
	if (drv == NULL || drv->drv_ops->devo_getinfo == NULL ||
	    drv->drv_ops->devo_getinfo(NULL, DDI_INFO_DEVT2DEVINFO, (void *)dev, &res) !=
	    DDI_SUCCESS)
		return (NULL);
	return (res);
}

/*
 * One transfer: the buf is set up; pins, runs and unpins.  Returns 0 or the
 * errno of pinning the pages (nothing ran); the transfer's own result is
 * the buf's (geterror()).
 */
static int scsa_physio_one(int (*strat)(struct buf *), struct buf *bp, int rw,
    uio_t *uio)
{
	struct scsa_shadow *sh = NULL;
	int error;

	if (uio->uio_segflg == UIO_USERSPACE) {
		sh = scsa_lx_pin_user((unsigned long)bp->b_un.b_addr, bp->b_bcount,
		    rw == B_READ, &error);
		if (sh == NULL)
			return (-error);
		bp->b_shadow = sh->pages;
		bp->b_flags |= B_SHADOW;
		bp->b_proc = (struct proc *)scsa_lx_curthread();
	} else {
		bp->b_flags &= ~B_PHYS;		/* form (1): a kernel address */
	}
	(void) scsa_strategy_wait(strat, bp);
	if (sh != NULL) {
		bp->b_shadow = NULL;
		bp->b_flags &= ~B_SHADOW;
		scsa_lx_shadow_release(sh, rw == B_READ);
	}
	return (0);
}

/**
 * physio() - raw I/O between user (or kernel) memory and a device
 * @strat: the driver's strategy routine
 * @bp: a buf the caller owns (getrbuf()), or NULL for a private one
 * @dev: the device
 * @rw: B_READ or B_WRITE
 * @mincnt: trims each transfer (minphys() or the driver's)
 * @uio: what to transfer; advanced by what was transferred
 *
 * Each iovec is transferred in pieces of at most what @mincnt allows, with
 * the user pages pinned for the duration; physio stops at the first error
 * or short transfer, as illumos's default_physio().
 *
 * Return: 0 or an errno.
 */
int physio(int (*strat)(struct buf *), struct buf *bp, dev_t dev, int rw,
    void (*mincnt)(struct buf *), struct uio *uio)
{
	int error = 0, allocated = 0;
	void *dip = scsa_physio_dip(dev);
	size_t done;

	if (uio->uio_segflg != UIO_USERSPACE && uio->uio_segflg != UIO_SYSSPACE)
		return (EINVAL);
	if (bp == NULL) {
		bp = getrbuf(KM_SLEEP);
		allocated = 1;
	}
	while (uio->uio_resid > 0 && uio->uio_iovcnt > 0 && error == 0) {
		iovec_t *iov = uio->uio_iov;

		if (iov->iov_len == 0) {
			uio->uio_iov++;
			uio->uio_iovcnt--;
			continue;
		}
		bp->b_flags = B_BUSY | B_PHYS | rw;
		bp->b_error = 0;
		bp->b_resid = 0;
		bp->b_edev = dev;
		bp->b_dev = cmpdev(dev);
		bp->b_dip = dip;
		bp->b_lblkno = btodt(uio->uio_loffset);
		bp->b_offset = uio->uio_loffset;
		bp->b_un.b_addr = iov->iov_base;
		bp->b_bcount = MIN(iov->iov_len, (size_t)uio->uio_resid);
		(*mincnt)(bp);
		if ((error = scsa_physio_one(strat, bp, rw, uio)) != 0)
			break;		/* the pages could not be pinned */
		error = geterror(bp);
		done = bp->b_bcount - bp->b_resid;
		iov->iov_base += done;
		iov->iov_len -= done;
		uio->uio_resid -= done;
		uio->uio_loffset += done;
		if (bp->b_resid != 0)
			break;
	}
	bp->b_flags &= ~(B_BUSY | B_WANTED | B_PHYS | B_SHADOW);
	if (allocated)
		freerbuf(bp);
	return (error);
}

/*
 * aphysio(9F): asynchronous raw I/O, for aread(9E)/awrite(9E), on the
 * struct scsa_aio (ddi_buf_impl.h) the cb_ops dispatch made.  aphysio()
 * pins the pages, starts one transfer and returns; the buf's b_iodone is
 * the dispatcher's, which tells Linux.
 */
/**
 * aphysio() - start asynchronous raw I/O
 * @strat: the driver's strategy routine
 * @cancel: anocancel (illumos has no other)
 * @dev: the device
 * @rw: B_READ or B_WRITE
 * @mincnt: may not trim the transfer: the request is done in one
 * @aio: what aread(9E)/awrite(9E) got
 *
 * Return: 0 once @strat has the buf (the result comes with its biodone()),
 * or an errno: EINVAL for a bad request, ENOTSUP if @mincnt trims it,
 * the pinning's error.
 */
int aphysio(int (*strat)(struct buf *), int (*cancel)(struct buf *), dev_t dev, int rw,
    void (*mincnt)(struct buf *), struct aio_req *aio)
{
	struct scsa_aio *sa = (struct scsa_aio *)aio;
	struct buf *bp = &sa->sa_buf;
	struct scsa_shadow *sh;
	struct uio *uio;
	int error;

	if (sa->sa_magic != SCSA_AIO_MAGIC || sa->sa_started || sa->sa_iodone == NULL) {
		cmn_err(CE_WARN, "aphysio: not a request aread/awrite was given");
		return (EINVAL);
	}
	uio = aio->aio_uio;
	if (uio->uio_loffset < 0 || uio->uio_iovcnt != 1 ||
	    uio->uio_segflg != UIO_USERSPACE || (rw != B_READ && rw != B_WRITE))
		return (EINVAL);
	bp->b_flags = B_BUSY | B_PHYS | B_ASYNC | rw;
	bp->b_error = 0;
	bp->b_resid = 0;
	bp->b_edev = dev;
	bp->b_dev = cmpdev(dev);
	bp->b_dip = scsa_physio_dip(dev);
	bp->b_lblkno = btodt(uio->uio_loffset);
	bp->b_offset = uio->uio_loffset;
	bp->b_un.b_addr = uio->uio_iov->iov_base;
	bp->b_bcount = uio->uio_iov->iov_len;
	bp->b_iodone = sa->sa_iodone;
	(*mincnt)(bp);
	if (bp->b_bcount != uio->uio_iov->iov_len)
		return (ENOTSUP);
	sh = scsa_lx_pin_user((unsigned long)bp->b_un.b_addr, bp->b_bcount, rw == B_READ,
	    &error);
	if (sh == NULL)
		return (-error);
	bp->b_shadow = sh->pages;
	bp->b_flags |= B_SHADOW;
	bp->b_proc = (struct proc *)scsa_lx_curthread();
	sa->sa_shadow = sh;
	sa->sa_rw = rw;
	sa->sa_started = 1;
	(void) (*strat)(bp);
	return (0);
}

/* anocancel(9F): illumos cannot cancel these either. */
int anocancel(struct buf *bp)
{
	return (ENXIO);
}
