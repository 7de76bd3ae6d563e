/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Private to hba_glue/lx_*.c: the Linux-side objects behind the opaque
 * handles of hba_bridge.h.
 */
#ifndef _LX_HBA_H
#define _LX_HBA_H

#include <linux/atomic.h>
#include <linux/bitops.h>
#include <linux/kref.h>
#include <linux/list.h>
#include <linux/percpu-refcount.h>
#include <linux/completion.h>
#include <linux/percpu.h>
#include <scsi/scsi_device.h>

#include "scsa_kcompat.h"
#include "hba_bridge.h"

#define LX_PFX "scsa_hba: "

struct seq_file;

/**
 * struct hba_lx_lun - one Linux scsi_device seen through the class interface
 * @node: on hba_lx_luns, under hba_lx_luns_lock
 * @seq: discovery order, the cursor of hba_lx_lun_foreach()
 * @ref: lifetime of this structure; the registry holds one reference from
 *	discovery until removal has drained
 * @inflight: one reference per accepted, not yet completed command; killed
 *	at removal so that new commands fail and the last completion signals
 *	@drained.  A percpu_ref keeps the hot path free of shared cache lines.
 * @drained: completed when @inflight reaches zero after the kill
 * @gone: set once, at removal
 * @sdev: held with get_device() on its sdev_gendev (see lx_sdev.c)
 * @addr: H:C:T:L, kept so it stays printable after removal
 * @type: peripheral device type
 * @hba_name: the LLD's name, copied: its module may be gone before we are
 * @inq_len: bytes in @inq
 * @inq: copy of the INQUIRY data the midlayer read at scan time
 * @lld: the host driver's module (hba_lx_lun_module(), hba_lx_lun_pin())
 * @lld_now: our commands handed to the LUN's request queue and not yet
 *	ended (end_io): the depth we give the LLD
 * @lld_max: highest @lld_now seen since load or the last reset
 * @depth: @lld_now sampled at each submit, per CPU (no shared line but
 *	@lld_now's own)
 */
struct hba_lx_lun {
	struct list_head node;
	u64 seq;
	struct kref ref;
	struct percpu_ref inflight;
	struct completion drained;
	bool gone;
	struct scsi_device *sdev;
	struct hba_lx_addr addr;
	unsigned int type;
	char hba_name[32];
	unsigned int inq_len;
	unsigned char *inq;
	struct module *lld;
	atomic_t lld_now;
	atomic_t lld_max;
	struct hba_lx_depth __percpu *depth;
};

/*
 * Depth at the LLD: histogram buckets of the depth a submit finds
 * (itself included): 1, 2, 3-4, 5-8, ... 129 and more.
 */
#define HBA_LX_DEPTH_BUCKETS	9

/**
 * struct hba_lx_depth - one CPU's samples of a LUN's depth, taken at submit
 * @samples: submits
 * @sum: depths seen, summed: @sum / @samples is the mean depth at submit
 * @hist: submits per depth bucket (hba_lx_depth_bucket())
 */
struct hba_lx_depth {
	u64 samples;
	u64 sum;
	u64 hist[HBA_LX_DEPTH_BUCKETS];
};

static inline unsigned int hba_lx_depth_bucket(unsigned int depth)
{
	return min_t(unsigned int, depth ? fls(depth - 1) : 0,
		     HBA_LX_DEPTH_BUCKETS - 1);
}

/*
 * Per-CPU counters behind struct hba_lx_stats: bumped on the hot path
 * without a shared cache line.
 */
struct hba_lx_pcpu_stats {
	u64 submitted;
	u64 completed;
	u64 busy;
	u64 deferred;
	u64 copies;
	u64 bounced;
	u64 batched;
	u64 handed;
};

DECLARE_PER_CPU(struct hba_lx_pcpu_stats, hba_lx_counters);

#define hba_lx_stat_inc(field)	this_cpu_inc(hba_lx_counters.field)

/* lx_sdev.c */
int hba_lx_sdev_init(void);
void hba_lx_sdev_exit(void);
void hba_lx_lun_show_all(struct seq_file *m);
void hba_lx_lun_depth_show_all(struct seq_file *m);
void hba_lx_lun_depth_reset_max(void);

/* lx_cmd.c */
int hba_lx_cmd_init(void);
void hba_lx_cmd_exit(void);
void hba_lx_lun_abort_inflight(struct hba_lx_lun *lun);
void hba_lx_lun_depth_show(struct seq_file *m, struct hba_lx_lun *lun);

/* lx_debugfs.c */
void hba_lx_debugfs_init(void);
void hba_lx_debugfs_exit(void);

#endif /* _LX_HBA_H */
