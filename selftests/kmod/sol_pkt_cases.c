// SPDX-License-Identifier: GPL-2.0
/*
 * An illumos-style target driver that tests the SCSA packet layer on the
 * device it attaches to (a scsi_debug LUN of the guest, 64 MiB, 512-byte
 * blocks).  It is written against the illumos headers only, and is built,
 * loaded and bound like a ported driver; attach(9E) runs the cases and
 * records their outcomes, which the Linux-world harness prints as KTAP.
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/errno.h>
#include <sys/kmem.h>
#include <sys/int_limits.h>
#include <sys/ksynch.h>
#include <sys/conf.h>
#include <sys/modctl.h>
#include <sys/ddi.h>
#include <sys/sunddi.h>
#include <sys/scsi/scsi.h>

#include <scsa_ddi.h>
#include <hba_bridge.h>
#include <scsa_mem.h>

#include "scsa_sol_ktap.h"
#include "pkt_lx.h"

/* scsa_compat's leak check of a kmem cache (not an illumos interface). */
extern long scsa_kmem_cache_inuse(kmem_cache_t *cp);

#define TP_BLKSIZE	512
#define TP_CAPACITY	(64 * 1024 * 1024 / TP_BLKSIZE)	/* dev_size_mb=64 */
#define TP_TIMEOUT	30

/* The device the cases run against: the first instance attached. */
static struct scsi_device *tp_sd;
/* Every instance (the guest's two scsi_debug LUNs); one may be removed. */
#define TP_MAX_INST	4
static struct scsi_device *tp_sds[TP_MAX_INST];
/* An instance that refuses to detach, as an open device would. */
static dev_info_t *tp_busy;
static kmutex_t tp_lock;
static kcondvar_t tp_cv;

/* Completion of asynchronous packets: pkt_private points at a flag. */
static void tp_comp(struct scsi_pkt *pkt)
{
	mutex_enter(&tp_lock);
	*(int *)pkt->pkt_private = 1;
	cv_broadcast(&tp_cv);
	mutex_exit(&tp_lock);
}

/* Send pkt with pkt_comp and wait for it; -1 if not accepted or too slow. */
static int tp_run_async(struct scsi_pkt *pkt)
{
	int done = 0;
	clock_t deadline = ddi_get_lbolt() + drv_usectohz(TP_TIMEOUT * 1000000);

	pkt->pkt_comp = tp_comp;
	pkt->pkt_private = (opaque_t)&done;
	pkt->pkt_time = TP_TIMEOUT;
	if (scsi_transport(pkt) != TRAN_ACCEPT)
		return (-1);
	mutex_enter(&tp_lock);
	while (!done && cv_timedwait(&tp_cv, &tp_lock, deadline) != -1)
		;
	mutex_exit(&tp_lock);
	return (done ? 0 : -1);
}

static struct scsi_pkt *tp_pkt(struct buf *bp, int cdblen, int flags)
{
	return (scsi_init_pkt(&tp_sd->sd_address, NULL, bp, cdblen,
	    sizeof (struct scsi_arq_status), 0, flags, SLEEP_FUNC, NULL));
}

static int tp_probe_fills_inquiry(void)
{
	SOL_EXPECT(scsi_probe(tp_sd, SLEEP_FUNC) == SCSIPROBE_EXISTS, "scsi_probe");
	SOL_EXPECT(strncmp(tp_sd->sd_inq->inq_vid, "Linux   ", 8) == 0, "vendor");
	SOL_EXPECT(strncmp(tp_sd->sd_inq->inq_pid, "scsi_debug", 10) == 0, "product");
	SOL_EXPECT((tp_sd->sd_inq->inq_dtype & DTYPE_MASK) == DTYPE_DIRECT, "type");
	return (0);
}

static int tp_capabilities(void)
{
	struct scsi_address *ap = &tp_sd->sd_address;

	SOL_EXPECT(scsi_ifgetcap(ap, "dma-max", 1) >= 65536, "dma-max %d",
	    scsi_ifgetcap(ap, "dma-max", 1));
	SOL_EXPECT(scsi_ifgetcap(ap, "auto-rqsense", 1) == 1, "auto-rqsense");
	SOL_EXPECT(scsi_ifsetcap(ap, "auto-rqsense", 1, 1) == 1, "set auto-rqsense");
	SOL_EXPECT(scsi_ifgetcap(ap, "max-cdb-length", 1) >= 16, "max-cdb-length");
	SOL_EXPECT(scsi_ifsetcap(ap, "sector-size", TP_BLKSIZE, 1) == 1, "set sector-size");
	SOL_EXPECT(scsi_ifgetcap(ap, "sector-size", 1) == TP_BLKSIZE, "sector-size");
	SOL_EXPECT(scsi_ifgetcap(ap, "no-such-capability", 1) == -1, "unknown cap");
	return (0);
}

/* The first TEST UNIT READY reports the power-on unit attention, with sense. */
static int tp_tur_unit_attention_arq(void)
{
	struct scsi_pkt *pkt = tp_pkt(NULL, CDB_GROUP0, 0);
	struct scsi_arq_status *arq;
	int i, ua = 0, good = 0;

	SOL_EXPECT(pkt != NULL, "no packet");
	(void) scsi_setup_cdb((union scsi_cdb *)pkt->pkt_cdbp, SCMD_TEST_UNIT_READY, 0, 0, 0);
	for (i = 0; i < 3 && !good; i++) {
		SOL_EXPECT(tp_run_async(pkt) == 0, "TUR %d not completed", i);
		SOL_EXPECT(pkt->pkt_reason == CMD_CMPLT, "reason %d", pkt->pkt_reason);
		arq = (struct scsi_arq_status *)pkt->pkt_scbp;
		if ((*pkt->pkt_scbp & STATUS_MASK) == STATUS_GOOD) {
			good = 1;
		} else if ((pkt->pkt_state & STATE_ARQ_DONE) &&
		    scsi_sense_key((uint8_t *)&arq->sts_sensedata) == KEY_UNIT_ATTENTION) {
			ua++;
		}
	}
	scsi_destroy_pkt(pkt);
	SOL_EXPECT(good, "never GOOD");
	SOL_EXPECT(ua <= 2, "%d unit attentions", ua);
	return (0);
}

/* READ CAPACITY(10) polled into a consistent buffer. */
static int tp_read_capacity_polled(void)
{
	struct buf *bp;
	struct scsi_pkt *pkt;
	uchar_t *d;
	uint32_t last, bsz;

	bp = scsi_alloc_consistent_buf(&tp_sd->sd_address, NULL, 8, B_READ, SLEEP_FUNC, NULL);
	SOL_EXPECT(bp != NULL && bp->b_bcount == 8, "consistent buf");
	pkt = tp_pkt(bp, CDB_GROUP1, PKT_CONSISTENT);
	SOL_EXPECT(pkt != NULL && pkt->pkt_resid == 0, "packet");
	(void) scsi_setup_cdb((union scsi_cdb *)pkt->pkt_cdbp, SCMD_READ_CAPACITY, 0, 0, 0);
	pkt->pkt_flags = FLAG_NOINTR;
	SOL_EXPECT(scsi_poll(pkt) == 0, "scsi_poll: reason %d status %x", pkt->pkt_reason,
	    *pkt->pkt_scbp);
	d = (uchar_t *)bp->b_un.b_addr;
	last = ((uint32_t)d[0] << 24) | (d[1] << 16) | (d[2] << 8) | d[3];
	bsz = ((uint32_t)d[4] << 24) | (d[5] << 16) | (d[6] << 8) | d[7];
	scsi_destroy_pkt(pkt);
	scsi_free_consistent_buf(bp);
	SOL_EXPECT(last == TP_CAPACITY - 1 && bsz == TP_BLKSIZE, "capacity %u x %u", last, bsz);
	return (0);
}

