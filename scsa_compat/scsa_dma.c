// SPDX-License-Identifier: GPL-2.0
/*
 * DMA windows of a packet's buf (Solaris world).
 *
 * illumos binds a buf to the packet's DMA handle, within the HBA's DMA
 * attributes, and hands out one window at a time (PKT_DMA_PARTIAL).  Here
 * binding builds the window's list of page segments; the Linux LLD maps
 * them for DMA when the command reaches it, so the data is neither copied
 * nor mapped twice.  The attributes come from the Linux queue's limits, so
 * a window is never larger than the LLD accepts.
 *
 * A buf's data is one of (see the DDI's buf services):
 *  - a kernel address (kmem_alloc, scsi_alloc_consistent_buf, FKIOCTL
 *    buffers): its pages are looked up;
 *  - B_PHYS|B_SHADOW (physio): b_shadow[] holds the pinned user pages, from
 *    the page containing b_un.b_addr;
 *  - B_PAGEIO (block requests): b_pages is a list of page segments.
 *
 * Copy buffers.  Data the LLD cannot take where it is -- an offset or a
 * length that breaks its DMA alignment, or a buffer on a kernel stack,
 * which Linux never maps for DMA -- goes through a copy buffer, as
 * illumos's DDI does for data that breaks a handle's DMA attributes (and
 * as Linux's blk_rq_map_kern() would): whole pages below the HBA's DMA
 * mask, at most SCSA_COPYBUF_MAX bytes per packet, SCSA_COPYBUF_BUDGET in
 * all.  A larger buf needs PKT_DMA_PARTIAL, whose windows are then at most
 * SCSA_COPYBUF_MAX; without it the bind fails as illumos's does when a
 * copy buffer would exceed its limit (DDI_DMA_TOOBIG: EINVAL).  An
 * exhausted budget is a resource shortage: NULL with b_error 0, and the
 * callback is queued (SLEEP_FUNC waits).  Data is copied in for writes by
 * scsi_transport(), out for reads by scsi_hba_pkt_comp() before pkt_comp
 * runs (illumos HBAs sync for the CPU before completing), and either way
 * by scsi_sync_pkt().
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/kmem.h>
#include <sys/buf.h>
#include <sys/errno.h>
#include <sys/scsi/scsi.h>

#include <scsa_mem.h>
#include "scsa_impl.h"
#include "ddi_buf_impl.h"

/* Why a bind failed, as illumos's ddi_dma_buf_bind_handle() would say. */
#define SCSA_DMA_NORESOURCES	(-1)	/* b_error 0: try again later */
#define SCSA_DMA_TOOBIG		(-2)	/* EINVAL */
#define SCSA_DMA_NOMAPPING	(-3)	/* EFAULT */

static void *scsa_dma_page_at(struct buf *bp, size_t pos, uint_t *offp, size_t *lenp);

/*
 * The copy-buffer budget.  One lock for the framework, but only ever taken
 * for data that needs a copy buffer: the zero-copy path never touches it.
 * Zero-filled kmutex_t and kcondvar_t are initialised.
 */
static kmutex_t scsa_copybuf_lock;
static kcondvar_t scsa_copybuf_cv;
static size_t scsa_copybuf_inuse;

static int scsa_copybuf_get(struct scsa_pkt_wrapper *w, size_t len, int kmflag)
{
	const ddi_dma_attr_t *attr = &w->spw_tran->tran_dma_attr;
	int nosleep = (kmflag & KM_NOSLEEP) != 0;
	void *buf;

	mutex_enter(&scsa_copybuf_lock);
	while (scsa_copybuf_inuse + len > SCSA_COPYBUF_BUDGET) {
		if (nosleep) {
			mutex_exit(&scsa_copybuf_lock);
			return (SCSA_DMA_NORESOURCES);
		}
		cv_wait(&scsa_copybuf_cv, &scsa_copybuf_lock);
	}
	scsa_copybuf_inuse += len;
	mutex_exit(&scsa_copybuf_lock);

	buf = scsa_lx_dma_mem_alloc(len, attr->dma_attr_addr_hi, nosleep);
	if (buf == NULL) {
		mutex_enter(&scsa_copybuf_lock);
		scsa_copybuf_inuse -= len;
		cv_broadcast(&scsa_copybuf_cv);
		mutex_exit(&scsa_copybuf_lock);
		return (SCSA_DMA_NORESOURCES);
	}
	w->spw_cbuf = buf;
	w->spw_cbuf_len = len;
	w->spw_flags |= SPW_COPYBUF;
	return (0);
}

