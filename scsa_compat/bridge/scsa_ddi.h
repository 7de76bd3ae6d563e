/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The DDI device model across the two worlds: what the Solaris-world DDI
 * (scsa_compat/ddi_*.c) needs from Linux, and what the Linux-world
 * character-device layer, the port glue and the module init need from the
 * Solaris-world DDI.
 *
 * Plain C types only.  Device numbers cross as "unsigned int" holding a
 * Linux dev_t value (MKDEV encoding); the Solaris world keeps them in its
 * 64-bit dev_t with the same encoding.  Credentials are Linux's struct cred,
 * which the Solaris world knows only as the incomplete cred_t.
 */
#ifndef _SCSA_BRIDGE_DDI_H
#define _SCSA_BRIDGE_DDI_H

struct cred;
struct page;
struct scsa_drv;		/* a registered driver (Solaris world) */
struct scsa_lx_cdev;		/* its character-device major (Linux world) */
struct scsa_lx_node;		/* one /dev node (Linux world) */
struct scsa_lx_disk;		/* one block minor node's gendisk (Linux world) */

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

/* Caller context. */
void *scsa_lx_curthread(void);
struct cred *scsa_lx_current_cred(void);
int scsa_lx_cred_uid(const struct cred *cr, int real);
int scsa_lx_cred_gid(const struct cred *cr, int real);
int scsa_lx_cred_priv(const struct cred *cr);
int scsa_lx_pid(void);
int scsa_lx_in_compat_syscall(void);

/* User copies: 0, or -EFAULT (a Linux errno). */
int scsa_lx_copyin(const void *uaddr, void *kaddr, unsigned long len);
int scsa_lx_copyout(const void *kaddr, void *uaddr, unsigned long len);

/*
 * Messages.  @level is one of SCSA_LOG_*; @text is a complete, formatted
 * message (cmn_err's prefixes already interpreted).
 */
#define SCSA_LOG_CONT	0
#define SCSA_LOG_DEBUG	1
#define SCSA_LOG_INFO	2
#define SCSA_LOG_NOTICE	3
#define SCSA_LOG_WARN	4
#define SCSA_LOG_EMERG	5
void scsa_lx_log(int level, const char *text);

/*
 * illumos kernel printf formats (Linux world: lx/ddi_printf.c): the C
 * conversions, plus illumos's %b bit-field decoding; %p never takes
 * Linux's %p extensions.  Return values are illumos's.  <sys/cmn_err.h>
 * maps the illumos names (snprintf(), sprintf()...) onto these, because
 * Linux exports functions of the same names with other return types.
 */
unsigned long scsa_vsnprintf(char *buf, unsigned long size, const char *fmt,
			     __builtin_va_list ap);
unsigned long scsa_snprintf(char *buf, unsigned long size, const char *fmt, ...);
char *scsa_vsprintf(char *buf, const char *fmt, __builtin_va_list ap);
char *scsa_sprintf(char *buf, const char *fmt, ...);
void scsa_vprintf(const char *fmt, __builtin_va_list ap);
void scsa_printf(const char *fmt, ...);
void vcmn_err(int ce, const char *fmt, __builtin_va_list ap);
void cmn_err(int ce, const char *fmt, ...);

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

struct scsa_shadow *scsa_lx_pin_user(unsigned long uaddr, unsigned long len,
				     int to_memory, int *errp);
struct scsa_shadow *scsa_lx_shadow_borrow(struct scsa_shadow *sh,
					  unsigned long off, unsigned long len);
void scsa_lx_shadow_release(struct scsa_shadow *sh, int dirty);
void *scsa_lx_shadow_map(struct scsa_shadow *sh);
void scsa_lx_shadow_unmap(struct scsa_shadow *sh);

/* Character devices: one major per driver, one device per minor node. */
int scsa_lx_cdev_register(struct scsa_drv *drv, const char *name, void *owner,
			  unsigned int *major, struct scsa_lx_cdev **out);
void scsa_lx_cdev_unregister(struct scsa_lx_cdev *cd);
int scsa_lx_node_create(unsigned int devt, const char *path,
			struct scsa_lx_node **out);
