// SPDX-License-Identifier: GPL-2.0
/*
 * Error reports: scsi_errmsg(9F), scsi_vu_errmsg(9F), scsi_generic_errmsg,
 * and the sense-code names scsi_esname(9F) and scsi_asc_name(9F).
 * Solaris-world file.
 *
 * The report has illumos's lines and layout (the second column at 42
 * characters), so logs read and parsed on illumos read the same here:
 *
 *	<path> (<driver><instance>):
 *		Error for Command: read(10)    Error Level: Fatal
 *		Requested Block: 23936         Error Block: 23936
 *		Vendor: ACME                   Serial Number: 1234
 *		Sense Key: Media_Error
 *		ASC: 0x11 (unrecovered read error), ASCQ: 0x0, FRU: 0x0
 *
 * The additional-sense-code names are the T10 (SPC) names of the codes
 * target drivers meet, not illumos's full table: other codes print as
 * "<vendor unique code 0x..>", as illumos prints codes it does not know.
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/cmn_err.h>
#include <sys/ksynch.h>
#include <sys/sunddi.h>
#include <sys/scsi/scsi.h>

#define SCSA_ERRMSG_COLUMN	42
#define SCSA_ERRMSG_LEN		256

static struct scsi_asq_key_strings scsa_asc_names[] = {
	{ 0x00, 0x00, "no additional sense information" },
	{ 0x00, 0x01, "filemark detected" },
	{ 0x00, 0x02, "end-of-partition/medium detected" },
	{ 0x00, 0x04, "beginning-of-partition/medium detected" },
	{ 0x00, 0x05, "end-of-data detected" },
	{ 0x03, 0x00, "peripheral device write fault" },
	{ 0x04, 0x00, "logical unit not ready, cause not reportable" },
	{ 0x04, 0x01, "logical unit is in process of becoming ready" },
	{ 0x04, 0x02, "logical unit not ready, initializing command required" },
	{ 0x04, 0x03, "logical unit not ready, manual intervention required" },
	{ 0x04, 0x04, "logical unit not ready, format in progress" },
	{ 0x08, 0x00, "logical unit communication failure" },
	{ 0x0c, 0x00, "write error" },
	{ 0x10, 0x00, "id crc or ecc error" },
	{ 0x11, 0x00, "unrecovered read error" },
	{ 0x14, 0x00, "recorded entity not found" },
	{ 0x15, 0x00, "random positioning error" },
	{ 0x1a, 0x00, "parameter list length error" },
	{ 0x1d, 0x00, "miscompare during verify operation" },
	{ 0x20, 0x00, "invalid command operation code" },
	{ 0x21, 0x00, "logical block address out of range" },
	{ 0x24, 0x00, "invalid field in cdb" },
	{ 0x25, 0x00, "logical unit not supported" },
	{ 0x26, 0x00, "invalid field in parameter list" },
	{ 0x27, 0x00, "write protected" },
	{ 0x28, 0x00, "not ready to ready change, medium may have changed" },
	{ 0x29, 0x00, "power on, reset, or bus device reset occurred" },
	{ 0x2a, 0x01, "mode parameters changed" },
	{ 0x2a, 0x09, "capacity data has changed" },
	{ 0x30, 0x00, "incompatible medium installed" },
	{ 0x31, 0x00, "medium format corrupted" },
	{ 0x3a, 0x00, "medium not present" },
	{ 0x3b, 0x00, "sequential positioning error" },
	{ 0x3f, 0x0e, "reported luns data has changed" },
	{ 0x44, 0x00, "internal target failure" },
	{ 0x47, 0x00, "scsi parity error" },
	{ 0x4e, 0x00, "overlapped commands attempted" },
	{ 0x53, 0x02, "medium removal prevented" },
	{ 0x5d, 0x00, "failure prediction threshold exceeded" },
	{ 0xffff, 0xffff, NULL },
};

/* The report is several lines: one at a time, as illumos serialises it. */
static kmutex_t scsa_errmsg_lock;
static char scsa_errmsg_buf[SCSA_ERRMSG_LEN];

static char *scsa_asc_search(uint_t asc, uint_t ascq, struct scsi_asq_key_strings *list)
{
	for (; list->asc != 0xffff; list++)
		if (list->asc == asc && (list->ascq == ascq || list->ascq == 0xffff))
			return (list->message);
	return (NULL);
}

char *scsi_esname(uint_t key, char *tmpstr)
{
	struct scsi_asq_key_strings *p;

	for (p = scsa_asc_names; p->asc != 0xffff; p++)
		if (p->asc == key)
			return (p->message);
	(void) sprintf(tmpstr, "<vendor unique code 0x%x>", key);
	return (tmpstr);
}

char *scsi_asc_name(uint_t asc, uint_t ascq, char *tmpstr)
{
	char *m = scsa_asc_search(asc, ascq, scsa_asc_names);

	if (m != NULL)
		return (m);
	(void) sprintf(tmpstr, "<vendor unique code 0x%x>", asc);
	return (tmpstr);
}

/* Appends s; then pads to the second column, or one blank past it. */
static void scsa_errmsg_col(char *buf, const char *second)
{
	size_t n = strlen(buf);

	while (n < SCSA_ERRMSG_COLUMN)
		buf[n++] = ' ';
	buf[n] = '\0';
	(void) snprintf(buf + n, SCSA_ERRMSG_LEN - n, " %s", second);
}

/* An INQUIRY field without trailing blanks, unprintables as blanks. */
static void scsa_errmsg_field(char *dst, const char *src, size_t len)
{
	size_t i, n = 0;

	for (i = 0; i < len && src != NULL; i++) {
		dst[i] = (src[i] < ' ' || src[i] >= 0x7f) ? ' ' : src[i];
		if (dst[i] != ' ')
			n = i + 1;
	}
	dst[n] = '\0';
}