/* One READ(10) or WRITE(10) of a buf, in windows if needed. */
static int tp_rw_buf(int read, struct buf *bp, uint_t lba, int *windows)
{
	struct scsi_pkt *pkt;
	size_t done = 0, len = bp->b_bcount;
	int rval = -1;

	*windows = 0;
	pkt = tp_pkt(bp, CDB_GROUP1, PKT_DMA_PARTIAL);
	while (pkt != NULL) {
		size_t win = pkt->pkt_dma_len;

		(*windows)++;
		pkt->pkt_resid = 0;	/* from here on: the transfer residual */
		(void) scsi_setup_cdb((union scsi_cdb *)pkt->pkt_cdbp,
		    read ? SCMD_READ_G1 : SCMD_WRITE_G1,
		    lba + (uint_t)(done / TP_BLKSIZE), (uint_t)(win / TP_BLKSIZE), 0);
		if (tp_run_async(pkt) != 0 || pkt->pkt_reason != CMD_CMPLT ||
		    *pkt->pkt_scbp != STATUS_GOOD || pkt->pkt_resid != 0)
			break;
		done += win;
		if (done == len) {
			rval = 0;
			break;
		}
		pkt = scsi_init_pkt(&tp_sd->sd_address, pkt, bp, 0, 0, 0, 0, NULL_FUNC, NULL);
	}
	if (pkt != NULL)
		scsi_destroy_pkt(pkt);
	return (rval);
}

/* The same of a kernel buffer. */
static int tp_rw(int read, caddr_t addr, size_t len, uint_t lba, int *windows)
{
	struct buf *bp = getrbuf(KM_SLEEP);
	int rval;

	bp->b_flags = B_BUSY | (read ? B_READ : B_WRITE);
	bp->b_un.b_addr = addr;
	bp->b_bcount = len;
	rval = tp_rw_buf(read, bp, lba, windows);
	freerbuf(bp);
	return (rval);
}

static void tp_pattern(uint32_t *p, size_t len, uint32_t seed)
{
	size_t i;

	for (i = 0; i < len / sizeof (*p); i++)
		p[i] = seed ^ (uint32_t)(i * 2654435761u);
}

/* Write a pattern and read it back through asynchronous packets. */
static int tp_write_read_back(void)
{
	size_t len = 64 * 1024;
	caddr_t w = kmem_alloc(len, KM_SLEEP), r = kmem_zalloc(len, KM_SLEEP);
	int wins, ok;

	tp_pattern((uint32_t *)w, len, 0x5ca5ca);
	ok = tp_rw(0, w, len, 100, &wins) == 0 && tp_rw(1, r, len, 100, &wins) == 0 &&
	    bcmp(w, r, len) == 0;
	kmem_free(w, len);
	kmem_free(r, len);
	SOL_EXPECT(ok, "data read back differs or I/O failed");
	return (0);
}

/*
 * B_PAGEIO bufs, as block requests make them (segments that are pieces of
 * pages, at odd offsets), go to the device without a copy: what one
 * segmentation writes, another reads back.
 */
#define TP_PIO_PAGES	8

static int tp_rw_pageio(int read, struct scsa_pageio *pio, size_t len, uint_t lba)
{
	struct buf *bp = getrbuf(KM_SLEEP);
	struct scsi_pkt *pkt;
	int rval = -1;

	bp->b_flags = B_BUSY | B_PAGEIO | (read ? B_READ : B_WRITE);
	bp->b_pages = (struct page *)(void *)pio;
	bp->b_bcount = len;
	pkt = tp_pkt(bp, CDB_GROUP1, 0);
	if (pkt != NULL) {
		pkt->pkt_resid = 0;
		(void) scsi_setup_cdb((union scsi_cdb *)pkt->pkt_cdbp,
		    read ? SCMD_READ_G1 : SCMD_WRITE_G1, lba, (uint_t)(len / TP_BLKSIZE), 0);
		if (pkt->pkt_dma_len == len && tp_run_async(pkt) == 0 &&
		    pkt->pkt_reason == CMD_CMPLT && *pkt->pkt_scbp == STATUS_GOOD &&
		    pkt->pkt_resid == 0 && !(bp->b_flags & B_REMAPPED))
			rval = 0;
		scsi_destroy_pkt(pkt);
	}
	bp->b_flags = 0;
	freerbuf(bp);
	return (rval);
}

static int tp_pageio_zero_copy(void)
{
	static const uint_t wsegs[][2] = {	/* page offset, length */
		{ 512, 3584 }, { 0, 1024 }, { 2048, 2048 }, { 0, 4096 }, { 0, 4096 },
		{ 0, 4096 }, { 0, 4096 }, { 0, 2560 }
	};
	static const uint_t rsegs[][2] = {
		{ 1536, 1024 }, { 0, 4096 }, { 3072, 1024 }, { 0, 4096 }, { 512, 3584 },
		{ 0, 4096 }, { 512, 3584 }, { 0, 4096 }
	};
	struct scsa_pageio_seg ws[TP_PIO_PAGES], rs[TP_PIO_PAGES];
	struct scsa_pageio wp, rp;
	caddr_t wpg[TP_PIO_PAGES], rpg[TP_PIO_PAGES], w, r;
	size_t len = 0, rlen = 0, at;
	int i, ok;

	for (i = 0; i < TP_PIO_PAGES; i++) {
		wpg[i] = kmem_alloc(PAGESIZE, KM_SLEEP);
		rpg[i] = kmem_zalloc(PAGESIZE, KM_SLEEP);
		tp_pattern((uint32_t *)wpg[i], PAGESIZE, 0xb10c + i);
		ws[i].page = scsa_lx_kva_page(wpg[i]);
		ws[i].off = wsegs[i][0];
		ws[i].len = wsegs[i][1];
		rs[i].page = scsa_lx_kva_page(rpg[i]);
		rs[i].off = rsegs[i][0];
		rs[i].len = rsegs[i][1];
		len += wsegs[i][1];
		rlen += rsegs[i][1];
	}
	bzero(&wp, sizeof (wp));
	bzero(&rp, sizeof (rp));
	wp.segs = ws;
	wp.nsegs = TP_PIO_PAGES;
	rp.segs = rs;
	rp.nsegs = TP_PIO_PAGES;
	w = kmem_alloc(len, KM_SLEEP);
	r = kmem_zalloc(len, KM_SLEEP);
	for (i = 0, at = 0; i < TP_PIO_PAGES; at += ws[i].len, i++)
		bcopy(wpg[i] + ws[i].off, w + at, ws[i].len);
	ok = len == rlen && len % TP_BLKSIZE == 0 &&
	    tp_rw_pageio(0, &wp, len, 300) == 0 && tp_rw_pageio(1, &rp, len, 300) == 0;
	for (i = 0, at = 0; i < TP_PIO_PAGES; at += rs[i].len, i++)
		bcopy(rpg[i] + rs[i].off, r + at, rs[i].len);
	ok = ok && bcmp(w, r, len) == 0;
	for (i = 0; i < TP_PIO_PAGES; i++) {
		kmem_free(wpg[i], PAGESIZE);
		kmem_free(rpg[i], PAGESIZE);
	}
	kmem_free(w, len);
	kmem_free(r, len);
	SOL_EXPECT(ok, "I/O failed or the data read back differs (%zu bytes)", len);
	return (0);
}

/*
 * A transfer larger than one window (dma-max) walks the windows with
 * PKT_DMA_PARTIAL, and reads back what was written.
 */
static int tp_dma_partial_window_walk(void)
{
	size_t win = (size_t)scsi_ifgetcap(&tp_sd->sd_address, "dma-max", 1);
	size_t len = MIN(win * 2 + 3 * TP_BLKSIZE, 24 * 1024 * 1024);
	caddr_t w, r;
	int wwins = 0, rwins = 0, ok;

	w = kmem_alloc(len, KM_SLEEP);
	r = kmem_zalloc(len, KM_SLEEP);
	tp_pattern((uint32_t *)w, len, 0xfeed);
	ok = tp_rw(0, w, len, 2048, &wwins) == 0 && tp_rw(1, r, len, 2048, &rwins) == 0 &&
	    bcmp(w, r, len) == 0;
	kmem_free(w, len);
	kmem_free(r, len);
	SOL_EXPECT(ok, "I/O failed or data differs (%zu bytes, window %zu)", len, win);
	SOL_EXPECT(len <= win || (wwins >= 2 && rwins >= 2), "%d/%d windows for %zu > %zu",
	    wwins, rwins, len, win);
	return (0);
}

/* Too large for one window, without PKT_DMA_PARTIAL: EINVAL. */
static int tp_oversize_without_partial(void)
{
	size_t win = (size_t)scsi_ifgetcap(&tp_sd->sd_address, "dma-max", 1);
	size_t len = win + TP_BLKSIZE;
	struct buf *bp = getrbuf(KM_SLEEP);
	struct scsi_pkt *pkt;
	int err;

	bp->b_flags = B_BUSY | B_READ;
	bp->b_un.b_addr = kmem_alloc(len, KM_SLEEP);
	bp->b_bcount = len;
	pkt = tp_pkt(bp, CDB_GROUP1, 0);
	err = geterror(bp);
	kmem_free(bp->b_un.b_addr, len);
	freerbuf(bp);
	SOL_EXPECT(pkt == NULL && err == EINVAL, "pkt %p, error %d", (void *)pkt, err);
	return (0);
}

