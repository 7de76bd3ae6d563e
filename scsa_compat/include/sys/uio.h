/* SPDX-License-Identifier: GPL-2.0 */
/* Scatter/gather I/O descriptors for read(9E)/write(9E) and physio. */
#ifndef _SYS_UIO_H
#define _SYS_UIO_H

#include <sys/types.h>

typedef struct iovec {
	caddr_t		iov_base;
	size_t		iov_len;
} iovec_t;

typedef struct iovec32 {
	caddr32_t	iov_base;
	int32_t		iov_len;
} iovec32_t;

typedef enum uio_seg { UIO_USERSPACE, UIO_SYSSPACE, UIO_USERISPACE } uio_seg_t;

typedef struct uio {
	iovec_t		*uio_iov;
	int		uio_iovcnt;
	lloff_t		_uio_offset;
	uio_seg_t	uio_segflg;
	uint16_t	uio_fmode;
	uint16_t	uio_extflg;
	lloff_t		_uio_limit;
	ssize_t		uio_resid;
} uio_t;

#define uio_loffset	_uio_offset._f
#define uio_offset	uio_loffset
#define uio_llimit	_uio_limit._f
#define uio_limit	uio_llimit

typedef enum uio_rw { UIO_READ, UIO_WRITE } uio_rw_t;

/* uio_extflg */
#define UIO_COPY_DEFAULT	0x0000
#define UIO_COPY_CACHED		0x0001
#define UIO_ASYNC		0x0002
#define UIO_XUIO		0x0004

#ifdef _KERNEL
__SCSA_IMPL extern int uiomove(void *, size_t, enum uio_rw, uio_t *);
__SCSA_ABSENT extern int uiocopy(void *, size_t, enum uio_rw, uio_t *, size_t *);
__SCSA_IMPL extern int ureadc(int, uio_t *);
__SCSA_IMPL extern int uwritec(struct uio *);
__SCSA_IMPL extern void uioskip(uio_t *, size_t);
#endif

#endif /* _SYS_UIO_H */
