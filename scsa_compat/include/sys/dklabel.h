/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The Sun (SMI/VTOC) disk label, as it lies on disk, and the on-disk
 * layout of a fabricated device id.  These structures are disk format:
 * their sizes and offsets are fixed (checked below).
 *
 * Only the x86 flavour exists here (_SUNOS_VTOC_16, set by
 * <sys/isa_defs.h>): 16 slices, the label in sector 1 of the Solaris
 * fdisk partition.
 */
#ifndef _SYS_DKLABEL_H
#define _SYS_DKLABEL_H

#include <sys/isa_defs.h>
#include <sys/types.h>

#if !defined(_SUNOS_VTOC_16)
#error "scsa_compat: only the _SUNOS_VTOC_16 disk label is supported"
#endif

#define DKL_MAGIC	0xDABE		/* dkl_magic of a valid label */
#define FKL_MAGIC	0xff		/* DOS floppy label */

#define NDKMAP		16		/* slices in a label */
#define DK_LABEL_LOC	1		/* sector of the label */

#define LEN_DKL_ASCII	128		/* dkl_asciilabel */
#define LEN_DKL_VVOL	8		/* v_volume */
#define DK_LABEL_SIZE	512		/* struct dk_label */
#define DK_MAX_BLOCKS	0x7fffffff	/* blocks a label can address */

/* Cylinders a SCSI disk reserves: one for the backup label, one for the devid. */
#define DK_ACYL		2

/*
 * Block addresses in labels.  The in-memory type is daddr_t unless a
 * program asks for the extended (unsigned) form with _EXTVTOC; the on-disk
 * one is always 32 bits.
 */
#if !defined(BLKADDR_TYPE)
#define BLKADDR_TYPE
#if defined(_EXTVTOC)
typedef unsigned long	blkaddr_t;
typedef unsigned int	blkaddr32_t;
#else
typedef daddr_t		blkaddr_t;
typedef daddr32_t	blkaddr32_t;
#endif
#endif

/* A slice as DKIOCGAPART/DKIOCSAPART see it: start cylinder and size. */
struct dk_map {
	blkaddr_t	dkl_cylno;
	blkaddr_t	dkl_nblk;	/* 0: the slice is not defined */
};

/* The same with 32-bit fields, for ILP32 callers and the disk. */
struct dk_map32 {
	blkaddr32_t	dkl_cylno;
	blkaddr32_t	dkl_nblk;
};

/* Tag and permission flags of a slice (the SVr4 part of a VTOC slice). */
struct dk_map2 {
	uint16_t	p_tag;
	uint16_t	p_flag;
};

/* A slice of the on-disk VTOC. */
struct dkl_partition {
	uint16_t	p_tag;
	uint16_t	p_flag;
	blkaddr32_t	p_start;	/* first sector */
	blkaddr32_t	p_size;		/* sectors */
};

/* The VTOC part of the on-disk label (456 bytes). */
struct dk_vtoc {
	uint32_t		v_bootinfo[3];
	uint32_t		v_sanity;	/* VTOC_SANE */
	uint32_t		v_version;
	char			v_volume[LEN_DKL_VVOL];
	uint16_t		v_sectorsz;
	uint16_t		v_nparts;
	uint32_t		v_reserved[10];
	struct dkl_partition	v_part[NDKMAP];
	time32_t		timestamp[NDKMAP];
	char			v_asciilabel[LEN_DKL_ASCII];
};

/*
 * Padding that brings struct dk_label to DK_LABEL_SIZE: what is left after
 * the VTOC, 4 32-bit and 12 16-bit geometry fields, magic and checksum.
 */
#define LEN_DKL_PAD	(DK_LABEL_SIZE - (sizeof (struct dk_vtoc) +	\
			    4 * sizeof (uint32_t) +			\
			    12 * sizeof (uint16_t) +			\
			    2 * sizeof (uint16_t)))

/* The label sector.  dkl_cksum makes the XOR of all its 16-bit words 0. */
struct dk_label {
	struct dk_vtoc	dkl_vtoc;
	uint32_t	dkl_pcyl;	/* physical cylinders */
	uint32_t	dkl_ncyl;	/* data cylinders */
	uint16_t	dkl_acyl;	/* alternate cylinders */
	uint16_t	dkl_bcyl;	/* cylinder offset */
	uint32_t	dkl_nhead;
	uint32_t	dkl_nsect;	/* data sectors per track */
	uint16_t	dkl_intrlv;
	uint16_t	dkl_skew;
	uint16_t	dkl_apc;	/* alternates per cylinder */
	uint16_t	dkl_rpm;
	uint16_t	dkl_write_reinstruct;
	uint16_t	dkl_read_reinstruct;
	uint16_t	dkl_extra[4];
	char		dkl_pad[LEN_DKL_PAD];
	uint16_t	dkl_magic;	/* DKL_MAGIC */
	uint16_t	dkl_cksum;
};

/* Names the VTOC_16 label shares with the VTOC_8 one. */
#define dkl_asciilabel	dkl_vtoc.v_asciilabel
#define v_timestamp	timestamp

/* The label of a DOS floppy. */
struct fk_label {
	uchar_t		fkl_type;
	uchar_t		fkl_magich;
	uchar_t		fkl_magicl;
	uchar_t		filler;
};

/*
 * A device id that a driver fabricated and keeps on the disk (sd: in the
 * reserved cylinders), one block long.
 */
#define DK_DEVID_BLKSIZE	512
#define DK_DEVID_SIZE		(DK_DEVID_BLKSIZE - 7 * sizeof (uchar_t))
#define DK_DEVID_REV_MSB	0
#define DK_DEVID_REV_LSB	1

struct dk_devid {
	uchar_t		dkd_rev_hi;
	uchar_t		dkd_rev_lo;
	uchar_t		dkd_flags;
	uchar_t		dkd_devid[DK_DEVID_SIZE];
	uchar_t		dkd_checksum3;	/* most significant byte */
	uchar_t		dkd_checksum2;
	uchar_t		dkd_checksum1;
	uchar_t		dkd_checksum0;	/* least significant byte */
};

/* The 32-bit checksum stored in a struct dk_devid, and storing one. */
#define DKD_GETCHKSUM(dkd)						\
	(((dkd)->dkd_checksum3 << 24) + ((dkd)->dkd_checksum2 << 16) +	\
	    ((dkd)->dkd_checksum1 << 8) + (dkd)->dkd_checksum0)

#define DKD_FORMCHKSUM(c, dkd)						\
	do {								\
		uint32_t __dkd_c = (uint32_t)(c);			\
									\
		(dkd)->dkd_checksum3 = (uchar_t)(__dkd_c >> 24);	\
		(dkd)->dkd_checksum2 = (uchar_t)(__dkd_c >> 16);	\
		(dkd)->dkd_checksum1 = (uchar_t)(__dkd_c >> 8);		\
		(dkd)->dkd_checksum0 = (uchar_t)__dkd_c;		\
	} while (0)

_Static_assert(sizeof (struct dk_vtoc) == 456, "struct dk_vtoc is 456 bytes");
_Static_assert(sizeof (struct dk_label) == DK_LABEL_SIZE,
    "struct dk_label fills one 512-byte sector");
_Static_assert(__builtin_offsetof(struct dk_label, dkl_magic) == 508,
    "dkl_magic is at byte 508 of the label");
_Static_assert(sizeof (struct dk_devid) == DK_DEVID_BLKSIZE,
    "struct dk_devid fills one block");

#endif /* _SYS_DKLABEL_H */
