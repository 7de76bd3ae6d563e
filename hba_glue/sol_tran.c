// SPDX-License-Identifier: GPL-2.0
/*
 * The SCSA transport of hba_glue (Solaris world): tran_*(9E) over the
 * Linux half's pass-through commands (hba_bridge.h).
 *
 * A packet's HBA area holds its Linux command, so starting a packet
 * allocates nothing but the blk-mq request, and only while it is in
 * flight.  The Linux half completes commands in a kernel thread, where
 * scsi_hba_pkt_comp() may run the target's pkt_comp.
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/errno.h>
#include <sys/int_limits.h>
#include <sys/sunddi.h>
#include <sys/scsi/scsi.h>

#include <scsa_fastpath.h>
#include "hba.h"

static struct hba_target *hba_target_of(struct scsi_address *ap)
{
	return (ap->a_hba_tran->tran_tgt_private);
}

static int hba_tgt_init(dev_info_t *hba_dip, dev_info_t *tgt_dip, scsi_hba_tran_t *tran,
    struct scsi_device *sd)
{
	struct hba_node *hn = tran->tran_hba_private;
	struct hba_target *ht;
	int target, lun;

	target = ddi_prop_get_int(DDI_DEV_T_ANY, tgt_dip, DDI_PROP_DONTPASS,
	    SCSI_ADDR_PROP_TARGET, -1);
	lun = ddi_prop_get_int(DDI_DEV_T_ANY, tgt_dip, DDI_PROP_DONTPASS, SCSI_ADDR_PROP_LUN, 0);
	ht = kmem_zalloc(sizeof (*ht), KM_SLEEP);
	ht->ht_node = hn;
	ht->ht_dip = tgt_dip;
	ht->ht_sector_size = -1;
	ht->ht_total_sectors = -1;
	ht->ht_lun = hba_lx_lun_find(hn->hn_host, hn->hn_channel, target, lun);
	if (ht->ht_lun == NULL) {
		kmem_free(ht, sizeof (*ht));
		return (DDI_FAILURE);
	}
	tran->tran_tgt_private = ht;
	return (DDI_SUCCESS);
}

static void hba_tgt_free(dev_info_t *hba_dip, dev_info_t *tgt_dip, scsi_hba_tran_t *tran,
    struct scsi_device *sd)
{
	struct hba_target *ht = tran->tran_tgt_private;

	hba_lx_lun_put(ht->ht_lun);
	kmem_free(ht, sizeof (*ht));
	tran->tran_tgt_private = NULL;
}

static int hba_pkt_constructor(struct scsi_pkt *pkt, scsi_hba_tran_t *tran, int kmflag)
{
	struct hba_cmd *hc = pkt->pkt_ha_private;

	hc->hc_pkt = pkt;
	hc->hc_lx.private = hc;
	return (0);
}

static int hba_setup_pkt(struct scsi_pkt *pkt, int (*callback)(caddr_t), caddr_t arg)
{
	return (0);
}

/* pkt_reason, pkt_statistics and pkt_state from the Linux outcome. */
static void hba_set_reason(struct scsi_pkt *pkt, const struct hba_lx_cmd *lx)
{
	static const struct {
		uchar_t reason;
		uint_t stat;
	} map[] = {
		[HBA_LX_R_OK] = { CMD_CMPLT, 0 },
		[HBA_LX_R_TIMEOUT] = { CMD_TIMEOUT, STAT_TIMEOUT },
		[HBA_LX_R_DEV_GONE] = { CMD_DEV_GONE, 0 },
		[HBA_LX_R_ABORTED] = { CMD_ABORTED, STAT_ABORTED },
		[HBA_LX_R_RESET] = { CMD_RESET, STAT_DEV_RESET },
		[HBA_LX_R_TRAN_ERR] = { CMD_TRAN_ERR, 0 },
		[HBA_LX_R_NOT_SENT] = { CMD_INCOMPLETE, 0 },
	};
	uint_t r = lx->reason < sizeof (map) / sizeof (map[0]) ? lx->reason : HBA_LX_R_TRAN_ERR;

	pkt->pkt_reason = map[r].reason;
	pkt->pkt_statistics = map[r].stat;
	if (r == HBA_LX_R_NOT_SENT) {
		pkt->pkt_state = 0;	/* never dispatched: scsi_poll() retries */
		return;
	}
	pkt->pkt_state = STATE_GOT_BUS | STATE_GOT_TARGET | STATE_SENT_CMD;
	if (r == HBA_LX_R_OK)
		pkt->pkt_state |= STATE_GOT_STATUS;
	if (lx->data_len != 0 && lx->resid < lx->data_len)
		pkt->pkt_state |= STATE_XFERRED_DATA;
}

