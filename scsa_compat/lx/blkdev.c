// SPDX-License-Identifier: GPL-2.0
/*
 * Block devices for illumos S_IFBLK minor nodes, the Linux half; its
 * partner is ddi_blkdev.c.  A gendisk per node, whose I/O becomes
 * buf(9S)s handed to the driver's strategy(9E) and whose opens, closes
 * and ioctls reach its cb_ops with OTYP_BLK.
 *
 * Two ways in, chosen per node when it is made (the blk_bio parameter):
 *  - blk-mq (the default): a request per buf, its PDU holding the buf.
 *  - bio-based: submit_bio() makes the buf from the bio itself, as
 *    illumos's specfs hands a buf straight to strategy(9E).  The target
 *    driver queues and throttles for itself (sd's wait queue), so blk-mq's
 *    tags and request are a second queue in front of it; without them each
 *    I/O costs one block-layer request, the pass-through one.  The buf
 *    comes from a mempool instead, and batching from the submitter's plug.
 *
 * Zero copy: the data's pages are described to the buf as a B_PAGEIO
 * segment list (ddi_buf_impl.h) kept beside the struct buf; the SCSA
 * layer builds DMA windows straight from it.  The queue limits make every
 * physical segment lie within one page, so the list never has more
 * entries than the request or bio has segments.
 *
 * Where Linux differs:
 *  - The gendisk's own dev_t is an extended one (major 259); the driver
 *    sees the illumos dev_t, makedevice(<driver major>, <minor>), in
 *    open(9E), close(9E), ioctl(9E) and b_edev.
 *  - No FUA: a buf has no way to ask for one, so writes are durable only
 *    after a flush, which becomes DKIOCFLUSHWRITECACHE.
 *  - blk-mq times nothing out: the SCSA layer times out each command, as
 *    illumos's HBAs do, and a strategy routine owns a buf until biodone().
 *  - Linux >= 6.5 gives release() no open mode: close(9E) gets the flags
 *    of the last open.
 *  - A bio fails whole: Linux has no partial completion of a bio, where a
 *    request's done part completes and only the rest fails.
 */
#include <linux/blk-mq.h>
#include <linux/blkdev.h>
#include <linux/compat.h>
#include <linux/cred.h>
#include <linux/highmem.h>
#include <linux/idr.h>
#include <linux/llist.h>
#include <linux/log2.h>
#include <linux/mempool.h>
#include <linux/module.h>
#include <linux/refcount.h>
#include <linux/sched/mm.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/workqueue.h>

#include <scsa_blkdev.h>
#include <scsa_mem.h>
#include <scsa_fastpath.h>
#include "scsa_events.h"
#include "scsa_kcompat.h"
#include "scsa_lx.h"

/*
 * Per request: 256 segments of at most a page, 1 MiB (illumos's maxphys
 * here, see ddi_buf.c's maxphys).  Drivers split larger transfers themselves
 * (PKT_DMA_PARTIAL, their minphys); Linux splits before that.
 */
#define SCSA_BLK_MAX_SEGS	256
#define SCSA_BLK_MAX_SECTORS	(1024 * 1024 / SECTOR_SIZE)
#define SCSA_BLK_QUEUE_DEPTH	32

static bool scsa_blk_bio;
module_param_named(blk_bio, scsa_blk_bio, bool, 0644);
MODULE_PARM_DESC(blk_bio, "Block nodes made from now on take bios (submit_bio) instead of blk-mq requests");

/*
 * The requests (with their PDUs, some 4.5 KiB each) of every block node of
 * one instance: sd makes a node per slice, up to 21 per disk, which share
 * the disk's queue depth as they do on illumos.  @disks: nodes not yet
 * deleted (the tag set is freed after the last del_gendisk()); @ref: nodes
 * not yet freed, and the list's reference while @disks is not 0.
 */
struct scsa_blk_set {
	struct list_head list;
	void *dip;
	int disks;
	refcount_t ref;
	struct blk_mq_tag_set tag_set;
};

struct scsa_lx_disk {
	struct gendisk *gd;
	struct scsa_blk_set *set;		/* blk-mq only */
	atomic_t inflight;			/* bio-based: bios taken */
	struct block_device_operations fops;	/* owner: the port's module */
	struct scsa_drv *drv;
	void *dip;
	unsigned int devt;			/* the illumos dev_t */
	char *path;
	int name_id;				/* from scsa_blk_ida, or -1 */
	struct llist_head deferred;		/* queued, strategy not yet run */
	struct list_head pending;		/* on scsa_blk_pending */
	int npending;				/* add_work, del_work queued */
	bool added;
	struct work_struct add_work;
	struct work_struct del_work;
	struct work_struct resize_work;
	struct mutex lock;			/* what the opens left: */
	bool dead;				/* the node is removed */
	int opens;
	void *hold;
	int last_flag;
	unsigned int blksize;
	int wce;
};

/*
 * What follows the struct buf in a request's PDU, or in a bio-based node's
 * element of scsa_blk_bio_pool.
 */
struct scsa_blk_cmd {
	struct work_struct work;
	struct llist_node defer_node;
	struct scsa_lx_disk *disk;
	struct bio *bio;			/* bio-based, else NULL */
	unsigned long start;			/* bio-based: for the I/O stats */
	bool preflush;				/* bio-based: flush, then write */
	bool fua;				/* bio-based: write, then flush */
	int err;				/* the buf's result */
	unsigned long resid;
	struct scsa_pageio pio;
	struct scsa_pageio_seg segs[SCSA_BLK_MAX_SEGS];
};

