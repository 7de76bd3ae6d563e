/* SPDX-License-Identifier: GPL-2.0 */
/* Device-class specific mode headers and older (CCS) mode pages. */
/* The SCSA headers depend on each other; enter through the common root. */
#include <sys/scsi/scsi_types.h>

#ifndef _SYS_SCSI_IMPL_MODE_H
#define _SYS_SCSI_IMPL_MODE_H

#include <sys/types.h>

/* Sequential-access mode parameter header with one block descriptor. */
struct modeheader_seq {
	uchar_t			datalen;
	uchar_t			mediumtype;
	uchar_t			speed	: 4,
				bufm	: 3,
				wp	: 1;
	uchar_t			bd_len;
	struct block_descriptor	blk_desc;
};

#define PAGELENGTH_DAD_MODE_ERR_RECOV_CCS	0x06

struct mode_err_recov_ccs {
	struct mode_page	mode_page;
	uchar_t			dcr	: 1,
				dte	: 1,
				per	: 1,
				eec	: 1,
				rc	: 1,
				tb	: 1,
				arre	: 1,
				awre	: 1;
	uchar_t			retry_count;
	uchar_t			correction_span;
	uchar_t			head_offset_count;
	uchar_t			strobe_offset_count;
	uchar_t			recovery_time_limit;
};

#define PAGELENGTH_DAD_MODE_CACHE	0x0A

struct mode_cache {
	struct mode_page	mode_page;
	uchar_t			rcd		: 1,
				mf		: 1,
				wce		: 1,
						: 5;
	uchar_t			write_reten_pri	: 4,
				read_reten_pri	: 4;
	ushort_t		dis_prefetch_len;
	ushort_t		min_prefetch;
	ushort_t		max_prefetch;
	ushort_t		prefetch_ceiling;
};

struct mode_cache_ccs {
	struct mode_page	mode_page;
	uchar_t			mode;
	uchar_t			threshold;
	uchar_t			max_prefetch;
	uchar_t			max_multiplier;
	uchar_t			min_prefetch;
	uchar_t			min_multiplier;
	uchar_t			rsvd2[8];
};

#define PAGELENGTH_MODE_CONTROL		0x06

struct mode_control {
	struct mode_page	mode_page;
	uchar_t			rlec		: 1,
						: 7;
	uchar_t			qdisable	: 1,
				que_err		: 1,
						: 2,
				que_mod		: 4;
	uchar_t			eanp		: 1,
				uaaenp		: 1,
				raenp		: 1,
						: 4,
				eeca		: 1;
	uchar_t			reserved;
	ushort_t		ready_aen_holdoff;
};

struct emulex_format_params {
	uchar_t	alt_cyl;
	uchar_t		: 1,
		sst	: 2,
		ssz	: 1,
		nheads	: 4;
	uchar_t	nsect;
	uchar_t	ncyl_hi;
	uchar_t	ncyl_lo;
	uchar_t	head_skew;
	uchar_t	reserved[3];
};

#define CDROM_MODE_SPEED	0x31

struct mode_speed {
	struct mode_page	mode_page;
	uchar_t			speed;
	uchar_t			reserved;
};

#endif /* _SYS_SCSI_IMPL_MODE_H */
