// SPDX-License-Identifier: GPL-2.0
/*
 * Command execution: struct hba_lx_cmd onto a blk-mq passthrough request.
 *
 * This is the hot path of the project.  Per command:
 *  - no allocation but the blk-mq request, taken at submit and given back
 *    in end_io, so a parked command never pins a tag.  The bio lives in
 *    the caller's descriptor (lx_priv) and its vector table is the caller's
 *    segment array itself (struct scsa_lx_seg is laid out as bio_vec);
 *  - no data copy and no bounce: data that breaks the queue limits is
 *    refused with -EINVAL instead (blk_rq_map_kern() would copy it); the
 *    SCSA layer puts misaligned data in copy buffers before it gets here
 *    (HBA_LX_CMD_COPYBUF, counted as "bounced");
 *  - no shared lock: in-flight accounting is a per-LUN percpu_ref, the
 *    counters are per CPU, the only lock is the descriptor's own.  The
 *    depth we give the LLD is one atomic per LUN (lx_depth_enter()).
 *
 * Completion.  end_io may run in hard-IRQ context (virtio-scsi completes
 * from its virtqueue interrupt).  illumos completion routines take adaptive
 * mutexes and resubmit, so end_io only records the outcome and pushes the
 * descriptor on a per-CPU lock-free list; the first push onto an empty list
 * queues that CPU's work item on hba_lx_wq, whose worker drains the list
 * and calls each done().  One queue_work() and one worker wakeup thus cover
 * a whole burst of completions instead of one each.  A done() that blocks
 * holds up the later ones of its batch, as a blocking completion routine
 * holds up its HBA's interrupt thread on illumos.  done() therefore
 * always runs in process context and never inside submit.  A command whose
 * submitter waits for it in physio(9F) (HBA_LX_CMD_HANDOFF) is handed to
 * that thread instead, if it is waiting already: it runs done() itself,
 * which saves the worker's wake-up and two context switches per command
 * (scsa_compat's lx/handoff.c says when that is safe).
 *
 * Submission from atomic context.  blk_execute_rq_nowait() WARNs with
 * interrupts off and scsi_alloc_request() may sleep, so from atomic
 * context the command is validated at once and then handed to the same
 * work item, which issues it from process context.  The caller still sees
 * "accepted" and gets exactly one done().
 *
 * Retries.  scmd->allowed = 0: the SCSA target driver retries itself, as
 * it does on illumos, where the HBA never retries on its own.
 */
#include <linux/module.h>
#include <linux/bio.h>
#include <linux/blk-mq.h>
#include <linux/workqueue.h>
#include <linux/llist.h>
#include <linux/spinlock.h>
#include <linux/vmalloc.h>
#include <linux/mm.h>
#include <linux/sched/task_stack.h>
#include <scsi/scsi.h>
#include <scsi/scsi_cmnd.h>
#include <scsi/scsi_host.h>

#include <scsa_ddi.h>
#include <scsa_mem.h>
#include "lx_hba.h"

/**
 * struct hba_lx_cmd_priv - the Linux state inside hba_lx_cmd.lx_priv
 * @bio: the data bio; bio_endio() uninitialises it, nobody frees it
 * @kva_vecs: vector table for a @kva buffer
 * @work: deferred submission
 * @done_node: on a CPU's list of completed commands
 * @lock: makes @rq stable for hba_lx_cmd_abort() against end_io
 * @rq: the request while the command is in flight, else NULL
 * @bv: the vector table: @kva_vecs or the caller's segments
 * @nvec: entries in @bv
 * @cmd: the descriptor this lives in
 * @lun: target of the command; its in-flight reference is held
 * @deferred: @work must issue the command (atomic-context submit)
 * @aborted: hba_lx_cmd_abort() was called on this command
 */
struct hba_lx_cmd_priv {
	struct bio bio;
	struct bio_vec kva_vecs[HBA_LX_KVA_SEGS];
	struct work_struct work;
	struct llist_node done_node;
	spinlock_t lock;		/* protects rq, deferred, aborted */
	struct request *rq;
	const struct bio_vec *bv;
	unsigned int nvec;
	struct hba_lx_cmd *cmd;
	struct hba_lx_lun *lun;
	bool deferred;
	bool aborted;
};

DEFINE_PER_CPU(struct hba_lx_pcpu_stats, hba_lx_counters);

static struct workqueue_struct *hba_lx_wq;

/* Completed commands waiting for process context, per CPU. */
struct lx_done_list {
	struct llist_head list;
	struct work_struct work;
};

static DEFINE_PER_CPU(struct lx_done_list, lx_done);

