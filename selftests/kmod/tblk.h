/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The test block driver tblk's ioctls (tblk.c), shared with the in-guest
 * test program (selftests/guest/src/blk_io.c).  Plain C types only.
 */
#ifndef _TBLK_H
#define _TBLK_H

#define TBLK_IOC		(('T' << 16) | ('B' << 8))
#define TBLK_IOC_INFO		(TBLK_IOC | 1)	/* struct tblk_info * out */
#define TBLK_IOC_SETBAD		(TBLK_IOC | 2)	/* fail this DEV_BSIZE block; -1: none */
#define TBLK_IOC_RESIZE		(TBLK_IOC | 3)	/* answer Nblocks with arg (<= the RAM) */

/* Open types, as illumos numbers them (<sys/open.h>). */
#define TBLK_OTYP_BLK		0
#define TBLK_OTYP_CHR		2

struct tblk_info {
	int		tb_opens[3];	/* open(9E) calls, by otyp */
	int		tb_closes[3];	/* close(9E) calls, by otyp */
	int		tb_last_flag;	/* flag of the last open(9E) */
	int		tb_flushes;	/* DKIOCFLUSHWRITECACHE calls */
	long long	tb_strategies;	/* strategy(9E) calls */
	long long	tb_pageio;	/* ... with well-formed B_PAGEIO bufs */
	long long	tb_bad_edev;	/* ... whose b_edev was not the node's */
	long long	tb_nblocks;	/* what "Nblocks" says */
	int		tb_aio;		/* aread(9E)/awrite(9E) calls */
	int		tb_pad;
};

#endif /* _TBLK_H */
