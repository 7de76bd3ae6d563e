/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The block I/O buffer header, struct buf(9S).
 *
 * The layout is illumos's (amd64) field for field.  Only the two embedded
 * semaphores differ in size, because ksema_t holds a Linux semaphore here
 * (see <sys/semaphore.h>).  b_edev carries a Linux-encoded dev_t.
 */
#ifndef _SYS_BUF_H
#define _SYS_BUF_H

#include <sys/types.h>
#include <sys/t_lock.h>
#include <sys/kstat.h>

struct vnode;
struct page;
struct fs;
struct cg;
struct dinode;

typedef struct buf {
	int		b_flags;
	struct buf	*b_forw;
	struct buf	*b_back;
	struct buf	*av_forw;
	struct buf	*av_back;
	o_dev_t		b_dev;
	size_t		b_bcount;
	union {
		caddr_t		b_addr;
		struct fs	*b_fs;
		struct cg	*b_cg;
		struct dinode	*b_dino;
		daddr32_t	*b_daddr;
	} b_un;
	lldaddr_t	_b_blkno;
	char		b_obs1;
	size_t		b_resid;
	clock_t		b_start;
	struct proc	*b_proc;
	struct page	*b_pages;
	clock_t		b_obs2;
	size_t		b_bufsize;
	int		(*b_iodone)(struct buf *);
	struct vnode	*b_vp;
	struct buf	*b_chain;
	int		b_obs3;
	int		b_error;
	void		*b_private;
	dev_t		b_edev;
	ksema_t		b_sem;
	ksema_t		b_io;
	struct buf	*b_list;
	struct page	**b_shadow;
	void		*b_dip;
	struct vnode	*b_file;
	offset_t	b_offset;
} buf_t;

#define b_lblkno	_b_blkno._f
#define b_blkno		_b_blkno._f

/* Historical aliases for queue drivers. */
#define b_actf		av_forw
#define b_actl		av_back
#define b_active	b_bcount
#define b_errcnt	b_resid

/* Queue head used by disksort(). */
struct diskhd {
	int		b_flags;
	struct buf	*b_forw;
	struct buf	*b_back;
	struct buf	*av_forw;
	struct buf	*av_back;
	o_dev_t		b_dev;
	size_t		b_bcount;
};

/* b_flags */
#define B_BUSY		0x0001
#define B_DONE		0x0002
#define B_ERROR		0x0004
#define B_PAGEIO	0x0010
#define B_PHYS		0x0020
#define B_READ		0x0040
#define B_WANTED	0x0080
#define B_WRITE		0x0100
#define B_AGE		0x000200
#define B_ASYNC		0x000400
#define B_DELWRI	0x000800
#define B_STALE		0x001000
#define B_DONTNEED	0x002000
#define B_REMAPPED	0x004000
#define B_FREE		0x008000
#define B_INVAL		0x010000
#define B_FORCE		0x020000
#define B_NOCACHE	0x080000
#define B_TRUNC		0x100000
#define B_SHADOW	0x200000
#define B_RETRYWRI	0x400000
#define B_FAILFAST	0x1000000
#define B_STARTED	0x2000000
#define B_ABRWRITE	0x4000000
#define B_PAGE_NOWAIT	0x8000000

#ifdef _KERNEL
__SCSA_IMPL extern int biowait(struct buf *);
__SCSA_PARTIAL("no buffer cache: a B_ASYNC buf without b_iodone is woken like a synchronous one") extern void biodone(struct buf *);
__SCSA_IMPL extern void bioinit(struct buf *);
__SCSA_IMPL extern void biofini(struct buf *);
__SCSA_IMPL extern void bioerror(struct buf *bp, int error);
__SCSA_IMPL extern void bioreset(struct buf *bp);
__SCSA_IMPL extern size_t biosize(void);
__SCSA_ABSENT extern int biomodified(struct buf *);
__SCSA_IMPL extern struct buf *bioclone(struct buf *, off_t, size_t, dev_t, daddr_t,
    int (*)(struct buf *), struct buf *, int);
__SCSA_IMPL extern int geterror(struct buf *);
__SCSA_IMPL extern void minphys(struct buf *);
__SCSA_IMPL extern void bp_mapin(struct buf *);
__SCSA_IMPL extern void *bp_mapin_common(struct buf *, int);
__SCSA_IMPL extern void bp_mapout(struct buf *);
__SCSA_IMPL extern int bp_copyin(struct buf *, void *, offset_t, size_t);
__SCSA_IMPL extern int bp_copyout(void *, struct buf *, offset_t, size_t);
__SCSA_ABSENT extern void clrbuf(struct buf *);
__SCSA_ABSENT extern void pageio_done(struct buf *);
#endif

#endif /* _SYS_BUF_H */