static void scsa_copybuf_put(struct scsa_pkt_wrapper *w)
{
	size_t len = w->spw_cbuf_len;

	if (!(w->spw_flags & SPW_COPYBUF))
		return;
	scsa_lx_dma_mem_free(w->spw_cbuf, len);
	w->spw_cbuf = NULL;
	w->spw_cbuf_len = 0;
	w->spw_flags &= ~SPW_COPYBUF;
	mutex_enter(&scsa_copybuf_lock);
	scsa_copybuf_inuse -= len;
	cv_broadcast(&scsa_copybuf_cv);
	mutex_exit(&scsa_copybuf_lock);
}

/*
 * Whether bp's data must go through a copy buffer: its start or length
 * breaks the HBA's alignment (Linux's blk_rq_aligned() rule), or it is on
 * the stack.  Inner page boundaries of a contiguous buffer are aligned, so
 * the two ends decide.
 */
static int scsa_dma_needs_copy(const ddi_dma_attr_t *attr, struct buf *bp)
{
	uintptr_t mask = attr->dma_attr_align > 1 ? (uintptr_t)attr->dma_attr_align - 1 : 0;
	uintptr_t addr = (uintptr_t)bp->b_un.b_addr;

	/*
	 * Page-list (B_PAGEIO) bufs come from block requests, whose pieces are
	 * whole logical blocks: aligned by construction, and their b_addr says
	 * nothing about the pages.
	 */
	if ((bp->b_flags & (B_PAGEIO | B_REMAPPED)) == B_PAGEIO)
		return (0);
	if (((addr | bp->b_bcount) & mask) != 0)
		return (1);
	return (!(bp->b_flags & B_SHADOW) && scsa_lx_kva_on_stack(bp->b_un.b_addr));
}

/*
 * A kernel-addressed buf is copied with bcopy(): every page of it must be
 * memory (a stack, or what scsa_lx_kva_page() finds), or the copy would
 * fault where a zero-copy bind would have failed cleanly.
 */
static int scsa_dma_copyable(struct buf *bp)
{
	caddr_t addr = bp->b_un.b_addr, end = addr + bp->b_bcount;

	if (bp->b_flags & (B_SHADOW | B_PAGEIO))
		return (1);
	if (scsa_lx_kva_on_stack(addr))
		return (scsa_lx_kva_on_stack(end - 1));
	for (; addr < end; addr = (caddr_t)(((uintptr_t)addr & PAGEMASK) + PAGESIZE))
		if (scsa_lx_kva_page(addr) == NULL)
			return (0);
	return (1);
}

SCSA_TRACE_FN
scsa_trace_bounce(struct scsa_pkt_wrapper *w, size_t len, int to_cbuf)
{
	struct scsa_trace_pkt t;

	scsa_trace_fill(&w->spw_pkt, &t);
	t.len = len;
	t.to_device = to_cbuf;
	t.dma_offset = (unsigned long)w->spw_pkt.pkt_dma_offset;
	scsa_lx_trace_pkt(SCSA_TR_BOUNCE, &t);
}

/*
 * Copy the current window between the buf and the copy buffer: len bytes
 * from its start, to the copy buffer if to_cbuf.  Kernel-addressed data is
 * copied directly (a stack buffer has no page to look up); bufs made of
 * pages (physio's pinned user pages) page by page.
 */
