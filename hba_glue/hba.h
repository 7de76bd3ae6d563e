/* SPDX-License-Identifier: GPL-2.0 */
/*
 * hba_glue's Solaris-world declarations: the SCSA HBA standing for Linux
 * SCSI hosts.  One HBA node per Linux (host, channel); one child per LUN.
 */
#ifndef _HBA_GLUE_HBA_H
#define _HBA_GLUE_HBA_H

#include <sys/scsi/scsi.h>
#include "hba_bridge.h"

/* One SCSA HBA: a Linux host and channel. */
struct hba_node {
	struct hba_node		*hn_next;
	uint_t			hn_host;
	uint_t			hn_channel;
	dev_info_t		*hn_dip;
	scsi_hba_tran_t		*hn_tran;
	ddi_dma_attr_t		hn_dma_attr;
	uint_t			hn_max_cdb;
	uint_t			hn_children;
};

/* One target/LUN, behind its cloned transport's tran_tgt_private. */
struct hba_target {
	struct hba_lx_lun	*ht_lun;
	struct hba_node		*ht_node;
	dev_info_t		*ht_dip;
	int			ht_sector_size;		/* set by the target driver */
	int			ht_total_sectors;
};

/* Linux keeps at most SCSI_SENSE_BUFFERSIZE bytes of sense per command. */
#define HBA_SENSE_MAX		96

/* Per-packet HBA state: the Linux command, in the packet's HBA area. */
struct hba_cmd {
	struct hba_lx_cmd	hc_lx;
	struct scsi_pkt		*hc_pkt;
	uchar_t			hc_sense[HBA_SENSE_MAX];
};

/* sol_tran.c */
void hba_tran_init(scsi_hba_tran_t *tran);
void hba_dma_attr_from_limits(const struct hba_lx_limits *lim, ddi_dma_attr_t *attr);

#endif /* _HBA_GLUE_HBA_H */
