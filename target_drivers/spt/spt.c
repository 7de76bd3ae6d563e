// SPDX-License-Identifier: GPL-2.0
/*
 * spt: SCSI pass-through, an illumos-style target driver of our own.
 *
 * It binds to any SCSI device the SCSA HBA offers it (by default through the
 * generic "scsiclass" name, so a more specific driver such as a disk driver
 * wins the devices it claims), makes one character minor node per device,
 * /dev/scsa/spt/<instance>:<device type>, and serves uscsi(4I) there:
 * USCSICMD and USCSIMAXXFER.  It is written against the illumos headers only,
 * and built and loaded like a port (scsa_port.mk).
 *
 * It is what sgen(4D) is on illumos, with sd's rules where sgen is lax:
 *  - USCSICMD and USCSIMAXXFER need drv_priv() (EPERM), as in sd and st;
 *  - a command that does not end with GOOD status fails (EIO, or EACCES for
 *    RESERVATION CONFLICT), as sd's USCSICMD does; sgen returns 0 and leaves
 *    the caller to look at uscsi_status.  uscsi_status, uscsi_resid and the
 *    sense data are returned either way;
 *  - malformed requests get EINVAL, copy faults EFAULT (scsi_uscsi_copyin(),
 *    as sd calls it), where sgen says EFAULT for both;
 *  - commands run concurrently: each has its own buf and packet, where sgen
 *    serialises an instance's commands on one buf.
 * Nothing is retried except what the HBA refuses with TRAN_BUSY, and that
 * not with USCSI_DIAGNOSE.
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/errno.h>
#include <sys/file.h>
#include <sys/open.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/buf.h>
#include <sys/cred.h>
#include <sys/modctl.h>
#include <sys/conf.h>
#include <sys/kmem.h>
#include <sys/cmn_err.h>
#include <sys/ddi.h>
#include <sys/sunddi.h>
#include <sys/scsi/scsi.h>

/* The node type sgen gives its nodes (DDI_NT_SGEN in illumos's sgendef.h). */
#define SPT_NT_GENERIC		"ddi_generic:scsi"

#define SPT_DEFAULT_TIMEOUT	60		/* seconds, for uscsi_timeout <= 0 */
#define SPT_BUSY_DELAY		100000		/* microseconds between TRAN_BUSY retries */
#define SPT_BUSY_RETRIES	100

/* Flags a pass-through request cannot have here; see spt_uscsi(). */
#define SPT_USCSI_IGNORED	(USCSI_NOINTR | USCSI_NOPARITY | USCSI_ASYNC | USCSI_SYNC | \
				USCSI_PMFAILFAST)

static char spt_label[] = "spt";

struct spt_state {
	dev_info_t		*st_dip;
	struct scsi_device	*st_sd;
	kmutex_t		st_mutex;	/* the open state below */
	int			st_open;	/* between open(9E) and close(9E) */
	int			st_excl;	/* opened with FEXCL */
};

/* One USCSICMD in flight: its buf's b_private. */
struct spt_cmd {
	struct spt_state	*sc_st;
	struct uscsi_cmd	*sc_ucmd;	/* kernel copy (scsi_uscsi_copyin) */
	struct buf		*sc_bp;
	struct scsi_pkt		*sc_pkt;
	uchar_t			sc_status;	/* SCSI status byte, for uscsi_status */
	int			sc_busy;	/* TRAN_BUSY retries so far */
};

static void *spt_statep;

