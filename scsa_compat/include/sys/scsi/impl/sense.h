/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Sun-private sense keys, sense lengths and the sense-data parsers that
 * accept both fixed and descriptor format.
 */
/* The SCSA headers depend on each other; enter through the common root. */
#include <sys/scsi/scsi_types.h>

#ifndef _SYS_SCSI_IMPL_SENSE_H
#define _SYS_SCSI_IMPL_SENSE_H

#include <sys/types.h>
#include <sys/sysmacros.h>

/* Pseudo sense keys beyond the 16 SCSI ones (see scsi_sname()). */
#define SUN_KEY_FATAL		0x10
#define SUN_KEY_TIMEOUT		0x11
#define SUN_KEY_EOF		0x12
#define SUN_KEY_EOT		0x13
#define SUN_KEY_LENGTH		0x14
#define SUN_KEY_BOT		0x15
#define SUN_KEY_WRONGMEDIA	0x16
#define NUM_IMPL_SENSE_KEYS	7

/* struct scsi_extended_sense rounded to an int: 20 bytes. */
#define SENSE_LENGTH		\
	(roundup(sizeof (struct scsi_extended_sense), sizeof (int)))
#define MAX_SENSE_LENGTH	252
#define SUN_MIN_SENSE_LENGTH	4

/* Emulex MD21 ESDI bridge fields */
#define emulex_ercl_ercd	es_cmd_info[0]
#define emulex_cyl_msb		es_info_1
#define emulex_cyl_lsb		es_info_2
#define emulex_head_num		es_info_3
#define emulex_sect_num		es_info_4

struct scsi_descr_template {
	uchar_t	sdt_descr_type;
	uchar_t	sdt_addl_length;
};

/* scsi_validate_sense() results and flags */
#define SENSE_UNUSABLE		0
#define SENSE_FIXED_FORMAT	1
#define SENSE_DESCR_FORMAT	2
#define SNS_BUF_OVERFLOW	1
#define SNS_BUF_DEFERRED	2

#ifdef _KERNEL
__SCSA_IMPL extern uint8_t *scsi_find_sense_descr(uint8_t *sense_buffer,
    int sense_buf_len, int descr_type);
__SCSA_IMPL extern uint8_t scsi_sense_key(uint8_t *sense_buffer);
__SCSA_IMPL extern uint8_t scsi_sense_asc(uint8_t *sense_buffer);
__SCSA_IMPL extern uint8_t scsi_sense_ascq(uint8_t *sense_buffer);
__SCSA_IMPL extern boolean_t scsi_sense_info_uint64(uint8_t *sense_buffer,
    int sense_buf_len, uint64_t *information);
__SCSA_IMPL extern boolean_t scsi_sense_cmdspecific_uint64(uint8_t *sense_buffer,
    int sense_buf_len, uint64_t *cmd_spec_info);
__SCSA_ABSENT extern void scsi_ext_sense_fields(uint8_t *sense_buffer, int sense_buf_len,
    uint8_t **information, uint8_t **cmd_spec_info, uint8_t **fru_code,
    uint8_t **sk_specific, uint8_t **stream_flags);
__SCSA_ABSENT extern int scsi_validate_sense(uint8_t *sense_buffer, int sense_buf_len,
    int *flags);
#endif

#endif /* _SYS_SCSI_IMPL_SENSE_H */
