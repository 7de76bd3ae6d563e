/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Arithmetic and alignment helpers.
 *
 * On illumos the kernel's getmajor()/getminor()/makedevice() are functions
 * declared by <sys/ddi.h>, which is where they live here too; the
 * L_BITSMINOR family below describes Linux's dev_t layout.
 */
#ifndef _SYS_SYSMACROS_H
#define _SYS_SYSMACROS_H

#include <sys/param.h>
#include <sys/stddef.h>

#ifndef MIN
#define MIN(a, b)		((a) < (b) ? (a) : (b))
#endif
#ifndef MAX
#define MAX(a, b)		((a) < (b) ? (b) : (a))
#endif
#ifndef ABS
#define ABS(a)			((a) < 0 ? -(a) : (a))
#endif
#ifndef SIGNOF
#define SIGNOF(a)		((a) < 0 ? -1 : (a) > 0)
#endif

/* Disk blocks (DEV_BSIZE units) and bytes. */
#define dtob(blocks)		((blocks) << DEV_BSHIFT)
#define btod(bytes)		(((bytes) + DEV_BSIZE - 1) >> DEV_BSHIFT)
#define btodt(bytes)		((bytes) >> DEV_BSHIFT)

#ifdef _KERNEL
/*
 * A byte to and from binary-coded decimal, by table: 0..99 and 0x00..0x99
 * convert, anything else gives 0.
 */
__SCSA_EXPORT extern unsigned char byte_to_bcd[256];
__SCSA_EXPORT extern unsigned char bcd_to_byte[256];

#define BYTE_TO_BCD(x)		byte_to_bcd[(x) & 0xff]
#define BCD_TO_BYTE(x)		bcd_to_byte[(x) & 0xff]
#endif

/* Old 16-bit and Linux device-number layouts. */
#define O_BITSMAJOR		7
#define O_BITSMINOR		8
#define O_MAXMAJ		0x7f
#define O_MAXMIN		0xff
#define L_BITSMAJOR		NBITSMAJOR
#define L_BITSMINOR		NBITSMINOR
#define L_MAXMAJ		MAXMAJ
#define L_MAXMIN		MAXMIN
#define L_BITSMAJOR32		NBITSMAJOR
#define L_BITSMINOR32		NBITSMINOR
#define L_MAXMAJ32		MAXMAJ
#define L_MAXMIN32		MAXMIN

#define howmany(x, y)		(((x) + ((y) - 1)) / (y))
#define roundup(x, y)		(howmany(x, y) * (y))

/* Power-of-two helpers; "align" must be a power of two. */
#define ISP2(x)			(((x) & ((x) - 1)) == 0)
#define IS_P2ALIGNED(v, a)	((((uintptr_t)(v)) & ((uintptr_t)(a) - 1)) == 0)
#define P2ALIGN(x, align)	((x) & -(align))
#define P2PHASE(x, align)	((x) & ((align) - 1))
#define P2NPHASE(x, align)	(-(x) & ((align) - 1))
#define P2ROUNDUP(x, align)	(-(-(x) & -(align)))
#define P2END(x, align)		(-(~(x) & -(align)))
#define P2PHASEUP(x, align, phase)	((phase) - (((phase) - (x)) & -(align)))
#define P2BOUNDARY(off, len, align)	\
	(((off) ^ ((off) + (len) - 1)) > (align) - 1)
#define P2SAMEHIGHBIT(x, y)	(((x) ^ (y)) < ((x) & (y)))
#define P2ALIGN_TYPED(x, align, type)	((type)(x) & -(type)(align))
#define P2PHASE_TYPED(x, align, type)	((type)(x) & ((type)(align) - 1))
#define P2NPHASE_TYPED(x, align, type)	(-(type)(x) & ((type)(align) - 1))
#define P2ROUNDUP_TYPED(x, align, type)	(-(-(type)(x) & -(type)(align)))
#define P2END_TYPED(x, align, type)	(-(~(type)(x) & -(type)(align)))

#ifndef ARRAY_SIZE
#define ARRAY_SIZE(a)		(sizeof (a) / sizeof ((a)[0]))
#endif

#endif /* _SYS_SYSMACROS_H */
