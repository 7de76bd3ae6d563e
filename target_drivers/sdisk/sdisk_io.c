// SPDX-License-Identifier: GPL-2.0
/*
 * sdisk I/O: strategy(9E), the wait queue and its throttle, READ/WRITE
 * packets walked through DMA windows, completion with bounded retries,
 * REQUEST SENSE by hand when the HBA has no auto request sense, and the
 * synchronous internal commands of attach and ioctl.  Both kinds of
 * command go through one decision tree (sdisk_decide()): the same
 * retries, delays and error counters.
 *
 * A buf waits on sk_waitq (kstat wait queue) until a packet is allocated
 * for it and first transported (run queue).  A buf whose packet is to be
 * sent again, for a retry or its next window, goes on sk_retryq, which
 * sdisk_start() serves before new bufs; delayed retries arm one restart
 * timeout for the instance, during which nothing new is started, as sd
 * does.
 */
#include "sdisk.h"

/*
 * What to do with a command that has completed, or that the HBA did not
 * take: the verdict of sdisk's one decision tree (sdisk_decide() and
 * below), for READ/WRITE packets and internal commands alike.
 */
typedef enum {
	SDISK_V_DONE,		/* success: GOOD, or a recovered error */
	SDISK_V_RETRY,		/* send it again, after sv_delay ticks */
	SDISK_V_SENSE,		/* CHECK CONDITION without sense: fetch it */
	SDISK_V_FAIL		/* give up with sv_err */
} sdisk_act_t;

struct sdisk_verdict {
	sdisk_act_t	sv_act;
	int		sv_err;		/* SDISK_V_FAIL: the errno */
	clock_t		sv_delay;	/* SDISK_V_RETRY: 0 for at once */
	int		sv_qfull;	/* QUEUE FULL: the device holds fewer */
	uint8_t		*sv_sense;	/* the sense data decided on, if any */
	int		sv_info;	/* the sense names the failed block: */
	uint64_t	sv_blkno;	/* this one */
};

static const int sdisk_try_limit[SDISK_NTRY] = {
	[SDISK_TRY_ERR] = SDISK_RETRIES,
	[SDISK_TRY_BUSY] = SDISK_BUSY_RETRIES,
	[SDISK_TRY_UA] = SDISK_UA_RETRIES,
	[SDISK_TRY_READY] = SDISK_READY_RETRIES,
};

static void sdisk_start(struct sdisk *sk);
static void sdisk_intr(struct scsi_pkt *pkt);
static void sdisk_rqs_intr(struct scsi_pkt *pkt);
static void sdisk_rqs_start(struct sdisk *sk, struct sdisk_cmd *cmd);

/* sdisk_send() results */
#define SEND_DONE	0	/* transported, or finished with an error */
#define SEND_BUSY	1	/* TRAN_BUSY: try again after a delay */
#define SEND_NORES	2	/* no resources for the next window yet */

static void sdisk_v_fail(struct sdisk_verdict *v, int err)
{
	v->sv_act = SDISK_V_FAIL;
	v->sv_err = err;
}

/* A retry after delay, counted. */
static void sdisk_v_again(struct sdisk *sk, clock_t delay, struct sdisk_verdict *v)
{
	SK_ERRINC(sk, se_retries);
	v->sv_act = SDISK_V_RETRY;
	v->sv_delay = delay;
}

/* A retry on budget kind (SDISK_TRY_*), after delay; EIO once it is spent. */
static void sdisk_v_retry(struct sdisk *sk, int *tries, int kind, clock_t delay,
    struct sdisk_verdict *v)
{
	if (++tries[kind] > sdisk_try_limit[kind])
		sdisk_v_fail(v, EIO);
	else
		sdisk_v_again(sk, delay, v);
}

/*
 * scsi_transport() did not take the packet.  TRAN_BUSY (the HBA's queue
 * is full) is tried again shortly, on the busy budget, and is no retry of
 * the command, which never left; anything else fails.
 */
static void sdisk_refused(struct sdisk *sk, int rv, int *tries, struct sdisk_verdict *v)
{
	bzero(v, sizeof (*v));
	if (rv == TRAN_BUSY && ++tries[SDISK_TRY_BUSY] <= SDISK_BUSY_RETRIES) {
		SK_ERRINC(sk, se_busy);
		v->sv_act = SDISK_V_RETRY;
		v->sv_delay = SDISK_TRANBUSY_DELAY;
		return;
	}
	SK_ERRINC(sk, se_transerrs);
	sdisk_v_fail(v, rv == TRAN_FATAL_ERROR ? ENXIO : EIO);
}

/*
 * CHECK CONDITION whose sense could not be had (no ARQ data, REQUEST
 * SENSE failed or busy): retried blind; a lasting condition comes back.
 */
static void sdisk_nosense(struct sdisk *sk, int *tries, clock_t delay, struct sdisk_verdict *v)
{
	bzero(v, sizeof (*v));
	sdisk_v_retry(sk, tries, SDISK_TRY_ERR, delay, v);
}

/* CHECK CONDITION with its sense data. */
static void sdisk_decide_sense(struct sdisk *sk, uint8_t *sense, int *tries,
    struct sdisk_verdict *v)
{
	uint8_t key = scsi_sense_key(sense), asc = scsi_sense_asc(sense);
	uint8_t ascq = scsi_sense_ascq(sense);