/* Names for minor nodes, by peripheral device type, as sgen names its. */
static const char *spt_type_name(uchar_t dtype, char *buf, size_t len)
{
	static const char *const names[] = {
		[DTYPE_DIRECT] = "direct",
		[DTYPE_SEQUENTIAL] = "sequential",
		[DTYPE_PRINTER] = "printer",
		[DTYPE_PROCESSOR] = "processor",
		[DTYPE_WORM] = "worm",
		[DTYPE_RODIRECT] = "rodirect",
		[DTYPE_SCANNER] = "scanner",
		[DTYPE_OPTICAL] = "optical",
		[DTYPE_CHANGER] = "changer",
		[DTYPE_COMM] = "comm",
		[DTYPE_ARRAY_CTRL] = "array_ctrl",
		[DTYPE_ESI] = "ses",
		[DTYPE_RBC] = "rbc",
		[DTYPE_OCRW] = "ocrw",
		[DTYPE_BCC] = "bridge",
	};

	dtype &= DTYPE_MASK;
	if (dtype < sizeof (names) / sizeof (names[0]) && names[dtype] != NULL)
		return (names[dtype]);
	(void) snprintf(buf, len, "type_0x%02x", dtype);
	return (buf);
}

static int spt_getinfo(dev_info_t *dip, ddi_info_cmd_t cmd, void *arg, void **result)
{
	int instance = getminor((dev_t)arg);
	struct spt_state *st;

	switch (cmd) {
	case DDI_INFO_DEVT2INSTANCE:
		*result = (void *)(uintptr_t)instance;
		return (DDI_SUCCESS);
	case DDI_INFO_DEVT2DEVINFO:
		if ((st = ddi_get_soft_state(spt_statep, instance)) == NULL)
			return (DDI_FAILURE);
		*result = st->st_dip;
		return (DDI_SUCCESS);
	default:
		return (DDI_FAILURE);
	}
}

/* Any device that answers INQUIRY; the HBA's children are self-identifying. */
static int spt_probe(dev_info_t *dip)
{
	struct scsi_device *sd = ddi_get_driver_private(dip);
	int rv;

	if (sd == NULL)
		return (DDI_PROBE_FAILURE);
	rv = scsi_probe(sd, SLEEP_FUNC);
	scsi_unprobe(sd);
	return (rv == SCSIPROBE_EXISTS ? DDI_PROBE_SUCCESS : DDI_PROBE_FAILURE);
}

static int spt_attach(dev_info_t *dip, ddi_attach_cmd_t cmd)
{
	struct scsi_device *sd = ddi_get_driver_private(dip);
	int instance = ddi_get_instance(dip);
	struct spt_state *st;
	char tbuf[16];

	if (cmd != DDI_ATTACH)
		return (DDI_FAILURE);
	if (sd == NULL || scsi_probe(sd, SLEEP_FUNC) != SCSIPROBE_EXISTS)
		goto unprobe;
	if (ddi_soft_state_zalloc(spt_statep, instance) != DDI_SUCCESS)
		goto unprobe;
	st = ddi_get_soft_state(spt_statep, instance);
	st->st_dip = dip;
	st->st_sd = sd;
	mutex_init(&st->st_mutex, NULL, MUTEX_DRIVER, NULL);
	/* Sense comes with the status: no REQUEST SENSE of our own. */
	(void) scsi_ifsetcap(&sd->sd_address, "auto-rqsense", 1, 1);
	if (ddi_create_minor_node(dip, spt_type_name(sd->sd_inq->inq_dtype, tbuf,
	    sizeof (tbuf)), S_IFCHR, instance, SPT_NT_GENERIC, 0) != DDI_SUCCESS)
		goto free_state;
	ddi_report_dev(dip);
	return (DDI_SUCCESS);

free_state:
	mutex_destroy(&st->st_mutex);
	ddi_soft_state_free(spt_statep, instance);
unprobe:
	if (sd != NULL)
		scsi_unprobe(sd);
	return (DDI_FAILURE);
}

/* Called only when no minor node is open: the framework holds us otherwise. */
static int spt_detach(dev_info_t *dip, ddi_detach_cmd_t cmd)
{
	int instance = ddi_get_instance(dip);
	struct spt_state *st = ddi_get_soft_state(spt_statep, instance);

	if (cmd != DDI_DETACH || st == NULL)
		return (DDI_FAILURE);
	ddi_remove_minor_node(dip, NULL);
	scsi_unprobe(st->st_sd);
	mutex_destroy(&st->st_mutex);
	ddi_soft_state_free(spt_statep, instance);
	return (DDI_SUCCESS);
}

