/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A Solaris-style SCSI target driver skeleton, compiled (never loaded) by
 * selftests/headers/run.  It includes only Solaris-facing headers, builds
 * the usual cb_ops/dev_ops/modlinkage tables, fills CDBs with the framework
 * macros and reads an auto-request-sense block, but calls no interface
 * that is still absent.  It also pins the ABI layouts user space sees.
 */
#include <sys/types.h>
#include <sys/file.h>
#include <sys/modctl.h>
#include <sys/scsi/scsi.h>
#include <sys/ddi.h>
#include <sys/sunddi.h>
#include <sys/mtio.h>
#include <sys/dkio.h>

/* Drivers define these locally (as st and ses do). */
#define SCBP(pkt)	((struct scsi_status *)(pkt)->pkt_scbp)
#define SCBP_C(pkt)	((*(pkt)->pkt_scbp) & STATUS_MASK)
#define CDBP(pkt)	((union scsi_cdb *)(pkt)->pkt_cdbp)

/* User-visible layouts must be illumos's (amd64). */
CTASSERT(sizeof (struct uscsi_cmd) == 64);
CTASSERT(offsetof(struct uscsi_cmd, uscsi_cdblen) == 40);
CTASSERT(offsetof(struct uscsi_cmd, uscsi_rqbuf) == 48);
CTASSERT(sizeof (struct uscsi_cmd32) == 36);
CTASSERT(USCSICMD == 0x04C9);
CTASSERT(sizeof (struct scsi_extended_sense) == 20);
CTASSERT(SENSE_LENGTH == 20);
CTASSERT(sizeof (struct scsi_arq_status) == 32);
CTASSERT(offsetof(struct scsi_arq_status, sts_sensedata) == 12);
CTASSERT(sizeof (struct scsi_inquiry) == 132);
CTASSERT(offsetof(struct scsi_inquiry, inq_vid) == 8);
CTASSERT(sizeof (union scsi_cdb) == 16);
CTASSERT(sizeof (struct scsi_address) == 16);
CTASSERT(sizeof (struct mtop) == 16);
CTASSERT(sizeof (struct mtget) == 40);
CTASSERT(sizeof (struct mtlop) == 16);
CTASSERT(MTIOCLTOP == 0x6D13);
CTASSERT(DKIOCINFO == 0x0403);
CTASSERT(sizeof (struct dk_cinfo) == 68);
CTASSERT(sizeof (kstat_named_t) == 48);
CTASSERT(sizeof (ddi_dma_cookie_t) == 24);
CTASSERT(FKIOCTL == 0x80000000U && FMODELS == 0x0ff00000);

struct xx_state {
	struct scsi_device	*xx_devp;
	kmutex_t		xx_lock;
	kcondvar_t		xx_cv;
	struct buf		*xx_rqbp;
	int			xx_flags;
};

/* Build a group-0 INQUIRY and a group-1/4 READ by the framework macros. */
static void xx_make_cdbs(struct scsi_pkt *pkt, struct scsi_device *devp, diskaddr_t lba)
{
	union scsi_cdb cdb;

	MAKECOM_G0(pkt, devp, FLAG_NODISCON, SCMD_INQUIRY, 0, SUN_INQSIZE);
	FORMG0ADDR(&cdb, 0x12345);
	FORMG0COUNT(&cdb, 1);
	if (GETG0ADDR(&cdb) != 0x12345)
		return;
	cdb.scc_cmd = SCMD_READ_G1;
	FORMG1ADDR(&cdb, (uint32_t)lba);
	FORMG1COUNT(&cdb, 8);
	if (CDB_GROUPID(cdb.scc_cmd) == CDB_GROUPID_1 && GETG1COUNT(&cdb) == 8) {
		cdb.scc_cmd = SCMD_READ_G4;
		FORMG4LONGADDR(&cdb, lba);
		FORMG4COUNT(&cdb, 8);
	}
	CDBP(pkt)->scc_lun = devp->sd_address.a_lun;
	pkt->pkt_time = 60;
}