void scsa_lx_node_destroy(struct scsa_lx_node *node);

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
 * Non-zero while the current task runs strategy(9E) for a batch of block
 * requests under the framework's own plug: an HBA may add its requests to
 * current's plug then (they are issued together when the batch ends), and
 * must not otherwise, since blk-mq may be flushing that plug.
 */
int scsa_lx_own_plug(void);

/*
 * Block devices: one blk-mq gendisk per S_IFBLK minor node.  @devt is the
 * illumos dev_t (Linux encoding) the driver sees in b_edev and open(9E);
 * the gendisk has a dev_t of its own.  @path is the /dev name,
 * "scsa/<driver>/<instance>:<name>".  Returns 0 or a positive errno.
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
void scsa_lx_disk_settle(void);
void scsa_lx_disk_drain(struct scsa_drv *drv);
/* A buf of a block request finished (its b_iodone): end the request. */
void scsa_lx_disk_done(void *bp);

/* kstats: the reader of /proc/scsa/kstat prints through this. */
void scsa_lx_seq_printf(void *seq, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/*
 * Linux world -> Solaris world
 */

/* DDI start and stop, from scsa_compat's module init and exit. */
int scsa_ddi_init(void);
void scsa_ddi_fini(void);
int scsa_ddi_set_driver_aliases(const char *spec);

/*
 * cb_ops(9S) dispatch for one open file.  @hold is the device node the
 * open holds (so it cannot detach); close releases it.  Results are
 * illumos errnos (positive), or for ioctl/read/write the value to return
 * to Linux's VFS (negative errno or a count).
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

/*
 * Block minor nodes (lx/blkdev.c calls these; ddi_cbops.c).
 * scsa_blk_buf_size(): the room a struct buf needs in a request.
 * scsa_blk_strategy(): makes @bufmem a B_PAGEIO buf over @pio for
 * @bytes at 512-byte block @blkno and hands it to the driver's strategy(9E);
 * scsa_lx_disk_done() follows.  scsa_blk_finish(): after the buf's
 * b_iodone, undoes bp_mapin() and gives the result: 0 or a positive errno,
 * and the bytes not transferred.
 * scsa_blk_media(): what the driver's properties say of the device: size
 * in bytes (0 if it says nothing), block size, write cache enabled.
 * scsa_blk_flush(): DKIOCFLUSHWRITECACHE; 0 or a positive errno.
 */
unsigned long scsa_blk_buf_size(void);
void scsa_blk_strategy(struct scsa_drv *drv, void *dip, unsigned int dev, void *bufmem,
		       int write, unsigned long long blkno, unsigned long bytes,
		       struct scsa_pageio *pio);
int scsa_blk_finish(void *bp, unsigned long *residp);
void scsa_blk_media(struct scsa_drv *drv, void *dip, unsigned int dev,
		    unsigned long long *bytesp, unsigned int *blksizep, int *wcep);
int scsa_blk_flush(struct scsa_drv *drv, unsigned int dev);

/* kstats: prints every installed kstat. */
void scsa_kstat_show_all(void *seq);

/* /proc/scsa/devinfo: prints the device tree, prtconf -D style. */
void scsa_devinfo_show(void *seq);

/*
 * Port modules (scsa_compat/port/scsa_port_glue.c, compiled into each
 * driver's module) bracket the driver's _init() and _fini() with these, so
 * that mod_install()/mod_remove() know which driver and which Linux module
 * are (un)installing.  The bracket is per thread: ports may load in
 * parallel.  @aliases and @conf are the port's module parameters (see
 * Documentation/ddi.rst); a bad @conf makes scsa_port_begin() fail.
 */
int scsa_port_begin(const char *name, void *owner, const char *aliases,
		    const char *conf);
void scsa_port_end(void);
void scsa_port_force_remove(const char *name);
struct modinfo;
struct modinfo *scsa_port_modinfo_alloc(void);
void scsa_port_modinfo_log(const char *name, struct modinfo *mi);
void scsa_port_modinfo_free(struct modinfo *mi);

#endif /* _SCSA_BRIDGE_DDI_H */
