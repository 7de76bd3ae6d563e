// SPDX-License-Identifier: GPL-2.0
/*
 * Transport and control (Solaris world): scsi_transport(9F), scsi_poll(9F),
 * scsi_abort(9F), scsi_reset(9F), scsi_reset_notify(9F) and capabilities.
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/ksynch.h>
#include <sys/ddi.h>
#include <sys/sunddi.h>
#include <sys/scsi/scsi.h>

#include "scsa_impl.h"

/*
 * FLAG_NOINTR packets complete before scsi_transport() returns.  As in
 * illumos, one framework lock serves every waiter (these packets are rare:
 * probing, polling); each packet has its own condition variable.  The
 * waiter holds the lock when it sees the completion, so the completing
 * thread is done with the packet before the waiter may free it.
 */
static kmutex_t scsa_nointr_lock;

static void scsa_nointr_comp(struct scsi_pkt *pkt)
{
	struct scsa_pkt_wrapper *w = scsa_pkt_wrapper(pkt);

	mutex_enter(&scsa_nointr_lock);
	w->spw_nointr_done = 1;
	cv_broadcast(&w->spw_nointr_cv);
	mutex_exit(&scsa_nointr_lock);
}

static int scsa_transport_nointr(scsi_hba_tran_t *tran, struct scsi_pkt *pkt)
{
	struct scsa_pkt_wrapper *w = scsa_pkt_wrapper(pkt);
	uint_t saved_flags = pkt->pkt_flags;
	int rval;

	w->spw_saved_comp = pkt->pkt_comp;
	w->spw_nointr_done = 0;
	w->spw_handoff = NULL;		/* this thread waits here, not in physio */
	pkt->pkt_comp = scsa_nointr_comp;
	pkt->pkt_flags = (pkt->pkt_flags & ~FLAG_NOINTR) | FLAG_IMMEDIATE_CB;

	rval = (*tran->tran_start)(&pkt->pkt_address, pkt);
	if (rval == TRAN_ACCEPT) {
		mutex_enter(&scsa_nointr_lock);
		while (!w->spw_nointr_done)
			cv_wait(&w->spw_nointr_cv, &scsa_nointr_lock);
		mutex_exit(&scsa_nointr_lock);
	}
	/* The target's pkt_comp is not called for FLAG_NOINTR packets. */
	pkt->pkt_flags = saved_flags | (pkt->pkt_flags & FLAG_PKT_COMP_CALLED);
	pkt->pkt_comp = w->spw_saved_comp;
	return (rval);
}

SCSA_TRACE_FN
scsa_trace_transport(struct scsi_pkt *pkt)
{
	struct scsa_trace_pkt t;

	scsa_trace_fill(pkt, &t);
	scsa_lx_trace_pkt(SCSA_TR_TRANSPORT, &t);
}

/*
 * A packet's completion never runs before scsi_transport() has returned to
 * the target driver.  On illumos the completion is an interrupt that comes
 * after the device has done the work, so a driver may count on being back
 * from scsi_transport() first: st lowers its throttle to 0 around the call
 * and raises it again after it, and a recovery command st_recover() starts
 * from a completion that got in between records the 0 as the throttle to go
 * back to, and every later command waits in st_runout() for ever.  Here
 * the completion is a worker that the submission itself may have woken on
 * the same CPU, or one running on another CPU, so it waits on the packet's
 * state.  A completion in the submitting thread itself (an HBA completing
 * inside tran_start()) cannot wait, and does not.
 */
static kmutex_t scsa_tran_lock;

static int scsa_transport_start(scsi_hba_tran_t *tran, struct scsi_pkt *pkt)
{
	struct scsa_pkt_wrapper *w = scsa_pkt_wrapper(pkt);
	int rval;

	w->spw_tran_thread = curthread;
	w->spw_tran_state = SPW_TRAN_STARTING;
	w->spw_handoff = w->spw_bp != NULL && (tran->tran_hba_flags & SCSA_HBA_TRAN_HANDOFF) ?
	    scsa_lx_handoff_tag(w->spw_bp) : NULL;
	membar_producer();
	rval = (*tran->tran_start)(&pkt->pkt_address, pkt);
	/* Not accepted: no completion will release the tag. */
	if (rval != TRAN_ACCEPT && w->spw_handoff != NULL) {
		scsa_lx_handoff_put(w->spw_handoff);
		w->spw_handoff = NULL;
	}
	if (atomic_cas_uint(&w->spw_tran_state, SPW_TRAN_STARTING,
	    SPW_TRAN_IDLE) != SPW_TRAN_STARTING) {
		mutex_enter(&scsa_tran_lock);
		w->spw_tran_state = SPW_TRAN_IDLE;
		cv_broadcast(&w->spw_tran_cv);
		mutex_exit(&scsa_tran_lock);
	}
	return (rval);
}

