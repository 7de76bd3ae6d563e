/* SPDX-License-Identifier: GPL-2.0 */
/*
 * MODE SENSE/SELECT parameter headers, block descriptors and the common
 * mode pages.  Multi-byte fields are big-endian on the wire; bitfields are
 * in little-endian x86 order.
 */
/* The SCSA headers depend on each other; enter through the common root. */
#include <sys/scsi/scsi_types.h>

#ifndef _SYS_SCSI_GENERIC_MODE_H
#define _SYS_SCSI_GENERIC_MODE_H

#include <sys/types.h>

struct mode_header {
	uchar_t	length;
	uchar_t	medium_type;
	uchar_t	device_specific;
	uchar_t	bdesc_length;
};

#define MODE_HEADER_LENGTH	(sizeof (struct mode_header))

struct mode_header_g1 {
	ushort_t	length;
	uchar_t		medium_type;
	uchar_t		device_specific;
	uchar_t		reserved[2];
	ushort_t	bdesc_length;
};

#define MODE_HEADER_LENGTH_G1	(sizeof (struct mode_header_g1))

struct block_descriptor {
	uchar_t	density_code;
	uchar_t	blks_hi;
	uchar_t	blks_mid;
	uchar_t	blks_lo;
	uchar_t	reserved;
	uchar_t	blksize_hi;
	uchar_t	blksize_mid;
	uchar_t	blksize_lo;
};

#define MODE_BLK_DESC_LENGTH	(sizeof (struct block_descriptor))
#define MODE_PARAM_LENGTH	(MODE_HEADER_LENGTH + MODE_BLK_DESC_LENGTH)

/* Address of block descriptor "n" after a 6-byte header, or NULL. */
#define BLOCK_DESCRIPTOR_ADDR(mhdr, n)					\
	(((mhdr)->bdesc_length &&					\
	  (unsigned)(n) < (mhdr)->bdesc_length / MODE_BLK_DESC_LENGTH) ?	\
	 (struct block_descriptor *)((ulong_t)(mhdr) + MODE_HEADER_LENGTH +	\
	    (n) * MODE_BLK_DESC_LENGTH) :				\
	 (struct block_descriptor *)0)

/* Every mode page starts with this. */
struct mode_page {
	uchar_t	code	: 6,
			: 1,
		ps	: 1;
	uchar_t	length;
};

/* The first page after a 6-byte header and its block descriptors. */
#define MODE_PAGE_ADDR(mhdr, type)					\
	((type *)((ulong_t)(mhdr) + MODE_HEADER_LENGTH + (mhdr)->bdesc_length))

/* Page control (MODE SENSE byte 2 bits 7-6) */
#define MODEPAGE_CURRENT	0x00
#define MODEPAGE_CHANGEABLE	0x40
#define MODEPAGE_DEFAULT	0x80
#define MODEPAGE_SAVED		0xC0

/* Page codes */
#define MODEPAGE_DISCO_RECO	0x02
#define MODEPAGE_FORMAT		0x03
#define MODEPAGE_GEOMETRY	0x04
#define MODEPAGE_CACHING	0x08
#define MODEPAGE_PDEVICE	0x09
#define MODEPAGE_CTRL_MODE	0x0A
#define MODEPAGE_POWER_COND	0x1A
#define MODEPAGE_INFO_EXCPT	0x1C
#define MODEPAGE_ALLPAGES	0x3F

struct mode_disco_reco {
	struct mode_page	mode_page;
	uchar_t			buffer_full_ratio;
	uchar_t			buffer_empty_ratio;
	ushort_t		bus_inactivity_limit;
	ushort_t		disconect_time_limit;
	ushort_t		connect_time_limit;
	ushort_t		max_burst_size;
	uchar_t			dtdc	: 3,
				dimm	: 1,
				fastat	: 1,
				fawrt	: 1,
				fard	: 1,
				emdp	: 1;
	uchar_t			reserved;
	ushort_t		first_burst_sz;
};

#define DTDC_DATADONE	0x01
#define DTDC_CMDDONE	0x03

struct mode_caching {
	struct mode_page	mode_page;
	uchar_t			rcd		: 1,
				mf		: 1,
				wce		: 1,
						: 5;
	uchar_t			write_ret_prio	: 4,
				dmd_rd_ret_prio	: 4;
	ushort_t		pf_dsbl_trans_len;
	ushort_t		min_prefetch;
	ushort_t		max_prefetch;
	ushort_t		max_prefetch_ceiling;
};