/*
 * Exclusive use as sgen(4D) has it: O_EXCL fails with EBUSY while the device
 * is open, and every open fails with EBUSY while it is open exclusively.
 */
static int spt_open(dev_t *devp, int flag, int otyp, cred_t *credp)
{
	struct spt_state *st = ddi_get_soft_state(spt_statep, getminor(*devp));

	if (st == NULL)
		return (ENXIO);
	if (otyp != OTYP_CHR)
		return (EINVAL);
	if (DEVI_IS_DEVICE_REMOVED(st->st_dip))
		return (ENXIO);
	mutex_enter(&st->st_mutex);
	if (st->st_excl || ((flag & FEXCL) && st->st_open)) {
		mutex_exit(&st->st_mutex);
		return (EBUSY);
	}
	st->st_excl = (flag & FEXCL) != 0;
	st->st_open = 1;
	mutex_exit(&st->st_mutex);
	return (0);
}

/* The last close only. */
static int spt_close(dev_t dev, int flag, int otyp, cred_t *credp)
{
	struct spt_state *st = ddi_get_soft_state(spt_statep, getminor(dev));

	if (st == NULL)
		return (ENXIO);
	mutex_enter(&st->st_mutex);
	st->st_open = 0;
	st->st_excl = 0;
	mutex_exit(&st->st_mutex);
	return (0);
}

static void spt_cmd_fail(struct spt_cmd *cmd, int err)
{
	struct buf *bp = cmd->sc_bp;

	bp->b_resid = bp->b_bcount;
	bioerror(bp, err);
	biodone(bp);
}

static void spt_transport(struct spt_cmd *cmd);

static void spt_restart(void *arg)
{
	spt_transport(arg);
}

static void spt_transport(struct spt_cmd *cmd)
{
	int rv = scsi_transport(cmd->sc_pkt);

	switch (rv) {
	case TRAN_ACCEPT:
		return;
	case TRAN_BUSY:
		if (!(cmd->sc_ucmd->uscsi_flags & USCSI_DIAGNOSE) &&
		    cmd->sc_busy++ < SPT_BUSY_RETRIES) {
			(void) timeout(spt_restart, cmd, drv_usectohz(SPT_BUSY_DELAY));
			return;
		}
		spt_cmd_fail(cmd, EIO);
		return;
	case TRAN_FATAL_ERROR:
		/* Our HBA's answer for a LUN that is gone. */
		spt_cmd_fail(cmd, ENXIO);
		return;
	default:
		if (!(cmd->sc_ucmd->uscsi_flags & USCSI_SILENT))
			scsi_log(cmd->sc_st->st_dip, spt_label, CE_WARN,
			    "command 0x%x not accepted by the HBA (%d)",
			    (uchar_t)cmd->sc_ucmd->uscsi_cdb[0], rv);
		spt_cmd_fail(cmd, EIO);
		return;
	}
}

/* Sense from auto request sense into the command's (kernel) sense buffer. */
static void spt_take_sense(struct spt_cmd *cmd, struct scsi_pkt *pkt)
{
	struct scsi_arq_status *arq = (struct scsi_arq_status *)pkt->pkt_scbp;
	struct uscsi_cmd *ucmd = cmd->sc_ucmd;
	int amt;

	if (!(ucmd->uscsi_flags & USCSI_RQENABLE) || ucmd->uscsi_rqbuf == NULL)
		return;
	ucmd->uscsi_rqstatus = *(uchar_t *)&arq->sts_rqpkt_status;
	if (arq->sts_rqpkt_reason != CMD_CMPLT) {
		ucmd->uscsi_rqresid = ucmd->uscsi_rqlen;
		return;
	}
	/* The residual counts against the length the status area offered. */
	if (pkt->pkt_state & STATE_XARQ_DONE)
		amt = MAX_SENSE_LENGTH - arq->sts_rqpkt_resid;
	else
		amt = SENSE_LENGTH - arq->sts_rqpkt_resid;
	amt = MAX(0, MIN(amt, (int)ucmd->uscsi_rqlen));
	bcopy(&arq->sts_sensedata, ucmd->uscsi_rqbuf, amt);
	ucmd->uscsi_rqresid = ucmd->uscsi_rqlen - amt;
}

