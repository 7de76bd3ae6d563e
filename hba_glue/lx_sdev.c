// SPDX-License-Identifier: GPL-2.0
/*
 * Discovery: every Linux scsi_device becomes a struct hba_lx_lun.
 *
 * We attach as a class interface on the SCSI device class, as sg does, not
 * as a SCSI bus driver: a bus driver binds exclusively and would compete
 * with sd and st, while an interface sees every sdev (including
 * no_uld_attach ones) next to whatever upper driver owns it.
 *
 * References.  A LUN holds get_device() on the sdev and a reference on its
 * request queue (as 6.12's sg does from add to destroy), which keep the
 * memory alive, but not scsi_device_get(): that also pins the LLD module,
 * so holding it for every LUN all the time would make rmmod of the LLD fail
 * forever, and it is refused once removal has started.  sg takes it only
 * while a file is open; here an open SCSA device pins the LLD module
 * (hba_lx_lun_module() is the LUN's node owner), and so does an SCSA child
 * that outlives the LUN's removal (hba_lx_lun_pin()).  hba_lx_lun_open()
 * gives scsi_device_get() itself to a caller that wants it.
 *
 * Removal.  The SCSI midlayer calls remove_dev() from __scsi_remove_device()
 * before it destroys the request queue.  We mark the LUN gone (new commands
 * fail with -ENODEV), wait for every accepted command to complete (done()
 * included), tell the listeners, and drop the registry's reference.
 *
 * Locks: hba_lx_notify_lock serialises events and the listener list and is
 * taken before hba_lx_luns_lock, which protects the LUN list.
 */
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/seq_file.h>
#include <linux/dma-mapping.h>
#include <linux/blkdev.h>
#include <scsi/scsi_host.h>
#include <scsi/scsi_driver.h>

#include "lx_hba.h"

struct hba_lx_listener {
	struct list_head node;
	const struct hba_lx_listener_ops *ops;
	void *arg;
};

static LIST_HEAD(hba_lx_luns);
static DEFINE_MUTEX(hba_lx_luns_lock);
static u64 hba_lx_lun_seq;

static LIST_HEAD(hba_lx_listeners);
static DEFINE_MUTEX(hba_lx_notify_lock);

/*
 * LUN lifetime
 */

static void hba_lx_lun_inflight_zero(struct percpu_ref *ref)
{
	struct hba_lx_lun *lun = container_of(ref, struct hba_lx_lun,
					       inflight);

	complete(&lun->drained);
}

static void hba_lx_lun_free(struct hba_lx_lun *lun)
{
	percpu_ref_exit(&lun->inflight);
	free_percpu(lun->depth);
	blk_put_queue(lun->sdev->request_queue);
	put_device(&lun->sdev->sdev_gendev);
	kfree(lun->inq);
	kfree(lun);
}

static void hba_lx_lun_release(struct kref *ref)
{
	hba_lx_lun_free(container_of(ref, struct hba_lx_lun, ref));
}

static void hba_lx_lun_fill(struct hba_lx_lun *lun, struct scsi_device *sdev)
{
	lun->addr.host = sdev->host->host_no;
	lun->addr.channel = sdev->channel;
	lun->addr.target = sdev->id;
	lun->addr.lun = sdev->lun;
	lun->type = sdev->type;
	strscpy(lun->hba_name, sdev->host->hostt->proc_name ?:
		sdev->host->hostt->name ?: "?", sizeof(lun->hba_name));
}

static struct hba_lx_lun *hba_lx_lun_alloc(struct scsi_device *sdev)
{
	struct hba_lx_lun *lun;

	lun = kzalloc(sizeof(*lun), GFP_KERNEL);
	if (!lun)
		return NULL;
	if (sdev->inquiry && sdev->inquiry_len) {
		lun->inq = kmemdup(sdev->inquiry, sdev->inquiry_len,
				   GFP_KERNEL);
		if (!lun->inq)
			goto free_lun;
		lun->inq_len = sdev->inquiry_len;
	}
	lun->depth = alloc_percpu(struct hba_lx_depth);
	if (!lun->depth)
		goto free_inq;
	if (percpu_ref_init(&lun->inflight, hba_lx_lun_inflight_zero, 0,
			    GFP_KERNEL))
		goto free_depth;
	if (!blk_get_queue(sdev->request_queue))
		goto exit_inflight;
	get_device(&sdev->sdev_gendev);