static void scsa_dma_copy(struct scsa_pkt_wrapper *w, size_t len, int to_cbuf)
{
	struct buf *bp = w->spw_bp;
	size_t start = (size_t)w->spw_pkt.pkt_dma_offset, done = 0;
	caddr_t cbuf = w->spw_cbuf;

	if (len > w->spw_pkt.pkt_dma_len)
		len = w->spw_pkt.pkt_dma_len;
	if (scsa_tracing(SCSA_TR_BOUNCE))
		scsa_trace_bounce(w, len, to_cbuf);
	if (!(bp->b_flags & (B_SHADOW | B_PAGEIO))) {
		if (to_cbuf)
			bcopy(bp->b_un.b_addr + start, cbuf, len);
		else
			bcopy(cbuf, bp->b_un.b_addr + start, len);
		return;
	}
	while (done < len) {
		size_t inpage;
		uint_t off, n;
		void *page = scsa_dma_page_at(bp, start + done, &off, &inpage);

		n = (uint_t)MIN(len - done, inpage);
		scsa_lx_page_copy(page, off, cbuf + done, n, !to_cbuf);
		done += n;
	}
}

/* Before a write is sent: the buf's current data into the copy buffer. */
void scsa_dma_copy_for_device(struct scsa_pkt_wrapper *w)
{
	if ((w->spw_flags & SPW_COPYBUF) && (w->spw_pkt.pkt_dma_flags & DDI_DMA_WRITE))
		scsa_dma_copy(w, w->spw_pkt.pkt_dma_len, 1);
}

/* After a read: what the device transferred, back into the buf. */
void scsa_dma_copy_for_cpu(struct scsa_pkt_wrapper *w)
{
	struct scsi_pkt *pkt = &w->spw_pkt;
	size_t len = pkt->pkt_dma_len;

	if (!(w->spw_flags & SPW_COPYBUF) || !(pkt->pkt_dma_flags & DDI_DMA_READ) ||
	    !(pkt->pkt_state & STATE_XFERRED_DATA))
		return;
	if (pkt->pkt_resid > 0) {
		if ((size_t)pkt->pkt_resid >= len)
			return;
		len -= (size_t)pkt->pkt_resid;
	}
	scsa_dma_copy(w, len, 0);
}

/* Make room for n segments; the tables stay with the cached object. */
static int scsa_dma_grow(struct scsa_pkt_wrapper *w, unsigned int n, int kmflag)
{
	size_t sz = n * (sizeof (struct scsa_lx_seg) + sizeof (ddi_dma_cookie_t));
	void *tab;

	if (n <= w->spw_maxsegs)
		return (0);
	tab = kmem_alloc(sz, kmflag);
	if (tab == NULL)
		return (SCSA_DMA_NORESOURCES);
	scsa_dma_free_tables(w);
	w->spw_segs = tab;
	w->spw_cookies = (ddi_dma_cookie_t *)(w->spw_segs + n);
	w->spw_maxsegs = n;
	w->spw_flags |= SPW_EXT_SEGS;
	return (0);
}

void scsa_dma_free_tables(struct scsa_pkt_wrapper *w)
{
	if (w->spw_flags & SPW_EXT_SEGS) {
		kmem_free(w->spw_segs, w->spw_maxsegs *
		    (sizeof (struct scsa_lx_seg) + sizeof (ddi_dma_cookie_t)));
		w->spw_flags &= ~SPW_EXT_SEGS;
	}
	w->spw_segs = w->spw_segs_inline;
	w->spw_cookies = w->spw_cookies_inline;
	w->spw_maxsegs = SCSA_PKT_INLINE_SEGS;
}

/*
 * The page and offset holding byte pos of the buf's data, and how many
 * bytes from there are contiguous in that page (*lenp).
 */
