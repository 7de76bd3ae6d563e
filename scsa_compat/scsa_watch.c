// SPDX-License-Identifier: GPL-2.0
/*
 * Device polling: scsi_watch_request_submit(9F) and friends.  Solaris-world
 * file.
 *
 * Each request has its own worker (a one-thread DDI task queue) that sends
 * TEST UNIT READY (GET EVENT STATUS NOTIFICATION for the MMC variant) every
 * interval, fetches sense data after CHECK CONDITION (auto request sense, or
 * an explicit REQUEST SENSE), and hands the outcome to the driver's callback
 * in a struct scsi_watch_result.  A callback that returns non-zero stops
 * the polling, as on illumos.
 *
 * Linux makes one difference: illumos calls the callback from the packet's
 * completion (interrupt) context; here the worker sends the commands with
 * FLAG_NOINTR and calls the callback from its own thread.  A callback
 * written for interrupt context is correct in thread context, and the
 * worker makes terminate's "wait for a running callback" a plain wait.
 *
 * Requests with the same callback and argument are one request with a
 * reference count (illumos's behaviour, on which sd relies): a second
 * submit changes the interval and takes a reference, and terminate drops
 * one; polling stops with the last.
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/kmem.h>
#include <sys/ksynch.h>
#include <sys/ddi.h>
#include <sys/sunddi.h>
#include <sys/scsi/scsi.h>

enum scsa_watch_state {
	SCSA_WATCH_RUN,		/* polling */
	SCSA_WATCH_SUSPENDED,	/* scsi_watch_suspend(): no polls until resume */
	SCSA_WATCH_STOP,	/* terminated, or the callback said stop */
};

struct scsa_watch {
	struct scsa_watch	*next;
	struct scsi_device	*devp;
	int			(*callback)(caddr_t, struct scsi_watch_result *);
	caddr_t			cb_arg;
	clock_t			interval;	/* ticks */
	int			sense_length;
	int			ref;
	enum scsa_watch_state	state;
	boolean_t		busy;		/* a poll and its callback are running */
	boolean_t		exited;		/* the worker has returned */
	boolean_t		kick;		/* the interval changed: restart it */
	kcondvar_t		cv;		/* any of the above changed */
	ddi_taskq_t		*tq;
	struct scsi_pkt		*pkt;		/* TEST UNIT READY or GESN */
	struct buf		*mmcbp;		/* GESN data */
	struct scsi_pkt		*rqpkt;		/* REQUEST SENSE without ARQ */
	struct buf		*rqbp;
	size_t			rqlen;
};

/* Every request; also protects every request's fields. */
static kmutex_t scsa_watch_lock;
static struct scsa_watch *scsa_watch_head;

#define SCSA_GESN		0x4a	/* GET EVENT STATUS NOTIFICATION */
#define SCSA_GESN_POLLED	0x01
#define SCSA_GESN_MEDIA		0x10	/* the media event class */
#define SCSA_GESN_LEN		8

static void scsa_watch_reset_pkt(struct scsi_pkt *pkt)
{
	pkt->pkt_reason = 0;
	pkt->pkt_state = 0;
	pkt->pkt_statistics = 0;
	pkt->pkt_resid = 0;
	if (pkt->pkt_scbp != NULL)
		*pkt->pkt_scbp = 0;
}

/*
 * One poll: send the command, find the sense data, call back.  Returns the
 * callback's verdict (non-zero: stop), or 0 when the poll could not
 * complete (the next interval tries again, as illumos does).
 */
