/* SPDX-License-Identifier: GPL-2.0 */
/*
 * MODE SENSE/SELECT for direct-access devices (disks): the device-specific
 * header bits, medium types, page codes and the pages disk drivers read
 * (error recovery, format, rigid geometry, caching).  Multi-byte fields
 * are big-endian on the wire; bitfields are in little-endian x86 order.
 */
/* The SCSA headers depend on each other; enter through the common root. */
#include <sys/scsi/scsi_types.h>

#ifndef _SYS_SCSI_GENERIC_DAD_MODE_H
#define _SYS_SCSI_GENERIC_DAD_MODE_H

#include <sys/types.h>

/* device_specific byte of the mode header */
#define MODE_DAD_WP		0x80
#define MODE_DAD_DPOFUA		0x10

/* medium_type of the mode header (flexible disks) */
#define DAD_MTYP_DFLT		0x0
#define DAD_MTYP_FLXSS		0x1
#define DAD_MTYP_FLXDS		0x2
#define DAD_MTYP_FLX_8SSSD	0x05
#define DAD_MTYP_FLX_8DSSD	0x06
#define DAD_MTYP_FLX_8SSDD	0x09
#define DAD_MTYP_FLX_8DSDD	0x0A
#define DAD_MTYP_FLX_5SSLD	0x0D
#define DAD_MTYP_FLX_5DSMD1	0x12
#define DAD_MTYP_FLX_5DSMD2	0x16
#define DAD_MTYP_FLX_5DSQD	0x1A
#define DAD_MTYP_FLX_3DSLD	0x1E

/* Page codes */
#define DAD_MODE_ERR_RECOV	0x01
#define DAD_MODE_FORMAT		0x03
#define DAD_MODE_GEOMETRY	0x04
#define DAD_MODE_FLEXDISK	0x05
#define DAD_MODE_VRFY_ERR_RECOV	0x07
#define DAD_MODE_CACHE		0x08
#define DAD_MODE_MEDIA_TYPES	0x0B
#define DAD_MODE_NOTCHPART	0x0C
#define DAD_MODE_POWER_COND	0x0D

/*
 * Page 0x01: read-write error recovery (SCSI-2 and later; the older CCS
 * form is struct mode_err_recov_ccs in <sys/scsi/impl/mode.h>).
 */
#define PAGELENGTH_DAD_MODE_ERR_RECOV	0x0A

struct mode_err_recov {
	struct mode_page	mode_page;
	uchar_t			dcr	: 1,
				dte	: 1,
				per	: 1,
				eec	: 1,
				rc	: 1,
				tb	: 1,
				arre	: 1,
				awre	: 1;
	uchar_t			read_retry_count;
	uchar_t			correction_span;
	uchar_t			head_offset_count;
	uchar_t			strobe_offset_count;
	uchar_t			reserved;
	uchar_t			write_retry_count;
	uchar_t			reserved_2;
	ushort_t		recovery_time_limit;
};

/* Page 0x03: format device (zones, sectors per track, sector size) */
struct mode_format {
	struct mode_page	mode_page;
	ushort_t		tracks_per_zone;
	ushort_t		alt_sect_zone;
	ushort_t		alt_tracks_zone;
	ushort_t		alt_tracks_vol;
	ushort_t		sect_track;
	ushort_t		data_bytes_sect;
	ushort_t		interleave;
	ushort_t		track_skew;
	ushort_t		cylinder_skew;
	uchar_t					: 3,
				_reserved_ins	: 1,
				surf		: 1,
				rmb		: 1,
				hsec		: 1,
				ssec		: 1;
	uchar_t			reserved[2];
};

/* Page 0x04: rigid disk geometry; 24-bit cylinder numbers, msb first */
struct mode_geometry {
	struct mode_page	mode_page;
	uchar_t			cyl_ub;
	uchar_t			cyl_mb;
	uchar_t			cyl_lb;
	uchar_t			heads;
	uchar_t			precomp_cyl_ub;
	uchar_t			precomp_cyl_mb;
	uchar_t			precomp_cyl_lb;
	uchar_t			current_cyl_ub;
	uchar_t			current_cyl_mb;
	uchar_t			current_cyl_lb;
	ushort_t		step_rate;
	uchar_t			landing_cyl_ub;
	uchar_t			landing_cyl_mb;
	uchar_t			landing_cyl_lb;
	uchar_t			rpl	: 2,
					: 6;
	uchar_t			rotational_offset;
	uchar_t			reserved;
	ushort_t		rpm;
	uchar_t			reserved2[2];
};

/* rpl: rotational position locking */
#define RPL_SPINDLE_SLAVE		1
#define RPL_SPINDLE_MASTER		2
#define RPL_SPINDLE_MASTER_CONTROL	3

/*
 * Page 0x08: caching (SCSI-3 form, a superset of struct mode_caching in
 * <sys/scsi/generic/mode.h>; the older one is struct mode_cache in
 * <sys/scsi/impl/mode.h>).
 */
#define PAGELENGTH_DAD_MODE_CACHE_SCSI3	0x12

struct mode_cache_scsi3 {
	struct mode_page	mode_page;
	uchar_t			rcd	: 1,
				mf	: 1,
				wce	: 1,
				size	: 1,
				disc	: 1,
				cap	: 1,
				abpf	: 1,
				ic	: 1;
	uchar_t			write_reten_pri	: 4,
				read_reten_pri	: 4;
	ushort_t		dis_prefetch_len;
	ushort_t		min_prefetch;
	ushort_t		max_prefetch;
	ushort_t		prefetch_ceiling;
	uchar_t				: 3,
				vu_123	: 1,
				vu_124	: 1,
				dra	: 1,
				lbcss	: 1,
				fsw	: 1;
	uchar_t			num_cache_seg;
	ushort_t		cache_seg_size;
	uchar_t			reserved;
	uchar_t			non_cache_seg_size_ub;
	uchar_t			non_cache_seg_size_mb;
	uchar_t			non_cache_seg_size_lb;
};

/* Drivers size their MODE SENSE buffers from these. */
_Static_assert(sizeof (struct mode_err_recov) == 2 + PAGELENGTH_DAD_MODE_ERR_RECOV,
	       "mode_err_recov is page 1");
_Static_assert(sizeof (struct mode_format) == 24, "mode_format is page 3");
_Static_assert(sizeof (struct mode_geometry) == 24, "mode_geometry is page 4");
_Static_assert(sizeof (struct mode_cache_scsi3) == 2 + PAGELENGTH_DAD_MODE_CACHE_SCSI3,
	       "mode_cache_scsi3 is page 8");

#endif /* _SYS_SCSI_GENERIC_DAD_MODE_H */
