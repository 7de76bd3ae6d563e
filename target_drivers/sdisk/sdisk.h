/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sdisk: an illumos-style SCSI disk target driver, written against the
 * illumos DDI/SCSA headers only.  Private declarations shared by its
 * files: sdisk.c (autoconfiguration, open/close, properties), sdisk_io.c
 * (the command queue and completion), sdisk_ioctl.c (dkio).
 */
#ifndef _SDISK_H
#define _SDISK_H

#include <sys/types.h>
#include <sys/param.h>
#include <sys/int_limits.h>
#include <sys/systm.h>
#include <sys/errno.h>
#include <sys/buf.h>
#include <sys/aio_req.h>
#include <sys/kmem.h>
#include <sys/ksynch.h>
#include <sys/kstat.h>
#include <sys/conf.h>
#include <sys/ddi.h>
#include <sys/sunddi.h>
#include <sys/scsi/scsi.h>

#define SDISK_NAME		"sdisk"

/*
 * One whole-disk "partition" per instance: the block node "a" and the raw
 * node "a,raw" share the minor number, which is the instance (no labels,
 * no slices).
 */
#define SDISK_MINOR(inst)	((minor_t)(inst))
#define SDISK_INST(dev)		((int)getminor(dev))

#define SDISK_THROTTLE		32	/* commands in flight, tagged queueing */
#define SDISK_RETRIES		5	/* errors worth retrying */
#define SDISK_BUSY_RETRIES	60	/* BUSY / TRAN_BUSY */
#define SDISK_UA_RETRIES	10	/* unit attentions */
#define SDISK_READY_RETRIES	40	/* becoming ready: 20 s */
#define SDISK_IO_TIME		60	/* seconds, READ/WRITE */
#define SDISK_CMD_TIME		60	/* seconds, other commands */
#define SDISK_BUSY_DELAY	drv_usectohz(100000)	/* 100 ms */
#define SDISK_RETRY_DELAY	drv_usectohz(500000)	/* 500 ms, not ready */
#define SDISK_TRANBUSY_DELAY	drv_usectohz(10000)	/* 10 ms */
#define SDISK_RUNOUT_DELAY	drv_usectohz(10000)	/* 10 ms, no resources */
#define SDISK_QFULL_STEP	drv_usectohz(1000000)	/* 1 s, throttle back up */

/*
 * Retry budgets: a command counts its retries of each kind apart, as sd
 * counts xb_retry_count and xb_ua_retry_count (limits above).
 */
#define SDISK_TRY_ERR		0	/* errors worth retrying */
#define SDISK_TRY_BUSY		1	/* BUSY, TRAN_BUSY */
#define SDISK_TRY_UA		2	/* unit attentions */
#define SDISK_TRY_READY		3	/* "becoming ready" */
#define SDISK_NTRY		4

/* The error kstat "sdisk<inst>,err", as sd's "sd<inst>,err" plus ours. */
struct sdisk_errstats {
	kstat_named_t	se_softerrs;	/* recovered errors */
	kstat_named_t	se_harderrs;	/* failed commands */
	kstat_named_t	se_transerrs;	/* transport errors, timeouts */
	kstat_named_t	se_vid;
	kstat_named_t	se_pid;
	kstat_named_t	se_revision;
	kstat_named_t	se_capacity;	/* bytes */
	kstat_named_t	se_rq_media_err;
	kstat_named_t	se_rq_ntrdy_err;
	kstat_named_t	se_rq_illrq_err;
	kstat_named_t	se_rq_recov_err;
	kstat_named_t	se_unit_attn;
	kstat_named_t	se_retries;
	kstat_named_t	se_busy;	/* BUSY, QUEUE FULL, TRAN_BUSY */
	kstat_named_t	se_rqsense;	/* REQUEST SENSE sent by hand */
	kstat_named_t	se_flushes;	/* SYNCHRONIZE CACHE sent */
};

/*
 * Per-command state, in the packet's target-private area: it stays with
 * the packet across retries and DMA windows.  While a buf has a packet,
 * its b_private points here (as sd keeps its xbuf there).
 */
struct sdisk;

struct sdisk_cmd {
	struct buf	*sc_bp;
	struct scsi_pkt	*sc_pkt;
	struct sdisk	*sc_sk;
	diskaddr_t	sc_blkno;	/* first block of the buf, device blocks */
	size_t		sc_xfer;	/* bytes of the buf to transfer */
	size_t		sc_done;	/* bytes transferred by earlier windows */
	size_t		sc_win;		/* bytes of the current window */
	int		sc_tries[SDISK_NTRY];	/* retries, per budget */
	int		sc_newwin;	/* the next window is still to be bound */
	int		sc_inrunq;	/* counted in the kstat run queue */
};