static int scsa_watch_poll(struct scsa_watch *w)
{
	struct scsi_watch_result result;
	struct scsi_pkt *pkt = w->pkt;
	struct scsi_arq_status *arq;
	struct scsi_extended_sense *sensep = NULL;
	uchar_t status;
	int amt = 0;

	scsa_watch_reset_pkt(pkt);
	if (w->mmcbp != NULL)
		bzero(w->mmcbp->b_un.b_addr, SCSA_GESN_LEN);
	if (scsi_transport(pkt) != TRAN_ACCEPT)
		return (0);

	status = *pkt->pkt_scbp & STATUS_MASK;
	if (pkt->pkt_reason == CMD_CMPLT && status == STATUS_CHECK) {
		if (pkt->pkt_state & STATE_ARQ_DONE) {
			arq = (struct scsi_arq_status *)pkt->pkt_scbp;
			if (arq->sts_rqpkt_status.sts_busy || arq->sts_rqpkt_status.sts_chk)
				return (0);
			sensep = &arq->sts_sensedata;
			amt = SENSE_LENGTH - arq->sts_rqpkt_resid;
		} else {
			scsa_watch_reset_pkt(w->rqpkt);
			if (scsi_transport(w->rqpkt) != TRAN_ACCEPT ||
			    w->rqpkt->pkt_reason != CMD_CMPLT ||
			    (*w->rqpkt->pkt_scbp & STATUS_MASK) != STATUS_GOOD)
				return (0);
			sensep = (struct scsi_extended_sense *)w->rqbp->b_un.b_addr;
			amt = (int)w->rqlen - (int)w->rqpkt->pkt_resid;
		}
		amt = MIN(MAX(amt, 0), w->sense_length);
	}

	bzero(&result, sizeof (result));
	result.statusp = (struct scsi_status *)pkt->pkt_scbp;
	result.sensep = sensep;
	result.actual_sense_length = (uchar_t)amt;
	result.pkt = pkt;
	if (w->mmcbp != NULL)
		bcopy(w->mmcbp->b_un.b_addr, result.mmc_data, SCSA_GESN_LEN);
	return ((*w->callback)(w->cb_arg, &result));
}

static void scsa_watch_worker(void *arg)
{
	struct scsa_watch *w = arg;
	clock_t next = ddi_get_lbolt();
	int stop;

	mutex_enter(&scsa_watch_lock);
	for (;;) {
		if (w->state == SCSA_WATCH_STOP)
			break;
		if (w->kick) {
			w->kick = B_FALSE;
			next = ddi_get_lbolt() + w->interval;
		}
		if (w->state == SCSA_WATCH_SUSPENDED) {
			cv_wait(&w->cv, &scsa_watch_lock);
			next = ddi_get_lbolt() + w->interval;
			continue;
		}
		if (ddi_get_lbolt() - next < 0) {
			(void) cv_timedwait(&w->cv, &scsa_watch_lock, next);
			continue;
		}
		w->busy = B_TRUE;
		mutex_exit(&scsa_watch_lock);

		stop = scsa_watch_poll(w);

		mutex_enter(&scsa_watch_lock);
		w->busy = B_FALSE;
		if (stop)
			w->state = SCSA_WATCH_STOP;
		next = ddi_get_lbolt() + w->interval;
		cv_broadcast(&w->cv);
	}
	w->exited = B_TRUE;
	cv_broadcast(&w->cv);
	mutex_exit(&scsa_watch_lock);
}

static void scsa_watch_free(struct scsa_watch *w)
{
	if (w->tq != NULL)
		ddi_taskq_destroy(w->tq);	/* the worker has returned */
	if (w->rqpkt != NULL)
		scsi_destroy_pkt(w->rqpkt);
	if (w->rqbp != NULL)
		scsi_free_consistent_buf(w->rqbp);
	if (w->pkt != NULL)
		scsi_destroy_pkt(w->pkt);
	if (w->mmcbp != NULL)
		scsi_free_consistent_buf(w->mmcbp);
	cv_destroy(&w->cv);
	kmem_free(w, sizeof (*w));
}