static struct workqueue_struct *scsa_blk_wq;
static unsigned long scsa_blk_bufsz;	/* struct buf, rounded up */
static struct kmem_cache *scsa_blk_bio_cache;	/* buf and scsa_blk_cmd */
static mempool_t *scsa_blk_bio_pool;
static DEFINE_IDA(scsa_blk_ida);
static LIST_HEAD(scsa_blk_sets);
static DEFINE_MUTEX(scsa_blk_sets_lock);
static struct workqueue_struct *scsa_blk_ctl_wq;	/* adds and deletions, in order */
static LIST_HEAD(scsa_blk_pending);		/* with a queued add or deletion */
static DEFINE_SPINLOCK(scsa_blk_pending_lock);
static DECLARE_WAIT_QUEUE_HEAD(scsa_blk_pending_wait);

static struct scsa_blk_cmd *scsa_blk_cmd(struct request *rq)
{
	return blk_mq_rq_to_pdu(rq) + scsa_blk_bufsz;
}

static struct request *scsa_blk_rq(struct scsa_blk_cmd *cmd)
{
	return blk_mq_rq_from_pdu((void *)cmd - scsa_blk_bufsz);
}

static void *scsa_blk_cmd_buf(struct scsa_blk_cmd *cmd)
{
	return (void *)cmd - scsa_blk_bufsz;
}

/*
 * Completion
 */

/*
 * The request's result: what came before b_resid was transferred, the rest
 * failed.  A short transfer without b_error is an error too: the request
 * was in range.
 */
static void scsa_blk_end(struct request *rq, int err, unsigned long resid)
{
	unsigned int bytes = blk_rq_bytes(rq), done;
	blk_status_t st;

	if (resid > bytes)
		resid = bytes;
	if (!err && !resid) {
		blk_mq_end_request(rq, BLK_STS_OK);
		return;
	}
	st = err ? errno_to_blk_status(err) : BLK_STS_IOERR;
	done = err && !resid ? 0 : round_down(bytes - (unsigned int)resid,
					       queue_logical_block_size(rq->q));
	if (done && !blk_update_request(rq, BLK_STS_OK, done)) {
		__blk_mq_end_request(rq, BLK_STS_OK);
		return;
	}
	blk_mq_end_request(rq, st);
}

static void scsa_blk_bio_flush_work(struct work_struct *work);

/*
 * A bio's result: bio_endio(), unless it asked to be durable (REQ_FUA),
 * which without FUA on the device is a flush once it is written.
 */
static void scsa_blk_bio_end(struct scsa_blk_cmd *cmd, int err, unsigned long resid)
{
	struct scsa_lx_disk *disk = cmd->disk;
	struct bio *bio = cmd->bio;

	if (!err && resid)
		err = -EIO;
	if (!err && cmd->fua) {
		INIT_WORK(&cmd->work, scsa_blk_bio_flush_work);
		queue_work(scsa_blk_wq, &cmd->work);
		return;
	}
	bio->bi_status = errno_to_blk_status(err);
	bio_end_io_acct(bio, cmd->start);
	mempool_free(scsa_blk_cmd_buf(cmd), scsa_blk_bio_pool);
	bio_endio(bio);
	/* Only the address is used: the disk may be freed once it is 0. */
	if (atomic_dec_and_test(&disk->inflight))
		wake_up_var(&disk->inflight);
}

static void scsa_blk_cmd_end(struct scsa_blk_cmd *cmd, int err, unsigned long resid)
{
	if (cmd->bio)
		scsa_blk_bio_end(cmd, err, resid);
	else
		scsa_blk_end(scsa_blk_rq(cmd), err, resid);
}

/* What bp_mapin() made of the data's pages, undone where that may sleep. */
static void scsa_blk_unmap_work(struct work_struct *work)
{
	struct scsa_blk_cmd *cmd = container_of(work, struct scsa_blk_cmd, work);
	bool read = cmd->bio ? bio_data_dir(cmd->bio) == READ :
			       rq_data_dir(scsa_blk_rq(cmd)) == READ;

	scsa_lx_pageio_unmap(&cmd->pio, cmd->pio.maplen, read);
	scsa_blk_cmd_end(cmd, cmd->err, cmd->resid);
}

/*
 * The buf's b_iodone, from wherever the driver called biodone(): a mapping
 * the driver left in place is undone here, by a worker when that may
 * sleep (vunmap, a bounce buffer copied back); a page's own address needs
 * nothing.
 */
void scsa_lx_disk_done(void *bp, int err, unsigned long resid)
{
	struct scsa_blk_cmd *cmd = bp + scsa_blk_bufsz;
	const void *id = cmd->bio ? (void *)cmd->bio : blk_mq_rq_from_pdu(bp);

	trace_scsa_blk_done(id, cmd->disk->gd->disk_name, err, resid);
	if (cmd->pio.bounce || (cmd->pio.kva && is_vmalloc_addr(cmd->pio.kva))) {
		cmd->err = err;
		cmd->resid = resid;
		INIT_WORK(&cmd->work, scsa_blk_unmap_work);
		queue_work(scsa_blk_wq, &cmd->work);
		return;
	}
	scsa_blk_cmd_end(cmd, err, resid);	/* pio is made anew per I/O */
}

/* REQ_OP_FLUSH: DKIOCFLUSHWRITECACHE may sleep as long as the device likes. */
static void scsa_blk_flush_work(struct work_struct *work)
{
	struct scsa_blk_cmd *cmd = container_of(work, struct scsa_blk_cmd, work);
	struct request *rq = scsa_blk_rq(cmd);
	int err = scsa_blk_flush(cmd->disk->drv, cmd->disk->devt);

	blk_mq_end_request(rq, errno_to_blk_status(err));
}