	bzero(v, sizeof (*v));
	v->sv_sense = sense;
	switch (key) {
	case KEY_RECOVERABLE_ERROR:
		SK_ERRINC(sk, se_rq_recov_err);
		SK_ERRINC(sk, se_softerrs);
		v->sv_act = SDISK_V_DONE;
		return;
	case KEY_NOT_READY:
		SK_ERRINC(sk, se_rq_ntrdy_err);
		if (asc == 0x3a)		/* medium not present */
			sdisk_v_fail(v, ENXIO);
		else if (asc == 0x04 && ascq == 0x01)	/* becoming ready */
			sdisk_v_retry(sk, tries, SDISK_TRY_READY, SDISK_RETRY_DELAY, v);
		else
			sdisk_v_retry(sk, tries, SDISK_TRY_ERR, SDISK_BUSY_DELAY, v);
		return;
	case KEY_UNIT_ATTENTION:
		SK_ERRINC(sk, se_unit_attn);
		sdisk_v_retry(sk, tries, SDISK_TRY_UA, 0, v);
		return;
	case KEY_ABORTED_COMMAND:
	case KEY_NO_SENSE:
		sdisk_v_retry(sk, tries, SDISK_TRY_ERR, 0, v);
		return;
	case KEY_MEDIUM_ERROR:
	case KEY_HARDWARE_ERROR:
		if (key == KEY_MEDIUM_ERROR)
			SK_ERRINC(sk, se_rq_media_err);
		v->sv_info = scsi_sense_info_uint64(sense, SENSE_LENGTH, &v->sv_blkno);
		sdisk_v_fail(v, EIO);
		return;
	case KEY_ILLEGAL_REQUEST:
		SK_ERRINC(sk, se_rq_illrq_err);
		sdisk_v_fail(v, EIO);
		return;
	case KEY_DATA_PROTECT:
		sdisk_v_fail(v, EACCES);
		return;
	default:
		sdisk_v_fail(v, EIO);
		return;
	}
}

/*
 * A completed packet: pkt_reason, then the status, then the sense.  tries
 * are the command's retry counts, per budget.
 */
static void sdisk_decide(struct sdisk *sk, struct scsi_pkt *pkt, int *tries,
    struct sdisk_verdict *v)
{
	struct scsi_arq_status *arq = (struct scsi_arq_status *)pkt->pkt_scbp;

	bzero(v, sizeof (*v));
	if (pkt->pkt_reason != CMD_CMPLT) {
		SK_ERRINC(sk, se_transerrs);
		if (pkt->pkt_reason == CMD_DEV_GONE)
			sdisk_v_fail(v, ENXIO);
		else if (pkt->pkt_reason == CMD_INCOMPLETE)	/* never reached it */
			sdisk_v_retry(sk, tries, SDISK_TRY_ERR, SDISK_BUSY_DELAY, v);
		else		/* timeouts, resets, aborts, transport errors */
			sdisk_v_retry(sk, tries, SDISK_TRY_ERR, 0, v);
		return;
	}
	switch (*pkt->pkt_scbp & STATUS_MASK) {
	case STATUS_GOOD:
		v->sv_act = SDISK_V_DONE;
		return;
	case STATUS_CHECK:
		if (pkt->pkt_state & STATE_ARQ_DONE)
			sdisk_decide_sense(sk, (uint8_t *)&arq->sts_sensedata, tries, v);
		else if (!sk->sk_arq)
			v->sv_act = SDISK_V_SENSE;
		else
			sdisk_nosense(sk, tries, 0, v);
		return;
	case STATUS_QFULL:
		/*
		 * The device holds fewer than we sent: the throttle comes
		 * down, and the retry is on no budget (sd's
		 * SD_RETRIES_NOCHECK), since a command may meet a full queue
		 * many times while others drain it, and that is no error.
		 */
		SK_ERRINC(sk, se_busy);
		v->sv_qfull = 1;
		sdisk_v_again(sk, SDISK_TRANBUSY_DELAY, v);
		return;
	case STATUS_BUSY:
		SK_ERRINC(sk, se_busy);
		sdisk_v_retry(sk, tries, SDISK_TRY_BUSY, SDISK_BUSY_DELAY, v);
		return;
	case STATUS_RESERVATION_CONFLICT:
		sdisk_v_fail(v, EACCES);
		return;
	default:		/* CONDITION MET, INTERMEDIATE, ACA ACTIVE... */
		sdisk_v_fail(v, EIO);
		return;
	}
}

static void sdisk_restart(void *arg)
{
	struct sdisk *sk = arg;

	mutex_enter(&sk->sk_mutex);
	sk->sk_restart_tid = NULL;
	sk->sk_runout = 0;	/* see sdisk_wait_resources() */
	mutex_exit(&sk->sk_mutex);
	sdisk_start(sk);
}

/*
 * A QUEUE FULL lowered the throttle to what the device held: it comes back
 * by a tenth (at least one) a second, as sd brings its back by steps.  All
 * at once, the next restart would overfill the device again.
 */
static void sdisk_throttle_up(void *arg)
{
	struct sdisk *sk = arg;

	mutex_enter(&sk->sk_mutex);
	sk->sk_throttle_tid = NULL;
	sk->sk_throttle = MIN(sk->sk_max_throttle, sk->sk_throttle + MAX(sk->sk_throttle / 10, 1));
	if (sk->sk_throttle < sk->sk_max_throttle)
		sk->sk_throttle_tid = timeout(sdisk_throttle_up, sk, SDISK_QFULL_STEP);
	mutex_exit(&sk->sk_mutex);
	sdisk_start(sk);
}

