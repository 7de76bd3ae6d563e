/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Character minor nodes across the two worlds: lx/cdev.c (Linux: the
 * chrdev regions, the devices, file_operations) and its partner
 * ddi_cbops.c (Solaris: cb_ops(9S) dispatch).  Block nodes share the file
 * mode bits and the open dispatch (scsa_blkdev.h).
 *
 * Plain C types only; device numbers as in <scsa_ddi.h>.  Every function
 * returns 0 or a negative errno, or, for reads, writes and ioctls, what
 * Linux's VFS returns (a count, or a negative errno).
 */
#ifndef _SCSA_BRIDGE_CDEV_H
#define _SCSA_BRIDGE_CDEV_H

struct cred;
struct scsa_drv;		/* a registered driver (Solaris world) */
struct scsa_lx_cdev;		/* its character-device major (Linux world) */
struct scsa_lx_node;		/* one /dev node (Linux world) */

/*
 * File and ioctl mode bits, as illumos numbers them (<sys/file.h>); the
 * Linux world builds cb_ops flags with these.  ddi_cbops.c checks they
 * equal the Solaris headers' values.
 */
#define SCSA_FREAD	0x01
#define SCSA_FWRITE	0x02
#define SCSA_FNDELAY	0x04
#define SCSA_FNONBLOCK	0x80
#define SCSA_FEXCL	0x0400
#define SCSA_FILP32	0x00100000
#define SCSA_FLP64	0x00200000
#define SCSA_FKIOCTL	0x80000000u
#define SCSA_OTYP_BLK	0
#define SCSA_OTYP_CHR	2

/*
 * Solaris world -> Linux world
 */

/* Character devices: one major per driver, one device per minor node. */
int scsa_lx_cdev_register(struct scsa_drv *drv, const char *name, void *owner,
			  unsigned int *major, struct scsa_lx_cdev **out);
void scsa_lx_cdev_unregister(struct scsa_lx_cdev *cd);
int scsa_lx_node_create(unsigned int devt, const char *path,
			struct scsa_lx_node **out);
void scsa_lx_node_destroy(struct scsa_lx_node *node);
/* A change uevent on the node's device, carrying envp ("KEY=value"). */
int scsa_lx_node_uevent(struct scsa_lx_node *node, char *const envp[], int can_sleep);

/*
 * Linux world -> Solaris world
 */

/*
 * cb_ops(9S) dispatch for one open file.  @hold is the device node the
 * open holds (so it cannot detach); close releases it.
 */
int scsa_cb_open(struct scsa_drv *drv, unsigned int *devp, int flag, int otyp,
		 struct cred *cr, void **hold);
int scsa_cb_close(struct scsa_drv *drv, unsigned int dev, int flag, int otyp,
		  struct cred *cr, void *hold);
long scsa_cb_ioctl(struct scsa_drv *drv, unsigned int dev, unsigned int cmd,
		   unsigned long arg, int mode, struct cred *cr);
long scsa_cb_rw(struct scsa_drv *drv, unsigned int dev, int write, void *ubuf,
		unsigned long len, long long *offp, int fmode, struct cred *cr);

/*
 * Asynchronous read/write (Linux AIO, io_uring) of a character node:
 * aread(9E)/awrite(9E) with an aio_req over @ubuf.  *@queued set: the
 * driver started it (aphysio), scsa_lx_aio_done(@cookie, sa) follows from
 * the buf's completion, in any context, and scsa_aio_finish(sa), in
 * process context, gives the result and frees it.  *@queued clear: the
 * return value is the result (a count or -errno), e.g. of the synchronous
 * read(9E)/write(9E) for a driver without aread/awrite.
 */
long scsa_cb_aio(struct scsa_drv *drv, unsigned int dev, int write, void *ubuf,
		 unsigned long len, long long off, int fmode, struct cred *cr,
		 void *cookie, int *queued);
void scsa_lx_aio_done(void *cookie, void *sa);
long scsa_aio_finish(void *sa);

#endif /* _SCSA_BRIDGE_CDEV_H */