/*
 * Submission
 */

/* Marks a plug of ours (scsa_blk_run()); flushing it needs nothing more. */
static void scsa_blk_plug_mark(struct blk_plug_cb *cb, bool from_schedule)
{
}

/*
 * True while the current task runs strategy(9E) for a batch of our block
 * requests under our own plug, which the pass-through requests it issues
 * may join.  Any other plug may be the one blk-mq is flushing right now.
 */
int scsa_lx_own_plug(void)
{
	struct blk_plug *plug = current->plug;
	struct blk_plug_cb *cb;

	if (!plug)
		return 0;
	list_for_each_entry(cb, &plug->cb_list, list)
		if (cb->callback == scsa_blk_plug_mark)
			return 1;
	return 0;
}
EXPORT_SYMBOL_GPL(scsa_lx_own_plug);

static void scsa_blk_cmd_start(struct scsa_blk_cmd *cmd)
{
	struct scsa_lx_disk *disk = cmd->disk;
	struct bio *bio = cmd->bio;
	unsigned long long pos;
	unsigned long bytes;
	const void *id;
	int write;

	if (bio) {
		id = bio;
		write = op_is_write(bio_op(bio));
		pos = bio->bi_iter.bi_sector;
		bytes = bio->bi_iter.bi_size;
	} else {
		struct request *rq = scsa_blk_rq(cmd);

		id = rq;
		write = rq_data_dir(rq) == WRITE;
		pos = blk_rq_pos(rq);
		bytes = blk_rq_bytes(rq);
	}
	trace_scsa_blk_strategy(id, disk->gd->disk_name, disk->devt, write, pos, bytes);
	scsa_blk_strategy(disk->drv, disk->dip, disk->devt, scsa_blk_cmd_buf(cmd),
			  write, pos, bytes, &cmd->pio);
}

/*
 * strategy(9E) for a batch: @first, a list of commands in LIFO order, and
 * then @last.  A batch runs under a plug of our own, so that the commands
 * the driver issues for it reach the LLD together and the device is
 * notified once, for the last, as for Linux's sd: virtio-scsi kicks the
 * host per batch.  The caller's plug is set aside: blk-mq may be flushing
 * it, and it must not grow meanwhile.  If strategy(9E) sleeps, the
 * scheduler flushes our plug (and drops its mark): the rest of the batch
 * is issued one by one.
 */
static void scsa_blk_run(struct llist_node *first, struct scsa_blk_cmd *last)
{
	struct blk_plug_cb mark = { .callback = scsa_blk_plug_mark };
	struct scsa_blk_cmd *cmd, *next;
	struct blk_plug *outer;
	struct blk_plug plug;

	if (!first) {
		if (last)
			scsa_blk_cmd_start(last);
		return;
	}
	outer = current->plug;
	current->plug = NULL;
	blk_start_plug(&plug);
	list_add(&mark.list, &plug.cb_list);
	/* LIFO: start them in the order they were given. */
	first = llist_reverse_order(first);
	llist_for_each_entry_safe(cmd, next, first, defer_node)
		scsa_blk_cmd_start(cmd);	/* may complete it */
	if (last)
		scsa_blk_cmd_start(last);
	blk_finish_plug(&plug);
	current->plug = outer;
}

/*
 * One piece of the data for the buf's B_PAGEIO segment list: single-page
 * pieces, merged as the block layer counted segments.
 */
static bool scsa_blk_seg_add(struct scsa_blk_cmd *cmd, unsigned int *n,
			     const struct bio_vec *bv)
{
	struct scsa_pageio_seg *prev = *n ? &cmd->segs[*n - 1] : NULL;

	if (prev && prev->page == bv->bv_page &&
	    prev->off + prev->len == bv->bv_offset) {
		prev->len += bv->bv_len;
		return true;
	}
	if (*n == SCSA_BLK_MAX_SEGS) {
		pr_err_ratelimited("scsa_compat: %s: I/O of more than %d segments\n",
				   cmd->disk->gd->disk_name, SCSA_BLK_MAX_SEGS);
		return false;
	}
	cmd->segs[*n].page = bv->bv_page;
	cmd->segs[*n].off = bv->bv_offset;
	cmd->segs[*n].len = bv->bv_len;
	(*n)++;
	return true;
}

static bool scsa_blk_map(struct request *rq, struct scsa_blk_cmd *cmd)
{
	struct req_iterator iter;
	struct bio_vec bv;
	unsigned int n = 0;

	rq_for_each_segment(bv, rq, iter)
		if (!scsa_blk_seg_add(cmd, &n, &bv))
			return false;
	cmd->pio = (struct scsa_pageio){ .nsegs = n, .segs = cmd->segs };
	return true;
}

static blk_status_t scsa_blk_queue_rq(struct blk_mq_hw_ctx *hctx,
				      const struct blk_mq_queue_data *bd)
{
	struct request *rq = bd->rq;
	struct scsa_lx_disk *disk = hctx->queue->queuedata;
	struct scsa_blk_cmd *cmd = scsa_blk_cmd(rq);
	blk_status_t st = BLK_STS_OK;
	bool start = false;

	cmd->disk = disk;
	cmd->bio = NULL;
	switch (req_op(rq)) {
	case REQ_OP_FLUSH:
		blk_mq_start_request(rq);
		INIT_WORK(&cmd->work, scsa_blk_flush_work);
		queue_work(scsa_blk_wq, &cmd->work);
		break;
	case REQ_OP_READ:
	case REQ_OP_WRITE:
		if (!scsa_blk_map(rq, cmd)) {
			st = BLK_STS_IOERR;
			break;
		}
		blk_mq_start_request(rq);
		start = true;
		break;
	default:
		st = BLK_STS_NOTSUPP;
	}
	/* More to come in this dispatch: wait for them, or commit_rqs(). */
	if (!bd->last) {
		if (start)
			llist_add(&cmd->defer_node, &disk->deferred);
		return st;
	}
	scsa_blk_run(llist_del_all(&disk->deferred), start ? cmd : NULL);
	return st;
}

