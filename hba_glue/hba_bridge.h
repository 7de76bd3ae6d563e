/* SPDX-License-Identifier: GPL-2.0 */
/*
 * hba_bridge.h - scsa_hba's bridge: its Linux half (hba_glue/lx_*.c: LUNs
 * and pass-through commands), as its Solaris half (hba_glue/sol_*.c: the
 * HBA nodes and tran_* entry points) and the in-kernel tests see it.
 * Target drivers never do.  Everything here belongs to scsa_hba.ko, and
 * its names say so (hba_lx_*); what it takes from the framework is in
 * <scsa_fastpath.h>.
 *
 * Only plain C types appear here: no Linux and no illumos type may leak
 * across, because the two worlds define struct scsi_device, dev_t, etc.
 * differently.  Linux objects are behind opaque struct hba_lx_* pointers.
 *
 * Contexts, in one place:
 *  - LUN discovery callbacks run in process context and may sleep.
 *  - hba_lx_cmd_submit() may be called from any context (see its comment);
 *    the command's done() always runs later, in process context, on a
 *    dedicated workqueue: illumos pkt_comp routines take adaptive mutexes
 *    and resubmit, which Linux's hard-IRQ completion context cannot host.
 *  - hba_lx_cmd_exec_sync() sleeps.
 */
#ifndef _HBA_BRIDGE_H
#define _HBA_BRIDGE_H

#include <scsa_fastpath.h>

struct hba_lx_lun;		/* one Linux scsi_device (refcounted) */
struct hba_lx_listener;	/* a registered discovery listener */
struct hba_lx_cmd;

/*
 * LUNs and discovery
 */

/**
 * struct hba_lx_listener_ops - discovery notifications
 * @lun_added: a LUN appeared (or existed at registration: replayed).  The
 *	listener may take its own reference with hba_lx_lun_get().
 * @lun_removed: a LUN is gone.  By then new commands fail with -ENODEV and
 *	every accepted command has completed (its done() has returned).
 *
 * Both run in process context, serialised with each other and with
 * (un)registration, and may sleep and issue commands.  They must not call
 * hba_lx_hba_register_listener() or hba_lx_hba_unregister_listener().
 * Events caused by SCSI scanning run under the SCSI device class lock:
 * do not add or remove Linux SCSI devices from a callback.
 */
struct hba_lx_listener_ops {
	void (*lun_added)(struct hba_lx_lun *lun, void *arg);
	void (*lun_removed)(struct hba_lx_lun *lun, void *arg);
};

int hba_lx_hba_register_listener(const struct hba_lx_listener_ops *ops,
				 void *arg, struct hba_lx_listener **out);
void hba_lx_hba_unregister_listener(struct hba_lx_listener *l);

struct hba_lx_lun *hba_lx_lun_get(struct hba_lx_lun *lun);
void hba_lx_lun_put(struct hba_lx_lun *lun);
int hba_lx_lun_foreach(int (*fn)(struct hba_lx_lun *lun, void *arg),
		       void *arg);
struct hba_lx_lun *hba_lx_lun_find(unsigned int host, unsigned int channel,
				   unsigned int target,
				   unsigned long long lun);
/* Whether discovery gives @lun an SCSA child: scsa_hba's luns= parameter. */
_Bool hba_lx_lun_wanted(const struct hba_lx_lun *lun);

/**
 * struct hba_lx_addr - where a LUN is: Linux H:C:T:L
 */
struct hba_lx_addr {
	unsigned int host;
	unsigned int channel;
	unsigned int target;
	unsigned long long lun;
};

void hba_lx_lun_addr(const struct hba_lx_lun *lun, struct hba_lx_addr *a);
unsigned int hba_lx_lun_type(const struct hba_lx_lun *lun);
const char *hba_lx_lun_hba_name(const struct hba_lx_lun *lun);
unsigned int hba_lx_lun_inquiry(const struct hba_lx_lun *lun, void *buf,
				unsigned int len);
_Bool hba_lx_lun_is_gone(const struct hba_lx_lun *lun);
_Bool hba_lx_lun_reserved(const struct hba_lx_lun *lun);
int hba_lx_lun_open(struct hba_lx_lun *lun);
void hba_lx_lun_close(struct hba_lx_lun *lun);

