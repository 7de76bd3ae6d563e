// SPDX-License-Identifier: GPL-2.0
/*
 * Sense data (Solaris world): the scsi_sense_*(9F) accessors, which accept
 * fixed-format (response codes 0x70/0x71) and descriptor-format (0x72/0x73)
 * sense.  Linux HBAs return either, depending on the device (scsi_debug
 * with dsense=1 returns descriptors).
 *
 * scsi_sense_key/asc/ascq() take no length: as in illumos, the buffer
 * holds at least a fixed-format header (18 bytes).  The others are bounded
 * by the length they are given.
 */
#include <sys/types.h>
#include <sys/systm.h>
#include <sys/scsi/scsi.h>

#define SENSE_RESPONSE(s)	((s)[0] & 0x7f)
#define SENSE_IS_DESCR(s)	(SENSE_RESPONSE(s) == 0x72 || SENSE_RESPONSE(s) == 0x73)

/* Descriptor format: the byte after the header gives the descriptors' length. */
#define DESCR_HDR_LEN		8
#define DESCR_ADDL_LEN(s)	((s)[7])

uint8_t scsi_sense_key(uint8_t *sense_buffer)
{
	if (SENSE_IS_DESCR(sense_buffer))
		return (sense_buffer[1] & 0x0f);
	return (sense_buffer[2] & 0x0f);
}

uint8_t scsi_sense_asc(uint8_t *sense_buffer)
{
	if (SENSE_IS_DESCR(sense_buffer))
		return (sense_buffer[2]);
	return (sense_buffer[12]);
}

uint8_t scsi_sense_ascq(uint8_t *sense_buffer)
{
	if (SENSE_IS_DESCR(sense_buffer))
		return (sense_buffer[3]);
	return (sense_buffer[13]);
}

/**
 * scsi_find_sense_descr() - a descriptor of the given type, or NULL
 * @req_descr_type: DESCR_INFORMATION, DESCR_COMMAND_SPECIFIC, ...
 */
uint8_t *scsi_find_sense_descr(uint8_t *sense_buffer, int sense_buf_len, int req_descr_type)
{
	int end, pos = DESCR_HDR_LEN;

	if (!SENSE_IS_DESCR(sense_buffer) || sense_buf_len < DESCR_HDR_LEN)
		return (NULL);
	end = MIN(sense_buf_len, DESCR_HDR_LEN + DESCR_ADDL_LEN(sense_buffer));
	while (pos + 2 <= end) {
		uint8_t *d = sense_buffer + pos;

		if (pos + 2 + d[1] > end)
			break;
		if (d[0] == req_descr_type)
			return (d);
		pos += 2 + d[1];
	}
	return (NULL);
}

/* The 8-byte value of an information or command-specific descriptor. */
static boolean_t scsa_descr_u64(uint8_t *sense, int len, int type, uint64_t *valp)
{
	uint8_t *d = scsi_find_sense_descr(sense, len, type);
	int i;

	if (d == NULL || d[1] < 0x0a)
		return (B_FALSE);
	*valp = 0;
	for (i = 4; i < 12; i++)
		*valp = (*valp << 8) | d[i];
	return ((type != DESCR_INFORMATION || (d[2] & 0x80)) ? B_TRUE : B_FALSE);
}

static uint64_t scsa_fixed_u32(const uint8_t *p)
{
	return (((uint64_t)p[0] << 24) | ((uint64_t)p[1] << 16) | ((uint64_t)p[2] << 8) | p[3]);
}

/* The INFORMATION field, if valid (fixed format: the VALID bit). */
boolean_t scsi_sense_info_uint64(uint8_t *sense_buffer, int sense_buf_len,
    uint64_t *information)
{
	if (SENSE_IS_DESCR(sense_buffer))
		return (scsa_descr_u64(sense_buffer, sense_buf_len, DESCR_INFORMATION,
		    information));
	if (sense_buf_len < 7 || !(sense_buffer[0] & 0x80))
		return (B_FALSE);
	*information = scsa_fixed_u32(sense_buffer + 3);
	return (B_TRUE);
}

boolean_t scsi_sense_cmdspecific_uint64(uint8_t *sense_buffer, int sense_buf_len,
    uint64_t *cmd_spec_info)
{
	if (SENSE_IS_DESCR(sense_buffer))
		return (scsa_descr_u64(sense_buffer, sense_buf_len, DESCR_COMMAND_SPECIFIC,
		    cmd_spec_info));
	if (sense_buf_len < 12)
		return (B_FALSE);
	*cmd_spec_info = scsa_fixed_u32(sense_buffer + 8);
	return (B_TRUE);
}