/* Unsupported opcode: CHECK CONDITION, ILLEGAL REQUEST, through (X)ARQ. */
static int tp_check_condition_xarq(void)
{
	int slen = sizeof (struct scsi_arq_status) + MAX_SENSE_LENGTH - SENSE_LENGTH;
	struct scsi_pkt *pkt;
	struct scsi_arq_status *arq;
	uint8_t *sense;

	pkt = scsi_init_pkt(&tp_sd->sd_address, NULL, NULL, CDB_GROUP1, slen, 0, PKT_XARQ,
	    SLEEP_FUNC, NULL);
	SOL_EXPECT(pkt != NULL, "packet");
	pkt->pkt_cdbp[0] = 0x3f;	/* no such command */
	SOL_EXPECT(tp_run_async(pkt) == 0, "not completed");
	arq = (struct scsi_arq_status *)pkt->pkt_scbp;
	sense = (uint8_t *)&arq->sts_sensedata;
	SOL_EXPECT(pkt->pkt_reason == CMD_CMPLT, "reason %d", pkt->pkt_reason);
	SOL_EXPECT((*pkt->pkt_scbp & STATUS_MASK) == STATUS_CHECK, "status %x", *pkt->pkt_scbp);
	SOL_EXPECT((pkt->pkt_state & (STATE_ARQ_DONE | STATE_XARQ_DONE)) ==
	    (STATE_ARQ_DONE | STATE_XARQ_DONE), "state %x", pkt->pkt_state);
	SOL_EXPECT(scsi_sense_key(sense) == KEY_ILLEGAL_REQUEST &&
	    scsi_sense_asc(sense) == 0x20, "sense %x/%x", scsi_sense_key(sense),
	    scsi_sense_asc(sense));
	SOL_EXPECT(arq->sts_rqpkt_resid < MAX_SENSE_LENGTH - SUN_MIN_SENSE_LENGTH,
	    "rqpkt resid %d", arq->sts_rqpkt_resid);
	scsi_destroy_pkt(pkt);
	return (0);
}

/* FLAG_NOINTR: complete when scsi_transport() returns; pkt_comp not called. */
static int tp_flag_nointr(void)
{
	struct scsi_pkt *pkt = tp_pkt(NULL, CDB_GROUP0, 0);
	int called = 0;

	SOL_EXPECT(pkt != NULL, "packet");
	(void) scsi_setup_cdb((union scsi_cdb *)pkt->pkt_cdbp, SCMD_TEST_UNIT_READY, 0, 0, 0);
	pkt->pkt_comp = tp_comp;
	pkt->pkt_private = (opaque_t)&called;
	pkt->pkt_flags = FLAG_NOINTR;
	pkt->pkt_time = TP_TIMEOUT;
	SOL_EXPECT(scsi_transport(pkt) == TRAN_ACCEPT, "not accepted");
	SOL_EXPECT(pkt->pkt_state & STATE_GOT_STATUS, "state %x", pkt->pkt_state);
	SOL_EXPECT(!called && pkt->pkt_comp == tp_comp, "pkt_comp called or lost");
	scsi_destroy_pkt(pkt);
	return (0);
}

/* Bad arguments fail cleanly. */
static int tp_bad_arguments(void)
{
	struct scsi_address *ap = &tp_sd->sd_address, noaddr;
	int maxcdb = scsi_ifgetcap(ap, "max-cdb-length", 1), rc;
	struct buf *bp = getrbuf(KM_SLEEP);
	struct scsi_pkt *pkt;

	SOL_EXPECT(scsi_init_pkt(ap, NULL, NULL, 0, 1, 0, 0, NULL_FUNC, NULL) == NULL,
	    "cdblen 0");
	SOL_EXPECT(scsi_init_pkt(ap, NULL, NULL, 33, 1, 0, 0, NULL_FUNC, NULL) == NULL,
	    "cdblen 33");
	SOL_EXPECT(scsi_init_pkt(ap, NULL, NULL, 6, -1, 0, 0, NULL_FUNC, NULL) == NULL,
	    "statuslen -1");
	SOL_EXPECT(scsi_init_pkt(ap, NULL, NULL, 6, 1, -8, 0, NULL_FUNC, NULL) == NULL,
	    "pplen -8");
	SOL_EXPECT(scsi_init_pkt(NULL, NULL, bp, 6, 1, 0, 0, NULL_FUNC, NULL) == NULL &&
	    geterror(bp) == EINVAL, "NULL address");
	bzero(&noaddr, sizeof (noaddr));
	bioerror(bp, 0);
	SOL_EXPECT(scsi_init_pkt(&noaddr, NULL, bp, 6, 1, 0, 0, NULL_FUNC, NULL) == NULL &&
	    geterror(bp) == EINVAL, "address without a transport");
	bioerror(bp, 0);
	SOL_EXPECT(scsi_init_pkt(ap, NULL, bp, 6, 1, INT_MIN, 0, NULL_FUNC, NULL) == NULL &&
	    geterror(bp) == EINVAL, "pplen INT_MIN");
	SOL_EXPECT(scsi_init_pkt(ap, NULL, NULL, 6, 1 << 30, 0, 0, NULL_FUNC, NULL) == NULL,
	    "statuslen 1 GiB");
	/* Data at addresses that are not memory: EFAULT, aligned or not. */
	bp->b_flags = B_BUSY | B_READ;
	bp->b_bcount = 8;
	bp->b_un.b_addr = (caddr_t)1;
	bioerror(bp, 0);
	SOL_EXPECT(scsi_init_pkt(ap, NULL, bp, 6, 1, 0, 0, NULL_FUNC, NULL) == NULL &&
	    geterror(bp) == EFAULT, "data at address 1: error %d", geterror(bp));
	bp->b_un.b_addr = (caddr_t)0x1000;
	bioerror(bp, 0);
	SOL_EXPECT(scsi_init_pkt(ap, NULL, bp, 6, 1, 0, 0, NULL_FUNC, NULL) == NULL &&
	    geterror(bp) == EFAULT, "data at address 0x1000: error %d", geterror(bp));
	bp->b_un.b_addr = NULL;
	bp->b_bcount = 0;
	freerbuf(bp);
	SOL_EXPECT(scsi_transport(NULL) == TRAN_BADPKT, "scsi_transport(NULL)");
	/* Longer than the host takes: allocated (illumos checks no further), not sent. */
	if (maxcdb > 0 && maxcdb < 32) {
		pkt = scsi_init_pkt(ap, NULL, NULL, maxcdb + 1, 1, 0, 0, SLEEP_FUNC, NULL);
		SOL_EXPECT(pkt != NULL, "cdblen %d", maxcdb + 1);
		rc = scsi_transport(pkt);
		scsi_destroy_pkt(pkt);
		SOL_EXPECT(rc == TRAN_BADPKT, "cdblen %d over max-cdb-length: %d", maxcdb + 1, rc);
	}
	return (0);
}

/* Areas are zeroed for their lengths; pkt_private is the target's. */
static int tp_areas_zeroed(void)
{
	struct scsi_pkt *pkt;
	int i, dirty = 0;

	pkt = scsi_init_pkt(&tp_sd->sd_address, NULL, NULL, CDB_GROUP5, 40, 24, 0,
	    SLEEP_FUNC, NULL);
	SOL_EXPECT(pkt != NULL, "packet");
	for (i = 0; i < 12; i++)
		dirty |= pkt->pkt_cdbp[i];
	for (i = 0; i < 40; i++)
		dirty |= pkt->pkt_scbp[i];
	for (i = 0; i < 24; i++)
		dirty |= ((uchar_t *)pkt->pkt_private)[i];
	SOL_EXPECT(!dirty, "an area is not zeroed");
	SOL_EXPECT(pkt->pkt_cdblen == 12 && pkt->pkt_scblen == 40 && pkt->pkt_tgtlen == 24,
	    "lengths");
	SOL_EXPECT(pkt->pkt_comp == NULL && pkt->pkt_flags == 0 && pkt->pkt_time == 0,
	    "fields not reset");
	SOL_EXPECT(scsi_pkt_allocated_correctly(pkt), "allocated correctly");
	scsi_destroy_pkt(pkt);
	return (0);
}