/* blk-mq said more was coming and then stopped short. */
static void scsa_blk_commit_rqs(struct blk_mq_hw_ctx *hctx)
{
	struct scsa_lx_disk *disk = hctx->queue->queuedata;

	scsa_blk_run(llist_del_all(&disk->deferred), NULL);
}

static const struct blk_mq_ops scsa_blk_mq_ops = {
	.queue_rq = scsa_blk_queue_rq,
	.commit_rqs = scsa_blk_commit_rqs,
};

/*
 * Bio-based nodes.  The bios a task submits under its plug are held on
 * the plug, one list per node, and given to strategy(9E) together when
 * the plug is flushed, as blk-mq's requests are.  A flush from the
 * scheduler happens as the task goes to sleep, where strategy(9E), which
 * may sleep itself, must not run: a worker runs that batch.
 */
struct scsa_blk_plug {
	struct blk_plug_cb cb;
	struct llist_head cmds;
	struct work_struct work;
};

static void scsa_blk_unplug_work(struct work_struct *work)
{
	struct scsa_blk_plug *p = container_of(work, struct scsa_blk_plug, work);

	scsa_blk_run(llist_del_all(&p->cmds), NULL);
	kfree(p);
}

static void scsa_blk_unplug(struct blk_plug_cb *cb, bool from_schedule)
{
	struct scsa_blk_plug *p = container_of(cb, struct scsa_blk_plug, cb);

	if (from_schedule) {
		INIT_WORK(&p->work, scsa_blk_unplug_work);
		queue_work(scsa_blk_wq, &p->work);
		return;
	}
	scsa_blk_run(llist_del_all(&p->cmds), NULL);
	kfree(p);		/* blk_check_plugged() allocated it */
}

/* A flush before the data (REQ_PREFLUSH), or after it (REQ_FUA). */
static void scsa_blk_bio_flush_work(struct work_struct *work)
{
	struct scsa_blk_cmd *cmd = container_of(work, struct scsa_blk_cmd, work);
	int err = scsa_blk_flush(cmd->disk->drv, cmd->disk->devt);

	if (!err && cmd->preflush && bio_has_data(cmd->bio)) {
		cmd->preflush = false;
		scsa_blk_cmd_start(cmd);	/* flushed first: now the data */
		return;
	}
	cmd->fua = false;
	scsa_blk_bio_end(cmd, err, 0);
}

static bool scsa_blk_bio_map(struct bio *bio, struct scsa_blk_cmd *cmd)
{
	struct bvec_iter iter;
	struct bio_vec bv;
	unsigned int n = 0;

	bio_for_each_segment(bv, bio, iter)
		if (!scsa_blk_seg_add(cmd, &n, &bv))
			return false;
	cmd->pio = (struct scsa_pageio){ .nsegs = n, .segs = cmd->segs };
	return true;
}

static void scsa_blk_submit_bio(struct bio *bio)
{
	struct scsa_lx_disk *disk = bio->bi_bdev->bd_disk->private_data;
	struct scsa_blk_cmd *cmd;
	struct scsa_blk_plug *p;
	void *mem;

	bio = bio_split_to_limits(bio);
	if (!bio)
		return;
	if (bio_op(bio) != REQ_OP_READ && bio_op(bio) != REQ_OP_WRITE) {
		bio->bi_status = BLK_STS_NOTSUPP;
		bio_endio(bio);
		return;
	}
	/* Sleeps rather than fail: a bio has nowhere to wait for a buf. */
	mem = mempool_alloc(scsa_blk_bio_pool, GFP_NOIO);
	cmd = mem + scsa_blk_bufsz;
	cmd->disk = disk;
	cmd->bio = bio;
	cmd->preflush = false;
	/* Written to stable media before it completes, by a flush after. */
	cmd->fua = (bio->bi_opf & REQ_FUA) && bio_has_data(bio);
	atomic_inc(&disk->inflight);
	cmd->start = bio_start_io_acct(bio);
	if (!scsa_blk_bio_map(bio, cmd)) {
		cmd->fua = false;
		scsa_blk_bio_end(cmd, -EIO, 0);
		return;
	}
	/* Write cache on (else Linux strips it): flush, then the data. */
	cmd->preflush = (bio->bi_opf & REQ_PREFLUSH) || !bio_has_data(bio);
	if (cmd->preflush) {
		INIT_WORK(&cmd->work, scsa_blk_bio_flush_work);
		queue_work(scsa_blk_wq, &cmd->work);
		return;
	}
	p = (struct scsa_blk_plug *)blk_check_plugged(scsa_blk_unplug, disk, sizeof(*p));
	if (p) {
		llist_add(&cmd->defer_node, &p->cmds);
		return;
	}
	scsa_blk_cmd_start(cmd);
}

/*
 * Opens, closes, ioctls
 */

#ifdef SCSA_HAVE_BDOPS_OPEN_GENDISK
typedef blk_mode_t scsa_blk_mode_t;
#define SCSA_BLK_MODE_READ	BLK_OPEN_READ
#define SCSA_BLK_MODE_WRITE	BLK_OPEN_WRITE
#define SCSA_BLK_MODE_NDELAY	BLK_OPEN_NDELAY
#else
typedef fmode_t scsa_blk_mode_t;
#define SCSA_BLK_MODE_READ	FMODE_READ
#define SCSA_BLK_MODE_WRITE	FMODE_WRITE
#define SCSA_BLK_MODE_NDELAY	FMODE_NDELAY
#endif