static void *scsa_dma_page_at(struct buf *bp, size_t pos, uint_t *offp, size_t *lenp)
{
	uintptr_t addr = (uintptr_t)bp->b_un.b_addr;

	if ((bp->b_flags & (B_PAGEIO | B_REMAPPED)) == B_PAGEIO)
		return (scsa_buf_page_at(bp, pos, offp, lenp));
	if (bp->b_flags & B_SHADOW) {
		size_t first = (addr & PAGEOFFSET) + pos;

		*offp = first & PAGEOFFSET;
		*lenp = PAGESIZE - *offp;
		return (bp->b_shadow[first >> PAGESHIFT]);
	}
	*offp = (addr + pos) & PAGEOFFSET;
	*lenp = PAGESIZE - *offp;
	return (scsa_lx_kva_page((void *)(addr + pos)));
}

/*
 * The longest piece at pos that fits one segment: within one page, within
 * the attributes' per-cookie count and boundary, and within limit bytes.
 */
static uint_t scsa_dma_piece(const ddi_dma_attr_t *attr, uint_t off, size_t limit)
{
	uint64_t len = PAGESIZE - off;
	uint64_t bnd;

	if (len > limit)
		len = limit;
	if (attr->dma_attr_count_max + 1 != 0 && len > attr->dma_attr_count_max + 1)
		len = attr->dma_attr_count_max + 1;
	/* A segment may not cross a (dma_attr_seg + 1) boundary. */
	if (attr->dma_attr_seg < PAGEOFFSET) {
		bnd = (attr->dma_attr_seg + 1) - (off & attr->dma_attr_seg);
		if (len > bnd)
			len = bnd;
	}
	return ((uint_t)len);
}

/*
 * Segments a window of len bytes at start needs: one per page it touches,
 * unless the attributes split pages (tiny count or boundary), when it may
 * take as many as the HBA allows.  The table grows to this, not to sgllen:
 * a 4 KiB command on an HBA taking 2048 segments needs one.
 */
static uint_t scsa_dma_segs_needed(const ddi_dma_attr_t *attr, struct buf *bp, size_t start,
    size_t len)
{
	uint_t sgl = attr->dma_attr_sgllen > 0 ? (uint_t)attr->dma_attr_sgllen : 1;
	size_t first = ((uintptr_t)bp->b_un.b_addr + start) & PAGEOFFSET;
	size_t pages = (first + len + PAGEOFFSET) >> PAGESHIFT;

	if ((bp->b_flags & (B_PAGEIO | B_REMAPPED)) == B_PAGEIO)
		pages = scsa_buf_pageio_segs(bp, start, len);
	if (attr->dma_attr_seg < PAGEOFFSET || attr->dma_attr_count_max < PAGEOFFSET)
		return (sgl);
	return ((uint_t)MIN(pages, sgl));
}

/* The same for a window of len bytes of a copy buffer, which starts a page. */
static uint_t scsa_dma_cbuf_segs(const ddi_dma_attr_t *attr, size_t len)
{
	uint_t sgl = attr->dma_attr_sgllen > 0 ? (uint_t)attr->dma_attr_sgllen : 1;

	if (attr->dma_attr_seg < PAGEOFFSET || attr->dma_attr_count_max < PAGEOFFSET)
		return (sgl);
	return ((uint_t)MIN((len + PAGEOFFSET) >> PAGESHIFT, sgl));
}

/* Trim the window to a multiple of the granularity, from its end. */
static size_t scsa_dma_trim(struct scsa_pkt_wrapper *w, size_t bytes, uint_t gran)
{
	size_t cut = gran > 1 ? bytes % gran : 0;

	while (cut && w->spw_nsegs) {
		struct scsa_lx_seg *s = &w->spw_segs[w->spw_nsegs - 1];

		if (s->len > cut) {
			s->len -= cut;
			return (bytes - cut);
		}
		cut -= s->len;
		bytes -= s->len;
		w->spw_nsegs--;
	}
	return (bytes - cut);
}

/*
 * Map the window starting spw_total_xfer bytes into the bound buf.  Sets
 * pkt_resid to what no window has mapped yet (cumulative, as illumos does).
 * With a copy buffer the window's segments are the copy buffer's pages,
 * from its start, and the window is at most the copy buffer.
 */