/* Called with sk_mutex held. */
static void sdisk_arm_restart(struct sdisk *sk, clock_t delay)
{
	ASSERT(MUTEX_HELD(&sk->sk_mutex));
	if (sk->sk_restart_tid == NULL)
		sk->sk_restart_tid = timeout(sdisk_restart, sk, delay);
}

/*
 * An allocation failed for want of resources: the resource callback
 * restarts us when a packet is freed.  The callback may already have run
 * since gen; then try again at once.  With nothing of ours in transport
 * there may be no packet to free (sd arms SD_RESTART_TIMEOUT for this
 * case), so a timer retries too: the first of the two restarts us.
 * Called with sk_mutex held.
 */
static void sdisk_wait_resources(struct sdisk *sk, uint_t gen, boolean_t idle)
{
	ASSERT(MUTEX_HELD(&sk->sk_mutex));
	sk->sk_runout = gen == sk->sk_runout_gen;
	if (sk->sk_runout && idle)
		sdisk_arm_restart(sk, SDISK_RUNOUT_DELAY);
}

/*
 * Resource callback of scsi_init_pkt(): by instance number, not pointer,
 * since the framework may run it after the instance has gone.
 */
static int sdisk_runout(caddr_t arg)
{
	struct sdisk *sk = ddi_get_soft_state(sdisk_statep, (int)(uintptr_t)arg);

	if (sk == NULL)
		return (1);
	mutex_enter(&sk->sk_mutex);
	sk->sk_runout = 0;
	sk->sk_runout_gen++;
	mutex_exit(&sk->sk_mutex);
	sdisk_start(sk);
	return (1);
}

/* The end of a buf: kstats, the packet freed, biodone, the queue moved on. */
static void sdisk_finish(struct sdisk *sk, struct sdisk_cmd *cmd, int err, size_t resid)
{
	struct buf *bp = cmd->sc_bp;
	struct scsi_pkt *pkt = cmd->sc_pkt;
	kstat_io_t *kio;
	size_t n;

	if (err != 0) {
		bioerror(bp, err);
		SK_ERRINC(sk, se_harderrs);
	}
	bp->b_resid = MIN(resid, bp->b_bcount);
	n = bp->b_bcount - bp->b_resid;

	mutex_enter(&sk->sk_mutex);
	if ((kio = SK_IOSTAT(sk)) != NULL) {
		if (cmd->sc_inrunq)
			kstat_runq_exit(kio);
		else
			kstat_waitq_exit(kio);
		if (bp->b_flags & B_READ) {
			kio->reads++;
			kio->nread += n;
		} else {
			kio->writes++;
			kio->nwritten += n;
		}
	}
	sk->sk_ncmds--;
	if (sk->sk_ncmds == 0)
		cv_broadcast(&sk->sk_cv);
	mutex_exit(&sk->sk_mutex);

	bp->b_private = NULL;
	scsi_destroy_pkt(pkt);		/* frees cmd too */
	biodone(bp);
	sdisk_start(sk);
}

/* READ/WRITE(10), or (16) beyond 32-bit blocks or 0xffff blocks a command. */
static void sdisk_setup_rw(struct sdisk *sk, struct sdisk_cmd *cmd)
{
	struct scsi_pkt *pkt = cmd->sc_pkt;
	union scsi_cdb *cdb = (union scsi_cdb *)pkt->pkt_cdbp;
	diskaddr_t lba = cmd->sc_blkno + cmd->sc_done / sk->sk_blksize;
	uint32_t nblks = (uint32_t)(cmd->sc_win / sk->sk_blksize);
	int rd = (cmd->sc_bp->b_flags & B_READ) != 0;

	if (pkt->pkt_cdblen >= CDB_GROUP4) {
		bzero(cdb, CDB_GROUP4);
		cdb->scc_cmd = rd ? SCMD_READ_G4 : SCMD_WRITE_G4;
		FORMG4LONGADDR(cdb, (uint64_t)lba);
		FORMG4COUNT(cdb, nblks);
	} else {
		bzero(cdb, CDB_GROUP1);
		(void) scsi_setup_cdb(cdb, rd ? SCMD_READ_G1 : SCMD_WRITE_G1, (uint_t)lba, nblks, 0);
	}
}

/*
 * Send a packet: bind its next window first if needed.  Called without
 * sk_mutex.
 */
