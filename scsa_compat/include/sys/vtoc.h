/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The volume table of contents as programs and ioctls see it
 * (DKIOCGVTOC/DKIOCSVTOC and the extended DKIOCGEXTVTOC/DKIOCSEXTVTOC):
 * the in-memory form of the label of <sys/dklabel.h>.  struct vtoc and
 * struct extvtoc are user ABI (LP64); struct vtoc32 is the ILP32 form and
 * has the layout of the on-disk struct dk_vtoc.
 */
#ifndef _SYS_VTOC_H
#define _SYS_VTOC_H

#include <sys/types.h>
#include <sys/dklabel.h>
#include <sys/time.h>

#define V_NUMPAR	NDKMAP		/* slices */

#define VTOC_SANE	0x600DDEEE	/* v_sanity of a valid VTOC */
#define V_VERSION	0x01		/* v_version */
#define V_EXTVERSION	V_VERSION

/* p_tag: what a slice holds */
#define V_UNASSIGNED	0x00
#define V_BOOT		0x01
#define V_ROOT		0x02
#define V_SWAP		0x03
#define V_USR		0x04
#define V_BACKUP	0x05		/* the whole disk */
#define V_STAND		0x06
#define V_VAR		0x07
#define V_HOME		0x08
#define V_ALTSCTR	0x09		/* alternate sectors */
#define V_CACHE		0x0a		/* obsolete */
#define V_RESERVED	0x0b		/* EFI: reserved data */
#define V_SYSTEM	0x0c		/* EFI: system partition */
#define V_BIOS_BOOT	0x18		/* EFI: BIOS boot partition */
#define V_UNKNOWN	0xff

/* p_flag */
#define V_UNMNT		0x01		/* not mountable */
#define V_RONLY		0x10		/* read-only */

/* Results of the VTOC library routines */
#define VT_ERROR	(-2)		/* see errno */
#define VT_EIO		(-3)
#define VT_EINVAL	(-4)
#define VT_ENOTSUP	(-5)
#define VT_ENOSPC	(-6)
#define VT_EOVERFLOW	(-7)

struct partition {
	ushort_t	p_tag;
	ushort_t	p_flag;
	daddr_t		p_start;	/* first sector */
	long		p_size;		/* sectors */
};

struct vtoc {
	unsigned long		v_bootinfo[3];
	unsigned long		v_sanity;
	unsigned long		v_version;
	char			v_volume[LEN_DKL_VVOL];
	ushort_t		v_sectorsz;
	ushort_t		v_nparts;
	unsigned long		v_reserved[10];
	struct partition	v_part[V_NUMPAR];
	time_t			timestamp[V_NUMPAR];
	char			v_asciilabel[LEN_DKL_ASCII];
};

/* The same with 64-bit sector numbers, for disks past 2^31 blocks. */
struct extpartition {
	ushort_t	p_tag;
	ushort_t	p_flag;
	ushort_t	p_pad[2];
	diskaddr_t	p_start;
	diskaddr_t	p_size;
};

struct extvtoc {
	uint64_t		v_bootinfo[3];
	uint64_t		v_sanity;
	uint64_t		v_version;
	char			v_volume[LEN_DKL_VVOL];
	ushort_t		v_sectorsz;
	ushort_t		v_nparts;
	ushort_t		pad[2];
	uint64_t		v_reserved[10];
	struct extpartition	v_part[V_NUMPAR];
	uint64_t		timestamp[V_NUMPAR];
	char			v_asciilabel[LEN_DKL_ASCII];
};

/*
 * The conversions between the VTOC forms below copy field by field, so
 * they take any two objects with the VTOC field names (drivers also use
 * them on struct dk_vtoc).  Arguments are structures, not pointers.
 * __VTOC_COPY(s, d, part, ts) does the work: part() converts a slice's
 * start and size, ts() a timestamp.
 */
#define __VTOC_SAME(x)		(x)
#define __VTOC_U32(x)		((unsigned int)(x))

