/* SPDX-License-Identifier: GPL-2.0 */
/* DMA attributes, request flags and return codes. */
#ifndef _SYS_DDIDMAREQ_H
#define _SYS_DDIDMAREQ_H

#include <sys/types.h>

/* DMA limits of the x86 flavour (obsolete interfaces still pass them). */
typedef struct ddi_dma_lim {
	uint_t		dlim_addr_lo;
	uint_t		dlim_addr_hi;
	uint_t		dlim_cntr_max;
	uint_t		dlim_burstsizes;
	uint_t		dlim_minxfer;
	uint_t		dlim_dmaspeed;
	uint_t		dlim_version;
	uint_t		dlim_adreg_max;
	uint_t		dlim_ctreg_max;
	uint_t		dlim_granular;
	short		dlim_sgllen;
	uint_t		dlim_reqsize;
} ddi_dma_lim_t;

#define DMA_UNIT_8	1
#define DMA_UNIT_16	2
#define DMA_UNIT_32	4
#define DMALIM_VER0	((0x86000000) + 0)

#define DMA_ATTR_V0		0
#define DMA_ATTR_VERSION	DMA_ATTR_V0

typedef struct ddi_dma_attr {
	uint_t		dma_attr_version;
	uint64_t	dma_attr_addr_lo;
	uint64_t	dma_attr_addr_hi;
	uint64_t	dma_attr_count_max;
	uint64_t	dma_attr_align;
	uint_t		dma_attr_burstsizes;
	uint32_t	dma_attr_minxfer;
	uint64_t	dma_attr_maxxfer;
	uint64_t	dma_attr_seg;
	int		dma_attr_sgllen;
	uint32_t	dma_attr_granular;
	uint_t		dma_attr_flags;
} ddi_dma_attr_t;

/* dma_attr_flags */
#define DDI_DMA_FORCE_PHYSICAL		0x0100
#define DDI_DMA_FLAGERR			0x0200
#define DDI_DMA_RELAXED_ORDERING	0x0400

/* The request structure of the obsolete bus_dma_map path: opaque. */
struct ddi_dma_req;
typedef struct ddi_dma_req	ddi_dma_req_t;

/* "Wait" arguments of the allocation routines. */
#define DDI_DMA_DONTWAIT	((int (*)(caddr_t))0)
#define DDI_DMA_SLEEP		((int (*)(caddr_t))1)

#define DDI_DMA_CALLBACK_RUNOUT	0
#define DDI_DMA_CALLBACK_DONE	1

/* Binding flags */
#define DDI_DMA_WRITE		0x0001
#define DDI_DMA_READ		0x0002
#define DDI_DMA_RDWR		(DDI_DMA_READ | DDI_DMA_WRITE)
#define DDI_DMA_REDZONE		0x0004
#define DDI_DMA_PARTIAL		0x0008
#define DDI_DMA_CONSISTENT	0x0010
#define DDI_DMA_EXCLUSIVE	0x0020
#define DDI_DMA_STREAMING	0x0040
#define DDI_DMA_SBUS_64BIT	0x2000

/* Binding results */
#define DDI_DMA_MAPPED		0
#define DDI_DMA_MAPOK		0
#define DDI_DMA_PARTIAL_MAP	1
#define DDI_DMA_DONE		2
#define DDI_DMA_NORESOURCES	-1
#define DDI_DMA_NOMAPPING	-2
#define DDI_DMA_TOOBIG		-3
#define DDI_DMA_TOOSMALL	-4
#define DDI_DMA_LOCKED		-5
#define DDI_DMA_BADLIMITS	-6
#define DDI_DMA_STALE		-7
#define DDI_DMA_BADATTR		-8
#define DDI_DMA_INUSE		-9
#define DDI_DMA_USE_PHYSICAL	-10

/* ddi_dma_sync() directions */
#define DDI_DMA_SYNC_FORDEV	0x0
#define DDI_DMA_SYNC_FORCPU	0x1
#define DDI_DMA_SYNC_FORKERNEL	0x2

/* ddi_dma_mem_alloc() transfer modes (the low bits are the flags above). */
#define IOMEM_DATA_CACHED		0x10000
#define IOMEM_DATA_UC_WR_COMBINE	0x20000
#define IOMEM_DATA_UNCACHED		0x40000
#define IOMEM_DATA_MASK			0xF0000

#endif /* _SYS_DDIDMAREQ_H */
