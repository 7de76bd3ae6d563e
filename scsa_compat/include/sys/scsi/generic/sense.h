/* SPDX-License-Identifier: GPL-2.0 */
/*
 * SCSI sense data: fixed format (struct scsi_extended_sense), descriptor
 * format and the sense keys.  Bitfields are in little-endian x86 order.
 */
/* The SCSA headers depend on each other; enter through the common root. */
#include <sys/scsi/scsi_types.h>

#ifndef _SYS_SCSI_GENERIC_SENSE_H
#define _SYS_SCSI_GENERIC_SENSE_H

#include <sys/types.h>

/* Obsolete non-extended sense (class 0-6). */
struct scsi_sense {
	uchar_t	ns_code		: 4,
		ns_class	: 3,
		ns_valid	: 1;
	uchar_t	ns_lba_hi	: 5,
		ns_vu		: 3;
	uchar_t	ns_lba_mid;
	uchar_t	ns_lba_lo;
};

#define CLASS_EXTENDED_SENSE	0x7
#define ADDL_SENSE_ADJUST	0x8
#define MIN_FIXED_SENSE_LEN	0xE

/* Fixed-format sense data; 20 bytes (SENSE_LENGTH). */
struct scsi_extended_sense {
	uchar_t	es_code		: 4,	/* response code, see CODE_FMT_* */
		es_class	: 3,
		es_valid	: 1;
	uchar_t	es_segnum;
	uchar_t	es_key		: 4,
				: 1,
		es_ili		: 1,
		es_eom		: 1,
		es_filmk	: 1;
	uchar_t	es_info_1;
	uchar_t	es_info_2;
	uchar_t	es_info_3;
	uchar_t	es_info_4;
	uchar_t	es_add_len;
	uchar_t	es_cmd_info[4];
	uchar_t	es_add_code;		/* ASC */
	uchar_t	es_qual_code;		/* ASCQ */
	uchar_t	es_fru_code;
	uchar_t	es_skey_specific[3];
	uchar_t	es_add_info[2];
};

/* es_code */
#define CODE_FMT_FIXED_CURRENT		0x0
#define CODE_FMT_FIXED_DEFERRED		0x1
#define CODE_FMT_DESCR_CURRENT		0x2
#define CODE_FMT_DESCR_DEFERRED		0x3
#define CODE_FMT_VENDOR_SPECIFIC	0xF

#define SCSI_IS_DESCR_SENSE(sns)					\
	(((struct scsi_extended_sense *)(sns))->es_code ==		\
	    CODE_FMT_DESCR_CURRENT ||					\
	 ((struct scsi_extended_sense *)(sns))->es_code ==		\
	    CODE_FMT_DESCR_DEFERRED)

/* Sense keys */
#define KEY_NO_SENSE		0x00
#define KEY_RECOVERABLE_ERROR	0x01
#define KEY_NOT_READY		0x02
#define KEY_MEDIUM_ERROR	0x03
#define KEY_HARDWARE_ERROR	0x04
#define KEY_ILLEGAL_REQUEST	0x05
#define KEY_UNIT_ATTENTION	0x06
#define KEY_WRITE_PROTECT	0x07
#define KEY_DATA_PROTECT	KEY_WRITE_PROTECT
#define KEY_BLANK_CHECK		0x08
#define KEY_VENDOR_UNIQUE	0x09
#define KEY_COPY_ABORTED	0x0A
#define KEY_ABORTED_COMMAND	0x0B
#define KEY_EQUAL		0x0C
#define KEY_VOLUME_OVERFLOW	0x0D
#define KEY_MISCOMPARE		0x0E
#define KEY_RESERVED		0x0F

/* Descriptor-format sense header. */
struct scsi_descr_sense_hdr {
	uchar_t	ds_code		: 4,
		ds_class	: 3,
		ds_reserved	: 1;
	uchar_t	ds_key		: 4,
		ds_reserved2	: 4;
	uchar_t	ds_add_code;
	uchar_t	ds_qual_code;
	uchar_t	ds_reserved3[3];
	uchar_t	ds_addl_sense_length;
};

