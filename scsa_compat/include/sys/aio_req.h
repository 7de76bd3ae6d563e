/* SPDX-License-Identifier: GPL-2.0 */
/* Asynchronous I/O requests handed to aread(9E)/awrite(9E). */
#ifndef _SYS_AIO_REQ_H
#define _SYS_AIO_REQ_H

#include <sys/types.h>
#include <sys/uio.h>

struct buf;

typedef struct aio_req {
	struct uio	*aio_uio;
	void		*aio_private;
} aio_req_t;

#ifdef _KERNEL
/*
 * illumos declares the routines without prototypes; they are strategy(9E),
 * anocancel() and a minphys, and an unprototyped driver routine still
 * matches these.
 */
__SCSA_IMPL extern int aphysio(int (*)(struct buf *), int (*)(struct buf *), dev_t, int,
    void (*)(struct buf *), struct aio_req *);
__SCSA_IMPL extern int anocancel(struct buf *);
#endif

#endif /* _SYS_AIO_REQ_H */