#define SDISK_BP_CMD(bp)	((struct sdisk_cmd *)(bp)->b_private)

/* A FIFO of bufs linked through av_forw: the wait and the retry queue. */
struct sdisk_bufq {
	struct buf	*bq_head;
	struct buf	*bq_tail;
};

struct sdisk {
	dev_info_t		*sk_dip;
	struct scsi_device	*sk_sd;
	kmutex_t		sk_mutex;
	kcondvar_t		sk_cv;		/* sk_ncmds drained; rqs free */
	int			sk_instance;

	/* The medium, from READ CAPACITY at attach. */
	diskaddr_t		sk_nblocks;	/* in sk_blksize units */
	uint32_t		sk_blksize;
	uint32_t		sk_pbsize;
	int			sk_rmb;
	size_t			sk_maxxfer;	/* dma-max: largest window */
	int			sk_cdb16;	/* 16-byte CDBs supported */

	/* The queues; all under sk_mutex. */
	struct sdisk_bufq	sk_waitq;	/* bufs without a packet yet */
	struct sdisk_bufq	sk_retryq;	/* bufs whose packet goes again */
	int			sk_ncmds;	/* packets allocated for bufs */
	int			sk_throttle;
	int			sk_max_throttle;
	int			sk_starting;	/* a thread is in sdisk_start() */
	int			sk_runout;	/* waiting for a resource callback */
	uint_t			sk_runout_gen;	/* resource callbacks run so far */
	timeout_id_t		sk_restart_tid;
	timeout_id_t		sk_throttle_tid;	/* QUEUE FULL: raising it */
	int			sk_io_time;

	/* Auto request sense is off: REQUEST SENSE by hand, one at a time. */
	int			sk_arq;
	struct scsi_pkt		*sk_rqs_pkt;
	struct buf		*sk_rqs_bp;
	struct scsi_pkt		*sk_rqs_for;	/* the packet being sensed */

	/* Write cache and flushes. */
	int			sk_sync_unsupported;
	int			sk_mode6;	/* MODE SENSE(10) refused */
	ddi_taskq_t		*sk_taskq;	/* asynchronous flushes */

	/* Opens: the framework calls close(9E) on the last close per otyp. */
	int			sk_open_chr;
	int			sk_open_blk;
	int			sk_open_lyr;
	int			sk_excl;

	kstat_t			*sk_iostat;	/* "sdisk<inst>", KSTAT_TYPE_IO */
	kstat_t			*sk_errstat;	/* "sdisk<inst>,err" */
};

#define SK_ERRSTAT(sk)	((struct sdisk_errstats *)(sk)->sk_errstat->ks_data)
/* Completions of one disk run concurrently: count under the instance mutex. */
#define SK_ERRINC(sk, f)	do {					\
		mutex_enter(&(sk)->sk_mutex);				\
		SK_ERRSTAT(sk)->f.value.ui32++;				\
		mutex_exit(&(sk)->sk_mutex);				\
	} while (0)
#define SK_IOSTAT(sk)	((sk)->sk_iostat != NULL ? KSTAT_IO_PTR((sk)->sk_iostat) : NULL)

extern void *sdisk_statep;

/* sdisk_io.c */
int sdisk_strategy(struct buf *bp);
int sdisk_read(dev_t dev, struct uio *uiop, cred_t *credp);
int sdisk_write(dev_t dev, struct uio *uiop, cred_t *credp);
int sdisk_aread(dev_t dev, struct aio_req *aio, cred_t *credp);
int sdisk_awrite(dev_t dev, struct aio_req *aio, cred_t *credp);
int sdisk_rqs_init(struct sdisk *sk);
void sdisk_rqs_fini(struct sdisk *sk);
void sdisk_drain(struct sdisk *sk);
int sdisk_cmd_sync(struct sdisk *sk, union scsi_cdb *cdb, int cdblen, struct buf *bp,
    uint8_t *sense, size_t senselen);

/* sdisk_ioctl.c */
int sdisk_ioctl(dev_t dev, int cmd, intptr_t arg, int mode, cred_t *credp, int *rvalp);
int sdisk_flush(struct sdisk *sk);

/* sdisk_cmd_sync() results besides 0 and errno values */
#define SDISK_CHECK	(-1)	/* CHECK CONDITION: sense in the caller's buffer */

#endif /* _SDISK_H */