struct scsi_information_sense_descr {
	uchar_t	isd_descr_type;
	uchar_t	isd_addl_length;
	uchar_t	isd_reserved1	: 7,
		isd_valid	: 1;
	uchar_t	isd_reserved2;
	uchar_t	isd_information[8];
};

struct scsi_cmd_specific_sense_descr {
	uchar_t	css_descr_type;
	uchar_t	css_addl_length;
	uchar_t	css_reserved[2];
	uchar_t	css_cmd_specific_info[8];
};

union scsi_sk_specific_data {
	struct {
		uchar_t	bit_pointer	: 3,
			bpv		: 1,
			reserved	: 2,
			cd		: 1,
			sksv		: 1;
		uchar_t	field_pointer[2];
	} fp;
	struct {
		uchar_t	sksv;
		uchar_t	actual_retry_count[2];
	} arc;
	struct {
		uchar_t	sksv;
		uchar_t	progress_indication[2];
	} pi;
	struct {
		uchar_t	bit_pointer	: 3,
			bpv		: 1,
			reserved	: 1,
			sd		: 1,
			reserved2	: 1,
			sksv		: 1;
		uchar_t	field_pointer[2];
	} sp;
};

struct scsi_sk_specific_sense_descr {
	uchar_t				sss_descr_type;
	uchar_t				sss_addl_length;
	uchar_t				sss_reserved[2];
	union scsi_sk_specific_data	sss_data;
	uchar_t				sss_reserved2;
};

struct scsi_fru_sense_descr {
	uchar_t	fs_descr_type;
	uchar_t	fs_addl_length;
	uchar_t	fs_reserved;
	uchar_t	fs_fru_code;
};

struct scsi_stream_cmd_data {
	uchar_t	scs_reserved2	: 5,
		scs_ili		: 1,
		scs_eom		: 1,
		scs_filemark	: 1;
};

struct scsi_stream_cmd_sense_descr {
	uchar_t				scs_descr_type;
	uchar_t				scs_addl_length;
	uchar_t				scs_reserved;
	struct scsi_stream_cmd_data	scs_data;
};

struct scsi_block_cmd_sense_descr {
	uchar_t	bcs_descr_type;
	uchar_t	bcs_addl_length;
	uchar_t	bcs_reserved;
	uchar_t	bcs_reserved2	: 5,
		bcs_ili		: 1,
		bcs_reserved3	: 2;
};

struct scsi_ata_status_ret_sense_descr {
	uchar_t	ars_descr_type;
	uchar_t	ars_addl_length;
	uchar_t	ars_extend	: 1,
		ars_reserved1	: 7;
	uchar_t	ars_error;
	uchar_t	ars_sec_count_msb;
	uchar_t	ars_sec_count_lsb;
	uchar_t	ars_lba_low_msb;
	uchar_t	ars_lba_low_lsb;
	uchar_t	ars_lba_mid_msb;
	uchar_t	ars_lba_mid_lsb;
	uchar_t	ars_lba_high_msb;
	uchar_t	ars_lba_high_lsb;
	uchar_t	ars_device;
	uchar_t	ars_status;
};

struct scsi_vendor_specific_sense_descr {
	uchar_t	vss_descr_type;
	uchar_t	vss_addl_length;
	uchar_t	vss_vendor_specific_info[1];
};

/* Sense descriptor types */
#define DESCR_INFORMATION		0x00
#define DESCR_COMMAND_SPECIFIC		0x01
#define DESCR_SENSE_KEY_SPECIFIC	0x02
#define DESCR_FRU			0x03
#define DESCR_STREAM_COMMANDS		0x04
#define DESCR_BLOCK_COMMANDS		0x05
#define DESCR_OSD_OID			0x06
#define DESCR_OSD_RESP_INTEGRITY	0x07
#define DESCR_OSD_ATTR_ID		0x08
#define DESCR_ATA_STATUS_RETURN		0x09

#include <sys/scsi/impl/sense.h>

#endif /* _SYS_SCSI_GENERIC_SENSE_H */