/**
 * struct hba_lx_limits - what the Linux host and queue accept per command
 * @max_xfer_bytes: largest data transfer (max_hw_sectors in bytes)
 * @max_segments: most data segments per command
 * @max_segment_size: largest segment, in bytes
 * @seg_boundary_mask: a segment may not cross (addr | mask) + 1
 * @virt_boundary_mask: inner segments must start and end on this boundary
 *	(0: no constraint)
 * @dma_alignment_mask: segment offsets and lengths must be aligned to this
 * @logical_block_size: in bytes, 0 if not known (no ULD sized the queue)
 * @can_queue: commands the host accepts at once
 * @queue_depth: commands this LUN accepts at once
 * @max_cdb_len: longest CDB the host accepts
 * @dma_mask: DMA mask of the host's DMA device
 */
struct hba_lx_limits {
	unsigned long long max_xfer_bytes;
	unsigned int max_segments;
	unsigned int max_segment_size;
	unsigned long seg_boundary_mask;
	unsigned long virt_boundary_mask;
	unsigned int dma_alignment_mask;
	unsigned int logical_block_size;
	unsigned int can_queue;
	unsigned int queue_depth;
	unsigned int max_cdb_len;
	unsigned long long dma_mask;
};

int hba_lx_lun_get_limits(const struct hba_lx_lun *lun,
			  struct hba_lx_limits *lim);

/*
 * Commands
 */

enum hba_lx_dir {
	HBA_LX_DIR_NONE = 0,
	HBA_LX_DIR_READ,		/* device to memory */
	HBA_LX_DIR_WRITE,		/* memory to device */
};

/* Why a command ended; the SCSA layer maps these to pkt_reason. */
enum hba_lx_reason {
	HBA_LX_R_OK = 0,	/* transport fine; see @status (CMD_CMPLT) */
	HBA_LX_R_TIMEOUT,	/* CMD_TIMEOUT */
	HBA_LX_R_DEV_GONE,	/* CMD_DEV_GONE */
	HBA_LX_R_ABORTED,	/* CMD_ABORTED */
	HBA_LX_R_RESET,	/* CMD_RESET */
	HBA_LX_R_TRAN_ERR,	/* CMD_TRAN_ERR */
	HBA_LX_R_NOT_SENT,	/* never reached the host (CMD_INCOMPLETE) */
};

#define HBA_LX_CMD_HEAD	0x1u	/* queue at the head (FLAG_HEAD) */
#define HBA_LX_CMD_NOWAIT	0x2u	/* no free request: -EAGAIN, no sleep */
#define HBA_LX_CMD_COPYBUF	0x4u	/* data is the SCSA layer's copy buffer */
#define HBA_LX_CMD_HANDOFF	0x8u	/* @handoff names a waiting thread */

#define HBA_LX_MAX_CDB		32u
#define HBA_LX_KVA_SEGS	4u	/* pages a @kva buffer may span */

#define HBA_LX_CMD_PRIV_WORDS	48

/**
 * struct hba_lx_cmd - one SCSI command, owned by the caller
 * @cdb: CDB bytes, copied at submit
 * @cdb_len: 1..min(HBA_LX_MAX_CDB, host max)
 * @dir: enum hba_lx_dir
 * @flags: HBA_LX_CMD_*
 * @timeout_sec: 0 for the queue's default
 * @data_len: bytes to transfer, 0 with HBA_LX_DIR_NONE
 * @kva: data as a kernel address of page-backed memory (kmalloc, page
 *	allocator or vmalloc; never stack or coherent DMA memory), spanning at
 *	most HBA_LX_KVA_SEGS pages; or NULL
 * @segs: data as page segments (the zero-copy path) when @kva is NULL;
 *	must stay unchanged until done().  Every offset, and every length
 *	but the last, must meet the queue's DMA alignment; the last length
 *	may be odd, as in the buffers Linux's own copy path builds (whole
 *	pages, so a device that rounds up to the alignment stays inside)
 * @nsegs: entries in @segs
 * @sense: where sense data is copied, or NULL
 * @sense_max: size of @sense
 * @done: completion, called exactly once per accepted submit, in process
 *	context, never from inside the submit call; may free or resubmit @cmd
 * @private: for the caller
 * @handoff: with HBA_LX_CMD_HANDOFF, the registration of the thread that
 *	waits for this command in physio(9F) (scsa_pkt_handoff()): @done runs
 *	in that thread when it is already waiting, else as usual
 * @result: raw Linux result: host byte << 16 | SCSI status byte
 * @status: SCSI status byte (SAM)
 * @reason: enum hba_lx_reason
 * @resid: data bytes not transferred
 * @sense_len: sense bytes copied to @sense
 * @error: the block layer's status as -errno (0 when fine)
 * @lx_priv: Linux-side state; do not touch
 *
 * Everything from @result on is written by the Linux side.  No memory is
 * allocated per command apart from the blk-mq request itself, which exists
 * only from submit to completion, so a parked command never pins a tag.
 */
