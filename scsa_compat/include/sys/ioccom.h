/* SPDX-License-Identifier: GPL-2.0 */
/*
 * illumos ioctl command encoding: a direction, the argument's size (below
 * 256 bytes), a group letter and a number.  The values are illumos's, so a
 * Solaris program's ioctl numbers reach the driver unchanged.
 */
#ifndef _SYS_IOCCOM_H
#define _SYS_IOCCOM_H

#include <sys/types.h>

#define IOCPARM_MASK	0xff
#define IOC_VOID	0x20000000
#define IOC_OUT		0x40000000
#define IOC_IN		0x80000000
#define IOC_INOUT	(IOC_IN | IOC_OUT)

#define _IO(x, y)	((int)(IOC_VOID | ((x) << 8) | (y)))
#define _IOR(x, y, t)	\
	((int)((uint32_t)(IOC_OUT | ((sizeof (t) & IOCPARM_MASK) << 16) | ((x) << 8) | (y))))
#define _IOW(x, y, t)	\
	((int)((uint32_t)(IOC_IN | ((sizeof (t) & IOCPARM_MASK) << 16) | ((x) << 8) | (y))))
#define _IOWR(x, y, t)	\
	((int)((uint32_t)(IOC_INOUT | ((sizeof (t) & IOCPARM_MASK) << 16) | ((x) << 8) | (y))))
#define _IORN(x, y, t)	\
	((int)((uint32_t)(IOC_OUT | (((t) & IOCPARM_MASK) << 16) | ((x) << 8) | (y))))
#define _IOWN(x, y, t)	\
	((int)((uint32_t)(IOC_IN | (((t) & IOCPARM_MASK) << 16) | ((x) << 8) | (y))))
#define _IOWRN(x, y, t)	\
	((int)((uint32_t)(IOC_INOUT | (((t) & IOCPARM_MASK) << 16) | ((x) << 8) | (y))))

#endif /* _SYS_IOCCOM_H */