	lun->sdev = sdev;
	lun->lld = sdev->host->hostt->module;
	kref_init(&lun->ref);
	init_completion(&lun->drained);
	hba_lx_lun_fill(lun, sdev);
	return lun;

exit_inflight:
	percpu_ref_exit(&lun->inflight);
free_depth:
	free_percpu(lun->depth);
free_inq:
	kfree(lun->inq);
free_lun:
	kfree(lun);
	return NULL;
}

/*
 * Listeners
 */

static void hba_lx_notify_added(struct hba_lx_lun *lun)
{
	struct hba_lx_listener *l;

	lockdep_assert_held(&hba_lx_notify_lock);
	list_for_each_entry(l, &hba_lx_listeners, node)
		if (l->ops->lun_added)
			l->ops->lun_added(lun, l->arg);
}

static void hba_lx_notify_removed(struct hba_lx_lun *lun)
{
	struct hba_lx_listener *l;

	lockdep_assert_held(&hba_lx_notify_lock);
	list_for_each_entry(l, &hba_lx_listeners, node)
		if (l->ops->lun_removed)
			l->ops->lun_removed(lun, l->arg);
}

/**
 * hba_lx_hba_register_listener() - be told about LUNs coming and going
 * @ops: callbacks; must stay valid until unregistration
 * @arg: passed to the callbacks
 * @out: receives the handle for hba_lx_hba_unregister_listener()
 *
 * Every LUN already known is replayed through @ops->lun_added before this
 * returns; every LUN a listener was told about is later reported through
 * @ops->lun_removed, unless the listener unregisters first.
 *
 * Context: process context; sleeps.
 * Return: 0 or -ENOMEM.
 */
int hba_lx_hba_register_listener(const struct hba_lx_listener_ops *ops,
				 void *arg, struct hba_lx_listener **out)
{
	struct hba_lx_listener *l;
	struct hba_lx_lun *lun;

	l = kzalloc(sizeof(*l), GFP_KERNEL);
	if (!l)
		return -ENOMEM;
	l->ops = ops;
	l->arg = arg;

	/*
	 * Under the notify lock the LUN list cannot change.  LUNs being
	 * removed are replayed too, so that their lun_removed, which follows,
	 * always pairs with a lun_added.
	 */
	mutex_lock(&hba_lx_notify_lock);
	list_add_tail(&l->node, &hba_lx_listeners);
	if (ops->lun_added)
		list_for_each_entry(lun, &hba_lx_luns, node)
			ops->lun_added(lun, arg);
	mutex_unlock(&hba_lx_notify_lock);
	*out = l;
	return 0;
}
EXPORT_SYMBOL_GPL(hba_lx_hba_register_listener);

/**
 * hba_lx_hba_unregister_listener() - stop notifications
 * @l: from hba_lx_hba_register_listener()
 *
 * No callback of @l runs after this returns.  LUNs are not reported
 * removed: the listener drops whatever it holds itself.
 *
 * Context: process context; sleeps.
 */
void hba_lx_hba_unregister_listener(struct hba_lx_listener *l)
{
	mutex_lock(&hba_lx_notify_lock);
	list_del(&l->node);
	mutex_unlock(&hba_lx_notify_lock);
	kfree(l);
}
EXPORT_SYMBOL_GPL(hba_lx_hba_unregister_listener);

/*
 * The class interface
 */

static int hba_lx_add_sdev(struct device *cl_dev)
{
	struct scsi_device *sdev = to_scsi_device(cl_dev->parent);
	struct hba_lx_lun *lun;

	lun = hba_lx_lun_alloc(sdev);
	if (!lun) {
		sdev_printk(KERN_WARNING, sdev, LX_PFX "cannot track device\n");
		return -ENOMEM;
	}

	mutex_lock(&hba_lx_notify_lock);
	mutex_lock(&hba_lx_luns_lock);
	lun->seq = ++hba_lx_lun_seq;
	list_add_tail(&lun->node, &hba_lx_luns);
	mutex_unlock(&hba_lx_luns_lock);
	dev_dbg(&sdev->sdev_gendev, LX_PFX "LUN tracked (type %u, %s), %s\n", lun->type,
		lun->hba_name, hba_lx_lun_wanted(lun) ? "given to SCSA" : "left to Linux");
	hba_lx_notify_added(lun);
	mutex_unlock(&hba_lx_notify_lock);
	return 0;
}