/* A real callback is queued on failure and run later, from another thread. */
static int tp_cb_calls;

static int tp_callback(caddr_t arg)
{
	mutex_enter(&tp_lock);
	tp_cb_calls++;
	cv_broadcast(&tp_cv);
	mutex_exit(&tp_lock);
	return (1);
}

static int tp_callback_runs_later(void)
{
	struct scsi_pkt *pkt;
	clock_t deadline;

	tp_cb_calls = 0;
	/* Fails (absurd private length), so the callback is queued... */
	pkt = scsi_init_pkt(&tp_sd->sd_address, NULL, NULL, CDB_GROUP0, 1, 1 << 30, 0,
	    tp_callback, NULL);
	SOL_EXPECT(pkt == NULL, "allocation did not fail");
	SOL_EXPECT(tp_cb_calls == 0, "callback ran synchronously");
	/* ...and run, asynchronously, when a packet is freed. */
	pkt = tp_pkt(NULL, CDB_GROUP0, 0);
	SOL_EXPECT(pkt != NULL, "packet");
	scsi_destroy_pkt(pkt);
	deadline = ddi_get_lbolt() + drv_usectohz(5000000);
	mutex_enter(&tp_lock);
	while (tp_cb_calls == 0 && cv_timedwait(&tp_cv, &tp_lock, deadline) != -1)
		;
	mutex_exit(&tp_lock);
	SOL_EXPECT(tp_cb_calls == 1, "callback ran %d times", tp_cb_calls);
	return (0);
}

/*
 * Copy buffers: data that breaks the LLD's DMA alignment
 */

static uint64_t tp_bounced(void)
{
	struct hba_lx_stats st;

	hba_lx_hba_get_stats(&st);
	return (st.bounced);
}

static uint64_t tp_copies(void)
{
	struct hba_lx_stats st;

	hba_lx_hba_get_stats(&st);
	return (st.copies);
}

static struct buf *tp_buf(int read, caddr_t addr, size_t len)
{
	struct buf *bp = getrbuf(KM_SLEEP);

	bp->b_flags = B_BUSY | (read ? B_READ : B_WRITE);
	bp->b_un.b_addr = addr;
	bp->b_bcount = len;
	return (bp);
}

/* INQUIRY of len bytes into addr; nointr: FLAG_NOINTR (a stack buffer). */
static int tp_inquiry(caddr_t addr, int len, int nointr)
{
	struct buf *bp = tp_buf(1, addr, len);
	struct scsi_pkt *pkt = tp_pkt(bp, CDB_GROUP0, 0);
	int rval = -1;

	if (pkt != NULL) {
		(void) scsi_setup_cdb((union scsi_cdb *)pkt->pkt_cdbp, SCMD_INQUIRY, 0, len, 0);
		if (nointr) {
			pkt->pkt_flags = FLAG_NOINTR;
			pkt->pkt_time = TP_TIMEOUT;
			rval = scsi_transport(pkt) == TRAN_ACCEPT ? 0 : -1;
		} else {
			rval = tp_run_async(pkt);
		}
		if (rval == 0 && (pkt->pkt_reason != CMD_CMPLT ||
		    *pkt->pkt_scbp != STATUS_GOOD || pkt->pkt_resid != 0))
			rval = -1;
		scsi_destroy_pkt(pkt);
	}
	freerbuf(bp);
	return (rval);
}

/*
 * INQUIRY into 8 bytes at an odd kmem address, 5 bytes (an odd length) and
 * an odd stack address: the same bytes as an aligned INQUIRY, nothing
 * written around them, and only these go through copy buffers.
 */
static int tp_misaligned_inquiry(void)
{
	caddr_t ref = kmem_zalloc(8, KM_SLEEP), base = kmem_alloc(16, KM_SLEEP);
	uchar_t stackbuf[16];
	uint64_t b0, b1, b2;
	int ok;

	b0 = tp_bounced();
	ok = tp_inquiry(ref, 8, 0) == 0;
	b1 = tp_bounced();
	(void) memset(base, 0xee, 16);
	ok = ok && tp_inquiry(base + 1, 8, 0) == 0 && bcmp(ref, base + 1, 8) == 0 &&
	    (uchar_t)base[0] == 0xee && (uchar_t)base[9] == 0xee;
	(void) memset(base, 0xee, 16);
	ok = ok && tp_inquiry(base, 5, 0) == 0 && bcmp(ref, base, 5) == 0 &&
	    (uchar_t)base[5] == 0xee;
	(void) memset(stackbuf, 0xee, sizeof (stackbuf));
	ok = ok && tp_inquiry((caddr_t)stackbuf + 1, 8, 1) == 0 &&
	    bcmp(ref, stackbuf + 1, 8) == 0 && stackbuf[9] == 0xee;
	b2 = tp_bounced();
	kmem_free(ref, 8);
	kmem_free(base, 16);
	SOL_EXPECT(ok, "INQUIRY data differs, spilled, or failed");
	SOL_EXPECT(b1 == b0, "an aligned INQUIRY was bounced");
	SOL_EXPECT(b2 - b1 == 3, "%llu bounced, not 3", (unsigned long long)(b2 - b1));
	SOL_EXPECT(tp_copies() == 0, "block-layer copies");
	return (0);
}

/*
 * READ(10) and WRITE(10) of one block at an odd address, compared with
 * aligned I/O of the same block; a 40 KiB misaligned read walks copy-buffer
 * windows with PKT_DMA_PARTIAL and fails with EINVAL without it.
 */
static int tp_misaligned_rw(void)
{
	size_t big = 40 * 1024;
	caddr_t a = kmem_alloc(TP_BLKSIZE, KM_SLEEP), o = kmem_alloc(big + 8, KM_SLEEP);
	caddr_t w = kmem_alloc(big, KM_SLEEP), r = kmem_zalloc(big, KM_SLEEP);
	struct scsi_pkt *pkt;
	struct buf *bp;
	uint64_t b0, b1;
	int wins = 0, err, ok;

	tp_pattern((uint32_t *)w, big, 0x0dd);
	b0 = tp_bounced();
	ok = tp_rw(0, w, TP_BLKSIZE, 300, &wins) == 0 && tp_rw(1, a, TP_BLKSIZE, 300, &wins) == 0;
	b1 = tp_bounced();
	SOL_EXPECT(ok && bcmp(a, w, TP_BLKSIZE) == 0 && b1 == b0, "aligned I/O");

	/* One block read into an odd address. */
	(void) memset(o, 0xee, TP_BLKSIZE + 8);
	ok = tp_rw(1, o + 1, TP_BLKSIZE, 300, &wins) == 0 && bcmp(o + 1, w, TP_BLKSIZE) == 0 &&
	    (uchar_t)o[0] == 0xee && (uchar_t)o[TP_BLKSIZE + 1] == 0xee;
	SOL_EXPECT(ok, "odd-address READ(10) differs");

	/* One block written from an odd address, read back aligned. */
	bcopy(w + TP_BLKSIZE, o + 3, TP_BLKSIZE);
	ok = tp_rw(0, o + 3, TP_BLKSIZE, 301, &wins) == 0 &&
	    tp_rw(1, a, TP_BLKSIZE, 301, &wins) == 0 && bcmp(a, w + TP_BLKSIZE, TP_BLKSIZE) == 0;
	SOL_EXPECT(ok, "odd-address WRITE(10) not read back");

	/* 40 KiB: windows of at most one copy buffer. */
	ok = tp_rw(0, w, big, 400, &wins) == 0 && tp_rw(1, o + 1, big, 400, &wins) == 0 &&
	    bcmp(o + 1, w, big) == 0;
	SOL_EXPECT(ok, "40 KiB odd-address read differs");
	SOL_EXPECT(wins >= 3, "%d windows for 40 KiB through copy buffers", wins);

	bp = tp_buf(1, o + 1, big);
	pkt = tp_pkt(bp, CDB_GROUP1, 0);
	err = geterror(bp);
	freerbuf(bp);
	SOL_EXPECT(pkt == NULL && err == EINVAL, "no PKT_DMA_PARTIAL: pkt %p error %d",
	    (void *)pkt, err);

	SOL_EXPECT(tp_bounced() - b1 == 2 + (uint64_t)wins, "bounced %llu",
	    (unsigned long long)(tp_bounced() - b1));
	SOL_EXPECT(tp_copies() == 0, "block-layer copies");
	kmem_free(a, TP_BLKSIZE);
	kmem_free(o, big + 8);
	kmem_free(w, big);
	kmem_free(r, big);
	return (0);
}