/*
 * No FEXCL: Linux's exclusive mode is a claim by a holder (every mount,
 * md, dm, and O_EXCL), which Linux enforces itself; illumos mounts without
 * FEXCL, and a driver given it (sd) would refuse every other open of a
 * mounted disk, blkid's included.
 */
static int scsa_blk_flags(scsa_blk_mode_t mode)
{
	int flag = 0;

	if (mode & SCSA_BLK_MODE_READ)
		flag |= SCSA_FREAD;
	if (mode & SCSA_BLK_MODE_WRITE)
		flag |= SCSA_FWRITE;
	if (mode & SCSA_BLK_MODE_NDELAY)
		flag |= SCSA_FNDELAY | SCSA_FNONBLOCK;
	return flag;
}

/* No I/O until scsa_blk_thaw(). */
static void scsa_blk_freeze(struct scsa_lx_disk *disk)
{
	blk_mq_freeze_queue(disk->gd->queue);
	/* A bio-based queue's freeze does not wait for the bios taken. */
	wait_var_event(&disk->inflight, !atomic_read(&disk->inflight));
}

static void scsa_blk_thaw(struct scsa_lx_disk *disk)
{
	blk_mq_unfreeze_queue(disk->gd->queue);
}

/* New block size and write-cache state; the queue is frozen meanwhile. */
static void scsa_blk_set_limits(struct scsa_lx_disk *disk, unsigned int bs, int wce)
{
	struct request_queue *q = disk->gd->queue;
#ifdef SCSA_HAVE_BLK_FEATURES
	struct queue_limits lim = queue_limits_start_update(q);

	lim.logical_block_size = bs;
	lim.physical_block_size = bs;
	lim.io_min = bs;
	if (wce)
		lim.features |= BLK_FEAT_WRITE_CACHE;
	else
		lim.features &= ~BLK_FEAT_WRITE_CACHE;
	scsa_blk_freeze(disk);
	if (queue_limits_commit_update(q, &lim))
		pr_warn("scsa_compat: %s: cannot set block size %u\n",
			disk->gd->disk_name, bs);
	scsa_blk_thaw(disk);
#else
	scsa_blk_freeze(disk);
	blk_queue_logical_block_size(q, bs);
	blk_queue_physical_block_size(q, bs);
	blk_queue_io_min(q, bs);
	blk_queue_write_cache(q, wce, false);
	scsa_blk_thaw(disk);
#endif
}

/*
 * Size, block size and write cache, from the driver's properties, as
 * illumos's specfs reads them: at the first open, and while unknown.  A
 * driver changes them (new media, a resized LUN) by answering its
 * prop_op(9E) differently; they hold while the device stays open.
 */
static void scsa_blk_refresh(struct scsa_lx_disk *disk)
{
	unsigned long long bytes = 0;
	unsigned int bs = 512;
	int wce = 0;

	scsa_blk_media(disk->drv, disk->dip, disk->devt, &bytes, &bs, &wce);
	if (bs < SECTOR_SIZE || bs > PAGE_SIZE || !is_power_of_2(bs)) {
		pr_warn_once("scsa_compat: %s: block size %u unusable, 512 used\n",
			     disk->gd->disk_name, bs);
		bs = SECTOR_SIZE;
	}
	if (bs != disk->blksize || wce != disk->wce) {
		scsa_blk_set_limits(disk, bs, wce);
		disk->blksize = bs;
		disk->wce = wce;
	}
	set_capacity_and_notify(disk->gd, round_down(bytes, bs) >> SECTOR_SHIFT);
}

static int scsa_blk_open_disk(struct scsa_lx_disk *disk, scsa_blk_mode_t mode)
{
	int flag = scsa_blk_flags(mode);
	void *hold;
	int err;

	if (READ_ONCE(disk->dead))
		return -ENXIO;
	err = scsa_blk_cb_open(disk->drv, disk->devt, flag, (struct cred *)current_cred(),
			       &hold);
	if (err)
		return err;
	mutex_lock(&disk->lock);
	disk->hold = hold;
	disk->last_flag = flag;
	if (disk->opens++ == 0 || !get_capacity(disk->gd))
		scsa_blk_refresh(disk);
	mutex_unlock(&disk->lock);
	return 0;
}

static void scsa_blk_release_disk(struct scsa_lx_disk *disk, int flag)
{
	mutex_lock(&disk->lock);
	disk->opens--;
	mutex_unlock(&disk->lock);
	/* Linux ignores what release returns; illumos's close(2) would not. */
	scsa_blk_cb_close(disk->drv, disk->devt, flag, (struct cred *)current_cred(),
			  disk->hold);
}

#ifdef SCSA_HAVE_BDOPS_OPEN_GENDISK
static int scsa_blk_open(struct gendisk *gd, blk_mode_t mode)
{
	return scsa_blk_open_disk(gd->private_data, mode);
}

static void scsa_blk_release(struct gendisk *gd)
{
	struct scsa_lx_disk *disk = gd->private_data;

	scsa_blk_release_disk(disk, READ_ONCE(disk->last_flag));
}
#else
static int scsa_blk_open(struct block_device *bdev, fmode_t mode)
{
	return scsa_blk_open_disk(bdev->bd_disk->private_data, mode);
}

static void scsa_blk_release(struct gendisk *gd, fmode_t mode)
{
	scsa_blk_release_disk(gd->private_data, scsa_blk_flags(mode));
}
#endif