static struct hba_lx_lun *hba_lx_lun_by_sdev(struct scsi_device *sdev)
{
	struct hba_lx_lun *lun;

	lockdep_assert_held(&hba_lx_luns_lock);
	list_for_each_entry(lun, &hba_lx_luns, node)
		if (lun->sdev == sdev)
			return lun;
	return NULL;
}

/*
 * Stop new commands, abort the ones at the LLD and wait for every accepted
 * one.  They end soon: the midlayer fails those it has not dispatched, and
 * the error handler aborts the others (bounded by its own escalation), so
 * this wait is finite; it is only reported when it is long.
 */
static void hba_lx_lun_drain(struct hba_lx_lun *lun)
{
	WRITE_ONCE(lun->gone, true);
	percpu_ref_kill(&lun->inflight);
	hba_lx_lun_abort_inflight(lun);
	while (!wait_for_completion_timeout(&lun->drained, 10 * HZ))
		sdev_printk(KERN_INFO, lun->sdev,
			    LX_PFX "removal waits for outstanding commands\n");
}

static void hba_lx_remove_sdev(struct device *cl_dev)
{
	struct scsi_device *sdev = to_scsi_device(cl_dev->parent);
	struct hba_lx_lun *lun;

	mutex_lock(&hba_lx_luns_lock);
	lun = hba_lx_lun_by_sdev(sdev);
	mutex_unlock(&hba_lx_luns_lock);
	if (!lun)
		return;		/* hba_lx_add_sdev() failed */

	dev_dbg(&sdev->sdev_gendev, LX_PFX "LUN removed\n");
	hba_lx_lun_drain(lun);

	mutex_lock(&hba_lx_notify_lock);
	mutex_lock(&hba_lx_luns_lock);
	list_del(&lun->node);
	mutex_unlock(&hba_lx_luns_lock);
	hba_lx_notify_removed(lun);
	mutex_unlock(&hba_lx_notify_lock);

	kref_put(&lun->ref, hba_lx_lun_release);
}

SCSA_CLASS_INTF_CB(hba_lx_intf_add, hba_lx_add_sdev)
SCSA_CLASS_INTF_RM_CB(hba_lx_intf_remove, hba_lx_remove_sdev)

static struct class_interface hba_lx_intf = {
	.add_dev = hba_lx_intf_add,
	.remove_dev = hba_lx_intf_remove,
};

int hba_lx_sdev_init(void)
{
	return scsi_register_interface(&hba_lx_intf);
}

void hba_lx_sdev_exit(void)
{
	scsi_unregister_interface(&hba_lx_intf);
}

/*
 * References and enumeration
 */

/**
 * hba_lx_lun_get() - take a reference on a LUN
 * @lun: the LUN
 *
 * A reference keeps the handle and the Linux device memory valid; it does
 * not keep the device present (see hba_lx_lun_is_gone()).
 *
 * Return: @lun.
 */
struct hba_lx_lun *hba_lx_lun_get(struct hba_lx_lun *lun)
{
	kref_get(&lun->ref);
	return lun;
}
EXPORT_SYMBOL_GPL(hba_lx_lun_get);

/**
 * hba_lx_lun_put() - drop a reference from hba_lx_lun_get()
 * @lun: the LUN
 *
 * Context: process context: the last put releases the scsi_device, which
 * may sleep.
 */
void hba_lx_lun_put(struct hba_lx_lun *lun)
{
	might_sleep();
	kref_put(&lun->ref, hba_lx_lun_release);
}
EXPORT_SYMBOL_GPL(hba_lx_lun_put);

/* The first present LUN discovered after @seq, with a reference. */
static struct hba_lx_lun *hba_lx_lun_next(u64 seq)
{
	struct hba_lx_lun *lun, *found = NULL;

	mutex_lock(&hba_lx_luns_lock);
	list_for_each_entry(lun, &hba_lx_luns, node) {
		if (lun->seq > seq && !READ_ONCE(lun->gone)) {
			found = hba_lx_lun_get(lun);
			break;
		}
	}
	mutex_unlock(&hba_lx_luns_lock);
	return found;
}