static struct hba_lx_cmd_priv *lx_priv(struct hba_lx_cmd *cmd)
{
	BUILD_BUG_ON(sizeof(struct hba_lx_cmd_priv) > sizeof(cmd->lx_priv));
	BUILD_BUG_ON(__alignof__(struct hba_lx_cmd_priv) >
		     __alignof__(cmd->lx_priv));
	return (struct hba_lx_cmd_priv *)cmd->lx_priv;
}

/* The caller's segment array is used as the bio's vector table as is. */
static const struct bio_vec *lx_segs_as_bvecs(const struct scsa_lx_seg *segs)
{
	BUILD_BUG_ON(sizeof(struct scsa_lx_seg) != sizeof(struct bio_vec));
	BUILD_BUG_ON(offsetof(struct scsa_lx_seg, page) !=
		     offsetof(struct bio_vec, bv_page));
	BUILD_BUG_ON(offsetof(struct scsa_lx_seg, len) !=
		     offsetof(struct bio_vec, bv_len));
	BUILD_BUG_ON(offsetof(struct scsa_lx_seg, offset) !=
		     offsetof(struct bio_vec, bv_offset));
	return (const struct bio_vec *)segs;
}

/*
 * Whether we may sleep here.  Besides hard and soft IRQ context this
 * catches spinlocks and preemptible-RCU readers where the kernel counts
 * them (Debian's kernels do: PREEMPT_DYNAMIC).
 */
static bool lx_can_sleep(void)
{
	if (!in_task() || irqs_disabled() || rcu_preempt_depth())
		return false;
	return !IS_ENABLED(CONFIG_PREEMPT_COUNT) || preemptible();
}

/*
 * Validation: everything is checked before anything is allocated, so a bad
 * descriptor costs nothing and is never split, bounced or half-sent.
 */

static int lx_check_cdb(const struct scsi_device *sdev,
			const struct hba_lx_cmd *cmd)
{
	unsigned int max = min_t(unsigned int, sdev->host->max_cmd_len,
				 HBA_LX_MAX_CDB);

	if (!cmd->cdb || !cmd->cdb_len || cmd->cdb_len > max)
		return -EINVAL;
	return 0;
}

static int lx_check_xfer(struct request_queue *q, const struct hba_lx_cmd *cmd)
{
	u64 max = (u64)queue_max_hw_sectors(q) << SECTOR_SHIFT;

	switch (cmd->dir) {
	case HBA_LX_DIR_NONE:
		return cmd->data_len ? -EINVAL : 0;
	case HBA_LX_DIR_READ:
	case HBA_LX_DIR_WRITE:
		if (!cmd->data_len || cmd->data_len > max)
			return -EINVAL;
		if (!cmd->kva && (!cmd->segs || !cmd->nsegs))
			return -EINVAL;
		return 0;
	default:
		return -EINVAL;
	}
}

/*
 * Is there a gap between two segments that the queue's virtual boundary
 * forbids?  (The block layer's bvec_gap_to_prev(), which is not exported.)
 */
static bool lx_virt_gap(const struct bio_vec *prev, const struct bio_vec *bv,
			unsigned long mask)
{
	return ((prev->bv_offset + prev->bv_len) & mask) ||
	       (bv->bv_offset & mask);
}

/*
 * Every segment lies within one page, so the midlayer maps each to exactly
 * one scatterlist entry (__blk_rq_map_sg() splits only multi-page vectors):
 * the segment count we check is the one the LLD sees, and the segment
 * boundary mask (at least PAGE_SIZE - 1) cannot be crossed.
 *
 * Offsets, and lengths but the last, must meet the DMA alignment.  The last
 * length may be odd: Linux's own copy path (bio_copy_kern(), bio_copy_user_iov())
 * hands LLDs exactly that, a whole page whose final segment ends anywhere, and
 * the SCSA layer's copy buffers are built the same way.
 */
static int lx_check_segs(struct request_queue *q, const struct bio_vec *bv,
			 unsigned int n, unsigned int len)
{
	unsigned int align = queue_dma_alignment(q);
	unsigned int max_seg = queue_max_segment_size(q);
	unsigned long vmask = queue_virt_boundary(q);
	unsigned int i, total = 0;

	/* also keeps n within bio_init()'s unsigned short max_vecs */
	if (n > queue_max_segments(q))
		return -EINVAL;
	for (i = 0; i < n; i++) {
		if (!bv[i].bv_page || !bv[i].bv_len ||
		    bv[i].bv_len > max_seg || bv[i].bv_offset >= PAGE_SIZE ||
		    bv[i].bv_len > PAGE_SIZE - bv[i].bv_offset ||
		    (bv[i].bv_offset & align) ||
		    (i + 1 < n && (bv[i].bv_len & align)))
			return -EINVAL;
		if (vmask && i && lx_virt_gap(&bv[i - 1], &bv[i], vmask))
			return -EINVAL;
		if (bv[i].bv_len > len - total)
			return -EINVAL;
		total += bv[i].bv_len;
	}
	return total == len ? 0 : -EINVAL;
}