/* What Linux's block layer does not handle itself (DKIOC*, USCSICMD...). */
static int scsa_blk_ioctl(struct block_device *bdev, scsa_blk_mode_t mode,
			  unsigned int cmd, unsigned long arg)
{
	struct scsa_lx_disk *disk = bdev->bd_disk->private_data;

	return scsa_blk_cb_ioctl(disk->drv, disk->devt, cmd, arg,
				 scsa_blk_flags(mode) | SCSA_FLP64,
				 (struct cred *)current_cred());
}

#ifdef CONFIG_COMPAT
static int scsa_blk_compat_ioctl(struct block_device *bdev, scsa_blk_mode_t mode,
				 unsigned int cmd, unsigned long arg)
{
	struct scsa_lx_disk *disk = bdev->bd_disk->private_data;

	return scsa_blk_cb_ioctl(disk->drv, disk->devt, cmd, (unsigned long)compat_ptr(arg),
				 scsa_blk_flags(mode) | SCSA_FILP32,
				 (struct cred *)current_cred());
}
#endif

/* /dev/scsa/<driver>/<instance>:<name>, whatever the disk's name. */
static char *scsa_blk_devnode(struct gendisk *gd, umode_t *mode)
{
	struct scsa_lx_disk *disk = gd->private_data;

	return kstrdup(disk->path, GFP_KERNEL);
}

static void scsa_blk_set_put(struct scsa_blk_set *bs)
{
	if (refcount_dec_and_test(&bs->ref))
		kfree(bs);
}

/* The tag set of @dip's block nodes, made by the first. */
static struct scsa_blk_set *scsa_blk_set_get(void *dip)
{
	struct scsa_blk_set *bs;
	struct blk_mq_tag_set *set;

	mutex_lock(&scsa_blk_sets_lock);
	list_for_each_entry(bs, &scsa_blk_sets, list) {
		if (bs->dip == dip) {
			bs->disks++;
			refcount_inc(&bs->ref);
			goto out;
		}
	}
	bs = kzalloc(sizeof(*bs), GFP_KERNEL);
	if (!bs)
		goto out;
	set = &bs->tag_set;
	set->ops = &scsa_blk_mq_ops;
	set->nr_hw_queues = 1;
	set->queue_depth = SCSA_BLK_QUEUE_DEPTH;
	set->numa_node = NUMA_NO_NODE;
	set->cmd_size = scsa_blk_bufsz + sizeof(struct scsa_blk_cmd);
	/*
	 * strategy(9E) may sleep: illumos's kmutex is a Linux mutex here.
	 * No I/O scheduler unless the administrator picks one: the target
	 * driver queues and orders bufs itself (its wait queue and throttle),
	 * and the single hardware queue would otherwise get mq-deadline,
	 * whose lock and bookkeeping cost every I/O and rule out direct issue.
	 */
	set->flags = BLK_MQ_F_SHOULD_MERGE | BLK_MQ_F_BLOCKING |
		     BLK_MQ_F_NO_SCHED_BY_DEFAULT;
	if (blk_mq_alloc_tag_set(set)) {
		kfree(bs);
		bs = NULL;
		goto out;
	}
	bs->dip = dip;
	bs->disks = 1;
	refcount_set(&bs->ref, 2);
	list_add(&bs->list, &scsa_blk_sets);
out:
	mutex_unlock(&scsa_blk_sets_lock);
	return bs;
}

/* A node's gendisk is deleted (or was never added): its queue is gone. */
static void scsa_blk_set_unuse(struct scsa_blk_set *bs)
{
	int last;

	mutex_lock(&scsa_blk_sets_lock);
	last = --bs->disks == 0;
	if (last)
		list_del(&bs->list);
	mutex_unlock(&scsa_blk_sets_lock);
	if (last) {
		blk_mq_free_tag_set(&bs->tag_set);
		scsa_blk_set_put(bs);
	}
}

static void scsa_blk_disk_release(struct scsa_lx_disk *disk)
{
	if (disk->set)
		scsa_blk_set_put(disk->set);
	if (disk->name_id >= 0)
		ida_free(&scsa_blk_ida, disk->name_id);
	mutex_destroy(&disk->lock);
	kfree(disk->path);
	kfree(disk);
}

/* The last reference to the gendisk: opens may outlive the node. */
static void scsa_blk_free_disk(struct gendisk *gd)
{
	scsa_blk_disk_release(gd->private_data);
}

static const struct block_device_operations scsa_blk_fops = {
	.open = scsa_blk_open,
	.release = scsa_blk_release,
	.ioctl = scsa_blk_ioctl,
#ifdef CONFIG_COMPAT
	.compat_ioctl = scsa_blk_compat_ioctl,
#endif
	.devnode = scsa_blk_devnode,
	.free_disk = scsa_blk_free_disk,
};

/*
 * Creation and removal
 */

/*
 * The disk's name is the /dev path with '!' for '/' (as devtmpfs would
 * read it), e.g. "scsa!sdisk!0:a", when that fits DISK_NAME_LEN; else
 * "scsa<N>".  The /dev name comes from devnode() in either case.
 */
static int scsa_blk_name(struct scsa_lx_disk *disk)
{
	struct gendisk *gd = disk->gd;
	char *p;

	disk->name_id = -1;
	if (strlen(disk->path) < DISK_NAME_LEN) {
		strscpy(gd->disk_name, disk->path, DISK_NAME_LEN);
		for (p = gd->disk_name; *p; p++)
			if (*p == '/')
				*p = '!';
		return 0;
	}
	disk->name_id = ida_alloc(&scsa_blk_ida, GFP_KERNEL);
	if (disk->name_id < 0)
		return disk->name_id;
	snprintf(gd->disk_name, DISK_NAME_LEN, "scsa%d", disk->name_id);
	return 0;
}