/**
 * hba_lx_lun_foreach() - call @fn for every present LUN
 * @fn: called with a reference held for the call; nonzero stops the walk
 * @arg: passed to @fn
 *
 * No lock is held while @fn runs, so it may sleep, issue commands and take
 * references.  LUNs added or removed meanwhile may or may not be visited;
 * none is visited twice.
 *
 * Context: process context.
 * Return: the first nonzero value from @fn, or 0.
 */
int hba_lx_lun_foreach(int (*fn)(struct hba_lx_lun *lun, void *arg),
		       void *arg)
{
	struct hba_lx_lun *lun;
	u64 seq = 0;
	int ret = 0;

	while (!ret && (lun = hba_lx_lun_next(seq))) {
		ret = fn(lun, arg);
		seq = lun->seq;
		hba_lx_lun_put(lun);
	}
	return ret;
}
EXPORT_SYMBOL_GPL(hba_lx_lun_foreach);

/**
 * hba_lx_lun_find() - look a present LUN up by its Linux address
 * @host: host number
 * @channel: channel
 * @target: target id
 * @lun: LUN
 *
 * Return: the LUN with a reference taken, or NULL.
 */
struct hba_lx_lun *hba_lx_lun_find(unsigned int host, unsigned int channel,
				   unsigned int target, unsigned long long lun)
{
	struct hba_lx_lun *l, *found = NULL;

	mutex_lock(&hba_lx_luns_lock);
	list_for_each_entry(l, &hba_lx_luns, node) {
		if (l->addr.host == host && l->addr.channel == channel &&
		    l->addr.target == target && l->addr.lun == lun &&
		    !READ_ONCE(l->gone)) {
			found = hba_lx_lun_get(l);
			break;
		}
	}
	mutex_unlock(&hba_lx_luns_lock);
	return found;
}
EXPORT_SYMBOL_GPL(hba_lx_lun_find);

/*
 * Accessors
 */

/**
 * hba_lx_lun_addr() - the Linux H:C:T:L of a LUN
 * @lun: the LUN
 * @a: filled in; valid even after removal
 */
void hba_lx_lun_addr(const struct hba_lx_lun *lun, struct hba_lx_addr *a)
{
	*a = lun->addr;
}
EXPORT_SYMBOL_GPL(hba_lx_lun_addr);

/**
 * hba_lx_lun_type() - peripheral device type (INQUIRY byte 0, bits 4:0)
 * @lun: the LUN
 *
 * Return: the type.
 */
unsigned int hba_lx_lun_type(const struct hba_lx_lun *lun)
{
	return lun->type;
}
EXPORT_SYMBOL_GPL(hba_lx_lun_type);

/**
 * hba_lx_lun_reserved() - whether Linux keeps its upper-level drivers away
 * @lun: the LUN
 *
 * True when the LLD set no_uld_attach (scsi_debug's no_uld=1 does): no sd,
 * st or sr will ever bind, so the LUN is free for SCSA target drivers.
 *
 * Return: the flag.
 */
bool hba_lx_lun_reserved(const struct hba_lx_lun *lun)
{
	return lun->sdev->no_uld_attach;
}
EXPORT_SYMBOL_GPL(hba_lx_lun_reserved);

/**
 * hba_lx_lun_hba_name() - name of the Linux driver of the LUN's host
 * @lun: the LUN
 *
 * Return: e.g. "scsi_debug" or "virtio_scsi"; valid as long as @lun.
 */
const char *hba_lx_lun_hba_name(const struct hba_lx_lun *lun)
{
	return lun->hba_name;
}
EXPORT_SYMBOL_GPL(hba_lx_lun_hba_name);

/**
 * hba_lx_lun_inquiry() - copy the INQUIRY data read when Linux scanned it
 * @lun: the LUN
 * @buf: destination
 * @len: size of @buf
 *
 * Return: bytes copied (0 if Linux kept none).
 */
unsigned int hba_lx_lun_inquiry(const struct hba_lx_lun *lun, void *buf,
				unsigned int len)
{
	len = min(len, lun->inq_len);
	if (len)
		memcpy(buf, lun->inq, len);
	return len;
}
EXPORT_SYMBOL_GPL(hba_lx_lun_inquiry);

/**
 * hba_lx_lun_is_gone() - has the Linux device been removed?
 * @lun: the LUN
 *
 * Return: true once removal has started; it never becomes false again.
 */
bool hba_lx_lun_is_gone(const struct hba_lx_lun *lun)
{
	return READ_ONCE(lun->gone);
}
EXPORT_SYMBOL_GPL(hba_lx_lun_is_gone);

