// SPDX-License-Identifier: GPL-2.0
/*
 * Block minor nodes, the Solaris half; lx/blkdev.c is the Linux half.
 * Solaris-world file.  A node is a blk-mq gendisk: this file makes and
 * removes it for ddi_minor.c, and answers what the gendisk asks of the
 * driver: open(9E), close(9E) and ioctl(9E) with OTYP_BLK (through the
 * cb_ops dispatch of ddi_cbops.c, which counts opens for both kinds of
 * node), strategy(9E) for each request, the size and block size from the
 * driver's properties, and a flush as DKIOCFLUSHWRITECACHE.
 *
 * A request is a B_PAGEIO buf (ddi_buf_impl.h form (3)) that lives in the
 * request itself, over the request's pages: nothing is copied or
 * allocated per I/O.  Its b_iodone gives the result back to Linux in one
 * call, scsa_lx_disk_done(); a bp_mapin() the driver left in place is the
 * Linux side's to undo, since that may sleep and biodone(9F) may not.
 *
 * Every function called from lx/blkdev.c returns 0 or a negative errno
 * (Documentation/design.rst).
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/errno.h>
#include <sys/stat.h>
#include <sys/open.h>
#include <sys/file.h>
#include <sys/buf.h>
#include <sys/cred.h>
#include <sys/ddi.h>
#include <sys/sunddi.h>
#include <sys/dkio.h>

#include "ddi_impl.h"
#include "ddi_buf_impl.h"

/*
 * Nodes
 */

/* For ddi_create_minor_node(9F): 0 or a positive errno. */
int scsa_blk_node_create(dev_info_t *dip, struct scsa_minor *m, const char *path)
{
	struct scsa_drv *drv = dip->devi_drv;

	return (-scsa_lx_disk_create(drv, dip, (unsigned int)m->dev, path,
	    drv->drv_owner, &m->disk));
}

void scsa_blk_node_destroy(struct scsa_minor *m)
{
	scsa_lx_disk_destroy(m->disk);
}

/* The driver says the node's size changed: read it again if open. */
void scsa_blk_node_resize(struct scsa_minor *m)
{
	scsa_lx_disk_resize(m->disk);
}

/* A port's load returns when the gendisks its attach(9E) made are added. */
void scsa_blk_settle(void)
{
	scsa_lx_disk_settle();
}

/* A driver goes when the gendisks of its removed nodes are deleted. */
void scsa_blk_drain(struct scsa_drv *drv)
{
	scsa_lx_disk_drain(drv);
}

/*
 * Opens, closes, ioctls
 */

int scsa_blk_cb_open(struct scsa_drv *drv, unsigned int dev, int flag, struct cred *cr,
    void **hold)
{
	unsigned int odev = dev;

	/* A block device has no file to carry a clone's dev_t: refused there. */
	return (scsa_cb_open(drv, &odev, flag, OTYP_BLK, cr, hold));
}

int scsa_blk_cb_close(struct scsa_drv *drv, unsigned int dev, int flag, struct cred *cr,
    void *hold)
{
	return (scsa_cb_close(drv, dev, flag, OTYP_BLK, cr, hold));
}

long scsa_blk_cb_ioctl(struct scsa_drv *drv, unsigned int dev, unsigned int cmd,
    unsigned long arg, int mode, struct cred *cr)
{
	return (scsa_cb_ioctl(drv, dev, cmd, arg, mode, cr));
}

/*
 * Requests
 */

unsigned long scsa_blk_buf_size(void)
{
	return (sizeof (struct buf));
}

/*
 * The buf's end: its result to Linux.  biofini(9F) first: the buf is
 * memory of the request, which Linux may reuse once it has the result.
 */
static int scsa_blk_iodone(struct buf *bp)
{
	int err = geterror(bp);
	unsigned long resid = bp->b_resid;

	bp->b_flags &= ~B_REMAPPED;	/* the mapping is pio's: Linux undoes it */
	biofini(bp);
	scsa_lx_disk_done(bp, -err, resid);
	return (0);
}

void scsa_blk_strategy(struct scsa_drv *drv, void *dip, unsigned int dev, void *bufmem,
    int write, unsigned long long blkno, unsigned long bytes, struct scsa_pageio *pio)
{
	struct cb_ops *cb = drv->drv_ops->devo_cb_ops;
	struct buf *bp = bufmem;

	bioinit(bp);
	bp->b_flags = B_BUSY | B_PAGEIO | (write ? B_WRITE : B_READ);
	bp->b_edev = dev;
	bp->b_dev = cmpdev(dev);
	bp->b_dip = dip;
	bp->b_blkno = (daddr_t)blkno;		/* b_lblkno too: DEV_BSIZE units */
	bp->b_offset = (offset_t)ldbtob(blkno);
	bp->b_bcount = bytes;
	bp->b_bufsize = bytes;
	bp->b_pages = (struct page *)(void *)pio;
	bp->b_un.b_addr = scsa_pageio_addr(pio);
	bp->b_iodone = scsa_blk_iodone;
	if (cb == NULL || cb->cb_strategy == NULL || cb->cb_strategy == nodev) {
		bioerror(bp, ENXIO);
		bp->b_resid = bytes;
		biodone(bp);
		return;
	}
	(void) (*cb->cb_strategy)(bp);
}