/**
 * hba_lx_kva_to_segs() - describe a kernel buffer as page segments
 * @kva: page-backed memory (kmalloc, page allocator, vmalloc); not stack
 * @len: bytes
 * @segs: filled in, one per page touched
 * @max: entries in @segs
 *
 * For callers that prepare a segment array once (at scsi_init_pkt() time)
 * for buffers larger than a descriptor's @kva may span.
 *
 * Return: segments used, or -EINVAL (unsupported memory, @max too small).
 */
int hba_lx_kva_to_segs(void *kva, unsigned int len, struct scsa_lx_seg *segs,
		       unsigned int max)
{
	unsigned int n = 0, off, chunk;
	struct page *page;

	if (object_is_on_stack(kva))
		return -EINVAL;	/* no DMA to stacks (vmapped, too) */
	while (len) {
		off = offset_in_page(kva);
		chunk = min_t(unsigned int, len, PAGE_SIZE - off);
		page = scsa_lx_kva_page(kva);
		if (!page || n == max)
			return -EINVAL;
		segs[n].page = page;
		segs[n].offset = off;
		segs[n].len = chunk;
		n++;
		kva += chunk;
		len -= chunk;
	}
	return n;
}
EXPORT_SYMBOL_GPL(hba_lx_kva_to_segs);

/* Point the command's data (p->bv, p->nvec) at a vector table, checked. */
static int lx_cmd_map(struct request_queue *q, struct hba_lx_cmd *cmd)
{
	struct hba_lx_cmd_priv *p = lx_priv(cmd);
	int n;

	p->bv = NULL;
	p->nvec = 0;
	if (cmd->dir == HBA_LX_DIR_NONE)
		return 0;
	if (cmd->kva) {
		n = hba_lx_kva_to_segs(cmd->kva, cmd->data_len,
				       (struct scsa_lx_seg *)p->kva_vecs,
				       HBA_LX_KVA_SEGS);
		if (n < 0)
			return n;
		p->bv = p->kva_vecs;
		p->nvec = n;
	} else {
		p->bv = lx_segs_as_bvecs(cmd->segs);
		p->nvec = cmd->nsegs;
	}
	return lx_check_segs(q, p->bv, p->nvec, cmd->data_len);
}

/*
 * Building and recording
 */

static int lx_alloc_errno(int err)
{
	/*
	 * blk_queue_enter() says -ENODEV for a dying queue; everything else a
	 * NOWAIT allocation can say means "no resources now": TRAN_BUSY.
	 */
	return err == -ENODEV ? -ENODEV : -EAGAIN;
}

/* Give back a request that was never started. */
static void lx_rq_discard(struct hba_lx_cmd_priv *p, struct request *rq)
{
	if (p->nvec)
		bio_uninit(&p->bio);
	blk_mq_free_request(rq);
}

static struct request *lx_rq_build(struct hba_lx_cmd *cmd,
				   blk_mq_req_flags_t mqf)
{
	struct hba_lx_cmd_priv *p = lx_priv(cmd);
	blk_opf_t opf = cmd->dir == HBA_LX_DIR_WRITE ? REQ_OP_DRV_OUT :
							REQ_OP_DRV_IN;
	struct scsi_cmnd *scmd;
	struct request *rq;

	rq = scsi_alloc_request(p->lun->sdev->request_queue, opf, mqf);
	if (IS_ERR(rq))
		return ERR_PTR(lx_alloc_errno(PTR_ERR(rq)));
	scmd = blk_mq_rq_to_pdu(rq);
	memcpy(scmd->cmnd, cmd->cdb, cmd->cdb_len);
	scmd->cmd_len = cmd->cdb_len;
	scmd->allowed = 0;
	scmd->result = 0;
	rq->timeout = min_t(unsigned long, cmd->timeout_sec, UINT_MAX / HZ) * HZ;
	rq->rq_flags |= RQF_QUIET;
	if (!p->nvec)
		return rq;

	/* The block layer only reads the table of a passthrough bio. */
	bio_init(&p->bio, NULL, (struct bio_vec *)p->bv, p->nvec, opf);
	p->bio.bi_vcnt = p->nvec;
	p->bio.bi_iter.bi_size = cmd->data_len;
	if (blk_rq_append_bio(rq, &p->bio)) {
		lx_rq_discard(p, rq);
		return ERR_PTR(-EINVAL);
	}
	if (unlikely(rq->bio != &p->bio || rq->bio->bi_io_vec != p->bv))
		hba_lx_stat_inc(copies);	/* never expected */
	return rq;
}

