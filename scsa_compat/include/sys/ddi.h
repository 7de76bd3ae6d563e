/* SPDX-License-Identifier: GPL-2.0 */
/*
 * DDI/DKI services from the System V heritage: timing, privilege,
 * device numbers, raw buffer headers.
 *
 * Device numbers follow Linux, not illumos: a dev_t from this layer is a
 * Linux MKDEV() value (major in bits 31..20, minor in bits 19..0), since
 * the runtime registers real Linux character devices with these numbers.
 * getmajor()/getminor()/makedevice() are pure arithmetic and therefore
 * implemented here, as inline functions (illumos has them as functions).
 * makedevice() keeps only the bits that fit (12 major, 20 minor).
 */
#ifndef _SYS_DDI_H
#define _SYS_DDI_H

#include <sys/types.h>
#include <scsa_prims.h>
#include <sys/sysmacros.h>
#include <sys/buf.h>
#include <sys/uio.h>
#include <sys/cred.h>

#ifdef min
#undef min
#endif
#define min(a, b)	((a) < (b) ? (a) : (b))
#ifdef max
#undef max
#endif
#define max(a, b)	((a) < (b) ? (b) : (a))

/* drv_getparm() parameters */
#define TIME		1
#define UPROCP		2
#define PPGRP		3
#define LBOLT		4
#define SYSRINT		5
#define SYSXINT		6
#define SYSMINT		7
#define SYSRAWC		8
#define SYSCANC		9
#define SYSOUTC		10
#define PPID		11
#define PSID		12
#define UCRED		13

#ifdef _KERNEL
__SCSA_ABSENT extern int drv_getparm(uint_t, void *);
__SCSA_ABSENT extern int drv_setparm(uint_t, ulong_t);
__SCSA_IMPL extern void drv_usecwait(clock_t);
__SCSA_IMPL extern clock_t drv_hztousec(clock_t);
__SCSA_IMPL extern clock_t drv_usectohz(clock_t);
__SCSA_IMPL extern void delay(clock_t);
__SCSA_IMPL extern int drv_priv(struct cred *);

__SCSA_IMPL static inline major_t getmajor(dev_t dev)
{
	return (major_t)((dev >> NBITSMINOR) & MAXMAJ);
}

__SCSA_IMPL static inline minor_t getminor(dev_t dev)
{
	return (minor_t)(dev & MAXMIN);
}

__SCSA_IMPL static inline dev_t makedevice(major_t mj, minor_t mn)
{
	return (((dev_t)mj & MAXMAJ) << NBITSMINOR) | ((dev_t)mn & MAXMIN);
}

/* Compress to the old 16-bit format; NODEV if it does not fit. */
__SCSA_IMPL static inline o_dev_t cmpdev(dev_t dev)
{
	major_t mj = getmajor(dev);
	minor_t mn = getminor(dev);

	if (dev == NODEV || mj > O_MAXMAJ || mn > O_MAXMIN)
		return (o_dev_t)NODEV;
	return (o_dev_t)((mj << O_BITSMINOR) | mn);
}

__SCSA_ABSENT extern dev_t expdev(dev_t);
__SCSA_ABSENT extern major_t getemajor(dev_t);
__SCSA_ABSENT extern minor_t geteminor(dev_t);
__SCSA_ABSENT extern int etoimajor(major_t);
__SCSA_ABSENT extern int itoemajor(major_t, int);

/* Bytes and pages (PAGESIZE units). */
__SCSA_IMPL static inline unsigned long btop(unsigned long bytes)
{
	return bytes >> PAGESHIFT;
}

__SCSA_IMPL static inline unsigned long btopr(unsigned long bytes)
{
	return (bytes + PAGEOFFSET) >> PAGESHIFT;
}

__SCSA_IMPL static inline unsigned long ptob(unsigned long pages)
{
	return pages << PAGESHIFT;
}

__SCSA_IMPL extern struct buf *getrbuf(int);
__SCSA_IMPL extern void freerbuf(struct buf *);

#define NOPAGE		(-1)
#endif

#endif /* _SYS_DDI_H */
