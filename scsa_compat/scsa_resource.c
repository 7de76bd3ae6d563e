// SPDX-License-Identifier: GPL-2.0
/*
 * Packet resources (Solaris world): scsi_init_pkt(9F), scsi_destroy_pkt(9F),
 * scsi_dmafree(9F), scsi_sync_pkt(9F), and the framework's packet entry
 * points for cache-model HBAs.
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/kmem.h>
#include <sys/buf.h>
#include <sys/errno.h>
#include <sys/sunddi.h>
#include <sys/scsi/scsi.h>

#include "scsa_impl.h"

/*
 * Lengths scsi_init_pkt() accepts for a new packet.  A CDB needs at least
 * one byte; Linux carries up to 32 (struct scsi_cmnd).  The status and
 * private areas are bounded only to refuse nonsense before allocating it.
 */
#define SCSA_MAX_CDBLEN		32
#define SCSA_MAX_AREA		(64 * 1024)

static int scsa_kmflag(int (*callback)(caddr_t))
{
	return (SCSA_CB_IS(callback, SLEEP_FUNC) ? KM_SLEEP : KM_NOSLEEP);
}

/* Give a packet back its inline areas and free the ones it allocated. */
static void scsa_pkt_free_ext(struct scsa_pkt_wrapper *w)
{
	struct scsi_pkt *pkt = &w->spw_pkt;
	scsi_hba_tran_t *tran = w->spw_tran;
	size_t hba_off, cdb_off, scb_off, total;

	scsa_pkt_cache_sizes(tran, &hba_off, &cdb_off, &scb_off, &total);
	if (w->spw_flags & SPW_EXT_CDB)
		kmem_free(pkt->pkt_cdbp, pkt->pkt_cdblen);
	if (w->spw_flags & SPW_EXT_TGT)
		kmem_free(pkt->pkt_private, pkt->pkt_tgtlen);
	if (w->spw_flags & SPW_EXT_SCB)
		kmem_free(pkt->pkt_scbp, pkt->pkt_scblen);
	w->spw_flags &= ~(SPW_EXT_CDB | SPW_EXT_TGT | SPW_EXT_SCB);
	pkt->pkt_cdbp = (tran->tran_hba_flags & SCSI_HBA_TRAN_CDB) ?
	    (uchar_t *)w + cdb_off : NULL;
	pkt->pkt_scbp = (tran->tran_hba_flags & SCSI_HBA_TRAN_SCB) ?
	    (uchar_t *)w + scb_off : NULL;
	pkt->pkt_private = NULL;
	pkt->pkt_cdblen = pkt->pkt_tgtlen = pkt->pkt_scblen = 0;
}

/*
 * Areas beyond the inline ones.  A CDB or status block larger than the
 * inline area, and every target-private area (illumos's DEFAULT_PRIVLEN is
 * 0), is a separate allocation.
 */
static int scsa_pkt_alloc_ext(struct scsa_pkt_wrapper *w, int cmdlen, int statuslen,
    int pplen, int kmflag)
{
	struct scsi_pkt *pkt = &w->spw_pkt;
	int tflags = w->spw_tran->tran_hba_flags;

	pkt->pkt_cdblen = cmdlen;
	pkt->pkt_tgtlen = pplen;
	pkt->pkt_scblen = statuslen;
	if ((tflags & SCSI_HBA_TRAN_CDB) && cmdlen > DEFAULT_CDBLEN) {
		if ((pkt->pkt_cdbp = kmem_alloc(cmdlen, kmflag)) == NULL)
			return (-1);
		w->spw_flags |= SPW_EXT_CDB;
	}
	if (pplen > 0) {
		if ((pkt->pkt_private = kmem_alloc(pplen, kmflag)) == NULL)
			return (-1);
		w->spw_flags |= SPW_EXT_TGT;
	}
	if ((tflags & SCSI_HBA_TRAN_SCB) && statuslen > (int)DEFAULT_SCBLEN) {
		if ((pkt->pkt_scbp = kmem_alloc(statuslen, kmflag)) == NULL)
			return (-1);
		w->spw_flags |= SPW_EXT_SCB;
	}
	return (0);
}

/*
 * A new packet from the HBA's cache.  Every field a target driver may rely
 * on is reset, including pkt_comp and pkt_private, which illumos leaves
 * stale: its legacy allocator zeroes everything, and drivers written for
 * either model work with zeroes.
 */