static unsigned int lx_reason(int result, blk_status_t sts, bool aborted)
{
	unsigned int host = host_byte(result);

	if (aborted && (host != DID_OK || sts == BLK_STS_TIMEOUT))
		return HBA_LX_R_ABORTED;
	switch (host) {
	case DID_OK:
		if (sts == BLK_STS_TIMEOUT)
			return HBA_LX_R_TIMEOUT;
		/* failed with neither host nor device status: not sent */
		if (sts != BLK_STS_OK && !result)
			return HBA_LX_R_TRAN_ERR;
		return HBA_LX_R_OK;
	case DID_TIME_OUT:
		return HBA_LX_R_TIMEOUT;
	case DID_NO_CONNECT:
	case DID_BAD_TARGET:
		return HBA_LX_R_DEV_GONE;
	case DID_ABORT:
		/*
		 * A device that refused the command for now, with TASK SET
		 * FULL or BUSY, did not run it: whatever the LLD adds to that
		 * (scsi_debug's queue-full answer carries DID_ABORT), illumos
		 * reports the status, and target drivers retry it after a
		 * while.  An abort of ours has no such status.
		 */
		if (!aborted && ((result & 0xff) == SAM_STAT_TASK_SET_FULL ||
				 (result & 0xff) == SAM_STAT_BUSY))
			return HBA_LX_R_OK;
		return HBA_LX_R_ABORTED;
	case DID_RESET:
		return HBA_LX_R_RESET;
	default:
		return HBA_LX_R_TRAN_ERR;
	}
}

/*
 * Is the Linux device being removed?  scsi_remove_device() moves it to
 * SDEV_CANCEL, and from then the midlayer fails its commands, before our
 * class interface hears of the removal and sets lun->gone.
 */
static bool lx_sdev_leaving(const struct scsi_device *sdev)
{
	enum scsi_device_state st = READ_ONCE(sdev->sdev_state);

	return st == SDEV_CANCEL || st == SDEV_DEL;
}

static void lx_record(struct hba_lx_cmd *cmd, struct request *rq,
		      blk_status_t sts, bool aborted)
{
	struct scsi_cmnd *scmd = blk_mq_rq_to_pdu(rq);
	unsigned int n = 0;

	cmd->result = scmd->result;
	cmd->status = scmd->result & 0xff;
	cmd->reason = lx_reason(scmd->result, sts, aborted);
	/*
	 * A command that failed once removal began failed because of it: the
	 * midlayer rejects it (DID_ERROR while the sdev is SDEV_CANCEL) or
	 * hba_lx_lun_abort_inflight() aborted it (DID_TIME_OUT).  illumos
	 * says CMD_DEV_GONE.  Commands that completed still say so.
	 */
	if (cmd->reason != HBA_LX_R_OK &&
	    (READ_ONCE(lx_priv(cmd)->lun->gone) || lx_sdev_leaving(lx_priv(cmd)->lun->sdev)))
		cmd->reason = HBA_LX_R_DEV_GONE;
	cmd->resid = min(scmd->resid_len, cmd->data_len);
	cmd->error = blk_status_to_errno(sts);
	if (cmd->sense && scmd->sense_len) {
		n = min(scmd->sense_len, cmd->sense_max);
		memcpy(cmd->sense, scmd->sense_buffer, n);
	}
	cmd->sense_len = n;
	if (cmd->reason != HBA_LX_R_OK || cmd->status)
		dev_dbg(&lx_priv(cmd)->lun->sdev->sdev_gendev, LX_PFX
			"opcode 0x%02x failed: result 0x%x reason %u errno %d sense %u\n",
			cmd->cdb_len ? cmd->cdb[0] : 0, cmd->result, cmd->reason,
			cmd->error, n);
}

/* A command that never reached a request: report it like a completion. */
static void lx_record_unsent(struct hba_lx_cmd *cmd, int err)
{
	cmd->result = 0;
	cmd->status = 0;
	cmd->reason = err == -ENODEV ? HBA_LX_R_DEV_GONE :
		      err == -ECANCELED ? HBA_LX_R_ABORTED :
					  HBA_LX_R_NOT_SENT;
	cmd->resid = cmd->data_len;
	cmd->error = err;
	cmd->sense_len = 0;
	dev_dbg(&lx_priv(cmd)->lun->sdev->sdev_gendev,
		LX_PFX "opcode 0x%02x not sent: %d\n", cmd->cdb_len ? cmd->cdb[0] : 0, err);
}

