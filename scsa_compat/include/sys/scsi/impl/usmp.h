/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The user SMP pass-through (smp(4D)'s USMPFUNC ioctl): a Serial
 * Management Protocol request and response, layouts and values as on
 * illumos.
 */
#ifndef _SYS_SCSI_IMPL_USMP_H
#define _SYS_SCSI_IMPL_USMP_H

#include <sys/types.h>
#include <sys/ioccom.h>

#define SAS_WWN_BYTE_SIZE	8

typedef struct usmp_cmd {
	caddr_t		usmp_req;
	caddr_t		usmp_rsp;
	size_t		usmp_reqsize;
	size_t		usmp_rspsize;
	int		usmp_timeout;
} usmp_cmd_t;

#if defined(_SYSCALL32) && defined(_KERNEL)
typedef struct usmp_cmd32 {
	caddr32_t	usmp_req;
	caddr32_t	usmp_rsp;
	size32_t	usmp_reqsize;
	size32_t	usmp_rspsize;
	int		usmp_timeout;
} usmp_cmd32_t;

#define usmp_cmd32tousmp_cmd(u32, ucmd)					\
	do {								\
		(ucmd)->usmp_req = (caddr_t)(uintptr_t)(u32)->usmp_req;	\
		(ucmd)->usmp_rsp = (caddr_t)(uintptr_t)(u32)->usmp_rsp;	\
		(ucmd)->usmp_reqsize = (size_t)(u32)->usmp_reqsize;	\
		(ucmd)->usmp_rspsize = (size_t)(u32)->usmp_rspsize;	\
		(ucmd)->usmp_timeout = (u32)->usmp_timeout;		\
	} while (0)

#define usmp_cmdtousmp_cmd32(ucmd, u32)					\
	do {								\
		(u32)->usmp_req = (caddr32_t)(uintptr_t)(ucmd)->usmp_req; \
		(u32)->usmp_rsp = (caddr32_t)(uintptr_t)(ucmd)->usmp_rsp; \
		(u32)->usmp_reqsize = (size32_t)(ucmd)->usmp_reqsize;	\
		(u32)->usmp_rspsize = (size32_t)(ucmd)->usmp_rspsize;	\
		(u32)->usmp_timeout = (ucmd)->usmp_timeout;		\
	} while (0)
#endif

#define USMPFUNC		_IO('S', 01)

#define SMP_DEFAULT_TIMEOUT	60
#define SMP_MIN_RESPONSE_SIZE	8
#define SMP_MIN_REQUEST_SIZE	8
#define SMP_MAX_RESPONSE_SIZE	1032
#define SMP_MAX_REQUEST_SIZE	1032

#endif /* _SYS_SCSI_IMPL_USMP_H */