static int scsa_dma_window(struct scsa_pkt_wrapper *w, int kmflag)
{
	const ddi_dma_attr_t *attr = &w->spw_tran->tran_dma_attr;
	struct buf *bp = w->spw_bp;
	size_t start = w->spw_total_xfer, left = bp->b_bcount - start, win = 0;
	size_t maxwin = attr->dma_attr_maxxfer;
	uint_t sgl = attr->dma_attr_sgllen > 0 ? (uint_t)attr->dma_attr_sgllen : 1;
	int copy = (w->spw_flags & SPW_COPYBUF) != 0;
	uint_t i, need;
	int ret;

	if (copy) {
		maxwin = MIN(maxwin, w->spw_cbuf_len);
		need = scsa_dma_cbuf_segs(attr, MIN(left, maxwin));
	} else {
		need = scsa_dma_segs_needed(attr, bp, start, MIN(left, maxwin));
	}
	if ((ret = scsa_dma_grow(w, need, kmflag)) != 0)
		return (ret);
	sgl = MIN(sgl, w->spw_maxsegs);
	w->spw_nsegs = 0;
	while (left > 0 && win < maxwin && w->spw_nsegs < sgl) {
		struct scsa_lx_seg *s = &w->spw_segs[w->spw_nsegs];
		uint_t off, len;
		size_t inpage;
		void *page;

		if (copy) {
			page = scsa_lx_kva_page(w->spw_cbuf + win);
			off = (uint_t)(win & PAGEOFFSET);
			inpage = PAGESIZE - off;
		} else {
			page = scsa_dma_page_at(bp, start + win, &off, &inpage);
		}
		if (page == NULL)
			return (SCSA_DMA_NOMAPPING);
		len = scsa_dma_piece(attr, off, MIN(MIN(left, maxwin - win), inpage));
		s->page = page;
		s->offset = off;
		s->len = len;
		w->spw_nsegs++;
		win += len;
		left -= len;
	}
	if (left > 0) {
		if (!(w->spw_flags & SPW_DMA_PARTIAL))
			return (SCSA_DMA_TOOBIG);
		win = scsa_dma_trim(w, win, attr->dma_attr_granular);
		if (win == 0)
			return (SCSA_DMA_TOOBIG);
	}
	/*
	 * Cookies once the window is final, the addresses in one call for the
	 * whole window (page_to_phys() is a shift and an add, the call is the
	 * cost).  They cannot be lazy: pkt_cookies is a plain field.
	 */
	scsa_lx_segs_phys(w->spw_segs, w->spw_nsegs, &w->spw_cookies[0].dmac_laddress,
	    sizeof (ddi_dma_cookie_t));
	for (i = 0; i < w->spw_nsegs; i++) {
		w->spw_cookies[i].dmac_size = w->spw_segs[i].len;
		w->spw_cookies[i].dmac_type = 0;
	}
	w->spw_pkt.pkt_dma_offset = (off_t)start;
	w->spw_pkt.pkt_dma_len = win;
	w->spw_pkt.pkt_numcookies = w->spw_nsegs;
	w->spw_pkt.pkt_cookies = w->spw_cookies;
	w->spw_total_xfer += win;
	w->spw_curwin++;
	w->spw_pkt.pkt_resid = bp->b_bcount - w->spw_total_xfer;
	return (0);
}

/* Translate a failure into the buf's b_error, as target drivers read it. */
static int scsa_dma_error(struct buf *bp, int why)
{
	switch (why) {
	case SCSA_DMA_NORESOURCES:
		bp->b_error = 0;
		break;
	case SCSA_DMA_TOOBIG:
		bioerror(bp, EINVAL);
		break;
	default:
		bioerror(bp, EFAULT);
		break;
	}
	return (why);
}

/*
 * Bind bp to the packet and map its first window.  flags are scsi_init_pkt()'s.
 * Direction comes from B_READ alone: B_WRITE is a pseudo-flag, often unset.
 */