/*
 * physio(9F)'s form, B_PHYS|B_SHADOW, at an odd user address: a block that
 * straddles two pinned pages, read and written through a copy buffer page
 * by page.  Kernel pages stand in for the pinned user pages.
 */
static int tp_misaligned_physio(void)
{
	caddr_t m = kmem_alloc(2 * PAGESIZE, KM_SLEEP), w = kmem_alloc(2 * TP_BLKSIZE, KM_SLEEP);
	caddr_t a = kmem_alloc(TP_BLKSIZE, KM_SLEEP);
	uint_t off = PAGESIZE - 3;
	struct page *pages[2];
	struct buf *bp = getrbuf(KM_SLEEP);
	uint64_t b0 = tp_bounced();
	int wins, rd, wr;

	pages[0] = scsa_lx_kva_page(m);
	pages[1] = scsa_lx_kva_page(m + PAGESIZE);
	tp_pattern((uint32_t *)w, 2 * TP_BLKSIZE, 0x9f);
	bp->b_un.b_addr = (caddr_t)(uintptr_t)(0x10000000 + off);	/* "user" address */
	bp->b_bcount = TP_BLKSIZE;
	bp->b_shadow = pages;

	/* Read: LBA 302 holds w, written aligned. */
	(void) memset(m, 0xee, 2 * PAGESIZE);
	bp->b_flags = B_BUSY | B_PHYS | B_SHADOW | B_READ;
	rd = tp_rw(0, w, TP_BLKSIZE, 302, &wins) == 0 && tp_rw_buf(1, bp, 302, &wins) == 0 &&
	    bcmp(m + off, w, TP_BLKSIZE) == 0 && (uchar_t)m[off - 1] == 0xee &&
	    (uchar_t)m[off + TP_BLKSIZE] == 0xee;

	/* Write: the second half of w from the pinned pages to LBA 303. */
	bcopy(w + TP_BLKSIZE, m + off, TP_BLKSIZE);
	bp->b_flags = B_BUSY | B_PHYS | B_SHADOW | B_WRITE;
	wr = tp_rw_buf(0, bp, 303, &wins) == 0 && tp_rw(1, a, TP_BLKSIZE, 303, &wins) == 0 &&
	    bcmp(a, w + TP_BLKSIZE, TP_BLKSIZE) == 0;

	/* The pages are not physio()'s to release. */
	bp->b_shadow = NULL;
	bp->b_flags = B_BUSY;
	freerbuf(bp);
	kmem_free(m, 2 * PAGESIZE);
	kmem_free(w, 2 * TP_BLKSIZE);
	kmem_free(a, TP_BLKSIZE);
	SOL_EXPECT(pages[0] != NULL && pages[1] != NULL, "pages");
	SOL_EXPECT(rd, "odd-address B_SHADOW read differs");
	SOL_EXPECT(wr, "odd-address B_SHADOW write not read back");
	SOL_EXPECT(tp_bounced() - b0 == 2, "%llu bounced, not 2",
	    (unsigned long long)(tp_bounced() - b0));
	return (0);
}

/*
 * pkt_cookies describe the window: the buf's own pages in place (same page
 * offset, lengths summing to pkt_dma_len), the copy buffer's otherwise
 * (page-aligned).
 */
static int tp_cookies_one(caddr_t addr, size_t len, int copy)
{
	struct buf *bp = tp_buf(1, addr, len);
	struct scsi_pkt *pkt = tp_pkt(bp, CDB_GROUP1, PKT_DMA_PARTIAL);
	size_t sum = 0;
	uint_t i;
	int ok;

	ok = pkt != NULL && pkt->pkt_numcookies > 0 && pkt->pkt_cookies != NULL;
	for (i = 0; ok && i < pkt->pkt_numcookies; i++)
		sum += pkt->pkt_cookies[i].dmac_size;
	ok = ok && sum == pkt->pkt_dma_len && pkt->pkt_cookies[0].dmac_laddress != 0 &&
	    (pkt->pkt_cookies[0].dmac_laddress & PAGEOFFSET) ==
	    (copy ? 0 : ((uintptr_t)addr & PAGEOFFSET));
	if (!ok)
		scsa_sol_diag("%zu bytes at %p: %u cookies, %zu of %zu bytes", len,
		    (void *)addr, pkt ? pkt->pkt_numcookies : 0, sum, pkt ? pkt->pkt_dma_len : 0);
	if (pkt != NULL)
		scsi_destroy_pkt(pkt);
	freerbuf(bp);
	return (ok);
}

static int tp_cookies(void)
{
	size_t len = 3 * PAGESIZE;
	caddr_t m = kmem_alloc(len + PAGESIZE, KM_SLEEP);
	int ok;

	ok = tp_cookies_one(m + 512, len, 0) && tp_cookies_one(m + 1, 2 * PAGESIZE, 1);
	kmem_free(m, len + PAGESIZE);
	SOL_EXPECT(ok, "cookies do not describe the window");
	return (0);
}

/*
 * A callback after a real shortage: packets holding copy buffers use up
 * the budget, a further scsi_init_pkt() fails with b_error 0 and queues
 * its callback; when an in-flight one completes and its pkt_comp destroys
 * it, the callback runs once, from another thread, and its retry succeeds.
 */
#define TP_CB_MAX	64
#define TP_CB_LEN	(16 * 1024)

static struct scsi_pkt *tp_cb_pkts[TP_CB_MAX];
static struct buf *tp_cb_bufs[TP_CB_MAX + 1];
static caddr_t tp_cb_mem[TP_CB_MAX + 1];
static struct scsi_pkt *tp_cb_retry_pkt;
static int tp_cb_retry_calls, tp_cb_destroyed;

static int tp_cb_retry(caddr_t arg)
{
	struct scsi_pkt *pkt;

	pkt = tp_pkt(tp_cb_bufs[TP_CB_MAX], CDB_GROUP1, 0);
	if (pkt == NULL)
		return (0);	/* stay queued */
	mutex_enter(&tp_lock);
	tp_cb_retry_calls++;
	tp_cb_retry_pkt = pkt;
	cv_broadcast(&tp_cv);
	mutex_exit(&tp_lock);
	return (1);
}

/* As a driver does: the completion routine gives the packet back. */
static void tp_cb_comp_destroy(struct scsi_pkt *pkt)
{
	int good = pkt->pkt_reason == CMD_CMPLT && *pkt->pkt_scbp == STATUS_GOOD;

	scsi_destroy_pkt(pkt);
	mutex_enter(&tp_lock);
	tp_cb_destroyed = good ? 1 : -1;
	cv_broadcast(&tp_cv);
	mutex_exit(&tp_lock);
}