static int sdisk_send(struct sdisk *sk, struct sdisk_cmd *cmd)
{
	struct scsi_pkt *pkt = cmd->sc_pkt;
	struct buf *bp = cmd->sc_bp;
	struct sdisk_verdict v;
	kstat_io_t *kio;
	int rv;

	if (cmd->sc_newwin) {
		if (scsi_init_pkt(&sk->sk_sd->sd_address, pkt, bp, 0, 0, 0, 0, sdisk_runout,
		    (caddr_t)(uintptr_t)sk->sk_instance) == NULL) {
			if (geterror(bp) != 0) {
				sdisk_finish(sk, cmd, geterror(bp), bp->b_bcount - cmd->sc_done);
				return (SEND_DONE);
			}
			return (SEND_NORES);
		}
		cmd->sc_newwin = 0;
		cmd->sc_win = MIN(pkt->pkt_dma_len, cmd->sc_xfer - cmd->sc_done);
	}
	sdisk_setup_rw(sk, cmd);
	pkt->pkt_resid = 0;	/* from now on, the transfer residual */
	pkt->pkt_comp = sdisk_intr;
	pkt->pkt_private = (opaque_t)cmd;
	pkt->pkt_time = sk->sk_io_time;
	pkt->pkt_flags = sk->sk_max_throttle > 1 ? FLAG_STAG : 0;

	mutex_enter(&sk->sk_mutex);
	if (!cmd->sc_inrunq && (kio = SK_IOSTAT(sk)) != NULL)
		kstat_waitq_to_runq(kio);
	cmd->sc_inrunq = 1;
	mutex_exit(&sk->sk_mutex);

	rv = scsi_transport(pkt);
	if (rv == TRAN_ACCEPT)
		return (SEND_DONE);

	mutex_enter(&sk->sk_mutex);
	if ((kio = SK_IOSTAT(sk)) != NULL)
		kstat_runq_back_to_waitq(kio);
	cmd->sc_inrunq = 0;
	mutex_exit(&sk->sk_mutex);
	sdisk_refused(sk, rv, cmd->sc_tries, &v);
	if (v.sv_act == SDISK_V_RETRY)
		return (SEND_BUSY);
	sdisk_finish(sk, cmd, v.sv_err, bp->b_bcount - cmd->sc_done);
	return (SEND_DONE);
}

/*
 * The wait and retry queues, FIFOs of bufs through av_forw.  Called with
 * sk_mutex held.
 */
static void sdisk_q_append(struct sdisk_bufq *q, struct buf *bp)
{
	bp->av_forw = NULL;
	if (q->bq_tail != NULL)
		q->bq_tail->av_forw = bp;
	else
		q->bq_head = bp;
	q->bq_tail = bp;
}

/* At the head: a buf put back, or a packet to resend before the others. */
static void sdisk_q_push(struct sdisk_bufq *q, struct buf *bp)
{
	bp->av_forw = q->bq_head;
	q->bq_head = bp;
	if (q->bq_tail == NULL)
		q->bq_tail = bp;
}

static struct buf *sdisk_q_take(struct sdisk_bufq *q)
{
	struct buf *bp = q->bq_head;

	if (bp != NULL) {
		q->bq_head = bp->av_forw;
		if (q->bq_head == NULL)
			q->bq_tail = NULL;
		bp->av_forw = NULL;
	}
	return (bp);
}

/* A packet, with its first window, for a buf; NULL if resources are short. */
static struct sdisk_cmd *sdisk_pkt_alloc(struct sdisk *sk, struct buf *bp)
{
	diskaddr_t blkno = (diskaddr_t)bp->b_lblkno * DEV_BSIZE / sk->sk_blksize;
	size_t xfer = bp->b_bcount;
	struct scsi_pkt *pkt;
	struct sdisk_cmd *cmd;
	int cdblen;

	/* The part of the buf beyond the medium is not transferred. */
	if (blkno + xfer / sk->sk_blksize > sk->sk_nblocks)
		xfer = (size_t)(sk->sk_nblocks - blkno) * sk->sk_blksize;
	cdblen = (sk->sk_cdb16 && (blkno + xfer / sk->sk_blksize > 0xffffffffULL ||
	    xfer / sk->sk_blksize > 0xffff)) ? CDB_GROUP4 : CDB_GROUP1;

	pkt = scsi_init_pkt(&sk->sk_sd->sd_address, NULL, bp, cdblen,
	    sk->sk_arq ? (int)sizeof (struct scsi_arq_status) : 1,
	    (int)sizeof (struct sdisk_cmd), PKT_DMA_PARTIAL, sdisk_runout,
	    (caddr_t)(uintptr_t)sk->sk_instance);
	if (pkt == NULL)
		return (NULL);
	cmd = (struct sdisk_cmd *)pkt->pkt_private;
	bp->b_private = cmd;
	cmd->sc_bp = bp;
	cmd->sc_pkt = pkt;
	cmd->sc_sk = sk;
	cmd->sc_blkno = blkno;
	cmd->sc_xfer = xfer;
	cmd->sc_win = MIN(pkt->pkt_dma_len, xfer);
	return (cmd);
}

/*
 * After sdisk_send(): a packet the HBA was too busy to take, or whose next
 * window found no resources, goes back to the head of the retry queue.
 * The resource callback may run as soon as an allocation has failed,
 * before we get here: wait for it only if it has not run since gen.
 */
static void sdisk_sent(struct sdisk *sk, struct buf *bp, int rv, uint_t gen)
{
	ASSERT(MUTEX_HELD(&sk->sk_mutex));
	if (rv == SEND_BUSY) {
		sdisk_q_push(&sk->sk_retryq, bp);
		sdisk_arm_restart(sk, SDISK_TRANBUSY_DELAY);
	} else if (rv == SEND_NORES) {
		sdisk_q_push(&sk->sk_retryq, bp);
		/* sk_ncmds counts the packets waiting here: arm the timer. */
		sdisk_wait_resources(sk, gen, B_TRUE);
	}
}

