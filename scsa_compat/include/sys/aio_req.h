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
__SCSA_KR_BEGIN
__SCSA_ABSENT extern int aphysio(int (*)(), int (*)(), dev_t, int, void (*)(),
    struct aio_req *);
__SCSA_KR_END
__SCSA_ABSENT extern int anocancel(struct buf *);
#endif

#endif /* _SYS_AIO_REQ_H */