/* end_io and the synchronous path take the request back from abort. */
static bool lx_rq_detach(struct hba_lx_cmd_priv *p)
{
	unsigned long flags;
	bool aborted;

	spin_lock_irqsave(&p->lock, flags);
	p->rq = NULL;
	aborted = p->aborted;
	spin_unlock_irqrestore(&p->lock, flags);
	return aborted;
}

/*
 * Depth at the LLD: our commands on the LUN's request queue, from
 * blk_execute_rq_nowait() to end_io.  (Linux's /sys/block/sdX/inflight
 * counts only requests with a partition, never pass-through ones.)  One
 * atomic per LUN; the samples taken at each submit are per CPU, and the
 * high-water mark is written only when it rises.
 */
static void lx_depth_enter(struct hba_lx_lun *lun)
{
	int n = atomic_inc_return(&lun->lld_now);
	int max = atomic_read(&lun->lld_max);
	struct hba_lx_depth *d;

	while (n > max && !atomic_try_cmpxchg(&lun->lld_max, &max, n))
		;
	d = get_cpu_ptr(lun->depth);
	d->samples++;
	d->sum += n;
	d->hist[hba_lx_depth_bucket(n)]++;
	put_cpu_ptr(lun->depth);
}

static void lx_depth_leave(struct hba_lx_lun *lun)
{
	atomic_dec(&lun->lld_now);
}

/**
 * hba_lx_lun_depth_show() - one LUN's depth at the LLD, for debugfs
 * @m: the file
 * @lun: the LUN
 *
 * "depth H:C:T:L now N max N samples N sum N hist A B ...": commands at
 * the LLD now, the most since load (or the last reset), and at each
 * submit the depth found, itself included: how many submits, the depths
 * summed (sum / samples is the mean) and a histogram of them, buckets
 * 1, 2, 3-4, 5-8, ..., 129 and more.
 */
void hba_lx_lun_depth_show(struct seq_file *m, struct hba_lx_lun *lun)
{
	struct hba_lx_depth t = {};
	const struct hba_lx_depth *d;
	unsigned int i;
	int cpu;

	for_each_possible_cpu(cpu) {
		d = per_cpu_ptr(lun->depth, cpu);
		t.samples += READ_ONCE(d->samples);
		t.sum += READ_ONCE(d->sum);
		for (i = 0; i < HBA_LX_DEPTH_BUCKETS; i++)
			t.hist[i] += READ_ONCE(d->hist[i]);
	}
	seq_printf(m, "depth %u:%u:%u:%llu now %d max %d samples %llu sum %llu hist",
		   lun->addr.host, lun->addr.channel, lun->addr.target,
		   lun->addr.lun, atomic_read(&lun->lld_now),
		   atomic_read(&lun->lld_max), t.samples, t.sum);
	for (i = 0; i < HBA_LX_DEPTH_BUCKETS; i++)
		seq_printf(m, " %llu", t.hist[i]);
	seq_putc(m, '\n');
}

/*
 * Completion
 */

static void lx_complete(struct hba_lx_cmd_priv *p)
{
	struct hba_lx_lun *lun = p->lun;
	struct hba_lx_cmd *cmd = p->cmd;

	hba_lx_stat_inc(completed);
	cmd->done(cmd);		/* may free or resubmit cmd: p is dead now */
	percpu_ref_put(&lun->inflight);
}

/* In the thread that waits for the command (scsa_lx_handoff_end()). */
static void lx_handoff_run(struct llist_node *node)
{
	lx_complete(llist_entry(node, struct hba_lx_cmd_priv, done_node));
}

/* Process context: every command completed on this list's CPU so far. */
static void lx_done_work(struct work_struct *work)
{
	struct lx_done_list *dl = container_of(work, struct lx_done_list, work);
	struct hba_lx_cmd_priv *p, *next;
	struct llist_node *first;

	/* The list is LIFO; complete in the order the device finished them. */
	first = llist_reverse_order(llist_del_all(&dl->list));
	llist_for_each_entry_safe(p, next, first, done_node)
		lx_complete(p);		/* next was read first: p may be reused */
}

static enum rq_end_io_ret lx_end_io(struct request *rq, blk_status_t sts)
{
	struct hba_lx_cmd *cmd = rq->end_io_data;
	struct hba_lx_cmd_priv *p = lx_priv(cmd);
	struct lx_done_list *dl;
	int cpu;