struct mode_pdevice {
	struct mode_page	mode_page;
	ushort_t		if_ident;
	uchar_t			reserved[4];
	uchar_t			vendor_uniqe[1];
};

#define PDEV_SCSI	0x0000
#define PDEV_SMD	0x0001
#define PDEV_ESDI	0x0002
#define PDEV_IPI2	0x0003
#define PDEV_IPI3	0x0004

#define PAGELENGTH_MODE_CONTROL_SCSI3	0x0A

struct mode_control_scsi3 {
	struct mode_page	mode_page;
	uchar_t			rlec		: 1,
				gltsd		: 1,
				d_sense		: 1,
						: 5;
	uchar_t			qdisable	: 1,
				que_err		: 1,
						: 2,
				que_mod		: 4;
	uchar_t			eanp		: 1,
				uaaenp		: 1,
				raenp		: 1,
						: 1,
				bybths		: 1,
				byprtm		: 1,
				rac		: 1,
				eeca		: 1;
	uchar_t			reserved;
	ushort_t		ready_aen_holdoff;
	ushort_t		busy_timeout;
	uchar_t			reserved_2[2];
};

#define CTRL_QMOD_RESTRICT	0x0
#define CTRL_QMOD_UNRESTRICT	0x1

#define PAGELENGTH_INFO_EXCPT	0x0A

struct mode_info_excpt_page {
	struct mode_page	mode_page;
	uchar_t			log_err	: 1;
	uchar_t				: 1;
	uchar_t			test	: 1;
	uchar_t			dexcpt	: 1;
	uchar_t			ewasc	: 1;
	uchar_t			ebf	: 1;
	uchar_t				: 1;
	uchar_t			perf	: 1;
	uchar_t			mrie	: 4;
	uchar_t				: 4;
	uchar_t			interval_timer[4];
	uchar_t			report_count[4];
};

#define MRIE_NO_REPORT		0x0
#define MRIE_ASYNCH		0x1
#define MRIE_UNIT_ATTN		0x2
#define MRIE_COND_RECVD_ERR	0x3
#define MRIE_UNCOND_RECVD_ERR	0x4
#define MRIE_NO_SENSE		0x5
#define MRIE_ONLY_ON_REQUEST	0x6

struct mode_info_power_cond {
	struct mode_page	mode_page;
	uchar_t			reserved;
	uchar_t			standby	: 1,
				idle	: 1,
					: 6;
	uchar_t			idle_cond_timer_high;
	uchar_t			idle_cond_timer_low;
	uchar_t			standby_cond_timer[4];
};

struct parameter_control {
	uchar_t	fmt_link	: 2,
		tmc		: 2,
		etc		: 1,
		tsd		: 1,
		reserv		: 1,
		du		: 1;
};

/* LOG SENSE page 0x0E: start-stop cycle counter. */
struct start_stop_cycle_counter_log {
	uchar_t				code		: 6,
					spf		: 1,
					ds		: 1;
	uchar_t				sub_page_code;
	uchar_t				page_len_high;
	uchar_t				page_len_low;
	uchar_t				manufactor_date_high;
	uchar_t				manufactor_date_low;
	struct parameter_control	param_1;
	uchar_t				param_len_1;
	uchar_t				year_manu[4];
	uchar_t				week_manu[2];
	uchar_t				account_date_high;
	uchar_t				account_date_low;
	struct parameter_control	param_2;
	uchar_t				param_len_2;
	uchar_t				year_account[4];
	uchar_t				week_account[2];
	uchar_t				lifetime_code_high;
	uchar_t				lifetime_code_low;
	struct parameter_control	param_3;
	uchar_t				param_len_3;
	uchar_t				cycle_lifetime[4];
	uchar_t				cycle_code_high;
	uchar_t				cycle_code_low;
	struct parameter_control	param_4;
	uchar_t				param_len_4;
	uchar_t				cycle_accumulated[4];
};

/* Pages of direct-access devices, then the implementation's older forms. */
#include <sys/scsi/generic/dad_mode.h>
#include <sys/scsi/impl/mode.h>

#endif /* _SYS_SCSI_GENERIC_MODE_H */