/* The completion of a command, in the framework's completion thread. */
static void spt_done(struct scsi_pkt *pkt)
{
	struct spt_cmd *cmd = pkt->pkt_private;
	struct uscsi_cmd *ucmd = cmd->sc_ucmd;
	struct buf *bp = cmd->sc_bp;
	int silent = (ucmd->uscsi_flags & USCSI_SILENT) != 0;
	uchar_t op = (uchar_t)ucmd->uscsi_cdb[0];
	int err = 0;

	(void) scsi_uscsi_pktfini(pkt, ucmd);
	if (pkt->pkt_reason != CMD_CMPLT) {
		if (!silent)
			scsi_log(cmd->sc_st->st_dip, spt_label, CE_WARN,
			    "command 0x%x failed: %s", op, scsi_rname(pkt->pkt_reason));
		spt_cmd_fail(cmd, pkt->pkt_reason == CMD_DEV_GONE ? ENXIO : EIO);
		return;
	}
	cmd->sc_status = *pkt->pkt_scbp;
	bp->b_resid = bp->b_bcount != 0 ? MIN((size_t)pkt->pkt_resid, bp->b_bcount) : 0;
	if (pkt->pkt_state & STATE_ARQ_DONE)
		spt_take_sense(cmd, pkt);

	switch (cmd->sc_status & STATUS_MASK) {
	case STATUS_GOOD:
	case STATUS_MET:
	case STATUS_INTERMEDIATE:
	case STATUS_INTERMEDIATE_MET:
		break;
	case STATUS_CHECK:
		err = EIO;
		if (!silent && (pkt->pkt_state & STATE_ARQ_DONE)) {
			uint8_t *s = (uint8_t *)
			    &((struct scsi_arq_status *)pkt->pkt_scbp)->sts_sensedata;

			scsi_log(cmd->sc_st->st_dip, spt_label, CE_NOTE,
			    "!command 0x%x: CHECK CONDITION, %s, ASC 0x%x ASCQ 0x%x", op,
			    scsi_sname(scsi_sense_key(s)), scsi_sense_asc(s),
			    scsi_sense_ascq(s));
		}
		break;
	case STATUS_RESERVATION_CONFLICT:
		err = EACCES;
		break;
	default:
		err = EIO;
		break;
	}
	if (err != 0)
		bioerror(bp, err);
	biodone(bp);
}

/*
 * The strategy routine scsi_uscsi_handle_cmd() runs, through physio() for a
 * command with data (the caller's pages pinned, never split), directly for
 * one without.
 */