#define __VTOC_COPY(s, d, part, ts)					\
	do {								\
		int __vi;						\
									\
		for (__vi = 0; __vi < 3; __vi++)			\
			(d).v_bootinfo[__vi] = (s).v_bootinfo[__vi];	\
		(d).v_sanity = (s).v_sanity;				\
		(d).v_version = (s).v_version;				\
		__builtin_memcpy((d).v_volume, (s).v_volume,		\
		    LEN_DKL_VVOL);					\
		(d).v_sectorsz = (s).v_sectorsz;			\
		(d).v_nparts = (s).v_nparts;				\
		for (__vi = 0; __vi < 10; __vi++)			\
			(d).v_reserved[__vi] = (s).v_reserved[__vi];	\
		for (__vi = 0; __vi < V_NUMPAR; __vi++) {		\
			(d).v_part[__vi].p_tag = (s).v_part[__vi].p_tag; \
			(d).v_part[__vi].p_flag = (s).v_part[__vi].p_flag; \
			(d).v_part[__vi].p_start =			\
			    part((s).v_part[__vi].p_start);		\
			(d).v_part[__vi].p_size =			\
			    part((s).v_part[__vi].p_size);		\
			(d).timestamp[__vi] = ts((s).timestamp[__vi]);	\
		}							\
		__builtin_memcpy((d).v_asciilabel, (s).v_asciilabel,	\
		    LEN_DKL_ASCII);					\
	} while (0)

#ifdef _KERNEL
/* extvtoc to vtoc: values past a long's range are truncated. */
#define extvtoctovtoc(extv, v)						\
	__VTOC_COPY(extv, v, __VTOC_SAME, __VTOC_SAME)
#define vtoctoextvtoc(v, extv)						\
	__VTOC_COPY(v, extv, __VTOC_SAME, __VTOC_SAME)
#endif /* _KERNEL */

#if defined(_SYSCALL32)
struct partition32 {
	uint16_t	p_tag;
	uint16_t	p_flag;
	daddr32_t	p_start;
	int32_t		p_size;
};

struct vtoc32 {
	uint32_t		v_bootinfo[3];
	uint32_t		v_sanity;
	uint32_t		v_version;
	char			v_volume[LEN_DKL_VVOL];
	uint16_t		v_sectorsz;
	uint16_t		v_nparts;
	uint32_t		v_reserved[10];
	struct partition32	v_part[V_NUMPAR];
	time32_t		timestamp[V_NUMPAR];
	char			v_asciilabel[LEN_DKL_ASCII];
};

_Static_assert(sizeof (struct vtoc32) == sizeof (struct dk_vtoc),
    "struct vtoc32 has the layout of the on-disk struct dk_vtoc");

/* A 32-bit timestamp from a wider one: later times become TIME32_MAX. */
#define __VTOC_TIME32(x)	\
	((x) > TIME32_MAX ? (time32_t)TIME32_MAX : (time32_t)(x))

/*
 * 32-bit to native: a slice's start and size are taken as unsigned (up
 * to 2^32 - 1 sectors); to extvtoc they keep their sign, as illumos does.
 */
#define vtoc32tovtoc(v32, v)						\
	__VTOC_COPY(v32, v, __VTOC_U32, __VTOC_SAME)
#define vtoc32toextvtoc(v32, extv)					\
	__VTOC_COPY(v32, extv, __VTOC_SAME, __VTOC_SAME)

/* Native to 32-bit: values are truncated, timestamps clamped. */
#define vtoctovtoc32(v, v32)						\
	__VTOC_COPY(v, v32, __VTOC_U32, __VTOC_TIME32)
#define extvtoctovtoc32(extv, v32)					\
	__VTOC_COPY(extv, v32, __VTOC_U32, __VTOC_TIME32)
#endif /* _SYSCALL32 */

/* Modes of the label checksum routines */
#define CK_CHECKSUM	0		/* verify */
#define CK_MAKESUM	1		/* compute */

/*
 * The VTOC routines of illumos's libadm: user-level code that reads and
 * writes the label through the ioctls above.  No kernel has them.
 */
__SCSA_ABSENT extern int read_vtoc(int, struct vtoc *);
__SCSA_ABSENT extern int write_vtoc(int, struct vtoc *);
__SCSA_ABSENT extern int read_extvtoc(int, struct extvtoc *);
__SCSA_ABSENT extern int write_extvtoc(int, struct extvtoc *);

#endif /* _SYS_VTOC_H */