/* What a completion routine does with the status block. */
static int xx_check_status(struct scsi_pkt *pkt)
{
	struct scsi_arq_status *arq = (struct scsi_arq_status *)pkt->pkt_scbp;

	if (pkt->pkt_reason != CMD_CMPLT)
		return EIO;
	if (SCBP(pkt)->sts_busy || SCBP_C(pkt) == STATUS_BUSY)
		return EAGAIN;
	if ((pkt->pkt_state & STATE_ARQ_DONE) && SCBP_C(pkt) == STATUS_CHECK) {
		int len = SENSE_LENGTH - arq->sts_rqpkt_resid;

		if (len < SUN_MIN_SENSE_LENGTH)
			return EIO;
		if (arq->sts_sensedata.es_key == KEY_UNIT_ATTENTION)
			return EAGAIN;
		return EIO;
	}
	return 0;
}

static int xx_open(dev_t *devp, int flag, int otyp, cred_t *credp)
{
	if (otyp != OTYP_CHR)
		return EINVAL;
	if (getminor(*devp) > MAXMIN || getmajor(*devp) > MAXMAJ)
		return ENXIO;
	return (flag & FEXCL) ? EBUSY : 0;
}

static int xx_close(dev_t dev, int flag, int otyp, cred_t *credp)
{
	return 0;
}

static int xx_ioctl(dev_t dev, int cmd, intptr_t arg, int mode, cred_t *credp, int *rvalp)
{
	struct scsi_pkt pkt;
	struct scsi_device sd = { { 0 } };
	uchar_t scb[sizeof (struct scsi_arq_status)] = { 0 };
	uchar_t cdbbuf[CDB_GROUP4] = { 0 };

	switch (cmd) {
	case USCSICMD:
		if ((mode & FMODELS) == DATAMODEL_ILP32)
			return ENOTSUP;
		pkt.pkt_scbp = scb;
		pkt.pkt_cdbp = cdbbuf;
		pkt.pkt_reason = CMD_CMPLT;
		pkt.pkt_state = STATE_GOT_STATUS;
		xx_make_cdbs(&pkt, &sd, (diskaddr_t)arg);
		return xx_check_status(&pkt);
	case MTIOCTOP:
	case DKIOCINFO:
		return EINVAL;
	default:
		return ENOTTY;
	}
}

static int xx_getinfo(dev_info_t *dip, ddi_info_cmd_t cmd, void *arg, void **result)
{
	switch (cmd) {
	case DDI_INFO_DEVT2INSTANCE:
		*result = (void *)(uintptr_t)getminor((dev_t)arg);
		return DDI_SUCCESS;
	case DDI_INFO_DEVT2DEVINFO:
	default:
		return DDI_FAILURE;
	}
}

static int xx_probe(dev_info_t *dip)
{
	return DDI_PROBE_DONTCARE;
}

static int xx_attach(dev_info_t *dip, ddi_attach_cmd_t cmd)
{
	return cmd == DDI_ATTACH ? DDI_SUCCESS : DDI_FAILURE;
}

static int xx_detach(dev_info_t *dip, ddi_detach_cmd_t cmd)
{
	return cmd == DDI_DETACH ? DDI_SUCCESS : DDI_FAILURE;
}

static struct cb_ops xx_cb_ops = {
	xx_open,		/* open */
	xx_close,		/* close */
	nodev,			/* strategy */
	nodev,			/* print */
	nodev,			/* dump */
	nodev,			/* read */
	nodev,			/* write */
	xx_ioctl,		/* ioctl */
	nodev,			/* devmap */
	nodev,			/* mmap */
	nodev,			/* segmap */
	nochpoll,		/* poll */
	ddi_prop_op,		/* prop_op */
	NULL,			/* streamtab */
	D_MP | D_NEW | D_HOTPLUG,
	CB_REV,
	nodev,			/* aread */
	nodev			/* awrite */
};

static struct dev_ops xx_dev_ops = {
	DEVO_REV,
	0,
	xx_getinfo,
	nulldev,		/* identify */
	xx_probe,
	xx_attach,
	xx_detach,
	nodev,			/* reset */
	&xx_cb_ops,
	NULL,			/* bus_ops */
	NULL,			/* power */
	ddi_quiesce_not_supported
};

static struct modldrv xx_modldrv = {
	&mod_driverops,
	"scsa_compat header sample",
	&xx_dev_ops
};

static struct modlinkage xx_modlinkage = {
	MODREV_1, { &xx_modldrv, NULL }
};

/* A real driver would call mod_install(); that is still absent. */
int _init(void)
{
	return xx_modlinkage.ml_rev == MODREV_1 ? 0 : EINVAL;
}

int _fini(void)
{
	return EBUSY;
}

int _info(struct modinfo *modinfop)
{
	return modinfop == NULL ? 0 : 1;
}