/*
 * Adding and deleting gendisks.  add_disk() and del_gendisk() take the
 * disk's open_mutex, which the block layer holds across our open(), which
 * takes the DDI's tree lock to hold the node against detach; and drivers
 * make and remove nodes under that lock (attach, detach) or inside an open
 * of another node (cmlb relabelling).  So both are done by one ordered
 * worker: a node appears shortly after ddi_create_minor_node() (a port's
 * load waits for its nodes, scsa_lx_disk_settle()), a removed one refuses
 * opens at once and goes once its requests in flight are done, before any
 * node made again under its name.  A driver's unregistration waits for
 * its deletions (scsa_lx_disk_drain): the gendisks name its module as
 * owner.  The tag set goes with the instance's last node, our record with
 * the gendisk's last reference (free_disk), after the last release() of
 * an open the driver removed the node under.
 */
static atomic_t scsa_blk_adding = ATOMIC_INIT(0);

static void scsa_blk_pending_get(struct scsa_lx_disk *disk)
{
	spin_lock(&scsa_blk_pending_lock);
	if (disk->npending++ == 0)
		list_add(&disk->pending, &scsa_blk_pending);
	spin_unlock(&scsa_blk_pending_lock);
}

static void scsa_blk_pending_put(struct scsa_lx_disk *disk)
{
	spin_lock(&scsa_blk_pending_lock);
	if (--disk->npending == 0)
		list_del(&disk->pending);
	spin_unlock(&scsa_blk_pending_lock);
	wake_up_all(&scsa_blk_pending_wait);
}

static void scsa_blk_add_work(struct work_struct *work)
{
	struct scsa_lx_disk *disk = container_of(work, struct scsa_lx_disk, add_work);
	int err;

	if (!READ_ONCE(disk->dead)) {
		err = add_disk(disk->gd);
		if (err)
			pr_warn("scsa_compat: cannot add block device /dev/%s: %d\n",
				disk->path, err);
		else
			pr_debug("scsa_compat: block node /dev/%s added as %s\n",
				 disk->path, disk->gd->disk_name);
		disk->added = !err;
	}
	scsa_blk_pending_put(disk);
	atomic_dec(&scsa_blk_adding);
	wake_up_all(&scsa_blk_pending_wait);
}

static void scsa_blk_del_work(struct work_struct *work)
{
	struct scsa_lx_disk *disk = container_of(work, struct scsa_lx_disk, del_work);
	struct gendisk *gd = disk->gd;

	if (!disk->added) {
		put_disk(gd);			/* never added: no free_disk() */
		if (disk->set)
			scsa_blk_set_unuse(disk->set);
		scsa_blk_pending_put(disk);
		scsa_blk_disk_release(disk);
		return;
	}
	pr_debug("scsa_compat: block node /dev/%s (%s) deleted\n", disk->path, gd->disk_name);
	del_gendisk(gd);
	/*
	 * blk-mq's del_gendisk() waits for the requests in flight; a
	 * bio-based queue holds its bios only while submit_bio() runs.
	 */
	wait_var_event(&disk->inflight, !atomic_read(&disk->inflight));
	if (disk->set)
		scsa_blk_set_unuse(disk->set);
	/* Gone from Linux: its driver's module may go (scsa_lx_disk_drain). */
	scsa_blk_pending_put(disk);
	put_disk(gd);
}

/*
 * The driver says the size changed (cmlb after a new label): an open disk
 * reads it again now, a closed one at its next first open as always.  On
 * the ordered worker: queued while the node exists, so before its
 * deletion, which the record outlives.
 */
static void scsa_blk_resize_work(struct work_struct *work)
{
	struct scsa_lx_disk *disk = container_of(work, struct scsa_lx_disk, resize_work);

	mutex_lock(&disk->lock);
	if (disk->opens > 0 && !READ_ONCE(disk->dead))
		scsa_blk_refresh(disk);
	mutex_unlock(&disk->lock);
}

void scsa_lx_disk_resize(struct scsa_lx_disk *disk)
{
	if (!READ_ONCE(disk->dead))
		queue_work(scsa_blk_ctl_wq, &disk->resize_work);
}

void scsa_lx_disk_destroy(struct scsa_lx_disk *disk)
{
	WRITE_ONCE(disk->dead, true);
	scsa_blk_pending_get(disk);
	INIT_WORK(&disk->del_work, scsa_blk_del_work);
	queue_work(scsa_blk_ctl_wq, &disk->del_work);
}

static bool scsa_blk_pending_drv(struct scsa_drv *drv)
{
	struct scsa_lx_disk *disk;
	bool found = false;

	spin_lock(&scsa_blk_pending_lock);
	list_for_each_entry(disk, &scsa_blk_pending, pending) {
		if (disk->drv == drv) {
			found = true;
			break;
		}
	}
	spin_unlock(&scsa_blk_pending_lock);
	return found;
}

void scsa_lx_disk_drain(struct scsa_drv *drv)
{
	wait_event(scsa_blk_pending_wait, !scsa_blk_pending_drv(drv));
}

void scsa_lx_disk_settle(void)
{
	wait_event(scsa_blk_pending_wait, atomic_read(&scsa_blk_adding) == 0);
}

/*
 * The gendisk, blk-mq or bio-based: every segment within a page, at most
 * SCSA_BLK_MAX_SEGS of them and 1 MiB per I/O.  blk_alloc_disk() gained
 * its limits in the same change as blk_mq_alloc_disk() (upstream 6.9).
 */