	lx_depth_leave(p->lun);
	lx_record(cmd, rq, sts, lx_rq_detach(p));
	if ((cmd->flags & HBA_LX_CMD_HANDOFF) &&
	    scsa_lx_handoff_push(cmd->handoff, &p->done_node, lx_handoff_run)) {
		hba_lx_stat_inc(handed);
		return RQ_END_IO_FREE;
	}
	/*
	 * Only the push that finds the list empty queues the work: a worker
	 * that has already taken the list may run on, but the next push
	 * finds it empty again and queues the work afresh.
	 */
	cpu = get_cpu();
	dl = per_cpu_ptr(&lx_done, cpu);
	if (llist_add(&p->done_node, &dl->list))
		queue_work_on(cpu, hba_lx_wq, &dl->work);
	put_cpu();
	return RQ_END_IO_FREE;
}

/*
 * Submission
 */

/* Everything but the request: validate, take the in-flight reference. */
static int lx_cmd_start(struct hba_lx_lun *lun, struct hba_lx_cmd *cmd)
{
	struct request_queue *q = lun->sdev->request_queue;
	struct hba_lx_cmd_priv *p = lx_priv(cmd);
	int ret;

	if (READ_ONCE(lun->gone) || lx_sdev_leaving(lun->sdev))
		return -ENODEV;		/* the authoritative check is below */
	ret = lx_check_cdb(lun->sdev, cmd);
	if (!ret)
		ret = lx_check_xfer(q, cmd);
	if (!ret)
		ret = lx_cmd_map(q, cmd);
	if (ret)
		return ret;
	if (!percpu_ref_tryget_live(&lun->inflight))
		return -ENODEV;
	spin_lock_init(&p->lock);
	p->rq = NULL;
	p->cmd = cmd;
	p->lun = lun;
	p->deferred = false;
	p->aborted = false;
	return 0;
}

/*
 * Make the request visible to hba_lx_cmd_abort(), in the same critical
 * section that ends a deferral, so that an abort always finds the command
 * either deferred or in flight.  False if it was aborted while deferred.
 */
static bool lx_rq_publish(struct hba_lx_cmd_priv *p, struct request *rq)
{
	unsigned long flags;
	bool aborted;

	spin_lock_irqsave(&p->lock, flags);
	aborted = p->aborted;
	if (!aborted) {
		p->rq = rq;
		p->deferred = false;
	}
	spin_unlock_irqrestore(&p->lock, flags);
	return !aborted;
}

/* Hand the command to blk-mq.  On success cmd and lun may already be gone. */
static int lx_cmd_issue(struct hba_lx_cmd *cmd, blk_mq_req_flags_t mqf)
{
	struct hba_lx_cmd_priv *p = lx_priv(cmd);
	struct blk_plug *plug;
	struct request *rq;

	rq = lx_rq_build(cmd, mqf);
	if (IS_ERR(rq))
		return PTR_ERR(rq);
	rq->end_io = lx_end_io;
	rq->end_io_data = cmd;
	if (!lx_rq_publish(p, rq)) {
		lx_rq_discard(p, rq);
		return -ECANCELED;
	}
	hba_lx_stat_inc(submitted);
	if (cmd->flags & HBA_LX_CMD_COPYBUF)
		hba_lx_stat_inc(bounced);
	/*
	 * blk_execute_rq_nowait() adds to current's plug.  Only to the
	 * framework's own, taken for a batch of block requests: any other
	 * may be the one blk-mq is flushing right now (strategy(9E) runs
	 * inside its direct issue, an sdisk block node under writeback), and
	 * a plug must not grow while it is being flushed.
	 */
	plug = current->plug;
	if (plug && scsa_lx_own_plug())
		hba_lx_stat_inc(batched);
	else
		current->plug = NULL;
	lx_depth_enter(p->lun);	/* before: end_io may run at once */
	blk_execute_rq_nowait(rq, cmd->flags & HBA_LX_CMD_HEAD);
	current->plug = plug;
	return 0;
}

/* Process context, for a command submitted from atomic context. */
static void lx_cmd_issue_deferred(struct work_struct *work)
{
	struct hba_lx_cmd_priv *p = container_of(work, struct hba_lx_cmd_priv, work);
	struct hba_lx_cmd *cmd = p->cmd;
	int ret;

	/* The submitter could not wait for a request; we can. */
	ret = lx_cmd_issue(cmd, 0);
	if (ret) {
		lx_record_unsent(cmd, ret);
		lx_complete(p);
	}
}

static void lx_cmd_defer(struct hba_lx_cmd_priv *p)
{
	p->deferred = true;
	hba_lx_stat_inc(deferred);
	INIT_WORK(&p->work, lx_cmd_issue_deferred);
	queue_work(hba_lx_wq, &p->work);
}