struct hba_lx_cmd {
	const unsigned char *cdb;
	unsigned int cdb_len;
	unsigned int dir;
	unsigned int flags;
	unsigned int timeout_sec;
	unsigned int data_len;
	void *kva;
	const struct scsa_lx_seg *segs;
	unsigned int nsegs;
	unsigned char *sense;
	unsigned int sense_max;
	void (*done)(struct hba_lx_cmd *cmd);
	void *private;
	struct scsa_lx_handoff *handoff;

	int result;
	unsigned int status;
	unsigned int reason;
	unsigned int resid;
	unsigned int sense_len;
	int error;

	unsigned long long lx_priv[HBA_LX_CMD_PRIV_WORDS];
};

int hba_lx_kva_to_segs(void *kva, unsigned int len, struct scsa_lx_seg *segs,
		       unsigned int max);
int hba_lx_cmd_submit(struct hba_lx_lun *lun, struct hba_lx_cmd *cmd);
int hba_lx_cmd_exec_sync(struct hba_lx_lun *lun, struct hba_lx_cmd *cmd);
int hba_lx_cmd_abort(struct hba_lx_cmd *cmd);

/* Reset levels, as illumos RESET_* */
#define HBA_LX_RESET_ALL	0
#define HBA_LX_RESET_TARGET	1
#define HBA_LX_RESET_LUN	3

int hba_lx_lun_reset(struct hba_lx_lun *lun, int level);

/**
 * struct hba_lx_stats - counters since load, summed over CPUs
 * @submitted: commands handed to the block layer
 * @completed: done() calls
 * @busy: submits refused with -EAGAIN
 * @deferred: submits from atomic context handed to the workqueue
 * @copies: data copies or bounces by the block layer; stays 0 by design and
 *	tests assert it
 * @bounced: commands whose data was in an SCSA copy buffer
 *	(HBA_LX_CMD_COPYBUF): transfers that broke the LLD's alignment
 * @batched: commands issued inside a batch of block requests, together
 *	with the batch's others (scsa_lx_own_plug())
 * @handed: completions run by the thread waiting for them in physio(9F)
 *	instead of the completion worker (HBA_LX_CMD_HANDOFF)
 */
struct hba_lx_stats {
	unsigned long long submitted;
	unsigned long long completed;
	unsigned long long busy;
	unsigned long long deferred;
	unsigned long long copies;
	unsigned long long bounced;
	unsigned long long batched;
	unsigned long long handed;
};

void hba_lx_hba_get_stats(struct hba_lx_stats *st);

/*
 * The LUN's host driver module: pinned by an open device of the LUN, and
 * by a child that outlives the LUN's removal (hba_lx_lun_pin(): 0 or
 * -ENODEV; hba_lx_lun_unpin() takes what hba_lx_lun_module() gave).
 */
void *hba_lx_lun_module(const struct hba_lx_lun *lun);
int hba_lx_lun_pin(struct hba_lx_lun *lun);
void hba_lx_lun_unpin(void *lld);

/* scsa_hba's struct module, which an open device below its nodes pins. */
void *hba_lx_module(void);

#endif /* _HBA_BRIDGE_H */
