/* SPDX-License-Identifier: GPL-2.0 */
/*
 * System parameters.
 *
 * Device-number limits follow Linux (see <sys/ddi.h>): a minor number has
 * 20 bits and a major 12, so MAXMIN/MAXMAJ are smaller than on illumos.
 * The page size is fixed at x86-64 Linux's 4 KiB instead of a variable.
 */
#ifndef _SYS_PARAM_H
#define _SYS_PARAM_H

#include <sys/types.h>
#include <sys/isa_defs.h>
#include <sys/null.h>

#define NBBY			8
#define NBPSCTR			512
#define UBSIZE			512
#define SCTRSHFT		9
#define DEV_BSIZE		512
#define DEV_BSHIFT		9
#define MAXBSIZE		8192
#define MAXPATHLEN		1024
#define TYPICALMAXPATHLEN	64
#define MAXNAMELEN		256
#define MAXLINKNAMELEN		32
#define MAXSYMLINKS		20
#define MAXOFFSET_T		0x7fffffffffffffffLL
#define MAXUID			2147483647
#define MAXLINK			32767
#define FSHIFT			8
#define FSCALE			(1 << FSHIFT)

#define PAGESHIFT		12
#define PAGESIZE		(1UL << PAGESHIFT)
#define PAGEOFFSET		(PAGESIZE - 1)
#define PAGEMASK		(~PAGEOFFSET)
#define MMU_PAGESHIFT		PAGESHIFT
#define MMU_PAGESIZE		PAGESIZE
#define MMU_PAGEOFFSET		PAGEOFFSET
#define MMU_PAGEMASK		PAGEMASK

/* Linux dev_t: 20 minor bits under 12 major bits. */
#define NBITSMINOR		20
#define NBITSMAJOR		12
#define MAXMIN			0xfffffUL
#define MAXMAJ			0xfffUL
#define NODEV			((dev_t)-1L)
#define NODEV32			((dev32_t)-1)

/*
 * The low and high byte of a 16-bit lvalue, and the low and high 16-bit
 * half of a 32-bit one, in place (little-endian).
 */
#define lobyte(X)		(((unsigned char *)&(X))[0])
#define hibyte(X)		(((unsigned char *)&(X))[1])
#define loword(X)		(((ushort_t *)&(X))[0])
#define hiword(X)		(((ushort_t *)&(X))[1])

/* Byte and disk-block (DEV_BSIZE) conversions. */
#define lbtodb(bytes)		((u_offset_t)(bytes) >> DEV_BSHIFT)
#define ldbtob(db)		((u_offset_t)(db) << DEV_BSHIFT)

#endif /* _SYS_PARAM_H */