static struct scsa_pkt_wrapper *scsa_pkt_new(struct scsi_address *ap, int cmdlen,
    int statuslen, int pplen, int (*callback)(caddr_t))
{
	scsi_hba_tran_t *tran = ap->a_hba_tran;
	int kmflag = scsa_kmflag(callback);
	struct scsa_pkt_wrapper *w;
	struct scsi_pkt *pkt;

	w = kmem_cache_alloc(tran->tran_pkt_cache_ptr, kmflag);
	if (w == NULL)
		return (NULL);
	pkt = &w->spw_pkt;
	w->spw_tran = tran;
	w->spw_flags &= SPW_EXT_SEGS;
	pkt->pkt_address = *ap;
	pkt->pkt_comp = NULL;
	pkt->pkt_flags = 0;
	pkt->pkt_time = 0;
	pkt->pkt_resid = 0;
	pkt->pkt_state = 0;
	pkt->pkt_statistics = 0;
	pkt->pkt_reason = 0;
	pkt->pkt_dma_offset = 0;
	pkt->pkt_dma_len = 0;
	pkt->pkt_dma_flags = 0;
	pkt->pkt_numcookies = 0;
	pkt->pkt_cookies = NULL;
	pkt->pkt_path_instance = 0;
	pkt->pkt_stmp = NULL;

	if (scsa_pkt_alloc_ext(w, cmdlen, statuslen, pplen, kmflag) != 0)
		goto free_ext;
	if ((*tran->tran_setup_pkt)(pkt, callback, NULL) == -1)
		goto free_ext;
	/* Zeroed after tran_setup_pkt, for exactly the requested lengths. */
	if (pkt->pkt_cdbp != NULL)
		bzero(pkt->pkt_cdbp, cmdlen);
	if (pkt->pkt_private != NULL)
		bzero(pkt->pkt_private, pplen);
	if (pkt->pkt_scbp != NULL)
		bzero(pkt->pkt_scbp, statuslen);
	return (w);

free_ext:
	scsa_pkt_free_ext(w);
	kmem_cache_free(tran->tran_pkt_cache_ptr, w);
	return (NULL);
}

static void scsa_pkt_release(struct scsa_pkt_wrapper *w)
{
	scsi_hba_tran_t *tran = w->spw_tran;

	if (tran->tran_teardown_pkt != NULL)
		(*tran->tran_teardown_pkt)(&w->spw_pkt);
	if (w->spw_flags & SPW_BOUND)
		scsa_dma_unbind(w);
	scsa_pkt_free_ext(w);
	kmem_cache_free(tran->tran_pkt_cache_ptr, w);
}

static int scsa_lengths_valid(int cmdlen, int statuslen, int pplen)
{
	return (cmdlen > 0 && cmdlen <= SCSA_MAX_CDBLEN &&
	    statuslen >= 0 && statuslen <= SCSA_MAX_AREA &&
	    pplen >= 0 && pplen <= SCSA_MAX_AREA);
}

/*
 * The framework's tran_init_pkt for cache-model HBAs.  callback is only
 * ever SLEEP_FUNC or NULL_FUNC here (scsi_init_pkt() keeps real callbacks).
 */
struct scsi_pkt *scsa_cache_init_pkt(struct scsi_address *ap, struct scsi_pkt *pkt,
    struct buf *bp, int cmdlen, int statuslen, int pplen, int flags,
    int (*callback)(caddr_t), caddr_t arg)
{
	struct scsa_pkt_wrapper *w;
	int kmflag = scsa_kmflag(callback);
	int new = (pkt == NULL);

	if (new) {
		if (!scsa_lengths_valid(cmdlen, statuslen, pplen)) {
			if (bp != NULL)
				bioerror(bp, EINVAL);
			return (NULL);
		}
		w = scsa_pkt_new(ap, cmdlen, statuslen, pplen, callback);
		if (w == NULL) {
			if (bp != NULL)
				bp->b_error = 0;	/* no resources: retry */
			return (NULL);
		}
		pkt = &w->spw_pkt;
	} else {
		/* Re-use: lengths are ignored and nothing is reset. */
		w = scsa_pkt_wrapper(pkt);
	}

	if (bp == NULL || bp->b_bcount == 0) {
		pkt->pkt_resid = 0;
		return (pkt);
	}
	if (!(w->spw_flags & SPW_BOUND)) {
		if (scsa_dma_bind(w, bp, flags, kmflag) == 0)
			return (pkt);
		if (new)
			scsa_pkt_release(w);
		return (NULL);
	}
	if (scsa_dma_next_window(w, kmflag) == 0)
		return (pkt);
	/* As illumos: a failed window frees the packet, even the caller's. */
	scsa_pkt_release(w);
	return (NULL);
}

void scsa_cache_destroy_pkt(struct scsi_address *ap, struct scsi_pkt *pkt)
{
	scsa_pkt_release(scsa_pkt_wrapper(pkt));
}

/*
 * Data in place needs nothing: the LLD maps the pages afresh for each
 * command and its unmap, before completion, syncs them for the CPU.  A copy
 * buffer is synced as illumos syncs one: for the CPU (copied out) after a
 * read, for the device (copied in) before a write.
 */
void scsa_cache_sync_pkt(struct scsi_address *ap, struct scsi_pkt *pkt)
{
	struct scsa_pkt_wrapper *w = scsa_pkt_wrapper(pkt);

	if (!(w->spw_flags & SPW_COPYBUF))
		return;
	if (pkt->pkt_dma_flags & DDI_DMA_READ)
		scsa_dma_copy_for_cpu(w);
	else
		scsa_dma_copy_for_device(w);
}

