/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Packet and DMA resource allocation: scsi_init_pkt(9F) and friends, and
 * the wrapper the framework puts around packets of cache-model HBAs.
 */
/* The SCSA headers depend on each other; enter through the common root. */
#include <sys/scsi/scsi_types.h>

#ifndef _SYS_SCSI_SCSI_RESOURCE_H
#define _SYS_SCSI_SCSI_RESOURCE_H


/*
 * Callback arguments: do not wait, or wait until resources are available.
 * Any other value is a function int (*)(caddr_t) to run later.
 */
#ifndef __CHECKER__
#define NULL_FUNC	((int (*)())0)
#define SLEEP_FUNC	((int (*)())1)
#else
/*
 * sparse reads "int (*)()" as a function of no arguments and flags every
 * illumos call that passes these where a prototyped callback is expected;
 * for sparse only, they are plain pointers.
 */
#define NULL_FUNC	((void *)0)
#define SLEEP_FUNC	((void *)1)
#endif

#ifdef _KERNEL
/* scsi_init_pkt() flags */
#define PKT_CONSISTENT		0x0001
#define PKT_DMA_PARTIAL		0x040000
#define PKT_XARQ		0x080000
#define PKT_CONSISTENT_OLD	0x001000

__SCSA_IMPL extern struct buf *scsi_alloc_consistent_buf(struct scsi_address *,
    struct buf *, size_t, uint_t, int (*)(caddr_t), caddr_t);
__SCSA_IMPL extern struct scsi_pkt *scsi_init_pkt(struct scsi_address *,
    struct scsi_pkt *, struct buf *, int, int, int, int, int (*)(caddr_t), caddr_t);
__SCSA_IMPL extern void scsi_destroy_pkt(struct scsi_pkt *);
__SCSA_IMPL extern void scsi_free_consistent_buf(struct buf *);
__SCSA_IMPL extern int scsi_pkt_allocated_correctly(struct scsi_pkt *);
__SCSA_IMPL extern void scsi_dmafree(struct scsi_pkt *);
__SCSA_IMPL extern void scsi_sync_pkt(struct scsi_pkt *);
__SCSA_IMPL extern size_t scsi_pkt_size(void);

/* What the framework wraps around each packet of a cache-model HBA. */
struct scsi_pkt_cache_wrapper {
	struct scsi_pkt		pcw_pkt;
	int			pcw_magic;
	uint_t			pcw_total_xfer;
	uint_t			pcw_curwin;
	uint_t			pcw_totalwin;
	uint_t			pcw_granular;
	struct buf		*pcw_bp;
	ddi_dma_cookie_t	pcw_cookie;
	uint_t			pcw_flags;
};

__SCSA_ABSENT extern struct buf *scsi_pkt2bp(struct scsi_pkt *);

/* pcw_flags */
#define PCW_NEED_EXT_CDB	0x0001
#define PCW_NEED_EXT_TGT	0x0002
#define PCW_NEED_EXT_SCB	0x0004
#define PCW_BOUND		0x0020

/* Sizes of the areas preallocated in a cache-model packet. */
#define DEFAULT_CDBLEN		16
#define DEFAULT_PRIVLEN		0
#define DEFAULT_SCBLEN		(sizeof (struct scsi_arq_status))
#endif

#endif /* _SYS_SCSI_SCSI_RESOURCE_H */
