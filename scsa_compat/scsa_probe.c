// SPDX-License-Identifier: GPL-2.0
/*
 * Probing targets and consistent buffers (Solaris world): scsi_probe(9F),
 * scsi_hba_probe(9F), scsi_unprobe(9F), scsi_alloc_consistent_buf(9F) and
 * scsi_free_consistent_buf(9F).
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/kmem.h>
#include <sys/buf.h>
#include <sys/errno.h>
#include <sys/sunddi.h>
#include <sys/scsi/scsi.h>

#include <scsa_mem.h>
#include "scsa_impl.h"

/**
 * scsi_alloc_consistent_buf() - a buf with memory the HBA's device reaches
 *
 * The memory is kernel-addressable (no bp_mapin() needed) and not zeroed.
 * A reused header keeps a stale B_READ, as in illumos; bflags is OR-ed in
 * only when there is data.  Must be freed with scsi_free_consistent_buf(),
 * which frees the header too.
 */
struct buf *scsi_alloc_consistent_buf(struct scsi_address *ap, struct buf *in_bp,
    size_t datalen, uint_t bflags, int (*callback)(caddr_t), caddr_t arg)
{
	int sleep = SCSA_CB_IS(callback, SLEEP_FUNC);
	uint64_t addr_hi = ap->a_hba_tran->tran_dma_attr.dma_attr_addr_hi;
	struct buf *bp = in_bp;

	if (bp == NULL && (bp = getrbuf(sleep ? KM_SLEEP : KM_NOSLEEP)) == NULL)
		goto no_resources;
	if (in_bp != NULL) {
		bp->b_flags &= ~(B_PAGEIO | B_PHYS | B_REMAPPED | B_SHADOW);
		bp->b_proc = NULL;
		bp->b_pages = NULL;
		bp->b_shadow = NULL;
	}
	bp->b_un.b_addr = NULL;
	if (datalen != 0) {
		bp->b_flags |= bflags & (B_READ | B_WRITE);
		/* Retry every 10 ms while the caller may wait, as illumos does. */
		while ((bp->b_un.b_addr = scsa_lx_dma_mem_alloc(datalen, addr_hi, 1)) == NULL) {
			if (!sleep)
				goto free_buf;
			delay(drv_usectohz(10000));
		}
	}
	bp->b_bcount = datalen;
	bp->b_resid = 0;
	return (bp);

free_buf:
	if (in_bp == NULL)
		freerbuf(bp);
no_resources:
	if (SCSA_CB_IS_FUNC(callback))
		scsa_callback_queue((int (*)(char *))callback, arg);
	return (NULL);
}

void scsi_free_consistent_buf(struct buf *bp)
{
	if (bp == NULL)
		return;
	if (bp->b_un.b_addr != NULL)
		scsa_lx_dma_mem_free(bp->b_un.b_addr, bp->b_bcount);
	freerbuf(bp);
	scsa_callback_run();
}

/* Send one polled INQUIRY for SUN_INQSIZE bytes into bp. */
static int scsa_probe_inquiry(struct scsi_device *sd, struct buf *bp,
    int (*callback)(void), struct scsi_pkt **pktp)
{
	struct scsi_pkt *pkt;

	pkt = scsi_init_pkt(&sd->sd_address, NULL, bp, CDB_GROUP0,
	    sizeof (struct scsi_arq_status), 0, PKT_CONSISTENT,
	    (int (*)(caddr_t))(void (*)(void))callback, NULL);
	*pktp = pkt;
	if (pkt == NULL)
		return (bp->b_error == 0 ? SCSIPROBE_NOMEM_CB : SCSIPROBE_FAILURE);
	(void) scsi_setup_cdb((union scsi_cdb *)pkt->pkt_cdbp, SCMD_INQUIRY, 0,
	    SUN_INQSIZE, 0);
	pkt->pkt_flags = FLAG_NOINTR | FLAG_NOPARITY;
	if (scsi_poll(pkt) == 0)
		return (SCSIPROBE_EXISTS);
	if (pkt->pkt_reason == CMD_DEV_GONE || pkt->pkt_reason == CMD_INCOMPLETE ||
	    pkt->pkt_reason == CMD_TIMEOUT)
		return (SCSIPROBE_NORESP);
	if (pkt->pkt_reason == CMD_CMPLT && (*pkt->pkt_scbp & STATUS_MASK) == STATUS_BUSY)
		return (SCSIPROBE_BUSY);
	return (SCSIPROBE_FAILURE);
}

/**
 * scsi_hba_probe() - find out whether a target exists, filling sd_inq
 *
 * A polled INQUIRY; on failure, once more after a LUN reset.  sd_inq is
 * allocated on first use and lives as long as the child (scsi_unprobe()
 * does not free it).
 */
int scsi_hba_probe(struct scsi_device *sd, int (*callback)(void))
{
	int kmflag = SCSA_CB_IS(callback, SLEEP_FUNC) ? KM_SLEEP : KM_NOSLEEP;
	struct scsi_pkt *pkt = NULL;
	struct buf *bp;
	size_t len;
	int rval, tries;

	if (sd->sd_inq == NULL &&
	    (sd->sd_inq = kmem_zalloc(SUN_INQSIZE, kmflag)) == NULL)
		return (SCSIPROBE_NOMEM);
	bp = scsi_alloc_consistent_buf(&sd->sd_address, NULL, SUN_INQSIZE, B_READ,
	    (int (*)(caddr_t))(void (*)(void))callback, NULL);
	if (bp == NULL)
		return (SCSA_CB_IS(callback, NULL_FUNC) ? SCSIPROBE_NOMEM : SCSIPROBE_NOMEM_CB);

	for (tries = 0; tries < 2; tries++) {
		rval = scsa_probe_inquiry(sd, bp, callback, &pkt);
		if (rval == SCSIPROBE_EXISTS || pkt == NULL || tries > 0)
			break;
		scsi_destroy_pkt(pkt);
		pkt = NULL;
		(void) scsi_reset(&sd->sd_address, RESET_LUN);
	}
	if (rval == SCSIPROBE_EXISTS) {
		len = SUN_INQSIZE - pkt->pkt_resid;
		if (len < SUN_MIN_INQLEN) {
			rval = SCSIPROBE_NONCCS;
		} else {
			bzero(sd->sd_inq, SUN_INQSIZE);
			bcopy(bp->b_un.b_addr, sd->sd_inq, len);
		}
	}
	if (pkt != NULL)
		scsi_destroy_pkt(pkt);
	scsi_free_consistent_buf(bp);
	return (rval);
}

int scsi_probe(struct scsi_device *sd, int (*callback)(void))
{
	scsi_hba_tran_t *tran = sd->sd_address.a_hba_tran;

	if (tran->tran_tgt_probe != NULL)
		return ((*tran->tran_tgt_probe)(sd, callback));
	return (scsi_hba_probe(sd, callback));
}

/* A no-op, as in current illumos: sd_inq is freed with the child. */
void scsi_unprobe(struct scsi_device *sd)
{
}