static int tp_callback_after_shortage(void)
{
	clock_t deadline;
	struct scsi_pkt *pkt;
	int i, n = 0, err = -1, ok;

	for (i = 0; i <= TP_CB_MAX; i++) {
		tp_cb_mem[i] = kmem_alloc(TP_CB_LEN + 8, KM_SLEEP);
		tp_cb_bufs[i] = tp_buf(1, tp_cb_mem[i] + 1, TP_CB_LEN);
	}
	tp_cb_retry_pkt = NULL;
	tp_cb_retry_calls = 0;
	tp_cb_destroyed = 0;
	for (n = 0; n < TP_CB_MAX; n++) {
		tp_cb_pkts[n] = scsi_init_pkt(&tp_sd->sd_address, NULL, tp_cb_bufs[n],
		    CDB_GROUP1, sizeof (struct scsi_arq_status), 0, 0, NULL_FUNC, NULL);
		if (tp_cb_pkts[n] == NULL) {
			err = geterror(tp_cb_bufs[n]);
			break;
		}
	}
	scsa_sol_diag("%d packets with copy buffers, then error %d", n, err);
	ok = n > 0 && n < TP_CB_MAX && err == 0;
	if (ok) {
		pkt = scsi_init_pkt(&tp_sd->sd_address, NULL, tp_cb_bufs[TP_CB_MAX], CDB_GROUP1,
		    sizeof (struct scsi_arq_status), 0, 0, tp_cb_retry, NULL);
		ok = pkt == NULL && tp_cb_retry_calls == 0;
		if (pkt != NULL)
			scsi_destroy_pkt(pkt);
	}
	if (ok) {
		/* Complete one for real: pkt_comp destroys it, freeing its copy buffer. */
		pkt = tp_cb_pkts[--n];
		(void) scsi_setup_cdb((union scsi_cdb *)pkt->pkt_cdbp, SCMD_READ_G1, 0,
		    TP_CB_LEN / TP_BLKSIZE, 0);
		pkt->pkt_comp = tp_cb_comp_destroy;
		pkt->pkt_time = TP_TIMEOUT;
		ok = scsi_transport(pkt) == TRAN_ACCEPT;
		if (!ok)
			scsi_destroy_pkt(pkt);
	}
	if (ok) {
		deadline = ddi_get_lbolt() + drv_usectohz(TP_TIMEOUT * 1000000);
		mutex_enter(&tp_lock);
		while ((tp_cb_retry_calls == 0 || tp_cb_destroyed == 0) &&
		    cv_timedwait(&tp_cv, &tp_lock, deadline) != -1)
			;
		mutex_exit(&tp_lock);
		delay(drv_usectohz(100000));	/* a second run would show now */
	}
	while (n > 0)
		scsi_destroy_pkt(tp_cb_pkts[--n]);
	if (tp_cb_retry_pkt != NULL)
		scsi_destroy_pkt(tp_cb_retry_pkt);
	for (i = 0; i <= TP_CB_MAX; i++) {
		freerbuf(tp_cb_bufs[i]);
		kmem_free(tp_cb_mem[i], TP_CB_LEN + 8);
	}
	SOL_EXPECT(ok, "shortage not reached or transport refused");
	SOL_EXPECT(tp_cb_destroyed == 1, "the in-flight READ did not complete GOOD");
	SOL_EXPECT(tp_cb_retry_calls == 1 && tp_cb_retry_pkt != NULL,
	    "callback ran %d times, retry %p", tp_cb_retry_calls, (void *)tp_cb_retry_pkt);
	return (0);
}

/*
 * CMD_TIMEOUT: scsi_debug ignores the command (opts=4, SDEBUG_OPT_TIMEOUT,
 * with every_nth=1); pkt_time=1 expires it, the error handler aborts it
 * through the LLD, pkt_comp runs once with CMD_TIMEOUT and STAT_TIMEOUT,
 * and the device works afterwards.
 */
static int tp_comp_count;

static void tp_count_comp(struct scsi_pkt *pkt)
{
	mutex_enter(&tp_lock);
	(*(int *)pkt->pkt_private)++;
	cv_broadcast(&tp_cv);
	mutex_exit(&tp_lock);
}

static int tp_cmd_timeout(void)
{
	kmem_cache_t *cache = tp_sd->sd_address.a_hba_tran->tran_pkt_cache_ptr;
	long inuse0 = scsa_kmem_cache_inuse(cache);
	struct scsi_pkt *pkt = tp_pkt(NULL, CDB_GROUP0, 0);
	long opts = tpkt_sdebug_param("opts"), nth = tpkt_sdebug_param("every_nth");
	clock_t deadline;
	int rc, set, calls = 0, i, good = 0;

	SOL_EXPECT(pkt != NULL && opts >= 0 && nth >= 0, "packet, scsi_debug parameters");
	(void) scsi_setup_cdb((union scsi_cdb *)pkt->pkt_cdbp, SCMD_TEST_UNIT_READY, 0, 0, 0);
	pkt->pkt_comp = tp_count_comp;
	pkt->pkt_private = (opaque_t)&tp_comp_count;
	pkt->pkt_time = 1;
	tp_comp_count = 0;
	set = tpkt_sdebug_set("every_nth", 1) == 0 && tpkt_sdebug_set("opts", opts | 4) == 0;
	rc = set ? scsi_transport(pkt) : -1;
	/* Ignored at queuecommand: restore before the error handler's own TURs. */
	delay(drv_usectohz(200000));
	(void) tpkt_sdebug_set("opts", opts);
	(void) tpkt_sdebug_set("every_nth", nth);
	if (rc == TRAN_ACCEPT) {
		deadline = ddi_get_lbolt() + drv_usectohz(60 * 1000000);
		mutex_enter(&tp_lock);
		while (tp_comp_count == 0 && cv_timedwait(&tp_cv, &tp_lock, deadline) != -1)
			;
		mutex_exit(&tp_lock);
		delay(drv_usectohz(200000));	/* a second completion would show now */
	}
	calls = tp_comp_count;
	SOL_EXPECT(set && rc == TRAN_ACCEPT, "set %d, transport %d", set, rc);
	SOL_EXPECT(calls == 1, "pkt_comp ran %d times", calls);
	SOL_EXPECT(pkt->pkt_reason == CMD_TIMEOUT && (pkt->pkt_statistics & STAT_TIMEOUT),
	    "reason %d statistics %x", pkt->pkt_reason, pkt->pkt_statistics);
	/* The device is fine afterwards (a unit attention may come first). */
	pkt->pkt_time = TP_TIMEOUT;
	for (i = 0; i < 3 && !good; i++) {
		*pkt->pkt_scbp = 0;
		pkt->pkt_comp = tp_comp;
		good = tp_run_async(pkt) == 0 && pkt->pkt_reason == CMD_CMPLT &&
		    (*pkt->pkt_scbp & STATUS_MASK) == STATUS_GOOD;
	}
	scsi_destroy_pkt(pkt);
	SOL_EXPECT(good, "TUR after the timeout: reason %d status %x", pkt->pkt_reason,
	    *pkt->pkt_scbp);
	SOL_EXPECT(scsa_kmem_cache_inuse(cache) == inuse0, "packets in use %ld, were %ld",
	    scsa_kmem_cache_inuse(cache), inuse0);
	return (0);
}

/*
 * A device removed under outstanding packets.  READs sit in scsi_debug
 * (delay); the device is removed from another thread while the target
 * instance refuses to detach (as an open one does).  The READs complete
 * once each with CMD_DEV_GONE; a new packet is refused with
 * TRAN_FATAL_ERROR; Linux's removal returns while the instance is still
 * attached (it never waits for a busy one); once the instance lets go,
 * scsa_hba's reaper detaches it, the per-HBA packet cache holds no packet
 * of ours, and the device is added back.
 */
#define TP_GONE_N	4

static int tp_hex(const char *s, char **end)
{
	int v = 0;

	for (; *s != '\0'; s++) {
		if (*s >= '0' && *s <= '9')
			v = v * 16 + (*s - '0');
		else if (*s >= 'a' && *s <= 'f')
			v = v * 16 + (*s - 'a' + 10);
		else
			break;
	}
	*end = (char *)s;
	return (v);
}

static int tp_gone_wait(int *counts, int n)
{
	clock_t deadline = ddi_get_lbolt() + drv_usectohz(60 * 1000000);
	int i, all = 0;

	mutex_enter(&tp_lock);
	while (!all) {
		for (all = 1, i = 0; i < n; i++)
			all &= counts[i] > 0;
		if (!all && cv_timedwait(&tp_cv, &tp_lock, deadline) == -1)
			break;
	}
	mutex_exit(&tp_lock);
	return (all);
}

/*
 * TEST UNIT READY until GOOD: scsi_debug answers a pending unit attention
 * at once, whatever its delay, so a LUN nothing has used yet must give it
 * up before commands are expected to wait in it.
 */
static int tp_tur_good(struct scsi_address *ap)
{
	struct scsi_pkt *pkt;
	int i, good = 0;

	pkt = scsi_init_pkt(ap, NULL, NULL, CDB_GROUP0, sizeof (struct scsi_arq_status),
	    0, 0, SLEEP_FUNC, NULL);
	if (pkt == NULL)
		return (0);
	(void) scsi_setup_cdb((union scsi_cdb *)pkt->pkt_cdbp, SCMD_TEST_UNIT_READY, 0, 0, 0);
	pkt->pkt_flags = FLAG_NOINTR;
	pkt->pkt_time = TP_TIMEOUT;
	for (i = 0; i < 3 && !good; i++)
		good = scsi_poll(pkt) == 0 && (*pkt->pkt_scbp & STATUS_MASK) == STATUS_GOOD;
	scsi_destroy_pkt(pkt);
	return (good);
}