#ifdef SCSA_HAVE_BLK_MQ_ALLOC_DISK_LIM
static struct gendisk *scsa_blk_alloc(struct scsa_lx_disk *disk)
{
	struct queue_limits lim = {
		.logical_block_size = SECTOR_SIZE,
		.max_hw_sectors = SCSA_BLK_MAX_SECTORS,
		.max_segments = SCSA_BLK_MAX_SEGS,
		.max_segment_size = PAGE_SIZE,
		.seg_boundary_mask = PAGE_SIZE - 1,
	};

	if (disk->set)
		return blk_mq_alloc_disk(&disk->set->tag_set, &lim, disk);
	return blk_alloc_disk(&lim, NUMA_NO_NODE);
}
#else
static struct gendisk *scsa_blk_alloc(struct scsa_lx_disk *disk)
{
	struct gendisk *gd;

	if (disk->set)
		gd = blk_mq_alloc_disk(&disk->set->tag_set, disk);
	else
		gd = blk_alloc_disk(NUMA_NO_NODE) ?: ERR_PTR(-ENOMEM);
	if (!IS_ERR(gd)) {
		blk_queue_max_hw_sectors(gd->queue, SCSA_BLK_MAX_SECTORS);
		blk_queue_max_segments(gd->queue, SCSA_BLK_MAX_SEGS);
		blk_queue_max_segment_size(gd->queue, PAGE_SIZE);
		blk_queue_segment_boundary(gd->queue, PAGE_SIZE - 1);
	}
	return gd;
}
#endif

int scsa_lx_disk_create(struct scsa_drv *drv, void *dip, unsigned int devt,
			const char *path, void *owner, struct scsa_lx_disk **out)
{
	struct scsa_lx_disk *disk;
	struct gendisk *gd;
	int err;

	disk = kzalloc(sizeof(*disk), GFP_KERNEL);
	if (!disk)
		return -ENOMEM;
	disk->path = kstrdup(path, GFP_KERNEL);
	if (!disk->path) {
		err = -ENOMEM;
		goto free_disk;
	}
	disk->drv = drv;
	disk->dip = dip;
	disk->devt = devt;
	disk->blksize = SECTOR_SIZE;
	mutex_init(&disk->lock);
	disk->fops = scsa_blk_fops;
	disk->fops.owner = owner;

	if (READ_ONCE(scsa_blk_bio)) {
		disk->fops.submit_bio = scsa_blk_submit_bio;
	} else {
		disk->set = scsa_blk_set_get(dip);
		if (!disk->set) {
			err = -ENOMEM;
			goto free_path;
		}
	}
	gd = scsa_blk_alloc(disk);
	if (IS_ERR(gd)) {
		err = PTR_ERR(gd);
		goto put_set;
	}
	disk->gd = gd;
	gd->fops = &disk->fops;
	gd->private_data = disk;
	/* Slices are the driver's minor nodes, never Linux partitions. */
	gd->flags |= GENHD_FL_NO_PART;
	err = scsa_blk_name(disk);
	if (err)
		goto put_disk;
	set_capacity(gd, 0);		/* known at the first open */

	atomic_inc(&scsa_blk_adding);
	scsa_blk_pending_get(disk);
	INIT_WORK(&disk->resize_work, scsa_blk_resize_work);
	INIT_WORK(&disk->add_work, scsa_blk_add_work);
	queue_work(scsa_blk_ctl_wq, &disk->add_work);
	*out = disk;
	return 0;

put_disk:
	put_disk(gd);		/* never added: no free_disk() */
put_set:
	if (disk->set) {
		scsa_blk_set_unuse(disk->set);
		scsa_blk_set_put(disk->set);
	}
free_path:
	kfree(disk->path);
free_disk:
	mutex_destroy(&disk->lock);
	kfree(disk);
	pr_warn("scsa_compat: cannot create block device /dev/%s: %d\n", path, err);
	return err;
}

int __init scsa_blkdev_init(void)
{
	scsa_blk_bufsz = ALIGN(scsa_blk_buf_size(), 16);
	/* A bio-based node's buf: a reserve of a queue's depth for writeback. */
	scsa_blk_bio_cache = kmem_cache_create("scsa_blk_bio",
					       scsa_blk_bufsz + sizeof(struct scsa_blk_cmd),
					       0, 0, NULL);
	if (!scsa_blk_bio_cache)
		return -ENOMEM;
	scsa_blk_bio_pool = mempool_create_slab_pool(SCSA_BLK_QUEUE_DEPTH, scsa_blk_bio_cache);
	if (!scsa_blk_bio_pool)
		goto destroy_cache;
	scsa_blk_wq = alloc_workqueue("scsa_blk", WQ_MEM_RECLAIM, 0);
	if (!scsa_blk_wq)
		goto destroy_pool;
	scsa_blk_ctl_wq = alloc_ordered_workqueue("scsa_blk_ctl", WQ_MEM_RECLAIM);
	if (!scsa_blk_ctl_wq)
		goto destroy_wq;
	return 0;

destroy_wq:
	destroy_workqueue(scsa_blk_wq);
destroy_pool:
	mempool_destroy(scsa_blk_bio_pool);
destroy_cache:
	kmem_cache_destroy(scsa_blk_bio_cache);
	return -ENOMEM;
}

void scsa_blkdev_exit(void)
{
	destroy_workqueue(scsa_blk_ctl_wq);
	destroy_workqueue(scsa_blk_wq);
	mempool_destroy(scsa_blk_bio_pool);
	kmem_cache_destroy(scsa_blk_bio_cache);
	ida_destroy(&scsa_blk_ida);
}
