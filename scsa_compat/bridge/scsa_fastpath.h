/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The framework's fast path to its HBA: what scsa_hba.ko (hba_glue) takes
 * from scsa_compat.ko to issue a packet without copying its data or its
 * segment table.  Exported GPL-only; no target driver uses it.
 *
 *  - A packet's DMA binding is the list of page segments of its current
 *    window (struct scsa_lx_seg, laid out as Linux's bio_vec), built by
 *    scsi_init_pkt(9F) from the buf; scsa_pkt_segs() gives it to the HBA,
 *    whose Linux half hands it to the block layer as the bio's vector.
 *  - scsa_pkt_copybuf() says the window is a copy buffer the framework
 *    made for data the HBA could not take in place (counted by the HBA).
 *  - scsa_lx_own_plug() says whether the current task issues a batch of
 *    block requests of the framework's (lx/blkdev.c), whose plug the HBA's
 *    requests may join.
 *  - scsa_lx_kva_page() (<scsa_mem.h>) turns a kernel buffer into pages.
 *  - The completion handoff (lx/handoff.c): scsa_pkt_handoff() names the
 *    thread waiting in physio(9F) for a packet's buf, and the HBA's Linux
 *    half gives it the command's completion (scsa_lx_handoff_push())
 *    instead of waking its own worker.
 *
 * Plain C types only: both halves of the HBA include it.
 */
#ifndef _SCSA_BRIDGE_FASTPATH_H
#define _SCSA_BRIDGE_FASTPATH_H

#include <scsa_export.h>

struct scsi_pkt;

/**
 * struct scsa_lx_seg - one piece of data, within one page
 * @page: the struct page (as void *); pinned and valid until done()
 * @len: bytes, > 0
 * @offset: within the page; @offset + @len <= PAGE_SIZE
 *
 * The layout is that of Linux's struct bio_vec (checked at build time), so
 * the caller's array becomes the bio's vector table as it is: no copy of
 * the table, no copy of the data, no bounce.
 */
struct scsa_lx_seg {
	void *page;
	unsigned int len;
	unsigned int offset;
};

/* The segments of @pkt's current window (*@nsegs of them), for the HBA. */
__SCSA_EXPORT_GPL const struct scsa_lx_seg *scsa_pkt_segs(struct scsi_pkt *pkt,
							  unsigned int *nsegs);

/* Whether @pkt's window is in a copy buffer of the framework's. */
__SCSA_EXPORT_GPL int scsa_pkt_copybuf(struct scsi_pkt *pkt);

/*
 * Non-zero while the current task runs strategy(9E) for a batch of block
 * requests under the framework's own plug: an HBA may add its requests to
 * current's plug then (they are issued together when the batch ends), and
 * must not otherwise, since blk-mq may be flushing that plug.
 */
int scsa_lx_own_plug(void);

/*
 * Completion handoff.  A thread that starts a buf and waits for it
 * registers (begin), starts it, runs the completions handed to it (end),
 * then waits for the buf as usual.  scsi_transport() tags the packets that
 * thread starts for that buf (tag), scsi_hba_pkt_comp() releases the tag
 * once pkt_comp has returned (put).  An HBA that completes in interrupt
 * context pushes a tagged command's completion to the thread, if it is
 * waiting already, instead of to its worker; run then completes it there.
 * Only push is the HBA's (exported); the rest are scsa_compat's own.
 * Storage for the registration, on the waiter's stack:
 */
struct scsa_lx_handoff {
	unsigned long long __scsa_opaque[6];
};

struct llist_node;

int scsa_lx_handoff_begin(struct scsa_lx_handoff *h, const void *bp);
void scsa_lx_handoff_end(struct scsa_lx_handoff *h);
struct scsa_lx_handoff *scsa_lx_handoff_tag(const void *bp);
void scsa_lx_handoff_put(struct scsa_lx_handoff *h);
int scsa_lx_handoff_push(struct scsa_lx_handoff *h, struct llist_node *node,
			 void (*run)(struct llist_node *node));

/*
 * tran_hba_flags of an HBA that takes part: it completes every packet
 * through scsi_hba_pkt_comp(9F), which releases the tag (an illumos HBA
 * that calls pkt_comp itself would leave the waiter waiting).  A bit
 * illumos leaves unused.
 */
#define SCSA_HBA_TRAN_HANDOFF	0x40000000

/* The registration @pkt is tagged with, or NULL: for the HBA's command. */
__SCSA_EXPORT_GPL struct scsa_lx_handoff *scsa_pkt_handoff(struct scsi_pkt *pkt);

#endif /* _SCSA_BRIDGE_FASTPATH_H */