static int tp_removed_under_packets(void)
{
	struct scsi_device *vsd = NULL;
	struct scsi_pkt *pkts[TP_GONE_N], *late;
	caddr_t mem[TP_GONE_N];
	struct buf *bufs[TP_GONE_N];
	int counts[TP_GONE_N], accepted = 0, all, gone = 0, fatal, detached, i, j;
	uint_t host, chan, tgt, lun;
	long delay0 = tpkt_sdebug_param("delay"), inuse0;
	kmem_cache_t *cache;
	char *a, *end;

	mutex_enter(&tp_lock);
	for (i = 0; i < TP_MAX_INST; i++)
		if (tp_sds[i] != NULL && tp_sds[i] != tp_sd)
			vsd = tp_sds[i];
	mutex_exit(&tp_lock);
	SOL_EXPECT(vsd != NULL, "no second scsi_debug LUN attached");
	a = ddi_get_name_addr(ddi_get_parent(vsd->sd_dev));
	host = tp_hex(a, &end);
	chan = tp_hex(end + 1, &end);
	tgt = ddi_prop_get_int(DDI_DEV_T_ANY, vsd->sd_dev, DDI_PROP_DONTPASS, "target", -1);
	lun = ddi_prop_get_int(DDI_DEV_T_ANY, vsd->sd_dev, DDI_PROP_DONTPASS, "lun", -1);
	cache = vsd->sd_address.a_hba_tran->tran_pkt_cache_ptr;
	SOL_EXPECT(cache == tp_sd->sd_address.a_hba_tran->tran_pkt_cache_ptr,
	    "LUNs on different HBAs");
	inuse0 = scsa_kmem_cache_inuse(cache);
	scsa_sol_diag("removing %u:%u:%u:%u, %ld packets in use", host, chan, tgt, lun, inuse0);

	SOL_EXPECT(tp_tur_good(&vsd->sd_address), "TEST UNIT READY never GOOD");
	SOL_EXPECT(delay0 >= 0 && tpkt_sdebug_set("delay", drv_usectohz(10000000)) == 0,
	    "scsi_debug delay");
	for (i = 0; i < TP_GONE_N; i++) {
		counts[i] = 0;
		mem[i] = kmem_alloc(TP_BLKSIZE, KM_SLEEP);
		bufs[i] = tp_buf(1, mem[i], TP_BLKSIZE);
		pkts[i] = scsi_init_pkt(&vsd->sd_address, NULL, bufs[i], CDB_GROUP1,
		    sizeof (struct scsi_arq_status), 0, 0, SLEEP_FUNC, NULL);
		(void) scsi_setup_cdb((union scsi_cdb *)pkts[i]->pkt_cdbp, SCMD_READ_G1, i, 1, 0);
		pkts[i]->pkt_comp = tp_count_comp;
		pkts[i]->pkt_private = (opaque_t)&counts[i];
		pkts[i]->pkt_time = TP_TIMEOUT;
	}
	mutex_enter(&tp_lock);
	tp_busy = vsd->sd_dev;
	mutex_exit(&tp_lock);
	for (i = 0; i < TP_GONE_N; i++) {
		if (scsi_transport(pkts[i]) == TRAN_ACCEPT)
			accepted++;
		else
			counts[i] = -1;
	}
	delay(drv_usectohz(100000));	/* let them reach scsi_debug */
	(void) tpkt_remove_start(host, chan, tgt, lun);
	all = tp_gone_wait(counts, TP_GONE_N);
	(void) tpkt_sdebug_set("delay", delay0);
	for (i = 0; i < TP_GONE_N; i++) {
		scsa_sol_diag("packet %d: %d completions, reason %d (%s), statistics %x", i,
		    counts[i], pkts[i]->pkt_reason, scsi_rname(pkts[i]->pkt_reason),
		    pkts[i]->pkt_statistics);
		gone += counts[i] == 1 && pkts[i]->pkt_reason == CMD_DEV_GONE;
	}
	/* The instance is still attached (busy): new commands are refused. */
	late = scsi_init_pkt(&vsd->sd_address, NULL, NULL, CDB_GROUP0,
	    sizeof (struct scsi_arq_status), 0, 0, SLEEP_FUNC, NULL);
	(void) scsi_setup_cdb((union scsi_cdb *)late->pkt_cdbp, SCMD_TEST_UNIT_READY, 0, 0, 0);
	late->pkt_comp = tp_comp;
	fatal = scsi_transport(late) == TRAN_FATAL_ERROR;
	late->pkt_flags = FLAG_NOINTR;
	fatal = fatal && scsi_transport(late) == TRAN_FATAL_ERROR;
	scsi_destroy_pkt(late);
	for (i = 0; i < TP_GONE_N; i++) {
		scsi_destroy_pkt(pkts[i]);
		freerbuf(bufs[i]);
		kmem_free(mem[i], TP_BLKSIZE);
	}
	SOL_EXPECT(scsa_kmem_cache_inuse(cache) == inuse0, "packets in use %ld, were %ld",
	    scsa_kmem_cache_inuse(cache), inuse0);
	/* Linux's removal is done while the instance is still busy. */
	SOL_EXPECT(tpkt_remove_wait() == 0, "removal");
	mutex_enter(&tp_lock);
	for (detached = 1, i = 0; i < TP_MAX_INST; i++)
		detached &= tp_sds[i] != vsd;
	mutex_exit(&tp_lock);
	SOL_EXPECT(!detached, "a busy instance detached");
	/* Let go: the reaper detaches it, within a few tries. */
	mutex_enter(&tp_lock);
	tp_busy = NULL;
	mutex_exit(&tp_lock);
	for (i = 0; i < 100 && !detached; i++) {
		delay(drv_usectohz(100000));
		mutex_enter(&tp_lock);
		for (detached = 1, j = 0; j < TP_MAX_INST; j++)
			detached &= tp_sds[j] != vsd;
		mutex_exit(&tp_lock);
	}
	SOL_EXPECT(accepted == TP_GONE_N && all, "%d accepted, all completed %d", accepted, all);
	SOL_EXPECT(gone == TP_GONE_N, "%d of %d CMD_DEV_GONE exactly once", gone, TP_GONE_N);
	SOL_EXPECT(fatal, "transport after removal not TRAN_FATAL_ERROR");
	SOL_EXPECT(detached, "instance still attached");
	/* Back, for whoever comes next: our driver attaches to it again. */
	SOL_EXPECT(tpkt_add(host, chan, tgt, lun) == 0, "re-adding the device");
	return (0);
}

/* After every case: no packet of the HBA is left allocated. */
static int tp_pkt_cache_empty(void)
{
	long n = scsa_kmem_cache_inuse(tp_sd->sd_address.a_hba_tran->tran_pkt_cache_ptr);

	SOL_EXPECT(n == 0, "%ld packets still allocated", n);
	return (0);
}

/*
 * The whole scsi_debug host removed (add_host=-1) under packets on each of
 * its LUNs.  Linux removes the LUNs one after the other, and each one's
 * SCSA child must detach before the next is removed, so here the driver
 * behaves as illumos drivers do on the way out: pkt_comp destroys the
 * packet.  Every packet completes exactly once: those of the LUN removed
 * first with CMD_DEV_GONE; the others with CMD_DEV_GONE too, or normally,
 * since destroying the first LUN's queue makes Linux freeze the other
 * queues of the shared tag set, which waits for their commands to finish
 * (blk_mq_del_queue_tag_set()).  Every instance detaches, and the SCSA HBA
 * goes with its last child, destroying its packet cache (Linux reports a
 * cache destroyed with objects left).
 * Last case: a host is added back, but the cases have no device after it.
 */
#define TP_HOST_PKTS	(TP_MAX_INST * 2)

static uchar_t tp_host_reasons[TP_HOST_PKTS];
static int tp_host_counts[TP_HOST_PKTS];
static clock_t tp_host_when[TP_HOST_PKTS];

static void tp_host_comp(struct scsi_pkt *pkt)
{
	int i = (int)(uintptr_t)pkt->pkt_private;

	mutex_enter(&tp_lock);
	tp_host_reasons[i] = pkt->pkt_reason;
	tp_host_counts[i]++;
	tp_host_when[i] = ddi_get_lbolt();
	cv_broadcast(&tp_cv);
	mutex_exit(&tp_lock);
	scsi_destroy_pkt(pkt);
}

