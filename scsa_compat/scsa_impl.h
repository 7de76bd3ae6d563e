/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The SCSA framework's private declarations (Solaris world).  Not for ports.
 */
#ifndef _SCSA_IMPL_H
#define _SCSA_IMPL_H

#include <sys/scsi/scsi.h>
#include <scsa_fastpath.h>
#include <scsa_cb.h>
#include <scsa_trace.h>

/*
 * A packet of a cache-model HBA, as the framework allocates it.  One object
 * of the HBA's kmem cache holds, in order: this wrapper, the HBA's private
 * area (tran_hba_len), and the inline CDB and status areas when the HBA
 * asked for them (SCSI_HBA_TRAN_CDB, SCSI_HBA_TRAN_SCB).
 *
 * The "DMA binding" of a buf is the list of page segments of its current
 * window, in the layout of Linux's bio_vec (struct scsa_lx_seg): the Linux
 * LLD maps them for DMA itself when the command reaches it, so nothing is
 * mapped twice and no data is copied.  pkt_cookies describes the same
 * window with CPU physical addresses, for HBAs that look at cookies.
 */
/*
 * Segments a packet holds without growing its tables: 128 KiB of 4 KiB
 * pages.  Larger windows grow the tables once per cached object; the cache
 * keeps them, so steady-state I/O allocates nothing.
 */
#define SCSA_PKT_INLINE_SEGS	32

struct scsa_pkt_wrapper {
	struct scsi_pkt		spw_pkt;	/* first: the pointers are the same */
	unsigned int		spw_magic;
	unsigned int		spw_flags;	/* SPW_* */
	struct buf		*spw_bp;	/* bound buf, or NULL */
	size_t			spw_total_xfer;	/* bytes mapped by windows so far */
	unsigned int		spw_curwin;	/* windows mapped so far */
	scsi_hba_tran_t		*spw_tran;	/* the HBA's, even when cloned */

	/* The current window's segments and cookies. */
	unsigned int		spw_nsegs;
	unsigned int		spw_maxsegs;	/* capacity of the tables */
	struct scsa_lx_seg	*spw_segs;
	ddi_dma_cookie_t	*spw_cookies;
	struct scsa_lx_seg	spw_segs_inline[SCSA_PKT_INLINE_SEGS];
	ddi_dma_cookie_t	spw_cookies_inline[SCSA_PKT_INLINE_SEGS];

	/* Copy buffer of a bound buf the HBA cannot take in place. */
	caddr_t			spw_cbuf;
	size_t			spw_cbuf_len;

	/* Saved by scsi_transport() for FLAG_NOINTR packets. */
	void			(*spw_saved_comp)(struct scsi_pkt *);
	kcondvar_t		spw_nointr_cv;
	int			spw_nointr_done;

	/*
	 * scsi_transport() in progress (SPW_TRAN_*) and by whom: pkt_comp
	 * waits for it to return (scsa_pkt_comp_wait()).
	 */
	volatile uint_t		spw_tran_state;
	kthread_t		*spw_tran_thread;
	kcondvar_t		spw_tran_cv;

	/* The thread in physio() that completes it, if any (lx/handoff.c). */
	struct scsa_lx_handoff	*spw_handoff;
};

/* spw_tran_state */
#define SPW_TRAN_IDLE		0
#define SPW_TRAN_STARTING	1	/* in tran_start() */
#define SPW_TRAN_COMP_WAITS	2	/* and its completion waits for it */

#define SCSA_PKT_MAGIC		0x5c5a9c7e

/* spw_flags */
#define SPW_EXT_CDB		0x0001	/* pkt_cdbp was kmem_alloc()ed */
#define SPW_EXT_TGT		0x0002	/* pkt_private was kmem_alloc()ed */
#define SPW_EXT_SCB		0x0004	/* pkt_scbp was kmem_alloc()ed */
#define SPW_EXT_SEGS		0x0008	/* segment tables were grown */
#define SPW_BOUND		0x0020	/* a buf is bound */
#define SPW_CONSISTENT		0x0040	/* PKT_CONSISTENT */
#define SPW_DMA_PARTIAL		0x0080	/* PKT_DMA_PARTIAL */
#define SPW_COPYBUF		0x0100	/* the window is in spw_cbuf */