int scsa_dma_bind(struct scsa_pkt_wrapper *w, struct buf *bp, int flags, int kmflag)
{
	struct scsi_pkt *pkt = &w->spw_pkt;
	int ret;

	if ((bp->b_flags & B_PAGEIO) && scsa_buf_pageio(bp) == NULL)
		return (scsa_dma_error(bp, SCSA_DMA_NOMAPPING));
	w->spw_bp = bp;
	w->spw_total_xfer = 0;
	w->spw_curwin = 0;
	w->spw_flags &= ~(SPW_CONSISTENT | SPW_DMA_PARTIAL);
	if (flags & PKT_CONSISTENT)
		w->spw_flags |= SPW_CONSISTENT;
	if (flags & PKT_DMA_PARTIAL)
		w->spw_flags |= SPW_DMA_PARTIAL;
	pkt->pkt_dma_flags = (bp->b_flags & B_READ) ? DDI_DMA_READ : DDI_DMA_WRITE;
	if (flags & PKT_CONSISTENT)
		pkt->pkt_dma_flags |= DDI_DMA_CONSISTENT;
	if (flags & PKT_DMA_PARTIAL)
		pkt->pkt_dma_flags |= DDI_DMA_PARTIAL;

	if (scsa_dma_needs_copy(&w->spw_tran->tran_dma_attr, bp)) {
		if (!scsa_dma_copyable(bp))
			ret = SCSA_DMA_NOMAPPING;
		else if (bp->b_bcount > SCSA_COPYBUF_MAX && !(flags & PKT_DMA_PARTIAL))
			ret = SCSA_DMA_TOOBIG;
		else
			ret = scsa_copybuf_get(w, MIN(ptob(btopr(bp->b_bcount)),
			    SCSA_COPYBUF_MAX), kmflag);
		if (ret != 0) {
			scsa_dma_unbind(w);
			return (scsa_dma_error(bp, ret));
		}
	}
	ret = scsa_dma_window(w, kmflag);
	if (ret != 0) {
		scsa_dma_unbind(w);
		return (scsa_dma_error(bp, ret));
	}
	w->spw_flags |= SPW_BOUND;
	return (0);
}

/* The next window of a bound packet (scsi_init_pkt() with pktp != NULL). */
int scsa_dma_next_window(struct scsa_pkt_wrapper *w, int kmflag)
{
	struct buf *bp = w->spw_bp;
	int ret;

	if (w->spw_total_xfer >= bp->b_bcount) {
		/* Nothing left: illumos fails a request for a window past the end. */
		return (scsa_dma_error(bp, SCSA_DMA_TOOBIG));
	}
	ret = scsa_dma_window(w, kmflag);
	return (ret == 0 ? 0 : scsa_dma_error(bp, ret));
}

void scsa_dma_unbind(struct scsa_pkt_wrapper *w)
{
	struct scsi_pkt *pkt = &w->spw_pkt;

	scsa_copybuf_put(w);
	w->spw_flags &= ~(SPW_BOUND | SPW_CONSISTENT | SPW_DMA_PARTIAL);
	w->spw_bp = NULL;
	w->spw_nsegs = 0;
	w->spw_total_xfer = 0;
	w->spw_curwin = 0;
	pkt->pkt_numcookies = 0;
	pkt->pkt_cookies = NULL;
	pkt->pkt_dma_len = 0;
	pkt->pkt_dma_offset = 0;
	pkt->pkt_dma_flags = 0;
}

/*
 * The HBA's view of a window (<scsa_fastpath.h>)
 */

const struct scsa_lx_seg *scsa_pkt_segs(struct scsi_pkt *pkt, unsigned int *nsegs)
{
	struct scsa_pkt_wrapper *w = scsa_pkt_wrapper(pkt);

	*nsegs = w->spw_nsegs;
	return (w->spw_segs);
}

int scsa_pkt_copybuf(struct scsi_pkt *pkt)
{
	return ((scsa_pkt_wrapper(pkt)->spw_flags & SPW_COPYBUF) != 0);
}