static int spt_strategy(struct buf *bp)
{
	struct spt_cmd *cmd = bp->b_private;
	struct uscsi_cmd *ucmd = cmd->sc_ucmd;
	struct scsi_address *ap = &cmd->sc_st->st_sd->sd_address;
	struct scsi_pkt *pkt;
	int statuslen = sizeof (struct scsi_arq_status), pflags = 0;

	/* Sense longer than struct scsi_extended_sense: extended ARQ. */
	if ((ucmd->uscsi_flags & USCSI_RQENABLE) && ucmd->uscsi_rqlen > SENSE_LENGTH) {
		statuslen += ucmd->uscsi_rqlen - (int)sizeof (struct scsi_extended_sense);
		pflags |= PKT_XARQ;
	}
	if (cmd->sc_pkt != NULL) {	/* physio may call again: never here */
		scsi_destroy_pkt(cmd->sc_pkt);
		cmd->sc_pkt = NULL;
	}
	bp->b_resid = 0;
	bp->b_error = 0;
	pkt = scsi_init_pkt(ap, NULL, bp->b_bcount != 0 ? bp : NULL, ucmd->uscsi_cdblen,
	    statuslen, 0, pflags, SLEEP_FUNC, NULL);
	if (pkt == NULL) {
		/* b_error says why: EINVAL for a transfer the HBA cannot map. */
		spt_cmd_fail(cmd, bp->b_error != 0 ? bp->b_error : EIO);
		return (0);
	}
	cmd->sc_pkt = pkt;
	bcopy(ucmd->uscsi_cdb, pkt->pkt_cdbp, ucmd->uscsi_cdblen);
	pkt->pkt_time = ucmd->uscsi_timeout > 0 ? ucmd->uscsi_timeout : SPT_DEFAULT_TIMEOUT;
	if (ucmd->uscsi_flags & USCSI_SILENT)
		pkt->pkt_flags |= FLAG_SILENT;
	if (ucmd->uscsi_flags & USCSI_ISOLATE)
		pkt->pkt_flags |= FLAG_ISOLATE;
	if (ucmd->uscsi_flags & USCSI_DIAGNOSE)
		pkt->pkt_flags |= FLAG_DIAGNOSE;
	if (ucmd->uscsi_flags & USCSI_RENEGOT)
		pkt->pkt_flags |= FLAG_RENEGOTIATE_WIDE_SYNC;
	if (ucmd->uscsi_flags & USCSI_HEAD)
		pkt->pkt_flags |= FLAG_HEAD;
	if (ucmd->uscsi_flags & USCSI_HTAG)
		pkt->pkt_flags |= FLAG_HTAG;
	else if (ucmd->uscsi_flags & USCSI_OTAG)
		pkt->pkt_flags |= FLAG_OTAG;
	if (ucmd->uscsi_flags & USCSI_NODISCON)
		pkt->pkt_flags |= FLAG_NODISCON;
	(void) scsi_uscsi_pktinit(ucmd, pkt);
	pkt->pkt_comp = spt_done;
	pkt->pkt_private = cmd;
	spt_transport(cmd);
	return (0);
}

/*
 * USCSICMD.  The request is copied in and checked whole (EINVAL: a CDB
 * length outside 6..16 or beyond the HBA's, reserved flag bits, sense
 * requested without a buffer; EFAULT: a pointer that cannot be read), and
 * then also: a transfer beyond what the HBA moves in one command is EINVAL
 * (uscsi commands are never split), a data length without a buffer EFAULT.
 * Flags without meaning here (interrupt-less polling, parity, sync
 * negotiation, power-management fail-fast) are ignored, as sgen clears them.
 */
static int spt_uscsi(struct spt_state *st, dev_t dev, intptr_t arg, int flag)
{
	struct scsi_address *ap = &st->st_sd->sd_address;
	struct uscsi_cmd *ucmd = scsi_uscsi_alloc();
	struct spt_cmd *cmd;
	int err, err2, dma_max;

	if ((err = scsi_uscsi_copyin(arg, flag, ap, &ucmd)) != 0) {
		scsi_uscsi_free(ucmd);
		return (err);
	}
	dma_max = scsi_ifgetcap(ap, "dma-max", 1);
	if (ucmd->uscsi_buflen != 0 && ucmd->uscsi_bufaddr == NULL)
		err = EFAULT;
	else if (dma_max > 0 && ucmd->uscsi_buflen > (size_t)dma_max)
		err = EINVAL;
	if (err != 0) {
		scsi_uscsi_free(ucmd);
		return (err);
	}
	ucmd->uscsi_flags &= ~SPT_USCSI_IGNORED;

	cmd = kmem_zalloc(sizeof (*cmd), KM_SLEEP);
	cmd->sc_st = st;
	cmd->sc_ucmd = ucmd;
	cmd->sc_bp = getrbuf(KM_SLEEP);
	cmd->sc_bp->b_private = cmd;
	err = scsi_uscsi_handle_cmd(dev, (flag & FKIOCTL) ? UIO_SYSSPACE : UIO_USERSPACE,
	    ucmd, spt_strategy, cmd->sc_bp, NULL);
	/* The status byte without its reserved and vendor bits, as sd gives it. */
	ucmd->uscsi_status = cmd->sc_status & STATUS_MASK;
	if (cmd->sc_pkt != NULL)
		scsi_destroy_pkt(cmd->sc_pkt);
	bp_mapout(cmd->sc_bp);
	freerbuf(cmd->sc_bp);
	kmem_free(cmd, sizeof (*cmd));

	/* The results go back whatever happened; a failed copy-out is news only alone. */
	err2 = scsi_uscsi_copyout_and_free(arg, ucmd);
	return (err != 0 ? err : err2);
}