/*
 * Copy buffers (scsa_dma.c): at most SCSA_COPYBUF_MAX bytes per packet (a
 * larger buf is copied window by window with PKT_DMA_PARTIAL), and
 * SCSA_COPYBUF_BUDGET bytes in all; beyond it scsi_init_pkt() waits
 * (SLEEP_FUNC) or fails with b_error 0 and queues its callback.
 */
#define SCSA_COPYBUF_MAX	(4 * PAGESIZE)
#define SCSA_COPYBUF_BUDGET	(64 * PAGESIZE)

/*
 * A packet's common fields for a tracepoint (<scsa_trace.h>); called only
 * when scsa_tracing() says the event is on, from a function of its own
 * (SCSA_TRACE_FN), so that the hot path's frame does not carry the
 * description.
 */
#define	SCSA_TRACE_FN	static __attribute__((__noinline__, __cold__)) void

static inline void
scsa_trace_fill(struct scsi_pkt *pkt, struct scsa_trace_pkt *t)
{
	bzero(t, sizeof (*t));
	t->pkt = pkt;
	t->cdb = pkt->pkt_cdbp;
	t->cdblen = pkt->pkt_cdbp != NULL ? pkt->pkt_cdblen : 0;
	t->target = pkt->pkt_address.a_target;
	t->lun = pkt->pkt_address.a_lun;
	t->flags = pkt->pkt_flags;
	switch (pkt->pkt_flags & FLAG_TAGMASK) {
	case FLAG_STAG:
		t->tag = SCSA_TR_TAG_SIMPLE;
		break;
	case FLAG_OTAG:
		t->tag = SCSA_TR_TAG_ORDERED;
		break;
	case FLAG_HTAG:
		t->tag = SCSA_TR_TAG_HEAD;
		break;
	}
	t->status = -1;
	t->sense_key = t->asc = t->ascq = -1;
}

static inline struct scsa_pkt_wrapper *scsa_pkt_wrapper(struct scsi_pkt *pkt)
{
	return ((struct scsa_pkt_wrapper *)pkt);
}

/*
 * NULL_FUNC and SLEEP_FUNC are old-style "int (*)()" constants, while the
 * callbacks they stand in for have prototypes; compare them through one
 * function type.
 */
#define SCSA_CB_IS(cb, which)	((void (*)(void))(cb) == (void (*)(void))(which))
/* A callback that is a real function, to be queued when resources are short. */
#define SCSA_CB_IS_FUNC(cb)	(!SCSA_CB_IS(cb, NULL_FUNC) && !SCSA_CB_IS(cb, SLEEP_FUNC))

/* scsa_hba.c */
void scsa_pkt_cache_sizes(scsi_hba_tran_t *tran, size_t *hba_off, size_t *cdb_off,
    size_t *scb_off, size_t *total);

/* scsa_resource.c: the framework's tran_* entry points of a cache-model HBA */
struct scsi_pkt *scsa_cache_init_pkt(struct scsi_address *ap, struct scsi_pkt *pkt,
    struct buf *bp, int cmdlen, int statuslen, int pplen, int flags,
    int (*callback)(caddr_t), caddr_t arg);
void scsa_cache_destroy_pkt(struct scsi_address *ap, struct scsi_pkt *pkt);
void scsa_cache_sync_pkt(struct scsi_address *ap, struct scsi_pkt *pkt);
void scsa_cache_dmafree(struct scsi_address *ap, struct scsi_pkt *pkt);

/* scsa_nexus.c */
struct scsa_nexus_ops;
extern const struct scsa_nexus_ops scsa_scsi_nexus_ops;

/* scsa_dma.c */
int scsa_dma_bind(struct scsa_pkt_wrapper *w, struct buf *bp, int flags, int kmflag);
int scsa_dma_next_window(struct scsa_pkt_wrapper *w, int kmflag);
void scsa_dma_unbind(struct scsa_pkt_wrapper *w);
void scsa_dma_free_tables(struct scsa_pkt_wrapper *w);
void scsa_dma_copy_for_device(struct scsa_pkt_wrapper *w);
void scsa_dma_copy_for_cpu(struct scsa_pkt_wrapper *w);
void scsa_pkt_comp_wait(struct scsa_pkt_wrapper *w);

#endif /* _SCSA_IMPL_H */