static struct scsa_watch *scsa_watch_new(struct scsi_device *devp, int interval,
    int sense_length, int (*callback)(caddr_t, struct scsi_watch_result *), caddr_t cb_arg,
    boolean_t mmc)
{
	struct scsi_address *ap = &devp->sd_address;
	struct scsa_watch *w;

	w = kmem_zalloc(sizeof (*w), KM_SLEEP);
	w->devp = devp;
	w->callback = callback;
	w->cb_arg = cb_arg;
	w->interval = MAX(drv_usectohz(interval), 1);
	w->sense_length = sense_length;
	w->ref = 1;
	w->state = SCSA_WATCH_RUN;
	cv_init(&w->cv, NULL, CV_DRIVER, NULL);

	if (mmc) {
		w->mmcbp = scsi_alloc_consistent_buf(ap, NULL, SCSA_GESN_LEN, B_READ,
		    SLEEP_FUNC, NULL);
		if (w->mmcbp == NULL)
			goto fail;
		w->pkt = scsi_init_pkt(ap, NULL, w->mmcbp, CDB_GROUP1,
		    sizeof (struct scsi_arq_status), 0, PKT_CONSISTENT, SLEEP_FUNC, NULL);
		if (w->pkt == NULL)
			goto fail;
		bzero(w->pkt->pkt_cdbp, CDB_GROUP1);
		w->pkt->pkt_cdbp[0] = SCSA_GESN;
		w->pkt->pkt_cdbp[1] = SCSA_GESN_POLLED;
		w->pkt->pkt_cdbp[4] = SCSA_GESN_MEDIA;
		w->pkt->pkt_cdbp[8] = SCSA_GESN_LEN;
	} else {
		w->pkt = scsi_init_pkt(ap, NULL, NULL, CDB_GROUP0,
		    sizeof (struct scsi_arq_status), 0, 0, SLEEP_FUNC, NULL);
		if (w->pkt == NULL)
			goto fail;
		makecom_g0(w->pkt, devp, 0, SCMD_TEST_UNIT_READY, 0, 0);
	}
	w->pkt->pkt_flags = FLAG_NOINTR;
	w->pkt->pkt_time = SCSI_WATCH_IO_TIME;

	/* For a HBA that does not request sense itself. */
	w->rqlen = sense_length > 0 ? MIN(sense_length, MAX_SENSE_LENGTH) : SENSE_LENGTH;
	w->rqbp = scsi_alloc_consistent_buf(ap, NULL, w->rqlen, B_READ, SLEEP_FUNC, NULL);
	if (w->rqbp == NULL)
		goto fail;
	w->rqpkt = scsi_init_pkt(ap, NULL, w->rqbp, CDB_GROUP0, 1, 0, PKT_CONSISTENT,
	    SLEEP_FUNC, NULL);
	if (w->rqpkt == NULL)
		goto fail;
	makecom_g0(w->rqpkt, devp, FLAG_NOINTR, SCMD_REQUEST_SENSE, 0, (int)w->rqlen);
	w->rqpkt->pkt_time = SCSI_WATCH_IO_TIME;

	w->tq = ddi_taskq_create(devp->sd_dev, "scsi_watch", 1, TASKQ_DEFAULTPRI, 0);
	if (w->tq == NULL)
		goto fail;
	return (w);
fail:
	scsa_watch_free(w);
	return (NULL);
}

/* The callbacks are declared the old way, as illumos declares them. */
__SCSA_KR_BEGIN
static opaque_t scsa_watch_submit(struct scsi_device *devp, int interval, int sense_length,
    int (*callback)(), caddr_t cb_arg, boolean_t mmc)
{
	int (*cb)(caddr_t, struct scsi_watch_result *) =
	    (int (*)(caddr_t, struct scsi_watch_result *))callback;
	struct scsa_watch *w, *nw;

	if (devp == NULL || callback == NULL || interval < 0 || sense_length < 0)
		return (NULL);

	/* Allocation sleeps: build a new request first, drop it if unneeded. */
	nw = scsa_watch_new(devp, interval, sense_length, cb, cb_arg, mmc);
	if (nw == NULL)
		return (NULL);

	mutex_enter(&scsa_watch_lock);
	for (w = scsa_watch_head; w != NULL; w = w->next) {
		if (w->callback == cb && w->cb_arg == cb_arg && w->state != SCSA_WATCH_STOP) {
			w->interval = nw->interval;
			w->ref++;
			w->state = SCSA_WATCH_RUN;
			w->kick = B_TRUE;
			cv_broadcast(&w->cv);
			mutex_exit(&scsa_watch_lock);
			scsa_watch_free(nw);
			return ((opaque_t)w);
		}
	}
	nw->next = scsa_watch_head;
	scsa_watch_head = nw;
	mutex_exit(&scsa_watch_lock);

	if (ddi_taskq_dispatch(nw->tq, scsa_watch_worker, nw, DDI_SLEEP) != DDI_SUCCESS) {
		mutex_enter(&scsa_watch_lock);
		nw->state = SCSA_WATCH_STOP;
		nw->exited = B_TRUE;
		mutex_exit(&scsa_watch_lock);
		(void) scsi_watch_request_terminate((opaque_t)nw, SCSI_WATCH_TERMINATE_ALL_WAIT);
		return (NULL);
	}
	return ((opaque_t)nw);
}