/**
 * hba_lx_cmd_submit() - start a command; done() reports the outcome
 * @lun: the LUN
 * @cmd: the command, owned by the caller until done() is called
 *
 * From process context the request is allocated and the command issued
 * here (sleeping for a request unless HBA_LX_CMD_NOWAIT).  From atomic
 * context (IRQ, softirq, spinlock, IRQs off) the command is validated here
 * and issued from a worker, which may wait for a request; NOWAIT has no
 * effect then since the caller never waits.
 *
 * Context: any.
 * Return: 0 when accepted: done() will be called exactly once, later, in
 * process context.  Otherwise done() is not called and:
 * -EINVAL for a malformed descriptor or data that breaks the limits
 * (never split, copied or bounced), -ENODEV if the LUN is gone or going,
 * -EAGAIN if HBA_LX_CMD_NOWAIT and no request is free now (TRAN_BUSY).
 */
int hba_lx_cmd_submit(struct hba_lx_lun *lun, struct hba_lx_cmd *cmd)
{
	struct hba_lx_cmd_priv *p = lx_priv(cmd);
	int ret;

	if (!cmd->done)
		return -EINVAL;
	ret = lx_cmd_start(lun, cmd);
	if (ret)
		return ret;
	if (!lx_can_sleep()) {
		lx_cmd_defer(p);
		return 0;
	}
	ret = lx_cmd_issue(cmd, cmd->flags & HBA_LX_CMD_NOWAIT ?
				BLK_MQ_REQ_NOWAIT : 0);
	if (ret) {
		if (ret == -EAGAIN)
			hba_lx_stat_inc(busy);
		percpu_ref_put(&lun->inflight);
	}
	return ret;
}
EXPORT_SYMBOL_GPL(hba_lx_cmd_submit);

/**
 * hba_lx_cmd_exec_sync() - run a command and wait for it
 * @lun: the LUN
 * @cmd: the command; @cmd->done is neither needed nor called
 *
 * Same validation, request and result fields as hba_lx_cmd_submit(), for
 * scsi_probe() INQUIRYs and FLAG_NOINTR packets.  The wait is the block
 * layer's own (blk_execute_rq(), which also polls polled queues).
 *
 * Context: process context; sleeps.
 * Return: 0 when the command ran (see the result fields), -EDEADLK if
 * called where it cannot sleep, else as hba_lx_cmd_submit().
 */
int hba_lx_cmd_exec_sync(struct hba_lx_lun *lun, struct hba_lx_cmd *cmd)
{
	struct hba_lx_cmd_priv *p = lx_priv(cmd);
	struct request *rq;
	blk_status_t sts;
	int ret;

	if (!lx_can_sleep())
		return -EDEADLK;
	ret = lx_cmd_start(lun, cmd);
	if (ret)
		return ret;
	rq = lx_rq_build(cmd, cmd->flags & HBA_LX_CMD_NOWAIT ?
				BLK_MQ_REQ_NOWAIT : 0);
	if (IS_ERR(rq)) {
		ret = PTR_ERR(rq);
		goto put_inflight;
	}
	lx_rq_publish(p, rq);	/* nobody can abort it before this */
	hba_lx_stat_inc(submitted);
	if (cmd->flags & HBA_LX_CMD_COPYBUF)
		hba_lx_stat_inc(bounced);
	lx_depth_enter(lun);
	sts = blk_execute_rq(rq, cmd->flags & HBA_LX_CMD_HEAD);
	lx_depth_leave(lun);
	lx_record(cmd, rq, sts, lx_rq_detach(p));
	blk_mq_free_request(rq);
	hba_lx_stat_inc(completed);
put_inflight:
	percpu_ref_put(&lun->inflight);
	return ret;
}
EXPORT_SYMBOL_GPL(hba_lx_cmd_exec_sync);

/**
 * hba_lx_cmd_abort() - ask for an accepted command to be aborted
 * @cmd: the command; the caller keeps it allocated during the call
 *
 * Linux gives a ULD one abort: blk_abort_request(), which expires the
 * request at once so that the SCSI error handler aborts it through the
 * LLD (escalating to resets if the LLD cannot abort), as on a timeout.
 * The command then completes with HBA_LX_R_ABORTED, unless it completed
 * normally first.
 *
 * Context: any.
 * Return: 0 if an abort was started, -ENOENT if @cmd is not in flight.
 */
int hba_lx_cmd_abort(struct hba_lx_cmd *cmd)
{
	struct hba_lx_cmd_priv *p = lx_priv(cmd);
	unsigned long flags;
	int ret = -ENOENT;

	spin_lock_irqsave(&p->lock, flags);
	if (p->rq) {
		p->aborted = true;
		blk_abort_request(p->rq);
		ret = 0;
	} else if (p->deferred) {
		p->aborted = true;	/* completes without being sent */
		ret = 0;
	}
	spin_unlock_irqrestore(&p->lock, flags);
	if (!ret)	/* p->lun is only known for a command in flight */
		dev_dbg(&p->lun->sdev->sdev_gendev, LX_PFX "abort started\n");
	return ret;
}
EXPORT_SYMBOL_GPL(hba_lx_cmd_abort);