/* Send the first packet of the retry queue.  Called with sk_mutex held. */
static void sdisk_start_retry(struct sdisk *sk)
{
	uint_t gen = sk->sk_runout_gen;
	struct buf *bp = sdisk_q_take(&sk->sk_retryq);
	int rv;

	mutex_exit(&sk->sk_mutex);
	rv = sdisk_send(sk, SDISK_BP_CMD(bp));
	mutex_enter(&sk->sk_mutex);
	sdisk_sent(sk, bp, rv, gen);
}

/*
 * A buf for which no packet can be made (scsi_init_pkt() set its error):
 * it leaves the wait queue failed.  Called with sk_mutex held.
 */
static void sdisk_reject(struct sdisk *sk, struct buf *bp)
{
	kstat_io_t *kio;

	if ((kio = SK_IOSTAT(sk)) != NULL)
		kstat_waitq_exit(kio);
	if (sk->sk_ncmds == 0)
		cv_broadcast(&sk->sk_cv);
	mutex_exit(&sk->sk_mutex);
	SK_ERRINC(sk, se_harderrs);
	bp->b_resid = bp->b_bcount;
	biodone(bp);
	mutex_enter(&sk->sk_mutex);
}

/*
 * A packet for the first buf of the wait queue, sent; the buf goes back
 * to the head if resources are short.  Called with sk_mutex held.
 */
static void sdisk_start_buf(struct sdisk *sk)
{
	uint_t gen = sk->sk_runout_gen;
	struct buf *bp = sdisk_q_take(&sk->sk_waitq);
	struct sdisk_cmd *cmd;
	int rv;

	sk->sk_ncmds++;
	mutex_exit(&sk->sk_mutex);
	if ((cmd = sdisk_pkt_alloc(sk, bp)) != NULL) {
		rv = sdisk_send(sk, cmd);
		mutex_enter(&sk->sk_mutex);
		sdisk_sent(sk, bp, rv, gen);
		return;
	}
	mutex_enter(&sk->sk_mutex);
	sk->sk_ncmds--;
	if (geterror(bp) != 0) {
		sdisk_reject(sk, bp);
		return;
	}
	sdisk_q_push(&sk->sk_waitq, bp);
	sdisk_wait_resources(sk, gen, sk->sk_ncmds == 0);
}

/*
 * Start what the throttle allows: packets to resend first, then new bufs.
 * One thread at a time runs the loop; another finds it running and
 * leaves: the loop looks at the queues under sk_mutex before it ends, so
 * it sees the work the other thread queued.
 */
static void sdisk_start(struct sdisk *sk)
{
	mutex_enter(&sk->sk_mutex);
	if (sk->sk_starting) {
		mutex_exit(&sk->sk_mutex);
		return;
	}
	sk->sk_starting = 1;
	while (sk->sk_restart_tid == NULL && !sk->sk_runout) {
		if (sk->sk_retryq.bq_head != NULL)
			sdisk_start_retry(sk);
		else if (sk->sk_waitq.bq_head != NULL && sk->sk_ncmds < sk->sk_throttle)
			sdisk_start_buf(sk);
		else
			break;
	}
	sk->sk_starting = 0;
	mutex_exit(&sk->sk_mutex);
}

/* Send cmd's packet again, before anything else, at once or after delay. */
static void sdisk_resend(struct sdisk *sk, struct sdisk_cmd *cmd, clock_t delay)
{
	mutex_enter(&sk->sk_mutex);
	sdisk_q_push(&sk->sk_retryq, cmd->sc_bp);
	if (delay != 0)
		sdisk_arm_restart(sk, delay);
	mutex_exit(&sk->sk_mutex);
	sdisk_start(sk);
}

/* GOOD (or recovered): on to the next window, or the buf is done. */
static void sdisk_window_done(struct sdisk *sk, struct sdisk_cmd *cmd)
{
	struct scsi_pkt *pkt = cmd->sc_pkt;
	struct buf *bp = cmd->sc_bp;

	/* A window clipped at the end of the medium maps more than it moves. */
	if (pkt->pkt_resid > 0 && (size_t)pkt->pkt_resid > pkt->pkt_dma_len - cmd->sc_win) {
		/* The device moved less than asked: an error, as sd sees it. */
		size_t moved = pkt->pkt_dma_len - MIN((size_t)pkt->pkt_resid, pkt->pkt_dma_len);

		sdisk_finish(sk, cmd, EIO, bp->b_bcount - cmd->sc_done - moved);
		return;
	}
	cmd->sc_done += cmd->sc_win;
	if (cmd->sc_done >= cmd->sc_xfer) {
		sdisk_finish(sk, cmd, 0, bp->b_bcount - cmd->sc_done);
		return;
	}
	cmd->sc_newwin = 1;
	bzero(cmd->sc_tries, sizeof (cmd->sc_tries));
	sdisk_resend(sk, cmd, 0);
}

/*
 * What a failed buf did not move: everything from this window on, but
 * for the blocks before the failed one when the sense names it.
 */
static size_t sdisk_fail_resid(struct sdisk *sk, struct sdisk_cmd *cmd,
    const struct sdisk_verdict *v)
{
	diskaddr_t first = cmd->sc_blkno + cmd->sc_done / sk->sk_blksize;
	size_t moved = 0;

	if (v->sv_info && v->sv_blkno >= first &&
	    v->sv_blkno < first + cmd->sc_win / sk->sk_blksize)
		moved = (size_t)(v->sv_blkno - first) * sk->sk_blksize;
	return (cmd->sc_bp->b_bcount - cmd->sc_done - moved);
}

