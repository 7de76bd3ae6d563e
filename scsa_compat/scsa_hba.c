// SPDX-License-Identifier: GPL-2.0
/*
 * The HBA side of SCSA (Solaris world): transport structures, attaching an
 * HBA with its packet cache, and packet completion.
 *
 * Only the cache model of tran_setup_pkt(9E) is offered: an HBA providing
 * tran_init_pkt/tran_destroy_pkt itself would have to bind DMA with
 * ddi_dma_*(9F), which scsa_compat does not provide (the Linux LLD maps).
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/kmem.h>
#include <sys/cmn_err.h>
#include <sys/sunddi.h>
#include <sys/scsi/scsi.h>

#include "ddi_nexus.h"
#include "scsa_impl.h"

#define SCSA_ROUNDUP(x)		(((x) + 7) & ~(size_t)7)

scsi_hba_tran_t *scsi_hba_tran_alloc(dev_info_t *hba_dip, int flags)
{
	scsi_hba_tran_t *tran;

	tran = kmem_zalloc(sizeof (*tran), (flags & SCSI_HBA_CANSLEEP) ? KM_SLEEP : KM_NOSLEEP);
	if (tran != NULL) {
		tran->tran_hba_dip = hba_dip;
		tran->tran_interconnect_type = INTERCONNECT_PARALLEL;
	}
	return (tran);
}

void scsi_hba_tran_free(scsi_hba_tran_t *tran)
{
	kmem_free(tran, sizeof (*tran));
}

size_t scsi_hba_tran_size(void)
{
	return (sizeof (scsi_hba_tran_t));
}

/* Where the areas of a cache object lie, and its size. */
void scsa_pkt_cache_sizes(scsi_hba_tran_t *tran, size_t *hba_off, size_t *cdb_off,
    size_t *scb_off, size_t *total)
{
	size_t off = SCSA_ROUNDUP(sizeof (struct scsa_pkt_wrapper));

	*hba_off = off;
	off += SCSA_ROUNDUP(tran->tran_hba_len);
	*cdb_off = off;
	if (tran->tran_hba_flags & SCSI_HBA_TRAN_CDB)
		off += SCSA_ROUNDUP(DEFAULT_CDBLEN);
	*scb_off = off;
	if (tran->tran_hba_flags & SCSI_HBA_TRAN_SCB)
		off += SCSA_ROUNDUP(DEFAULT_SCBLEN);
	*total = off;
}

/*
 * Runs once per cache object, not per allocation: what it sets up stays
 * while the object is in the cache.
 */
static int scsa_pkt_constructor(void *buf, void *arg, int kmflag)
{
	struct scsa_pkt_wrapper *w = buf;
	scsi_hba_tran_t *tran = arg;
	struct scsi_pkt *pkt = &w->spw_pkt;
	size_t hba_off, cdb_off, scb_off, total;

	scsa_pkt_cache_sizes(tran, &hba_off, &cdb_off, &scb_off, &total);
	bzero(buf, total);
	w->spw_magic = SCSA_PKT_MAGIC;
	w->spw_tran = tran;
	w->spw_segs = w->spw_segs_inline;
	w->spw_cookies = w->spw_cookies_inline;
	w->spw_maxsegs = SCSA_PKT_INLINE_SEGS;
	if (tran->tran_hba_len)
		pkt->pkt_ha_private = (caddr_t)buf + hba_off;
	if (tran->tran_hba_flags & SCSI_HBA_TRAN_CDB)
		pkt->pkt_cdbp = (uchar_t *)buf + cdb_off;
	if (tran->tran_hba_flags & SCSI_HBA_TRAN_SCB)
		pkt->pkt_scbp = (uchar_t *)buf + scb_off;
	pkt->pkt_private = NULL;
	if (tran->tran_pkt_constructor != NULL)
		return ((*tran->tran_pkt_constructor)(pkt, tran, kmflag));
	return (0);
}

static void scsa_pkt_destructor(void *buf, void *arg)
{
	struct scsa_pkt_wrapper *w = buf;
	scsi_hba_tran_t *tran = arg;

	ASSERT(!(w->spw_flags & SPW_BOUND));
	if (tran->tran_pkt_destructor != NULL)
		(*tran->tran_pkt_destructor)(&w->spw_pkt, tran);
	scsa_dma_free_tables(w);
}

static kmutex_t scsa_hba_seq_lock;
static uint_t scsa_hba_cache_seq;

/**
 * scsi_hba_attach_setup() - make hba_dip an SCSA HBA with transport tran
 *
 * The cache model is required: tran_setup_pkt must be set and
 * tran_init_pkt/tran_destroy_pkt must not.  Creates the HBA's packet cache
 * and installs the framework's packet entry points in tran.
 */