static bool lx_abort_one(struct request *rq, void *data)
{
	struct hba_lx_lun *lun = data;

	/* Only ours, on this LUN: the tag set is the whole host's. */
	if (rq->q == lun->sdev->request_queue && rq->end_io == lx_end_io)
		blk_abort_request(rq);
	return true;
}

/**
 * hba_lx_lun_abort_inflight() - abort the LUN's commands at the LLD
 * @lun: a LUN being removed (gone set, in-flight reference killed)
 *
 * Removal waits for every accepted command, and a command the device sits
 * on (or never answers) would hold it for its whole timeout.  Expiring
 * them now lets the error handler abort them through the LLD at once,
 * as a timeout would; lx_record() reports them as CMD_DEV_GONE.  Requests
 * not yet started need nothing: the midlayer fails them on dispatch, the
 * device being in SDEV_CANCEL.  The iterator holds a reference on each
 * request, so one that completes meanwhile is not reused under us.
 *
 * Context: process context, from the SCSI device's removal.
 */
void hba_lx_lun_abort_inflight(struct hba_lx_lun *lun)
{
	blk_mq_tagset_busy_iter(&lun->sdev->host->tag_set, lx_abort_one, lun);
}

/**
 * hba_lx_lun_reset() - reset a LUN, its target or its bus
 * @lun: the LUN
 * @level: HBA_LX_RESET_*
 *
 * Linux performs resets only from its error handler, or for user space
 * through scsi_ioctl_reset() (SG_SCSI_RESET), which takes a __user pointer
 * and CAP_SYS_ADMIN and is not exported for in-kernel callers; no kernel
 * interface lets an upper-level driver ask for one.  So this reports "not
 * supported" rather than a success that did not happen; the SCSA layer
 * answers scsi_reset() with failure (0), which target drivers handle, and
 * a stuck command is recovered through hba_lx_cmd_abort(), which lets the
 * error handler escalate to real resets.
 *
 * Return: -ENODEV if the LUN is gone, else -EOPNOTSUPP.
 */
int hba_lx_lun_reset(struct hba_lx_lun *lun, int level)
{
	if (READ_ONCE(lun->gone))
		return -ENODEV;
	dev_dbg(&lun->sdev->sdev_gendev, LX_PFX "reset (level %d) not supported\n", level);
	return -EOPNOTSUPP;
}
EXPORT_SYMBOL_GPL(hba_lx_lun_reset);

/**
 * hba_lx_hba_get_stats() - read the counters
 * @st: filled in with sums over all CPUs
 */
void hba_lx_hba_get_stats(struct hba_lx_stats *st)
{
	const struct hba_lx_pcpu_stats *s;
	int cpu;

	memset(st, 0, sizeof(*st));
	for_each_possible_cpu(cpu) {
		s = per_cpu_ptr(&hba_lx_counters, cpu);
		st->submitted += READ_ONCE(s->submitted);
		st->completed += READ_ONCE(s->completed);
		st->busy += READ_ONCE(s->busy);
		st->deferred += READ_ONCE(s->deferred);
		st->copies += READ_ONCE(s->copies);
		st->bounced += READ_ONCE(s->bounced);
		st->batched += READ_ONCE(s->batched);
		st->handed += READ_ONCE(s->handed);
	}
}
EXPORT_SYMBOL_GPL(hba_lx_hba_get_stats);

int hba_lx_cmd_init(void)
{
	int cpu;

	for_each_possible_cpu(cpu) {
		struct lx_done_list *dl = per_cpu_ptr(&lx_done, cpu);

		init_llist_head(&dl->list);
		INIT_WORK(&dl->work, lx_done_work);
	}
	/*
	 * WQ_MEM_RECLAIM: completions of a future block device must make
	 * progress under memory pressure.  Per-CPU (not unbound): done() runs
	 * on the CPU that took the interrupt, with the descriptor still in
	 * its cache; a done() that blocks on a mutex lets concurrency
	 * management start another worker.
	 */
	hba_lx_wq = alloc_workqueue("hba_lx_done", WQ_MEM_RECLAIM | WQ_HIGHPRI,
				    0);
	return hba_lx_wq ? 0 : -ENOMEM;
}

void hba_lx_cmd_exit(void)
{
	destroy_workqueue(hba_lx_wq);
}