/* Carry out the verdict on a READ/WRITE packet. */
static void sdisk_act(struct sdisk *sk, struct sdisk_cmd *cmd, const struct sdisk_verdict *v)
{
	if (v->sv_qfull) {
		/* The device holds fewer than we sent: slow down. */
		mutex_enter(&sk->sk_mutex);
		sk->sk_throttle = MAX(1, sk->sk_ncmds - 1);
		if (sk->sk_throttle_tid == NULL)
			sk->sk_throttle_tid = timeout(sdisk_throttle_up, sk, SDISK_QFULL_STEP);
		mutex_exit(&sk->sk_mutex);
	}
	switch (v->sv_act) {
	case SDISK_V_DONE:
		sdisk_window_done(sk, cmd);
		break;
	case SDISK_V_RETRY:
		sdisk_resend(sk, cmd, v->sv_delay);
		break;
	case SDISK_V_SENSE:
		sdisk_rqs_start(sk, cmd);
		break;
	case SDISK_V_FAIL:
		sdisk_finish(sk, cmd, v->sv_err, sdisk_fail_resid(sk, cmd, v));
		break;
	}
}

/*
 * No auto request sense: fetch the sense with the instance's REQUEST SENSE
 * packet.  Only one is outstanding; a second CHECK CONDITION meanwhile is
 * retried blind (its condition, if persistent, is reported again).
 */
static void sdisk_rqs_start(struct sdisk *sk, struct sdisk_cmd *cmd)
{
	struct scsi_pkt *rqp = sk->sk_rqs_pkt;
	struct sdisk_verdict v;

	mutex_enter(&sk->sk_mutex);
	if (rqp == NULL || sk->sk_rqs_for != NULL) {
		mutex_exit(&sk->sk_mutex);
		sdisk_nosense(sk, cmd->sc_tries, 0, &v);
		sdisk_act(sk, cmd, &v);
		return;
	}
	sk->sk_rqs_for = cmd->sc_pkt;
	mutex_exit(&sk->sk_mutex);

	SK_ERRINC(sk, se_rqsense);
	bzero(sk->sk_rqs_bp->b_un.b_addr, SENSE_LENGTH);
	(void) scsi_setup_cdb((union scsi_cdb *)rqp->pkt_cdbp, SCMD_REQUEST_SENSE, 0,
	    SENSE_LENGTH, 0);
	rqp->pkt_comp = sdisk_rqs_intr;
	rqp->pkt_private = (opaque_t)sk;
	rqp->pkt_time = SDISK_CMD_TIME;
	rqp->pkt_flags = FLAG_HEAD | FLAG_SENSING;
	rqp->pkt_resid = 0;
	if (scsi_transport(rqp) != TRAN_ACCEPT) {
		mutex_enter(&sk->sk_mutex);
		sk->sk_rqs_for = NULL;
		cv_broadcast(&sk->sk_cv);
		mutex_exit(&sk->sk_mutex);
		sdisk_nosense(sk, cmd->sc_tries, SDISK_BUSY_DELAY, &v);
		sdisk_act(sk, cmd, &v);
	}
}

static void sdisk_rqs_intr(struct scsi_pkt *rqp)
{
	struct sdisk *sk = (struct sdisk *)rqp->pkt_private;
	struct sdisk_cmd *cmd;
	struct sdisk_verdict v;
	uint8_t sense[SENSE_LENGTH];
	int good;

	good = rqp->pkt_reason == CMD_CMPLT && (*rqp->pkt_scbp & STATUS_MASK) == STATUS_GOOD;
	bcopy(sk->sk_rqs_bp->b_un.b_addr, sense, SENSE_LENGTH);
	mutex_enter(&sk->sk_mutex);
	cmd = (struct sdisk_cmd *)sk->sk_rqs_for->pkt_private;
	sk->sk_rqs_for = NULL;
	cv_broadcast(&sk->sk_cv);
	mutex_exit(&sk->sk_mutex);
	if (good)
		sdisk_decide_sense(sk, sense, cmd->sc_tries, &v);
	else
		sdisk_nosense(sk, cmd->sc_tries, 0, &v);
	sdisk_act(sk, cmd, &v);
}

/* pkt_comp of READ/WRITE packets; runs in the framework's completion thread. */
static void sdisk_intr(struct scsi_pkt *pkt)
{
	struct sdisk_cmd *cmd = (struct sdisk_cmd *)pkt->pkt_private;
	struct sdisk_verdict v;

	sdisk_decide(cmd->sc_sk, pkt, cmd->sc_tries, &v);
	sdisk_act(cmd->sc_sk, cmd, &v);
}

int sdisk_strategy(struct buf *bp)
{
	struct sdisk *sk = ddi_get_soft_state(sdisk_statep, SDISK_INST(bp->b_edev));
	offset_t off = ldbtob(bp->b_lblkno);
	offset_t size;
	kstat_io_t *kio;
	int err = 0;

	bp->b_resid = bp->b_bcount;
	if (sk == NULL) {
		err = ENXIO;
		goto fail;
	}
	size = (offset_t)sk->sk_nblocks * sk->sk_blksize;
	if (off % sk->sk_blksize != 0 || bp->b_bcount % sk->sk_blksize != 0) {
		err = EINVAL;
		goto fail;
	}
	if (off >= size || bp->b_bcount == 0) {
		/* At the end: nothing moved, no error; beyond it: ENXIO. */
		if (off > size)
			err = ENXIO;
		goto fail;
	}
	mutex_enter(&sk->sk_mutex);
	if ((kio = SK_IOSTAT(sk)) != NULL)
		kstat_waitq_enter(kio);
	sdisk_q_append(&sk->sk_waitq, bp);
	mutex_exit(&sk->sk_mutex);
	sdisk_start(sk);
	return (0);

fail:
	if (err != 0)
		bioerror(bp, err);
	biodone(bp);
	return (0);
}

