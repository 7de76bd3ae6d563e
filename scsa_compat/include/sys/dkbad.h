/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The DEC STD 144 bad-sector table of old disk packs: up to NDKBAD bad
 * sectors, each replaced by a spare counted back from the table on the
 * last track.  No SCSI disk uses it (the drive remaps its own defects);
 * illumos drivers still include this header.
 */
#ifndef _SYS_DKBAD_H
#define _SYS_DKBAD_H

#include <sys/types.h>

#define NDKBAD		126

struct dkbad {
	long		bt_csn;		/* cartridge serial number */
	ushort_t	bt_mbz;		/* 0 */
	ushort_t	bt_flag;	/* all ones: an alignment cartridge */
	struct bt_bad {
		short	bt_cyl;		/* cylinder of a bad sector */
		short	bt_trksec;	/* its track and sector */
	} bt_bad[NDKBAD];
};

#endif /* _SYS_DKBAD_H */