/*
 * Auto request sense.  Linux always fetches sense for a CHECK CONDITION;
 * it is given to the target in struct scsi_arq_status when the status area
 * can hold it.  A status area larger than that (PKT_XARQ) carries up to
 * MAX_SENSE_LENGTH bytes; the REQUEST SENSE residual is counted against
 * the length the area offers, as illumos does.
 */
static void hba_set_arq(struct scsi_pkt *pkt, const struct hba_cmd *hc)
{
	struct scsi_arq_status *arq = (struct scsi_arq_status *)pkt->pkt_scbp;
	size_t room = pkt->pkt_scblen - offsetof(struct scsi_arq_status, sts_sensedata);
	size_t want, got = hc->hc_lx.sense_len;
	int xarq = pkt->pkt_scblen > sizeof (struct scsi_arq_status);

	want = xarq ? MIN(room, MAX_SENSE_LENGTH) : SENSE_LENGTH;
	if (got > want)
		got = want;
	bzero(&arq->sts_rqpkt_status, sizeof (arq->sts_rqpkt_status));
	arq->sts_rqpkt_reason = CMD_CMPLT;
	arq->sts_rqpkt_resid = (uchar_t)(want - got);
	arq->sts_rqpkt_state = STATE_GOT_BUS | STATE_GOT_TARGET | STATE_SENT_CMD |
	    STATE_XFERRED_DATA | STATE_GOT_STATUS;
	arq->sts_rqpkt_statistics = 0;
	bcopy(hc->hc_sense, &arq->sts_sensedata, got);
	pkt->pkt_state |= xarq ? (STATE_ARQ_DONE | STATE_XARQ_DONE) : STATE_ARQ_DONE;
}

static void hba_cmd_done(struct hba_lx_cmd *lx)
{
	struct hba_cmd *hc = lx->private;
	struct scsi_pkt *pkt = hc->hc_pkt;

	hba_set_reason(pkt, lx);
	pkt->pkt_resid = lx->resid;
	if (pkt->pkt_scbp != NULL && pkt->pkt_scblen > 0)
		*pkt->pkt_scbp = (uchar_t)lx->status;
	if (lx->reason == HBA_LX_R_OK && (lx->status & STATUS_MASK) == STATUS_CHECK &&
	    lx->sense_len > 0 && pkt->pkt_scblen >= sizeof (struct scsi_arq_status))
		hba_set_arq(pkt, hc);
	scsi_hba_pkt_comp(pkt);
}

static int hba_start(struct scsi_address *ap, struct scsi_pkt *pkt)
{
	struct hba_target *ht = hba_target_of(ap);
	struct hba_cmd *hc = pkt->pkt_ha_private;
	struct hba_lx_cmd *lx = &hc->hc_lx;
	unsigned int nsegs = 0;
	int err;

	lx->cdb = pkt->pkt_cdbp;
	lx->cdb_len = pkt->pkt_cdblen;
	lx->flags = HBA_LX_CMD_NOWAIT | ((pkt->pkt_flags & FLAG_HEAD) ? HBA_LX_CMD_HEAD : 0) |
	    (scsa_pkt_copybuf(pkt) ? HBA_LX_CMD_COPYBUF : 0);
	lx->handoff = scsa_pkt_handoff(pkt);
	if (lx->handoff != NULL)
		lx->flags |= HBA_LX_CMD_HANDOFF;
	lx->timeout_sec = pkt->pkt_time > 0 ? (unsigned int)pkt->pkt_time : 0;
	lx->kva = NULL;
	lx->segs = scsa_pkt_segs(pkt, &nsegs);
	lx->nsegs = nsegs;
	lx->data_len = nsegs ? (unsigned int)pkt->pkt_dma_len : 0;
	if (lx->data_len == 0)
		lx->dir = HBA_LX_DIR_NONE;
	else if (pkt->pkt_dma_flags & DDI_DMA_READ)
		lx->dir = HBA_LX_DIR_READ;
	else
		lx->dir = HBA_LX_DIR_WRITE;
	lx->sense = hc->hc_sense;
	lx->sense_max = sizeof (hc->hc_sense);
	lx->done = hba_cmd_done;
	pkt->pkt_state = 0;
	pkt->pkt_reason = 0;
	pkt->pkt_statistics = 0;

	err = hba_lx_cmd_submit(ht->ht_lun, lx);
	switch (err) {
	case 0:
		return (TRAN_ACCEPT);
	case -EAGAIN:
	case -EBUSY:
		return (TRAN_BUSY);
	case -ENODEV:
		return (TRAN_FATAL_ERROR);
	default:
		return (TRAN_BADPKT);
	}
}

static int hba_abort(struct scsi_address *ap, struct scsi_pkt *pkt)
{
	struct hba_cmd *hc;

	if (pkt == NULL)
		return (0);	/* aborting all of a target's commands: not offered */
	hc = pkt->pkt_ha_private;
	return (hba_lx_cmd_abort(&hc->hc_lx) == 0 ? 1 : 0);
}

