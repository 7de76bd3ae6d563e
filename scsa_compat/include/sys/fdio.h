/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Floppy-disk ioctls, fdio(4I).  Disk drivers of removable media answer
 * FDEJECT as well; the rest is the floppy drivers' interface.  Structures
 * are user ABI: LP64 layout, with ILP32 variants for 32-bit callers.
 */
#ifndef _SYS_FDIO_H
#define _SYS_FDIO_H

#include <sys/types.h>

/* FDIOGCHAR, FDIOSCHAR: medium characteristics */
struct fd_char {
	uchar_t	fdc_medium;
	int	fdc_transfer_rate;
	int	fdc_ncyl;
	int	fdc_nhead;
	int	fdc_sec_size;
	int	fdc_secptrack;
	int	fdc_steps;
};

struct fd_state {
	int	fds_bsec;
	int	fds_strack;
	int	fds_step;
	int	fds_rate;
	int	fds_error;
};

/* FDGETCHANGE result bits */
#define FDGC_HISTORY	0x01
#define FDGC_CURRENT	0x02
#define FDGC_CURWPROT	0x10
#define FDGC_DETECTED	0x20

/* FDGETDRIVECHAR, FDSETDRIVECHAR */
struct fd_drive {
	int	fdd_ejectable;
	int	fdd_maxsearch;
	int	fdd_writeprecomp;
	int	fdd_writereduce;
	int	fdd_stepwidth;
	int	fdd_steprate;
	int	fdd_headsettle;
	int	fdd_headload;
	int	fdd_headunload;
	int	fdd_motoron;
	int	fdd_motoroff;
	int	fdd_precomplevel;
	int	fdd_pins;
	int	fdd_flags;
};

/* fdd_flags */
#define FDD_READY	0x1
#define FDD_MOTON	0x2
#define FDD_POLLABLE	0x4

/* FDGETSEARCH, FDSETSEARCH */
struct fd_search {
	int		fds_numentries;
	struct fd_char	*fds_search;
};

/* FDIOCMD */
struct fd_cmd {
	ushort_t	fdc_cmd;
	int		fdc_flags;
	daddr_t		fdc_blkno;
	int		fdc_secnt;
	caddr_t		fdc_bufaddr;
	uint_t		fdc_buflen;
};

struct fd_cmd32 {
	ushort_t	fdc_cmd;
	int		fdc_flags;
	daddr32_t	fdc_blkno;
	int		fdc_secnt;
	caddr32_t	fdc_bufaddr;
	uint_t		fdc_buflen;
};

/* fdc_cmd */
#define FDCMD_WRITE		1
#define FDCMD_READ		2
#define FDCMD_SEEK		3
#define FDCMD_REZERO		4
#define FDCMD_FORMAT_UNIT	5
#define FDCMD_FORMAT_TRACK	6

/* fdc_flags */
#define FD_SILENT	0x01
#define FD_DIAGNOSE	0x02
#define FD_ISOLATE	0x04
#define FD_READ		0x08
#define FD_WRITE	0x10

/* FDRAW: a controller command */
struct fd_raw {
	char		fdr_cmd[10];
	short		fdr_cnum;
	char		fdr_result[10];
	ushort_t	fdr_nbytes;
	caddr_t		fdr_addr;
};

struct fd_raw32 {
	char		fdr_cmd[10];
	short		fdr_cnum;
	char		fdr_result[10];
	ushort_t	fdr_nbytes;
	caddr32_t	fdr_addr;
};

_Static_assert(sizeof (struct fd_cmd32) == 24, "fd_cmd32 is 24 bytes");
_Static_assert(sizeof (struct fd_raw32) == 28, "fd_raw32 is 28 bytes");

/* fdr_cmd[0] */
#define FDRAW_SPECIFY	0x03
#define FDRAW_READID	0x0a
#define FDRAW_SENSE_DRV	0x04
#define FDRAW_REZERO	0x07
#define FDRAW_SEEK	0x0f
#define FDRAW_SENSE_INT	0x08
#define FDRAW_FORMAT	0x0d
#define FDRAW_READTRACK	0x02
#define FDRAW_WRCMD	0x05
#define FDRAW_RDCMD	0x06
#define FDRAW_WRITEDEL	0x09
#define FDRAW_READDEL	0x0c

/* ioctl numbers: the disk ioctl space */
#define FDIOC		(0x04 << 8)
#define FDIOGCHAR	(FDIOC | 51)
#define FDIOSCHAR	(FDIOC | 52)
#define FDEJECT		(FDIOC | 53)
#define FDGETCHANGE	(FDIOC | 54)
#define FDGETDRIVECHAR	(FDIOC | 55)
#define FDSETDRIVECHAR	(FDIOC | 56)
#define FDGETSEARCH	(FDIOC | 57)
#define FDSETSEARCH	(FDIOC | 58)
#define FDIOCMD		(FDIOC | 59)
#define FDRAW		(FDIOC | 70)
#define FDDEFGEOCHAR	(FDIOC | 86)

#endif /* _SYS_FDIO_H */
