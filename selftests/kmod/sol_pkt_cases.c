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
#include <sys/ksynch.h>
#include <sys/conf.h>
#include <sys/modctl.h>
#include <sys/ddi.h>
#include <sys/sunddi.h>
#include <sys/scsi/scsi.h>

#include <scsa_ddi.h>
#include <scsa_mem.h>

#include "scsa_sol_ktap.h"

#define TP_BLKSIZE	512
#define TP_CAPACITY	(64 * 1024 * 1024 / TP_BLKSIZE)	/* dev_size_mb=64 */
#define TP_TIMEOUT	30

/* The device the cases run against: the first instance attached. */
static struct scsi_device *tp_sd;
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

/* One READ(10) or WRITE(10) of a kernel buffer, in windows if needed. */
static int tp_rw(int read, caddr_t addr, size_t len, uint_t lba, int *windows)
{
	struct buf *bp = getrbuf(KM_SLEEP);
	struct scsi_pkt *pkt;
	size_t done = 0;
	int rval = -1;

	bp->b_flags = B_BUSY | (read ? B_READ : B_WRITE);
	bp->b_un.b_addr = addr;
	bp->b_bcount = len;
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
	struct scsi_address *ap = &tp_sd->sd_address;
	struct buf *bp = getrbuf(KM_SLEEP);

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
	freerbuf(bp);
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

/* The driver: attach(9E) takes the first device for the cases. */
static int tp_attach(dev_info_t *dip, ddi_attach_cmd_t cmd)
{
	struct scsi_device *sd = ddi_get_driver_private(dip);

	if (cmd != DDI_ATTACH || sd == NULL)
		return (DDI_FAILURE);
	mutex_enter(&tp_lock);
	if (tp_sd == NULL)
		tp_sd = sd;
	mutex_exit(&tp_lock);
	return (DDI_SUCCESS);
}

static int tp_detach(dev_info_t *dip, ddi_detach_cmd_t cmd)
{
	if (cmd != DDI_DETACH)
		return (DDI_FAILURE);
	mutex_enter(&tp_lock);
	if (tp_sd != NULL && tp_sd->sd_dev == dip)
		tp_sd = NULL;
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
};
const unsigned int scsa_sol_ncases = sizeof (scsa_sol_cases) / sizeof (scsa_sol_cases[0]);