/*
 * The raw device moves whole device blocks at block offsets: 0, or
 * ENXIO/EINVAL for a request it cannot take.
 */
static int sdisk_raw_check(struct sdisk *sk, struct uio *uiop)
{
	uint_t i;

	if (sk == NULL)
		return (ENXIO);
	if (uiop->uio_loffset % sk->sk_blksize != 0)
		return (EINVAL);
	for (i = 0; i < (uint_t)uiop->uio_iovcnt; i++)
		if (uiop->uio_iov[i].iov_len % sk->sk_blksize != 0)
			return (EINVAL);
	return (0);
}

/* physio(9F) pins the user's pages and calls strategy, minphys bounding each buf. */
static int sdisk_rw(dev_t dev, struct uio *uiop, int rw)
{
	struct sdisk *sk = ddi_get_soft_state(sdisk_statep, SDISK_INST(dev));
	int err = sdisk_raw_check(sk, uiop);

	return (err != 0 ? err : physio(sdisk_strategy, NULL, dev, rw, minphys, uiop));
}

int sdisk_read(dev_t dev, struct uio *uiop, cred_t *credp)
{
	return (sdisk_rw(dev, uiop, B_READ));
}

int sdisk_write(dev_t dev, struct uio *uiop, cred_t *credp)
{
	return (sdisk_rw(dev, uiop, B_WRITE));
}

/*
 * Asynchronous raw I/O (aio, io_uring): aphysio(9F) pins the pages and
 * hands one buf to strategy without waiting, as sd's sdaread() does, so
 * that a caller's whole queue depth reaches the wait queue and the
 * device.  Without aread(9E)/awrite(9E) each request would be done
 * synchronously, one at a time, whatever the depth asked for.
 */
static int sdisk_arw(dev_t dev, struct aio_req *aio, int rw)
{
	struct sdisk *sk = ddi_get_soft_state(sdisk_statep, SDISK_INST(dev));
	int err = sdisk_raw_check(sk, aio->aio_uio);

	return (err != 0 ? err : aphysio(sdisk_strategy, anocancel, dev, rw, minphys, aio));
}

int sdisk_aread(dev_t dev, struct aio_req *aio, cred_t *credp)
{
	return (sdisk_arw(dev, aio, B_READ));
}

int sdisk_awrite(dev_t dev, struct aio_req *aio, cred_t *credp)
{
	return (sdisk_arw(dev, aio, B_WRITE));
}

/*
 * Cancel the timeout *tidp, which sk_mutex guards.  untimeout() waits for
 * a callback already running, and one may arm itself again
 * (sdisk_throttle_up()): cancel until none is left.  Called with sk_mutex
 * held; drops it meanwhile.
 */
static void sdisk_untimeout(struct sdisk *sk, timeout_id_t *tidp)
{
	timeout_id_t tid;

	ASSERT(MUTEX_HELD(&sk->sk_mutex));
	while ((tid = *tidp) != NULL) {
		*tidp = NULL;
		mutex_exit(&sk->sk_mutex);
		(void) untimeout(tid);
		mutex_enter(&sk->sk_mutex);
	}
}

/* Wait until nothing of the instance is queued, in flight or pending. */
void sdisk_drain(struct sdisk *sk)
{
	mutex_enter(&sk->sk_mutex);
	while (sk->sk_ncmds != 0 || sk->sk_waitq.bq_head != NULL || sk->sk_rqs_for != NULL)
		cv_wait(&sk->sk_cv, &sk->sk_mutex);
	sdisk_untimeout(sk, &sk->sk_restart_tid);
	sdisk_untimeout(sk, &sk->sk_throttle_tid);
	mutex_exit(&sk->sk_mutex);
	if (sk->sk_taskq != NULL)
		ddi_taskq_wait(sk->sk_taskq);
}

/* The REQUEST SENSE packet of an instance whose HBA has no ARQ. */
int sdisk_rqs_init(struct sdisk *sk)
{
	struct scsi_address *ap = &sk->sk_sd->sd_address;

	sk->sk_rqs_bp = scsi_alloc_consistent_buf(ap, NULL, SENSE_LENGTH, B_READ, SLEEP_FUNC,
	    NULL);
	if (sk->sk_rqs_bp == NULL)
		return (DDI_FAILURE);
	sk->sk_rqs_pkt = scsi_init_pkt(ap, NULL, sk->sk_rqs_bp, CDB_GROUP0, 1, 0,
	    PKT_CONSISTENT, SLEEP_FUNC, NULL);
	if (sk->sk_rqs_pkt == NULL) {
		scsi_free_consistent_buf(sk->sk_rqs_bp);
		sk->sk_rqs_bp = NULL;
		return (DDI_FAILURE);
	}
	return (DDI_SUCCESS);
}

