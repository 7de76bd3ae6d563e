/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The SCSI command packet, scsi_pkt(9S), with its flag, reason, state and
 * statistics codes.  Field set and order are those of the current illumos
 * framework (pkt-cache era); the size is exported by scsi_pkt_size() and
 * must not be compiled into drivers.
 */
/* The SCSA headers depend on each other; enter through the common root. */
#include <sys/scsi/scsi_types.h>

#ifndef _SYS_SCSI_SCSI_PKT_H
#define _SYS_SCSI_SCSI_PKT_H


#ifdef _KERNEL
struct scsi_pkt {
	opaque_t		pkt_ha_private;
	struct scsi_address	pkt_address;
	opaque_t		pkt_private;
	void			(*pkt_comp)(struct scsi_pkt *);
	uint_t			pkt_flags;
	int			pkt_time;
	uchar_t			*pkt_scbp;
	uchar_t			*pkt_cdbp;
	ssize_t			pkt_resid;
	uint_t			pkt_state;
	uint_t			pkt_statistics;
	uchar_t			pkt_reason;
	uint_t			pkt_cdblen;
	uint_t			pkt_tgtlen;
	uint_t			pkt_scblen;
	ddi_dma_handle_t	pkt_handle;
	uint_t			pkt_numcookies;
	off_t			pkt_dma_offset;
	size_t			pkt_dma_len;
	uint_t			pkt_dma_flags;
	ddi_dma_cookie_t	*pkt_cookies;
	int			pkt_path_instance;
	void			*pkt_stmp;
};
#endif

/* pkt_flags: tagging */
#define FLAG_STAG		0x4000
#define FLAG_OTAG		0x2000
#define FLAG_HTAG		0x1000
#define FLAG_TAGMASK		(FLAG_HTAG | FLAG_OTAG | FLAG_STAG)
#define FLAG_ACA		0x0100
/* pkt_flags: queueing and transport */
#define FLAG_HEAD		0x8000
#define FLAG_SENSING		0x0400
#define FLAG_NOINTR		0x0001
#define FLAG_NODISCON		0x0002
#define FLAG_NOPARITY		0x0008
#define FLAG_RENEGOTIATE_WIDE_SYNC	0x1000000
#define FLAG_IMMEDIATE_CB	0x0800
/* pkt_flags: uscsi options */
#define FLAG_SILENT		0x00010000
#define FLAG_DIAGNOSE		0x00020000
#define FLAG_ISOLATE		0x00040000
#define FLAG_TLR		0x00080000
/* pkt_flags: multipathing and framework */
#define FLAG_NOQUEUE		0x80000000
#define FLAG_PKT_PATH_INSTANCE	0x40000000
#define FLAG_PKT_COMP_CALLED	0x20000000

/* pkt_reason */
#define CMD_CMPLT		0
#define CMD_INCOMPLETE		1
#define CMD_DMA_DERR		2
#define CMD_TRAN_ERR		3
#define CMD_RESET		4
#define CMD_ABORTED		5
#define CMD_TIMEOUT		6
#define CMD_DATA_OVR		7
#define CMD_CMD_OVR		8
#define CMD_STS_OVR		9
#define CMD_BADMSG		10
#define CMD_NOMSGOUT		11
#define CMD_XID_FAIL		12
#define CMD_IDE_FAIL		13
#define CMD_ABORT_FAIL		14
#define CMD_REJECT_FAIL		15
#define CMD_NOP_FAIL		16
#define CMD_PER_FAIL		17
#define CMD_BDR_FAIL		18
#define CMD_ID_FAIL		19
#define CMD_UNX_BUS_FREE	20
#define CMD_TAG_REJECT		21
#define CMD_TERMINATED		22
#define CMD_TLR_OFF		23
#define CMD_DEV_GONE		24

/* Printable pkt_reason names, indexed by CMD_* (initialiser list). */
#define CMD_REASON_ASCII	{					\
	"cmplt", "incomplete", "dma_derr", "tran_err", "reset",		\
	"aborted", "timeout", "data_ovr", "cmd_ovr", "sts_ovr",		\
	"badmsg", "nomsgout", "xid_fail", "ide_fail", "abort_fail",	\
	"reject_fail", "nop_fail", "per_fail", "bdr_fail", "id_fail",	\
	"unexpected_bus_free", "tag reject", "terminated", "", "gone",	\
	NULL }

/* pkt_state */
#define STATE_GOT_BUS		0x01
#define STATE_GOT_TARGET	0x02
#define STATE_SENT_CMD		0x04
#define STATE_XFERRED_DATA	0x08
#define STATE_GOT_STATUS	0x10
#define STATE_ARQ_DONE		0x20
#define STATE_XARQ_DONE		0x40

/* pkt_statistics */
#define STAT_DISCON		0x1
#define STAT_SYNC		0x2
#define STAT_PERR		0x4
#define STAT_BUS_RESET		0x8
#define STAT_DEV_RESET		0x10
#define STAT_ABORTED		0x20
#define STAT_TIMEOUT		0x40
#define STAT_TERMINATED		0x80

/* scsi_transport() results */
#define TRAN_ACCEPT		1
#define TRAN_BUSY		0
#define TRAN_BADPKT		-1
#define TRAN_FATAL_ERROR	-2

#ifdef _KERNEL
__SCSA_IMPL extern int scsi_transport(struct scsi_pkt *pkt);
#define pkt_transport		scsi_transport

#define SCSI_POLL_TIMEOUT	60
#endif

#endif /* _SYS_SCSI_SCSI_PKT_H */
