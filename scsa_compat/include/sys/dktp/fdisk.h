/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The PC master boot record (sector 0 of a disk) and its fdisk partition
 * table, as the BIOS and DOS define them.  Disk format: struct mboot is
 * one 512-byte sector.  The Solaris slices live in a VTOC inside the
 * Solaris fdisk partition (<sys/dklabel.h>).
 */
#ifndef _SYS_DKTP_FDISK_H
#define _SYS_DKTP_FDISK_H

#include <sys/isa_defs.h>
#include <sys/types.h>

/*
 * Largest usable BIOS CHS values: cylinders 0..MAX_CYL (1023 means "no
 * CHS address"), heads 0..MAX_HEAD, sectors 1..MAX_SECT.
 */
#define MAX_SECT	(63)
#define MAX_CYL		(1022)
#define MAX_HEAD	(254)

#define BOOTSZ		440	/* boot code; the disk signature follows */
#define FD_NUMPART	4	/* entries of the partition table */
#define MBB_MAGIC	0xAA55	/* mboot.signature */
#define DEFAULT_INTLV	4
#define MINPSIZE	4	/* smallest partition, in cylinders */
#define TSTPAT		0xE5	/* pattern for verifying a disk */

/* An entry of the partition table (16 bytes). */
struct ipart {
	unsigned char	bootid;		/* ACTIVE or NOTACTIVE */
	unsigned char	beghead;	/* CHS of the first sector; */
	unsigned char	begsect;	/* bits 7-6 of begsect are */
	unsigned char	begcyl;		/* bits 9-8 of the cylinder */
	unsigned char	systid;		/* partition type, below */
	unsigned char	endhead;	/* CHS of the last sector, */
	unsigned char	endsect;	/* packed the same way */
	unsigned char	endcyl;
	uint32_t	relsect;	/* first sector (LBA) */
	uint32_t	numsect;	/* sectors */
};

/* bootid */
#define NOTACTIVE	0
#define ACTIVE		128

/* systid */
#define UNUSED		0	/* empty entry */
#define DOSOS12		1
#define PCIXOS		2
#define DOSOS16		4
#define EXTDOS		5	/* extended partition */
#define DOSHUGE		6
#define FDISK_IFS	7
#define FDISK_AIXBOOT	8
#define FDISK_AIXDATA	9
#define FDISK_OS2BOOT	10
#define FDISK_WINDOWS	11
#define FDISK_EXT_WIN	12
#define FDISK_FAT95	14
#define FDISK_EXTLBA	15	/* extended partition, LBA */
#define DIAGPART	18
#define FDISK_LINUX	65
#define FDISK_LINUXDSWAP	66
#define FDISK_LINUXDNAT	67
#define FDISK_CPM	82
#define DOSDATA		86
#define OTHEROS		98
#define UNIXOS		99
#define FDISK_NOVELL2	100
#define FDISK_NOVELL3	101
#define FDISK_QNX4	119
#define FDISK_QNX42	120
#define FDISK_QNX43	121
#define SUNIXOS		130	/* Solaris (also Linux swap) */
#define FDISK_LINUXNAT	131
#define FDISK_NTFSVOL1	134
#define FDISK_NTFSVOL2	135
#define FDISK_BSD	165
#define FDISK_NEXTSTEP	167
#define FDISK_BSDIFS	183
#define FDISK_BSDISWAP	184
#define X86BOOT		190
#define SUNIXOS2	191	/* Solaris */
#define EFI_PMBR	238	/* protective MBR of a GPT disk */
#define EFI_FS		239	/* EFI system partition */
#define MAXDOS		65535L	/* sectors of the largest DOS partition */

/*
 * Sector 0.  The table is bytes, not struct ipart[4]: it starts at byte
 * 446, where a struct ipart would not be aligned.
 */
struct mboot {
	char		bootinst[BOOTSZ];
	uint16_t	win_volserno_lo;	/* disk signature */
	uint16_t	win_volserno_hi;
	uint16_t	reserved;
	char		parts[FD_NUMPART * sizeof (struct ipart)];
	ushort_t	signature;		/* MBB_MAGIC */
};

/* x86: the byte offset of the table, and logical drives cmlb serves. */
#define FDISK_PART_TABLE_START	446
#define MAX_EXT_PARTS		32

_Static_assert(sizeof (struct ipart) == 16, "struct ipart is 16 bytes");
_Static_assert(sizeof (struct mboot) == 512, "struct mboot is one sector");
_Static_assert(__builtin_offsetof(struct mboot, parts) == FDISK_PART_TABLE_START,
    "the partition table is at byte 446");

#endif /* _SYS_DKTP_FDISK_H */