void scsa_cache_dmafree(struct scsi_address *ap, struct scsi_pkt *pkt)
{
	struct scsa_pkt_wrapper *w = scsa_pkt_wrapper(pkt);

	if (w->spw_flags & SPW_BOUND)
		scsa_dma_unbind(w);
}

/* The scsa_init_pkt event: the window tran_init_pkt made, or why none. */
SCSA_TRACE_FN
scsa_trace_init_pkt(struct scsi_address *ap, struct scsi_pkt *pktp,
    struct scsi_pkt *pkt, struct buf *bp)
{
	struct scsa_trace_pkt t;

	if (pkt != NULL) {
		scsa_trace_fill(pkt, &t);
		t.window = scsa_pkt_wrapper(pkt)->spw_curwin;
		t.dma_offset = (unsigned long)pkt->pkt_dma_offset;
		t.dma_len = (unsigned long)pkt->pkt_dma_len;
		t.ncookies = pkt->pkt_numcookies;
		t.copybuf = (scsa_pkt_wrapper(pkt)->spw_flags & SPW_COPYBUF) != 0;
		t.resid = pkt->pkt_resid;
	} else {
		bzero(&t, sizeof (t));
		t.target = ap->a_target;
		t.lun = ap->a_lun;
		t.err = bp != NULL ? bp->b_error : 0;
	}
	t.new = (pktp == NULL);
	t.bcount = bp != NULL ? (unsigned long)bp->b_bcount : 0;
	scsa_lx_trace_pkt(SCSA_TR_INIT_PKT, &t);
}

/**
 * scsi_init_pkt() - allocate a packet, or map the next DMA window of one
 *
 * The HBA sees only SLEEP_FUNC or NULL_FUNC.  A real callback is queued
 * when resources are short and run, asynchronously, when some are freed.
 * After a NULL return with a buf, bp->b_error tells why: 0 for "no
 * resources now", EINVAL for "too large without PKT_DMA_PARTIAL" or bad
 * lengths, EFAULT for memory that cannot be mapped.
 */
struct scsi_pkt *scsi_init_pkt(struct scsi_address *ap, struct scsi_pkt *pktp,
    struct buf *bp, int cmdlen, int statuslen, int pplen, int flags,
    int (*callback)(caddr_t), caddr_t arg)
{
	int (*func)(caddr_t) = SCSA_CB_IS(callback, SLEEP_FUNC) ?
	    (int (*)(caddr_t))SLEEP_FUNC : (int (*)(caddr_t))NULL_FUNC;
	scsi_hba_tran_t *tran = ap != NULL ? ap->a_hba_tran : NULL;
	struct scsi_pkt *pkt;

	if (tran == NULL || tran->tran_init_pkt == NULL ||
	    (pktp != NULL && !scsi_pkt_allocated_correctly(pktp))) {
		if (bp != NULL)
			bioerror(bp, EINVAL);
		return (NULL);
	}
	if (flags & PKT_CONSISTENT_OLD)
		flags |= PKT_CONSISTENT;
	pkt = (*tran->tran_init_pkt)(ap, pktp, bp, cmdlen, statuslen, pplen, flags,
	    func, NULL);
	if (scsa_tracing(SCSA_TR_INIT_PKT))
		scsa_trace_init_pkt(ap, pktp, pkt, bp);
	if (pkt == NULL && SCSA_CB_IS_FUNC(callback))
		scsa_callback_queue((int (*)(char *))callback, arg);
	return (pkt);
}

void scsi_destroy_pkt(struct scsi_pkt *pkt)
{
	struct scsi_address *ap = &pkt->pkt_address;

	(*ap->a_hba_tran->tran_destroy_pkt)(ap, pkt);
	scsa_callback_run();
}

/* The packet stays allocated; a later scsi_init_pkt() with a buf binds anew. */
void scsi_dmafree(struct scsi_pkt *pkt)
{
	struct scsi_address *ap = &pkt->pkt_address;

	(*ap->a_hba_tran->tran_dmafree)(ap, pkt);
	scsa_callback_run();
}

void scsi_sync_pkt(struct scsi_pkt *pkt)
{
	struct scsi_address *ap = &pkt->pkt_address;

	if ((pkt->pkt_state & STATE_XFERRED_DATA) && ap->a_hba_tran->tran_sync_pkt != NULL)
		(*ap->a_hba_tran->tran_sync_pkt)(ap, pkt);
}

int scsi_pkt_allocated_correctly(struct scsi_pkt *pkt)
{
	return (scsa_pkt_wrapper(pkt)->spw_magic == SCSA_PKT_MAGIC);
}

/* Stable, so st may copy a whole packet with bcopy(). */
size_t scsi_pkt_size(void)
{
	return (sizeof (struct scsi_pkt));
}