void sdisk_rqs_fini(struct sdisk *sk)
{
	if (sk->sk_rqs_pkt != NULL)
		scsi_destroy_pkt(sk->sk_rqs_pkt);
	if (sk->sk_rqs_bp != NULL)
		scsi_free_consistent_buf(sk->sk_rqs_bp);
	sk->sk_rqs_pkt = NULL;
	sk->sk_rqs_bp = NULL;
}

/* REQUEST SENSE, polled, for sdisk_cmd_sync() without ARQ. */
static int sdisk_rqs_sync(struct sdisk *sk, uint8_t *sense)
{
	struct scsi_address *ap = &sk->sk_sd->sd_address;
	struct scsi_pkt *pkt;
	struct buf *bp;
	int rv = -1;

	bp = scsi_alloc_consistent_buf(ap, NULL, SENSE_LENGTH, B_READ, SLEEP_FUNC, NULL);
	if (bp == NULL)
		return (-1);
	pkt = scsi_init_pkt(ap, NULL, bp, CDB_GROUP0, 1, 0, PKT_CONSISTENT, SLEEP_FUNC, NULL);
	if (pkt != NULL) {
		SK_ERRINC(sk, se_rqsense);
		(void) scsi_setup_cdb((union scsi_cdb *)pkt->pkt_cdbp, SCMD_REQUEST_SENSE, 0,
		    SENSE_LENGTH, 0);
		pkt->pkt_flags = FLAG_NOINTR | FLAG_SENSING;
		pkt->pkt_time = SDISK_CMD_TIME;
		if (scsi_transport(pkt) == TRAN_ACCEPT && pkt->pkt_reason == CMD_CMPLT &&
		    (*pkt->pkt_scbp & STATUS_MASK) == STATUS_GOOD) {
			bcopy(bp->b_un.b_addr, sense, SENSE_LENGTH);
			rv = 0;
		}
		scsi_destroy_pkt(pkt);
	}
	scsi_free_consistent_buf(bp);
	return (rv);
}

/*
 * One try of a synchronous command: sent polled, decided (*v), its sense
 * kept in sbuf.  Returns 0, or the errno if no packet could be had.
 */
static int sdisk_sync_try(struct sdisk *sk, union scsi_cdb *cdb, int cdblen, struct buf *bp,
    int *tries, uint8_t *sbuf, struct sdisk_verdict *v)
{
	struct scsi_pkt *pkt;
	int rv;

	pkt = scsi_init_pkt(&sk->sk_sd->sd_address, NULL, bp, cdblen,
	    sk->sk_arq ? (int)sizeof (struct scsi_arq_status) : 1, 0,
	    bp != NULL ? PKT_CONSISTENT : 0, SLEEP_FUNC, NULL);
	if (pkt == NULL)
		return (bp != NULL && geterror(bp) != 0 ? geterror(bp) : ENOMEM);
	bcopy(cdb, pkt->pkt_cdbp, cdblen);
	pkt->pkt_flags = FLAG_NOINTR;
	pkt->pkt_time = SDISK_CMD_TIME;
	if ((rv = scsi_transport(pkt)) != TRAN_ACCEPT) {
		sdisk_refused(sk, rv, tries, v);
	} else {
		if (bp != NULL)
			bp->b_resid = pkt->pkt_resid;
		sdisk_decide(sk, pkt, tries, v);
		if (v->sv_sense != NULL) {	/* ARQ data, freed with pkt */
			bcopy(v->sv_sense, sbuf, SENSE_LENGTH);
			v->sv_sense = sbuf;
		}
	}
	scsi_destroy_pkt(pkt);
	if (v->sv_act == SDISK_V_SENSE) {
		if (sdisk_rqs_sync(sk, sbuf) == 0)
			sdisk_decide_sense(sk, sbuf, tries, v);
		else
			sdisk_nosense(sk, tries, 0, v);
	}
	return (0);
}

/*
 * A command run to completion in the calling thread (attach, ioctl),
 * retried as READ/WRITE packets are (sdisk_decide()), waiting out the
 * delays here.  It is not counted in the throttle, so its QUEUE FULL does
 * not lower it.  bp, if any, comes from scsi_alloc_consistent_buf().
 * Returns 0, SDISK_CHECK when the command failed on its sense data (the
 * sense in sense[], when given), or an errno.
 */
int sdisk_cmd_sync(struct sdisk *sk, union scsi_cdb *cdb, int cdblen, struct buf *bp,
    uint8_t *sense, size_t senselen)
{
	int tries[SDISK_NTRY];
	uint8_t sbuf[SENSE_LENGTH];
	struct sdisk_verdict v;
	int err;

	bzero(tries, sizeof (tries));
	for (;;) {
		if ((err = sdisk_sync_try(sk, cdb, cdblen, bp, tries, sbuf, &v)) != 0)
			return (err);
		switch (v.sv_act) {
		case SDISK_V_DONE:
			return (0);
		case SDISK_V_RETRY:
			if (v.sv_delay != 0)
				delay(v.sv_delay);
			break;
		default:	/* SDISK_V_FAIL: sdisk_sync_try() fetched any sense */
			if (v.sv_sense == NULL)
				return (v.sv_err);
			if (sense != NULL)
				bcopy(sbuf, sense, MIN(senselen, sizeof (sbuf)));
			return (SDISK_CHECK);
		}
	}
}