/**
 * hba_lx_lun_open() - keep the device's host driver loaded
 * @lun: the LUN
 *
 * scsi_device_get() semantics, for as long as a target instance is
 * attached: the LLD module cannot be unloaded meanwhile (illumos cannot
 * detach an HBA with attached children either).  Hot removal still works.
 *
 * Context: process context.
 * Return: 0, or -ENODEV if the device is gone or going.
 */
int hba_lx_lun_open(struct hba_lx_lun *lun)
{
	if (READ_ONCE(lun->gone) || scsi_device_get(lun->sdev))
		return -ENODEV;
	return 0;
}
EXPORT_SYMBOL_GPL(hba_lx_lun_open);

/**
 * hba_lx_lun_close() - undo hba_lx_lun_open()
 * @lun: the LUN
 *
 * Context: process context.
 */
void hba_lx_lun_close(struct hba_lx_lun *lun)
{
	scsi_device_put(lun->sdev);
}
EXPORT_SYMBOL_GPL(hba_lx_lun_close);

/* scsa_hba's own module, which its HBA nodes name as their owner. */
void *hba_lx_module(void)
{
	return THIS_MODULE;
}

/**
 * hba_lx_lun_module() - the module of the LUN's host driver
 * @lun: the LUN
 *
 * An open SCSA device of the LUN pins it (scsa_ndi_set_owner()), as an open
 * sd or sg device does through scsi_device_get(): the host driver cannot
 * be unloaded from under a device it is still referenced by.
 */
void *hba_lx_lun_module(const struct hba_lx_lun *lun)
{
	return lun->lld;
}
EXPORT_SYMBOL_GPL(hba_lx_lun_module);

/**
 * hba_lx_lun_pin() - keep the host driver loaded past the LUN's removal
 * @lun: the LUN
 *
 * For an SCSA child that outlives its LUN's removal (busy, detached
 * later): its reference on the scsi_device is released only then, and the
 * device's release calls into the host driver.
 *
 * Return: 0, or -ENODEV if the host driver is being unloaded.
 */
int hba_lx_lun_pin(struct hba_lx_lun *lun)
{
	return try_module_get(lun->lld) ? 0 : -ENODEV;
}
EXPORT_SYMBOL_GPL(hba_lx_lun_pin);

/**
 * hba_lx_lun_unpin() - undo hba_lx_lun_pin()
 * @lld: hba_lx_lun_module() of the LUN, which may be freed by now
 */
void hba_lx_lun_unpin(void *lld)
{
	module_put(lld);
}
EXPORT_SYMBOL_GPL(hba_lx_lun_unpin);

/**
 * hba_lx_lun_get_limits() - what one command to this LUN may look like
 * @lun: the LUN
 * @lim: filled in
 *
 * The DMA attributes of the SCSA HBA are derived from these.  Data handed
 * to hba_lx_cmd_submit() that breaks them is refused, never split or
 * bounced.
 *
 * Return: 0, or -ENODEV once the device is gone (its host may be too).
 */
int hba_lx_lun_get_limits(const struct hba_lx_lun *lun,
			  struct hba_lx_limits *lim)
{
	struct scsi_device *sdev = lun->sdev;
	struct request_queue *q = sdev->request_queue;
	struct Scsi_Host *shost = sdev->host;

	if (READ_ONCE(lun->gone))
		return -ENODEV;
	lim->max_xfer_bytes = (u64)queue_max_hw_sectors(q) << SECTOR_SHIFT;
	lim->max_segments = queue_max_segments(q);
	lim->max_segment_size = queue_max_segment_size(q);
	lim->seg_boundary_mask = queue_segment_boundary(q);
	lim->virt_boundary_mask = queue_virt_boundary(q);
	lim->dma_alignment_mask = queue_dma_alignment(q);
	lim->logical_block_size = sdev->sector_size;	/* set by sd, if any */
	lim->can_queue = shost->can_queue;
	lim->queue_depth = sdev->queue_depth;
	lim->max_cdb_len = min_t(unsigned int, shost->max_cmd_len,
				 HBA_LX_MAX_CDB);
	lim->dma_mask = shost->dma_dev ? dma_get_mask(shost->dma_dev) : 0;
	return 0;
}
EXPORT_SYMBOL_GPL(hba_lx_lun_get_limits);

