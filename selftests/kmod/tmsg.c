// SPDX-License-Identifier: GPL-2.0
/*
 * tmsg: cmn_err(9F) messages with each destination prefix, for the
 * in-guest test tests.d/31-cmn_err.sh, which checks the Linux log level
 * and text of each.  An illumos-style misc module: the messages are
 * printed by _init.
 */
#include <sys/types.h>
#include <sys/errno.h>
#include <sys/modctl.h>
#include <sys/cmn_err.h>
#include <sys/ddi.h>
#include <sys/sunddi.h>
#include <sys/scsi/scsi.h>

static struct modlmisc tmsg_modlmisc = {
	&mod_miscops,
	"scsa_compat cmn_err test"
};

static struct modlinkage tmsg_modlinkage = {
	MODREV_1,
	{ &tmsg_modlmisc, NULL }
};

/*
 * scsi_errmsg(9F) of a READ(10) failing with a medium error, for a device
 * without a node (so the report is headed by the label, not a path).
 */
static void tmsg_errmsg(void)
{
	static struct scsi_key_strings cmds[] = { { SCMD_READ_G1, "read(10)" }, { -1, NULL } };
	struct scsi_inquiry inq;
	struct scsi_device sd;
	struct scsi_pkt pkt;
	uchar_t cdb[CDB_GROUP1] = { SCMD_READ_G1 };
	uint8_t sense[SENSE_LENGTH];

	bzero(&inq, sizeof (inq));
	bcopy("ACME    ", inq.inq_vid, 8);
	bcopy("SN0042      ", inq.inq_serial, 12);
	bzero(&sd, sizeof (sd));
	sd.sd_inq = &inq;
	bzero(&pkt, sizeof (pkt));
	pkt.pkt_cdbp = cdb;
	bzero(sense, sizeof (sense));
	sense[0] = 0x70;
	sense[2] = KEY_MEDIUM_ERROR;
	sense[7] = 10;
	sense[12] = 0x11;
	sense[14] = 0x07;
	scsi_errmsg(&sd, &pkt, "tmsg", SCSI_ERR_FATAL, 23936, 23937, cmds,
	    (struct scsi_extended_sense *)sense);
}

int _init(void)
{
	tmsg_errmsg();
	cmn_err(CE_NOTE, "tmsg plain note %d", 1);
	cmn_err(CE_NOTE, "!tmsg log-only note %s", "two");
	cmn_err(CE_NOTE, "?tmsg verbose-boot note %x", 0x3f);
	cmn_err(CE_NOTE, "^tmsg console-only note");
	cmn_err(CE_WARN, "tmsg warning %b", 5, "\020\1ONE\2TWO\3THREE");
	cmn_err(CE_WARN, "!tmsg log-only warning");
	return (mod_install(&tmsg_modlinkage));
}

int _fini(void)
{
	return (mod_remove(&tmsg_modlinkage));
}

int _info(struct modinfo *modinfop)
{
	return (mod_info(&tmsg_modlinkage, modinfop));
}