static int hba_reset(struct scsi_address *ap, int level)
{
	return (hba_lx_lun_reset(hba_target_of(ap)->ht_lun, level) == 0 ? 1 : 0);
}

static int hba_getcap(struct scsi_address *ap, char *cap, int whom)
{
	struct hba_target *ht = hba_target_of(ap);
	struct hba_node *hn = ht->ht_node;

	switch (scsi_hba_lookup_capstr(cap)) {
	case SCSI_CAP_DMA_MAX:
		return ((int)MIN(hn->hn_dma_attr.dma_attr_maxxfer, INT32_MAX));
	case SCSI_CAP_ARQ:
	case SCSI_CAP_TAGGED_QING:
	case SCSI_CAP_UNTAGGED_QING:
		return (1);
	case SCSI_CAP_CDB_LEN:
		return ((int)hn->hn_max_cdb);
	case SCSI_CAP_SECTOR_SIZE:
		return (ht->ht_sector_size);
	case SCSI_CAP_TOTAL_SECTORS:
		return (ht->ht_total_sectors);
	case SCSI_CAP_INTERCONNECT_TYPE:
		return (ap->a_hba_tran->tran_interconnect_type);
	case SCSI_CAP_SCSI_VERSION:
		return (SCSI_VERSION_3);
	case SCSI_CAP_LUN_RESET:
		return (0);
	default:
		return (-1);
	}
}

/*
 * Capabilities that only inform the HBA are recorded; auto request sense
 * cannot be turned off (Linux always fetches sense), nor queueing changed.
 */
static int hba_setcap(struct scsi_address *ap, char *cap, int value, int whom)
{
	struct hba_target *ht = hba_target_of(ap);

	switch (scsi_hba_lookup_capstr(cap)) {
	case SCSI_CAP_SECTOR_SIZE:
		ht->ht_sector_size = value;
		return (1);
	case SCSI_CAP_TOTAL_SECTORS:
		ht->ht_total_sectors = value;
		return (1);
	case SCSI_CAP_ARQ:
	case SCSI_CAP_TAGGED_QING:
	case SCSI_CAP_UNTAGGED_QING:
		return (value ? 1 : 0);
	case SCSI_CAP_DMA_MAX:
	case SCSI_CAP_CDB_LEN:
	case SCSI_CAP_INTERCONNECT_TYPE:
	case SCSI_CAP_SCSI_VERSION:
	case SCSI_CAP_LUN_RESET:
	case SCSI_CAP_WIDE_XFER:
	case SCSI_CAP_SYNCHRONOUS:
	case SCSI_CAP_DISCONNECT:
	case SCSI_CAP_PARITY:
		return (0);
	default:
		return (-1);
	}
}

void hba_tran_init(scsi_hba_tran_t *tran)
{
	tran->tran_tgt_init = hba_tgt_init;
	tran->tran_tgt_free = hba_tgt_free;
	tran->tran_start = hba_start;
	tran->tran_abort = hba_abort;
	tran->tran_reset = hba_reset;
	tran->tran_getcap = hba_getcap;
	tran->tran_setcap = hba_setcap;
	tran->tran_setup_pkt = hba_setup_pkt;
	tran->tran_pkt_constructor = hba_pkt_constructor;
	tran->tran_hba_len = sizeof (struct hba_cmd);
	tran->tran_interconnect_type = INTERCONNECT_PARALLEL;
}

/*
 * DMA attributes from the Linux queue's limits, so a window never exceeds
 * what the LLD accepts.  Segments are at most a page (they are built page
 * by page); a window is capped by max_hw_sectors and max_segments.
 */
void hba_dma_attr_from_limits(const struct hba_lx_limits *lim, ddi_dma_attr_t *attr)
{
	uint64_t pages_max = (uint64_t)lim->max_segments * PAGESIZE;

	bzero(attr, sizeof (*attr));
	attr->dma_attr_version = DMA_ATTR_V0;
	attr->dma_attr_addr_lo = 0;
	attr->dma_attr_addr_hi = lim->dma_mask;
	attr->dma_attr_count_max = lim->max_segment_size - 1;
	attr->dma_attr_align = lim->dma_alignment_mask + 1;
	attr->dma_attr_burstsizes = 1;
	attr->dma_attr_minxfer = 1;
	/* Page-sized segments: max_segments of them is a window's ceiling too. */
	attr->dma_attr_maxxfer = MIN(lim->max_xfer_bytes, pages_max);
	attr->dma_attr_seg = lim->seg_boundary_mask;
	attr->dma_attr_sgllen = (int)MIN(lim->max_segments, 4096);
	attr->dma_attr_granular = lim->logical_block_size ? lim->logical_block_size : DEV_BSIZE;
	attr->dma_attr_flags = 0;
}