/* For the HBA: the thread that may run this packet's completion. */
struct scsa_lx_handoff *scsa_pkt_handoff(struct scsi_pkt *pkt)
{
	return (scsa_pkt_wrapper(pkt)->spw_handoff);
}

/* From scsi_hba_pkt_comp(): wait until scsi_transport() has returned. */
void scsa_pkt_comp_wait(struct scsa_pkt_wrapper *w)
{
	if (w->spw_tran_state == SPW_TRAN_IDLE ||
	    w->spw_tran_thread == curthread)
		return;
	mutex_enter(&scsa_tran_lock);
	if (atomic_cas_uint(&w->spw_tran_state, SPW_TRAN_STARTING,
	    SPW_TRAN_COMP_WAITS) != SPW_TRAN_IDLE) {
		while (w->spw_tran_state != SPW_TRAN_IDLE)
			cv_wait(&w->spw_tran_cv, &scsa_tran_lock);
	}
	mutex_exit(&scsa_tran_lock);
}

/**
 * scsi_transport() - start a packet
 *
 * TRAN_ACCEPT means exactly one completion will follow (none for
 * FLAG_NOINTR: the command has completed when this returns), and not
 * before this has returned (scsa_transport_start()).  Anything else
 * leaves the packet with the caller; TRAN_BUSY is the caller's to retry.
 * A FLAG_NOINTR packet sleeps, so it may only be sent where that is allowed.
 */
int scsi_transport(struct scsi_pkt *pkt)
{
	scsi_hba_tran_t *tran;

	if (pkt == NULL || (tran = pkt->pkt_address.a_hba_tran) == NULL ||
	    tran->tran_start == NULL || !scsi_pkt_allocated_correctly(pkt))
		return (TRAN_BADPKT);
	pkt->pkt_flags &= ~FLAG_PKT_COMP_CALLED;
	/* What the driver put in the buf, as of now, is what gets written. */
	if (scsa_pkt_wrapper(pkt)->spw_flags & SPW_COPYBUF)
		scsa_dma_copy_for_device(scsa_pkt_wrapper(pkt));
	/* Before tran_start, which may see the packet completed and freed. */
	if (scsa_tracing(SCSA_TR_TRANSPORT))
		scsa_trace_transport(pkt);
	if (pkt->pkt_flags & FLAG_NOINTR)
		return (scsa_transport_nointr(tran, pkt));
	return (scsa_transport_start(tran, pkt));
}

/* NOT READY, "logical unit is in the process of becoming ready". */
static int scsa_becoming_ready(struct scsi_pkt *pkt)
{
	struct scsi_arq_status *arq = (struct scsi_arq_status *)pkt->pkt_scbp;
	uint8_t *sense;

	if (!(pkt->pkt_state & STATE_ARQ_DONE) ||
	    pkt->pkt_scblen < sizeof (struct scsi_arq_status))
		return (0);
	sense = (uint8_t *)&arq->sts_sensedata;
	return (scsi_sense_key(sense) == KEY_NOT_READY &&
	    scsi_sense_asc(sense) == 0x04 && scsi_sense_ascq(sense) == 0x01);
}

/*
 * One try of scsi_poll(): 0 done with GOOD status, -1 failed for good, or
 * the number of 10 ms steps to wait before trying again.
 */
static int scsa_poll_once(struct scsi_pkt *pkt)
{
	int rc;

	if (pkt->pkt_scbp != NULL)
		*pkt->pkt_scbp = 0;
	pkt->pkt_reason = 0;
	pkt->pkt_state = 0;
	rc = scsi_transport(pkt);
	if (rc == TRAN_BUSY)
		return (1);
	if (rc != TRAN_ACCEPT)
		return (-1);
	if (pkt->pkt_reason == CMD_INCOMPLETE && pkt->pkt_state == 0)
		return (1);		/* never dispatched */
	if (pkt->pkt_reason != CMD_CMPLT || pkt->pkt_scbp == NULL)
		return (-1);
	switch (*pkt->pkt_scbp & STATUS_MASK) {
	case STATUS_GOOD:
		return (0);
	case STATUS_QFULL:
		return (1);
	case STATUS_BUSY:
		return (100);
	case STATUS_CHECK:
		return (scsa_becoming_ready(pkt) ? 100 : -1);
	default:
		return (-1);
	}
}

