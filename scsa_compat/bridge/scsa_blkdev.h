/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Block minor nodes across the two worlds: lx/blkdev.c (Linux: a blk-mq
 * gendisk per node) and its partner ddi_blkdev.c (Solaris: the node's
 * open(9E), close(9E), ioctl(9E) and strategy(9E)).
 *
 * Plain C types only; device numbers as in <scsa_ddi.h>, file mode bits
 * as in <scsa_cdev.h>.  Every function returns 0 or a negative errno.
 */
#ifndef _SCSA_BRIDGE_BLKDEV_H
#define _SCSA_BRIDGE_BLKDEV_H

#include <scsa_cdev.h>

struct scsa_pageio;
struct scsa_lx_disk;		/* one block minor node's gendisk (Linux world) */

/*
 * Solaris world -> Linux world
 */

/*
 * Block devices: one blk-mq gendisk per S_IFBLK minor node.  @devt is the
 * illumos dev_t (Linux encoding) the driver sees in b_edev and open(9E);
 * the gendisk has a dev_t of its own.  @path is the /dev name,
 * "scsa/<driver>/<instance>:<name>".
 */
int scsa_lx_disk_create(struct scsa_drv *drv, void *dip, unsigned int devt,
			const char *path, void *owner, struct scsa_lx_disk **out);
/*
 * The gendisk is added and deleted by a worker (lock order: see
 * lx/blkdev.c); removal refuses new opens at once.  scsa_lx_disk_settle()
 * waits until every node made so far is added; scsa_lx_disk_drain() until
 * every node of @drv removed so far is deleted.
 */
void scsa_lx_disk_destroy(struct scsa_lx_disk *disk);
/* The driver's size properties changed: an open disk reads them again. */
void scsa_lx_disk_resize(struct scsa_lx_disk *disk);
void scsa_lx_disk_settle(void);
void scsa_lx_disk_drain(struct scsa_drv *drv);
/*
 * A block request's buf is done (its b_iodone, in any context): @err is 0
 * or a negative errno, @resid the bytes not transferred.  Any bp_mapin()
 * mapping of the request's pages is still in place, for Linux to undo.
 */
void scsa_lx_disk_done(void *bp, int err, unsigned long resid);

/*
 * Linux world -> Solaris world
 */

/*
 * What a gendisk asks the driver.  scsa_blk_cb_open(): open(9E) with
 * OTYP_BLK of @dev, which the open holds (*@hold) until
 * scsa_blk_cb_close().  scsa_blk_cb_ioctl(): ioctl(9E), or what Linux's
 * block layer returns (a value or a negative errno).
 * scsa_blk_buf_size(): the room a struct buf needs in a request.
 * scsa_blk_strategy(): makes @bufmem a B_PAGEIO buf over @pio for @bytes
 * at 512-byte block @blkno and hands it to the driver's strategy(9E);
 * scsa_lx_disk_done() follows, once.  scsa_blk_media(): what the driver's
 * properties say of the device: size in bytes (0 if it says nothing),
 * block size, write cache enabled.  scsa_blk_flush(): DKIOCFLUSHWRITECACHE.
 */
int scsa_blk_cb_open(struct scsa_drv *drv, unsigned int dev, int flag, struct cred *cr,
		     void **hold);
int scsa_blk_cb_close(struct scsa_drv *drv, unsigned int dev, int flag, struct cred *cr,
		      void *hold);
long scsa_blk_cb_ioctl(struct scsa_drv *drv, unsigned int dev, unsigned int cmd,
		       unsigned long arg, int mode, struct cred *cr);
unsigned long scsa_blk_buf_size(void);
void scsa_blk_strategy(struct scsa_drv *drv, void *dip, unsigned int dev, void *bufmem,
		       int write, unsigned long long blkno, unsigned long bytes,
		       struct scsa_pageio *pio);
void scsa_blk_media(struct scsa_drv *drv, void *dip, unsigned int dev,
		    unsigned long long *bytesp, unsigned int *blksizep, int *wcep);
int scsa_blk_flush(struct scsa_drv *drv, unsigned int dev);

#endif /* _SCSA_BRIDGE_BLKDEV_H */