static int tp_host_removed_under_packets(void)
{
	struct scsi_device *sds[TP_MAX_INST];
	struct buf *bufs[TP_HOST_PKTS];
	caddr_t mem[TP_HOST_PKTS];
	long delay0 = tpkt_sdebug_param("delay");
	int ninst = 0, n, i, accepted = 0, all, once = 0, gone = 0, detached = 1, rm;
	struct scsi_pkt *pkt;
	clock_t t0;

	mutex_enter(&tp_lock);
	for (i = 0; i < TP_MAX_INST; i++)
		if (tp_sds[i] != NULL)
			sds[ninst++] = tp_sds[i];
	mutex_exit(&tp_lock);
	n = ninst * 2;
	SOL_EXPECT(delay0 >= 0 && tpkt_sdebug_set("delay", drv_usectohz(3000000)) == 0,
	    "scsi_debug delay");
	for (i = 0; i < n; i++) {
		tp_host_counts[i] = 0;
		tp_host_reasons[i] = CMD_CMPLT;
		mem[i] = kmem_alloc(TP_BLKSIZE, KM_SLEEP);
		bufs[i] = tp_buf(1, mem[i], TP_BLKSIZE);
		pkt = scsi_init_pkt(&sds[i % ninst]->sd_address, NULL, bufs[i], CDB_GROUP1,
		    sizeof (struct scsi_arq_status), 0, 0, SLEEP_FUNC, NULL);
		(void) scsi_setup_cdb((union scsi_cdb *)pkt->pkt_cdbp, SCMD_READ_G1, i, 1, 0);
		pkt->pkt_comp = tp_host_comp;
		pkt->pkt_private = (opaque_t)(uintptr_t)i;
		pkt->pkt_time = TP_TIMEOUT;
		if (scsi_transport(pkt) == TRAN_ACCEPT) {
			accepted++;
		} else {
			tp_host_counts[i] = -1;
			scsi_destroy_pkt(pkt);
		}
	}
	delay(drv_usectohz(100000));	/* let them reach scsi_debug */
	scsa_sol_diag("removing the host of %d LUNs, %d packets outstanding", ninst, accepted);
	t0 = ddi_get_lbolt();
	(void) tpkt_remove_host_start();
	all = tp_gone_wait(tp_host_counts, n);
	rm = tpkt_remove_wait();
	(void) tpkt_sdebug_set("delay", delay0);
	mutex_enter(&tp_lock);
	for (i = 0; i < n; i++) {
		scsa_sol_diag("packet %d on instance %d: %d completions, reason %s, after %ld ms",
		    i, i % ninst, tp_host_counts[i], scsi_rname(tp_host_reasons[i]),
		    drv_hztousec(tp_host_when[i] - t0) / 1000);
		once += tp_host_counts[i] == 1 && (tp_host_reasons[i] == CMD_DEV_GONE ||
		    tp_host_reasons[i] == CMD_CMPLT);
		gone += tp_host_counts[i] == 1 && tp_host_reasons[i] == CMD_DEV_GONE;
	}
	for (i = 0; i < TP_MAX_INST; i++)
		detached &= tp_sds[i] == NULL;
	mutex_exit(&tp_lock);
	for (i = 0; i < n; i++) {
		freerbuf(bufs[i]);
		kmem_free(mem[i], TP_BLKSIZE);
	}
	SOL_EXPECT(rm == 0, "add_host=-1: %d", rm);
	SOL_EXPECT(ninst >= 1 && accepted == n && all, "%d of %d accepted, all completed %d",
	    accepted, n, all);
	SOL_EXPECT(once == n, "%d of %d completed once, gone or complete", once, n);
	SOL_EXPECT(gone >= 2, "%d CMD_DEV_GONE", gone);
	SOL_EXPECT(detached, "an instance is still attached");
	SOL_EXPECT(tpkt_sdebug_set("add_host", 1) == 0, "adding the host back");
	return (0);
}

/* The driver: attach(9E) takes the first device for the cases. */
static int tp_attach(dev_info_t *dip, ddi_attach_cmd_t cmd)
{
	struct scsi_device *sd = ddi_get_driver_private(dip);
	int i;

	if (cmd != DDI_ATTACH || sd == NULL)
		return (DDI_FAILURE);
	mutex_enter(&tp_lock);
	if (tp_sd == NULL)
		tp_sd = sd;
	for (i = 0; i < TP_MAX_INST; i++) {
		if (tp_sds[i] == NULL) {
			tp_sds[i] = sd;
			break;
		}
	}
	mutex_exit(&tp_lock);
	return (DDI_SUCCESS);
}

static int tp_detach(dev_info_t *dip, ddi_detach_cmd_t cmd)
{
	int i;

	if (cmd != DDI_DETACH)
		return (DDI_FAILURE);
	mutex_enter(&tp_lock);
	if (tp_busy == dip) {
		mutex_exit(&tp_lock);
		return (DDI_FAILURE);
	}
	if (tp_sd != NULL && tp_sd->sd_dev == dip)
		tp_sd = NULL;
	for (i = 0; i < TP_MAX_INST; i++)
		if (tp_sds[i] != NULL && tp_sds[i]->sd_dev == dip)
			tp_sds[i] = NULL;
	cv_broadcast(&tp_cv);
	mutex_exit(&tp_lock);
	return (DDI_SUCCESS);
}

static struct cb_ops tp_cb_ops = {
	.cb_open = nodev,
	.cb_close = nodev,
	.cb_strategy = nodev,
	.cb_print = nodev,
	.cb_dump = nodev,
	.cb_read = nodev,
	.cb_write = nodev,
	.cb_ioctl = nodev,
	.cb_devmap = nodev,
	.cb_mmap = nodev,
	.cb_segmap = nodev,
	.cb_chpoll = nochpoll,
	.cb_prop_op = ddi_prop_op,
	.cb_str = NULL,
	.cb_flag = D_MP | D_NEW,
	.cb_rev = CB_REV,
	.cb_aread = nodev,
	.cb_awrite = nodev,
};

static struct dev_ops tp_dev_ops = {
	.devo_rev = DEVO_REV,
	.devo_refcnt = 0,
	.devo_getinfo = ddi_no_info,
	.devo_identify = nulldev,
	.devo_probe = nulldev,
	.devo_attach = tp_attach,
	.devo_detach = tp_detach,
	.devo_reset = nodev,
	.devo_cb_ops = &tp_cb_ops,
	.devo_bus_ops = NULL,
	.devo_power = NULL,
	.devo_quiesce = ddi_quiesce_not_needed,
};

static struct modldrv tp_modldrv = { &mod_driverops, "SCSA packet-layer tests", &tp_dev_ops };
static struct modlinkage tp_modlinkage = { MODREV_1, { &tp_modldrv, NULL } };

int _init(void)
{
	return (mod_install(&tp_modlinkage));
}

int _fini(void)
{
	return (mod_remove(&tp_modlinkage));
}

int _info(struct modinfo *modinfop)
{
	return (mod_info(&tp_modlinkage, modinfop));
}

/* For the harness: the cases need a device attached. */
int tp_device_attached(void);

int tp_device_attached(void)
{
	return (tp_sd != NULL);
}

const char scsa_sol_suite[] = "scsa_pkt";
const struct scsa_sol_case scsa_sol_cases[] = {
	{ "probe_fills_inquiry", tp_probe_fills_inquiry },
	{ "capabilities", tp_capabilities },
	{ "tur_unit_attention_arq", tp_tur_unit_attention_arq },
	{ "read_capacity_polled", tp_read_capacity_polled },
	{ "write_read_back", tp_write_read_back },
	{ "dma_partial_window_walk", tp_dma_partial_window_walk },
	{ "pageio_zero_copy", tp_pageio_zero_copy },
	{ "oversize_without_partial", tp_oversize_without_partial },
	{ "check_condition_xarq", tp_check_condition_xarq },
	{ "flag_nointr", tp_flag_nointr },
	{ "bad_arguments", tp_bad_arguments },
	{ "areas_zeroed", tp_areas_zeroed },
	{ "callback_runs_later", tp_callback_runs_later },
	{ "misaligned_inquiry_copy_buffer", tp_misaligned_inquiry },
	{ "misaligned_rw_copy_buffer", tp_misaligned_rw },
	{ "misaligned_physio_copy_buffer", tp_misaligned_physio },
	{ "cookies_describe_window", tp_cookies },
	{ "callback_after_copy_buffer_shortage", tp_callback_after_shortage },
	{ "pkt_time_timeout_cmd_timeout", tp_cmd_timeout },
	{ "device_removed_under_packets", tp_removed_under_packets },
	{ "pkt_cache_empty", tp_pkt_cache_empty },
	{ "host_removed_under_packets", tp_host_removed_under_packets },
};
const unsigned int scsa_sol_ncases = sizeof (scsa_sol_cases) / sizeof (scsa_sol_cases[0]);