/*
 * Media
 */

/* One property through the driver's prop_op(9E), as specfs asks it. */
static int scsa_blk_prop(struct scsa_drv *drv, dev_info_t *dip, dev_t dev, int typed,
    char *name, void *val, int len)
{
	struct cb_ops *cb = drv->drv_ops->devo_cb_ops;
	int flags = DDI_PROP_NOTPROM | DDI_PROP_DONTPASS;
	int rv;

	if (typed)
		flags |= DDI_PROP_CONSUMER_TYPED;
	if (cb != NULL && cb->cb_prop_op != NULL)
		rv = cb->cb_prop_op(dev, dip, PROP_LEN_AND_VAL_BUF, flags, name, val, &len);
	else
		rv = ddi_prop_op(dev, dip, PROP_LEN_AND_VAL_BUF, flags, name, val, &len);
	return (rv == DDI_PROP_SUCCESS ? len : -1);
}

/* An int64 or int property's value, or -1. */
static int64_t scsa_blk_prop_num(struct scsa_drv *drv, dev_info_t *dip, dev_t dev,
    int typed, char *name)
{
	union {
		int64_t	i64;
		int	i32;
	} v;

	v.i64 = 0;
	switch (scsa_blk_prop(drv, dip, dev, typed, name, &v, sizeof (v))) {
	case sizeof (int64_t):
		return (v.i64);
	case sizeof (int):
		return ((uint_t)v.i32);
	default:
		return (-1);
	}
}

/*
 * The size as illumos's specfs works it out for a block device: "Nblocks"
 * (int64), else "nblocks" (int), counted in "blksize" units, else in
 * "device-blksize" ones, else in DEV_BSIZE ones.  "Size"/"size" (bytes,
 * what specfs asks of character devices) serve drivers that give only
 * those.  The block size is also the Linux logical block size.  The write
 * cache state comes from DKIOCGETWCE; no answer means none.
 */
void scsa_blk_media(struct scsa_drv *drv, void *vdip, unsigned int udev,
    unsigned long long *bytesp, unsigned int *blksizep, int *wcep)
{
	struct cb_ops *cb = drv->drv_ops->devo_cb_ops;
	dev_info_t *dip = vdip;
	dev_t dev = udev;
	int64_t n, bs;
	int wce = 0, rval;

	bs = scsa_blk_prop_num(drv, dip, dev, 0, "blksize");
	if (bs <= 0)
		bs = scsa_blk_prop_num(drv, dip, DDI_DEV_T_ANY, 0, "device-blksize");
	if (bs <= 0)
		bs = DEV_BSIZE;
	*blksizep = (unsigned int)bs;
	if ((n = scsa_blk_prop_num(drv, dip, dev, 1, "Nblocks")) < 0 &&
	    (n = scsa_blk_prop_num(drv, dip, dev, 0, "nblocks")) >= 0)
		n = (uint32_t)n;
	if (n >= 0) {
		*bytesp = (unsigned long long)n * (unsigned long long)bs;
	} else if ((n = scsa_blk_prop_num(drv, dip, dev, 1, "Size")) >= 0 ||
	    (n = scsa_blk_prop_num(drv, dip, dev, 0, "size")) >= 0) {
		*bytesp = (unsigned long long)n;
	} else {
		*bytesp = 0;
	}
	*wcep = 0;
	if (cb != NULL && cb->cb_ioctl != NULL &&
	    cb->cb_ioctl(dev, DKIOCGETWCE, (intptr_t)&wce, FKIOCTL | FREAD,
	    scsa_lx_current_cred(), &rval) == 0)
		*wcep = wce != 0;
}

/* Linux's flush: a synchronous DKIOCFLUSHWRITECACHE (no callback). */
int scsa_blk_flush(struct scsa_drv *drv, unsigned int dev)
{
	struct cb_ops *cb = drv->drv_ops->devo_cb_ops;
	int rval;

	if (cb == NULL || cb->cb_ioctl == NULL)
		return (-ENOTTY);
	return (-cb->cb_ioctl((dev_t)dev, DKIOCFLUSHWRITECACHE, 0, FKIOCTL | FREAD | FWRITE,
	    scsa_lx_current_cred(), &rval));
}