/* The FRU code of fixed or descriptor sense data, 0 if none. */
static uchar_t scsa_sense_fru(const uint8_t *s)
{
	int i, len;

	switch (s[0] & 0x7f) {
	case 0x70:
	case 0x71:
		return (s[14]);
	case 0x72:
	case 0x73:
		len = MIN(8 + s[7], SENSE_LENGTH);
		for (i = 8; i + 1 < len; i += 2 + s[i + 1])
			if (s[i] == 0x03 && i + 3 < len)
				return (s[i + 3]);
		return (0);
	default:
		return (0);
	}
}

void scsi_generic_errmsg(struct scsi_device *devp, char *label, int severity,
    daddr_t blkno, daddr_t err_blkno, uchar_t cmd_name, struct scsi_key_strings *cmdlist,
    uint8_t *sensep, struct scsi_asq_key_strings *asc_list,
    char *(*decode_fru)(struct scsi_device *, char *, int, uchar_t))
{
	static const char *const levels[] = {
		"All", "Unknown", "Informational", "Recovered", "Retryable", "Fatal"
	};
	char *buf = scsa_errmsg_buf;
	char tmp[64], second[80], vid[9], serial[13], fru[SCSA_ERRMSG_LEN];
	dev_info_t *dip = devp != NULL ? devp->sd_dev : NULL;
	uchar_t key, asc, ascq, fru_code;
	const char *ascname;

	if (devp == NULL)
		return;
	mutex_enter(&scsa_errmsg_lock);
	(void) snprintf(buf, SCSA_ERRMSG_LEN, "Error for Command: %s",
	    scsi_cmd_name(cmd_name, cmdlist, tmp));
	(void) snprintf(second, sizeof (second), "Error Level: %s",
	    severity >= SCSI_ERR_ALL && severity <= SCSI_ERR_FATAL ? levels[severity] :
	    "Unknown");
	scsa_errmsg_col(buf, second);
	scsi_log(dip, label, CE_WARN, "%s", buf);

	if (blkno != -1 || err_blkno != -1) {
		(void) snprintf(buf, SCSA_ERRMSG_LEN, "Requested Block: %ld", (long)blkno);
		(void) snprintf(second, sizeof (second), "Error Block: %ld", (long)err_blkno);
		scsa_errmsg_col(buf, second);
		cmn_err(CE_CONT, "\t%s\n", buf);
	}

	scsa_errmsg_field(vid, devp->sd_inq != NULL ? devp->sd_inq->inq_vid : NULL, 8);
	scsa_errmsg_field(serial, devp->sd_inq != NULL ? devp->sd_inq->inq_serial : NULL, 12);
	(void) snprintf(buf, SCSA_ERRMSG_LEN, "Vendor: %s", vid);
	(void) snprintf(second, sizeof (second), "Serial Number: %s", serial);
	scsa_errmsg_col(buf, second);
	cmn_err(CE_CONT, "\t%s\n", buf);

	if (sensep != NULL) {
		key = scsi_sense_key(sensep);
		asc = scsi_sense_asc(sensep);
		ascq = scsi_sense_ascq(sensep);
		fru_code = scsa_sense_fru(sensep);
		cmn_err(CE_CONT, "\tSense Key: %s\n",
		    key < NUM_SENSE_KEYS ? sense_keys[key] : "<unknown sense key>");
		ascname = asc_list != NULL ? scsa_asc_search(asc, ascq, asc_list) : NULL;
		if (ascname == NULL)
			ascname = scsi_asc_name(asc, ascq, tmp);
		fru[0] = '\0';
		if (fru_code != 0 && decode_fru != NULL)
			(void) (*decode_fru)(devp, fru, sizeof (fru), fru_code);
		if (fru[0] != '\0') {
			(void) snprintf(buf, SCSA_ERRMSG_LEN, "ASC: 0x%x (%s)", asc, ascname);
			(void) snprintf(second, sizeof (second), "ASCQ: 0x%x", ascq);
			scsa_errmsg_col(buf, second);
			cmn_err(CE_CONT, "\t%s\n", buf);
			cmn_err(CE_CONT, "\tFRU: 0x%x (%s)\n", fru_code, fru);
		} else {
			cmn_err(CE_CONT, "\tASC: 0x%x (%s), ASCQ: 0x%x, FRU: 0x%x\n", asc, ascname,
			    ascq, fru_code);
		}
	}
	mutex_exit(&scsa_errmsg_lock);
}

void scsi_vu_errmsg(struct scsi_device *devp, struct scsi_pkt *pkt, char *label, int severity,
    daddr_t blkno, daddr_t err_blkno, struct scsi_key_strings *cmdlist,
    struct scsi_extended_sense *sensep, struct scsi_asq_key_strings *asc_list,
    char *(*decode_fru)(struct scsi_device *, char *, int, uchar_t))
{
	if (pkt == NULL || pkt->pkt_cdbp == NULL)
		return;
	scsi_generic_errmsg(devp, label, severity, blkno, err_blkno, pkt->pkt_cdbp[0], cmdlist,
	    (uint8_t *)sensep, asc_list, decode_fru);
}

void scsi_errmsg(struct scsi_device *devp, struct scsi_pkt *pkt, char *label, int severity,
    daddr_t blkno, daddr_t err_blkno, struct scsi_key_strings *cmdlist,
    struct scsi_extended_sense *sensep)
{
	scsi_vu_errmsg(devp, pkt, label, severity, blkno, err_blkno, cmdlist, sensep, NULL,
	    NULL);
}