opaque_t scsi_watch_request_submit(struct scsi_device *devp, int interval, int sense_length,
    int (*callback)(), caddr_t cb_arg)
{
	return (scsa_watch_submit(devp, interval, sense_length, callback, cb_arg, B_FALSE));
}

opaque_t scsi_mmc_watch_request_submit(struct scsi_device *devp, int interval,
    int sense_length, int (*callback)(), caddr_t cb_arg)
{
	return (scsa_watch_submit(devp, interval, sense_length, callback, cb_arg, B_TRUE));
}
__SCSA_KR_END

/* Called with the lock held; false if token is not a live request. */
static boolean_t scsa_watch_listed(struct scsa_watch *token)
{
	struct scsa_watch *w;

	for (w = scsa_watch_head; w != NULL; w = w->next)
		if (w == token)
			return (B_TRUE);
	return (B_FALSE);
}

static void scsa_watch_unlist(struct scsa_watch *token)
{
	struct scsa_watch **pp;

	for (pp = &scsa_watch_head; *pp != NULL; pp = &(*pp)->next) {
		if (*pp == token) {
			*pp = token->next;
			return;
		}
	}
}

int scsi_watch_request_terminate(opaque_t token, int flags)
{
	struct scsa_watch *w = (struct scsa_watch *)token;

	if (flags != SCSI_WATCH_TERMINATE_WAIT && flags != SCSI_WATCH_TERMINATE_NOWAIT &&
	    flags != SCSI_WATCH_TERMINATE_ALL_WAIT)
		return (SCSI_WATCH_TERMINATE_FAIL);

	mutex_enter(&scsa_watch_lock);
	if (w == NULL || !scsa_watch_listed(w)) {
		mutex_exit(&scsa_watch_lock);
		return (SCSI_WATCH_TERMINATE_FAIL);
	}
	/*
	 * NOWAIT never waits for a callback.  illumos drops the reference
	 * even when it fails; here a failed call changes nothing, so the
	 * caller may simply try again.
	 */
	if (flags == SCSI_WATCH_TERMINATE_NOWAIT && w->busy) {
		mutex_exit(&scsa_watch_lock);
		return (SCSI_WATCH_TERMINATE_FAIL);
	}
	if (flags == SCSI_WATCH_TERMINATE_WAIT && w->ref > 1) {
		w->ref--;
		mutex_exit(&scsa_watch_lock);
		return (SCSI_WATCH_TERMINATE_SUCCESS);
	}
	/* The last reference (NOWAIT and ALL_WAIT drop them all). */
	w->ref = 0;
	w->state = SCSA_WATCH_STOP;
	cv_broadcast(&w->cv);
	while (!w->exited)
		cv_wait(&w->cv, &scsa_watch_lock);
	scsa_watch_unlist(w);
	mutex_exit(&scsa_watch_lock);
	scsa_watch_free(w);
	return (SCSI_WATCH_TERMINATE_SUCCESS);
}

int scsi_watch_get_ref_count(opaque_t token)
{
	struct scsa_watch *w = (struct scsa_watch *)token;
	int ref = 0;

	mutex_enter(&scsa_watch_lock);
	if (w != NULL && scsa_watch_listed(w))
		ref = w->ref;
	mutex_exit(&scsa_watch_lock);
	return (ref);
}

void scsi_watch_suspend(opaque_t token)
{
	struct scsa_watch *w = (struct scsa_watch *)token;

	mutex_enter(&scsa_watch_lock);
	if (w != NULL && scsa_watch_listed(w) && w->state == SCSA_WATCH_RUN) {
		w->state = SCSA_WATCH_SUSPENDED;
		cv_broadcast(&w->cv);
		/* A poll under way finishes, callback included, before we return. */
		while (w->busy)
			cv_wait(&w->cv, &scsa_watch_lock);
	}
	mutex_exit(&scsa_watch_lock);
}

void scsi_watch_resume(opaque_t token)
{
	struct scsa_watch *w = (struct scsa_watch *)token;

	mutex_enter(&scsa_watch_lock);
	if (w != NULL && scsa_watch_listed(w) && w->state == SCSA_WATCH_SUSPENDED) {
		w->state = SCSA_WATCH_RUN;
		cv_broadcast(&w->cv);
	}
	mutex_exit(&scsa_watch_lock);
}