int scsi_hba_attach_setup(dev_info_t *hba_dip, ddi_dma_attr_t *hba_dma_attr,
    scsi_hba_tran_t *tran, int flags)
{
	char name[40];
	size_t hba_off, cdb_off, scb_off, total;
	uint_t seq;

	if (tran == NULL || hba_dma_attr == NULL || tran->tran_setup_pkt == NULL ||
	    tran->tran_init_pkt != NULL || tran->tran_destroy_pkt != NULL) {
		cmn_err(CE_WARN, "scsi_hba_attach_setup: only cache-model HBAs "
		    "(tran_setup_pkt) are supported");
		return (DDI_FAILURE);
	}
	tran->tran_hba_dip = hba_dip;
	tran->tran_hba_flags = flags;
	tran->tran_dma_attr = *hba_dma_attr;
	tran->tran_init_pkt = scsa_cache_init_pkt;
	tran->tran_destroy_pkt = scsa_cache_destroy_pkt;
	tran->tran_sync_pkt = scsa_cache_sync_pkt;
	tran->tran_dmafree = scsa_cache_dmafree;

	scsa_pkt_cache_sizes(tran, &hba_off, &cdb_off, &scb_off, &total);
	mutex_enter(&scsa_hba_seq_lock);
	seq = scsa_hba_cache_seq++;
	mutex_exit(&scsa_hba_seq_lock);
	(void) snprintf(name, sizeof (name), "pkt_cache_scsa_%u", seq);
	tran->tran_pkt_cache_ptr = kmem_cache_create(name, total, 8,
	    scsa_pkt_constructor, scsa_pkt_destructor, NULL, tran, NULL, 0);
	if (tran->tran_pkt_cache_ptr == NULL)
		return (DDI_FAILURE);
	/* Children of the HBA get their scsi_device when initialised. */
	ddi_set_driver_private(hba_dip, tran);
	scsa_devi_set_nexus_ops(hba_dip, &scsa_scsi_nexus_ops);
	return (DDI_SUCCESS);
}

/* Every packet must have been destroyed. */
int scsi_hba_detach(dev_info_t *hba_dip)
{
	scsi_hba_tran_t *tran = ddi_get_driver_private(hba_dip);

	if (tran == NULL || tran->tran_pkt_cache_ptr == NULL)
		return (DDI_FAILURE);
	scsa_devi_set_nexus_ops(hba_dip, NULL);
	kmem_cache_destroy(tran->tran_pkt_cache_ptr);
	tran->tran_pkt_cache_ptr = NULL;
	return (DDI_SUCCESS);
}

/* The scsa_complete event: the outcome, and the ARQ sense if there is one. */
SCSA_TRACE_FN
scsa_trace_complete(struct scsi_pkt *pkt)
{
	struct scsa_trace_pkt t;

	scsa_trace_fill(pkt, &t);
	t.reason = pkt->pkt_reason;
	t.state = pkt->pkt_state;
	t.statistics = pkt->pkt_statistics;
	t.resid = pkt->pkt_resid;
	if (pkt->pkt_scbp != NULL && pkt->pkt_scblen > 0 &&
	    (pkt->pkt_state & STATE_GOT_STATUS))
		t.status = *(uint8_t *)pkt->pkt_scbp;
	if ((pkt->pkt_state & STATE_ARQ_DONE) && pkt->pkt_scbp != NULL &&
	    pkt->pkt_scblen >= sizeof (struct scsi_arq_status)) {
		uint8_t *sense = (uint8_t *)
		    &((struct scsi_arq_status *)pkt->pkt_scbp)->sts_sensedata;

		t.sense_key = scsi_sense_key(sense);
		t.asc = scsi_sense_asc(sense);
		t.ascq = scsi_sense_ascq(sense);
	}
	scsa_lx_trace_pkt(SCSA_TR_COMPLETE, &t);
}

/*
 * pkt_comp, timed for the scsa_callback event, which is recorded after it
 * returns: what it needs is taken before, as pkt_comp may free the packet.
 */
SCSA_TRACE_FN
scsa_trace_callback(struct scsi_pkt *pkt)
{
	struct scsa_trace_pkt t;
	hrtime_t start;

	scsa_trace_fill(pkt, &t);
	t.cdb = NULL;
	t.cdblen = 0;
	t.func = (const void *)pkt->pkt_comp;
	start = gethrtime();
	(*pkt->pkt_comp)(pkt);
	t.ns = (unsigned long long)(gethrtime() - start);
	scsa_lx_trace_pkt(SCSA_TR_CALLBACK, &t);
}

/**
 * scsi_hba_pkt_comp() - an HBA's packet has completed
 *
 * Called exactly once per accepted packet, in thread context (hba_glue
 * completes from a workqueue, or in the thread that waits for the packet's
 * buf in physio(): lx/handoff.c), where the target's pkt_comp may take its
 * adaptive mutexes, call biodone() and resubmit, and never before the
 * scsi_transport() that started the packet has returned (see
 * scsa_pkt_comp_wait()).  A second completion is
 * a bug in the HBA: it is reported and ignored.
 *
 * Reads in place need no sync here: the LLD's DMA unmap, done before the
 * Linux request completed, already made the data visible to the CPU.  A
 * read through a copy buffer is copied back into the buf now, so that
 * pkt_comp sees the data whether or not the driver calls scsi_sync_pkt(),
 * as with illumos HBAs, which sync for the CPU before completing.
 */
void scsi_hba_pkt_comp(struct scsi_pkt *pkt)
{
	struct scsa_pkt_wrapper *w = scsa_pkt_wrapper(pkt);
	struct scsa_lx_handoff *ho;

	if (pkt->pkt_flags & FLAG_PKT_COMP_CALLED) {
		cmn_err(CE_WARN, "scsi_hba_pkt_comp: packet %p completed twice", (void *)pkt);
		return;
	}
	pkt->pkt_flags |= FLAG_PKT_COMP_CALLED;
	scsa_pkt_comp_wait(w);
	/* Taken now: pkt_comp may free the packet, or start it again. */
	ho = w->spw_handoff;
	w->spw_handoff = NULL;
	if (w->spw_flags & SPW_COPYBUF)
		scsa_dma_copy_for_cpu(w);
	if (scsa_tracing(SCSA_TR_COMPLETE))
		scsa_trace_complete(pkt);
	if (pkt->pkt_comp != NULL) {
		if (scsa_tracing(SCSA_TR_CALLBACK))
			scsa_trace_callback(pkt);
		else
			(*pkt->pkt_comp)(pkt);
	}
	/* The thread waiting in physio() may leave once its tags are back. */
	if (ho != NULL)
		scsa_lx_handoff_put(ho);
}