/**
 * scsi_poll() - run a packet to completion, retrying transient conditions
 *
 * For up to pkt_time seconds (60 if 0): every 10 ms on TRAN_BUSY, an
 * undispatched command or QUEUE FULL; every second on BUSY and on a unit
 * becoming ready.  Returns 0 for GOOD status, -1 otherwise; pkt_reason,
 * pkt_state and the status tell why.  Sleeps.
 */
int scsi_poll(struct scsi_pkt *pkt)
{
	uint_t saved_flags = pkt->pkt_flags;
	void (*saved_comp)(struct scsi_pkt *) = pkt->pkt_comp;
	int saved_time = pkt->pkt_time;
	int steps = 0, max_steps, wait;

	pkt->pkt_flags |= FLAG_NOINTR;
	pkt->pkt_comp = NULL;
	if (pkt->pkt_time == 0)
		pkt->pkt_time = SCSI_POLL_TIMEOUT;
	max_steps = pkt->pkt_time * 100;

	while ((wait = scsa_poll_once(pkt)) > 0 && steps + wait < max_steps) {
		delay(drv_usectohz(wait * 10000));
		steps += wait;
	}

	pkt->pkt_flags = saved_flags;
	pkt->pkt_comp = saved_comp;
	pkt->pkt_time = saved_time;
	if (wait == 0) {
		scsi_sync_pkt(pkt);
		return (0);
	}
	return (-1);
}

/* 1 if aborted; pkt NULL aborts every command of the target. */
int scsi_abort(struct scsi_address *ap, struct scsi_pkt *pkt)
{
	scsi_hba_tran_t *tran = ap->a_hba_tran;

	if (tran->tran_abort == NULL)
		return (0);
	return ((*tran->tran_abort)(ap, pkt));
}

/* 1 on success, 0 on failure or when the HBA cannot reset at that level. */
int scsi_reset(struct scsi_address *ap, int level)
{
	scsi_hba_tran_t *tran = ap->a_hba_tran;

	if (tran->tran_reset == NULL)
		return (0);
	if (level == RESET_LUN && scsi_ifgetcap(ap, "lun-reset", 1) != 1)
		return (0);
	return ((*tran->tran_reset)(ap, level));
}

int scsi_reset_notify(struct scsi_address *ap, int flag, void (*callback)(caddr_t),
    caddr_t arg)
{
	scsi_hba_tran_t *tran = ap->a_hba_tran;

	if (tran->tran_reset_notify == NULL)
		return (DDI_FAILURE);
	return ((*tran->tran_reset_notify)(ap, flag, callback, arg));
}

static char *scsa_capstrings[] = SCSI_CAP_ASCII;

/* The SCSI_CAP_* index of a capability name (case-insensitive), or -1. */
int scsi_hba_lookup_capstr(char *capstr)
{
	int i;

	if (capstr == NULL)
		return (-1);
	for (i = 0; scsa_capstrings[i] != NULL; i++)
		if (strcasecmp(capstr, scsa_capstrings[i]) == 0)
			return (i);
	return (-1);
}

/* The value, or -1 for a capability the HBA does not define. */
int scsi_ifgetcap(struct scsi_address *ap, char *cap, int whom)
{
	scsi_hba_tran_t *tran = ap != NULL ? ap->a_hba_tran : NULL;

	if (tran == NULL || tran->tran_getcap == NULL || cap == NULL)
		return (-1);
	return ((*tran->tran_getcap)(ap, cap, whom));
}

/* 1 if set, 0 if it cannot be set, -1 for an undefined capability. */
int scsi_ifsetcap(struct scsi_address *ap, char *cap, int value, int whom)
{
	scsi_hba_tran_t *tran = ap != NULL ? ap->a_hba_tran : NULL;

	if (tran == NULL || tran->tran_setcap == NULL || cap == NULL)
		return (-1);
	return ((*tran->tran_setcap)(ap, cap, value, whom));
}