/*
 * The human-readable listing (debugfs)
 */

static void hba_lx_lun_show(struct seq_file *m, struct hba_lx_lun *lun)
{
	struct hba_lx_limits lim = {};
	const char *vendor = "", *model = "";

	if (lun->inq_len >= 32) {
		vendor = (const char *)lun->inq + 8;
		model = (const char *)lun->inq + 16;
	}
	seq_printf(m, "%u:%u:%u:%llu\t%u\t%-8.8s %-16.16s\t%s",
		   lun->addr.host, lun->addr.channel, lun->addr.target,
		   lun->addr.lun, lun->type, vendor, model, lun->hba_name);
	if (hba_lx_lun_get_limits(lun, &lim)) {
		seq_puts(m, "\tgone\n");
		return;
	}
	seq_printf(m, "\t%llu\t%u\t%u\t%#lx\t%#lx\t%#x\t%u\t%u\t%u\t%u\t%#llx\n",
		   lim.max_xfer_bytes, lim.max_segments, lim.max_segment_size,
		   lim.seg_boundary_mask, lim.virt_boundary_mask,
		   lim.dma_alignment_mask, lim.logical_block_size,
		   lim.can_queue, lim.queue_depth, lim.max_cdb_len,
		   lim.dma_mask);
}

void hba_lx_lun_show_all(struct seq_file *m)
{
	struct hba_lx_lun *lun;

	seq_puts(m, "# h:c:t:l\ttype\tvendor   model\t\t\thba\tmax_xfer\tmax_segs\tmax_seg_size\tseg_boundary\tvirt_boundary\tdma_align\tlbsize\tcan_queue\tqdepth\tmax_cdb\tdma_mask\n");
	mutex_lock(&hba_lx_luns_lock);
	list_for_each_entry(lun, &hba_lx_luns, node)
		hba_lx_lun_show(m, lun);
	mutex_unlock(&hba_lx_luns_lock);
}

/* The depth at the LLD of every LUN, one line each (debugfs "stats"). */
void hba_lx_lun_depth_show_all(struct seq_file *m)
{
	struct hba_lx_lun *lun;

	mutex_lock(&hba_lx_luns_lock);
	list_for_each_entry(lun, &hba_lx_luns, node)
		hba_lx_lun_depth_show(m, lun);
	mutex_unlock(&hba_lx_luns_lock);
}

/* Start the high-water marks afresh, from the depth of now. */
void hba_lx_lun_depth_reset_max(void)
{
	struct hba_lx_lun *lun;

	mutex_lock(&hba_lx_luns_lock);
	list_for_each_entry(lun, &hba_lx_luns, node)
		atomic_set(&lun->lld_max, atomic_read(&lun->lld_now));
	mutex_unlock(&hba_lx_luns_lock);
}

/*
 * Which LUNs become SCSA children, that is, may be bound by illumos target
 * drivers.  Two owners for one disk would corrupt it, so by default only
 * LUNs Linux keeps its own upper-level drivers away from (no_uld_attach)
 * are given; sd probes asynchronously, so "no driver bound yet" would race.
 */
static char *luns = "reserved";
module_param(luns, charp, 0444);
MODULE_PARM_DESC(luns,
		 "LUNs given to SCSA target drivers: \"reserved\" (no_uld_attach, the default), \"all\", or a comma-separated list of H:C:T:L");

static bool hba_lx_lun_listed(const struct hba_lx_addr *a)
{
	char id[64], *list = luns, *tok;
	size_t n;

	snprintf(id, sizeof(id), "%u:%u:%u:%llu", a->host, a->channel, a->target, a->lun);
	n = strlen(id);
	while ((tok = strstr(list, id)) != NULL) {
		if ((tok == luns || tok[-1] == ',') && (tok[n] == '\0' || tok[n] == ','))
			return true;
		list = tok + n;
	}
	return false;
}

/* Whether discovery gives @lun an SCSA child (the luns= parameter). */
bool hba_lx_lun_wanted(const struct hba_lx_lun *lun)
{
	struct hba_lx_addr a;

	if (!strcmp(luns, "all"))
		return true;
	if (!strcmp(luns, "reserved"))
		return hba_lx_lun_reserved(lun);
	hba_lx_lun_addr(lun, &a);
	return hba_lx_lun_listed(&a);
}