static int spt_ioctl(dev_t dev, int cmd, intptr_t arg, int flag, cred_t *credp, int *rvalp)
{
	struct spt_state *st = ddi_get_soft_state(spt_statep, getminor(dev));
	uscsi_xfer_t xfer;
	int dma_max;

	if (st == NULL)
		return (ENXIO);
	switch (cmd) {
	case USCSICMD:
		if (drv_priv(credp) != 0)
			return (EPERM);
		if (DEVI_IS_DEVICE_REMOVED(st->st_dip))
			return (ENXIO);
		return (spt_uscsi(st, dev, arg, flag));
	case USCSIMAXXFER:
		if (drv_priv(credp) != 0)
			return (EPERM);
		dma_max = scsi_ifgetcap(&st->st_sd->sd_address, "dma-max", 1);
		if (dma_max <= 0)
			return (ENXIO);
		xfer = (uscsi_xfer_t)dma_max;
		if (ddi_copyout(&xfer, (void *)arg, sizeof (xfer), flag) != 0)
			return (EFAULT);
		return (0);
	default:
		return (ENOTTY);
	}
}

static struct cb_ops spt_cb_ops = {
	spt_open,		/* open */
	spt_close,		/* close */
	nodev,			/* strategy */
	nodev,			/* print */
	nodev,			/* dump */
	nodev,			/* read */
	nodev,			/* write */
	spt_ioctl,		/* ioctl */
	nodev,			/* devmap */
	nodev,			/* mmap */
	nodev,			/* segmap */
	nochpoll,		/* poll */
	ddi_prop_op,		/* prop_op */
	NULL,			/* streamtab */
	D_MP | D_NEW | D_64BIT,	/* flags */
	CB_REV,			/* rev */
	nodev,			/* aread */
	nodev			/* awrite */
};

static struct dev_ops spt_dev_ops = {
	DEVO_REV,		/* rev */
	0,			/* refcnt */
	spt_getinfo,		/* getinfo */
	nulldev,		/* identify */
	spt_probe,		/* probe */
	spt_attach,		/* attach */
	spt_detach,		/* detach */
	nodev,			/* reset */
	&spt_cb_ops,		/* cb_ops */
	NULL,			/* bus_ops */
	NULL,			/* power */
	ddi_quiesce_not_needed	/* quiesce */
};

static struct modldrv spt_modldrv = {
	&mod_driverops,
	"SCSI pass-through (uscsi)",
	&spt_dev_ops
};

static struct modlinkage spt_modlinkage = {
	MODREV_1,
	{ &spt_modldrv, NULL }
};

int _init(void)
{
	int rv;

	if ((rv = ddi_soft_state_init(&spt_statep, sizeof (struct spt_state), 4)) != 0)
		return (rv);
	if ((rv = mod_install(&spt_modlinkage)) != 0)
		ddi_soft_state_fini(&spt_statep);
	return (rv);
}

int _fini(void)
{
	int rv;

	if ((rv = mod_remove(&spt_modlinkage)) != 0)
		return (rv);
	ddi_soft_state_fini(&spt_statep);
	return (0);
}

int _info(struct modinfo *modinfop)
{
	return (mod_info(&spt_modlinkage, modinfop));
}
