/* SPDX-License-Identifier: GPL-2.0 */
/*
 * SCSI status byte and the auto-request-sense status block.
 * Bitfields are in the order GCC lays them out on little-endian x86.
 */
/* The SCSA headers depend on each other; enter through the common root. */
#include <sys/scsi/scsi_types.h>

#ifndef _SYS_SCSI_GENERIC_STATUS_H
#define _SYS_SCSI_GENERIC_STATUS_H

#include <sys/scsi/generic/sense.h>

struct scsi_status {
	uchar_t	sts_vu0		: 1,
		sts_chk		: 1,	/* CHECK CONDITION */
		sts_cm		: 1,	/* CONDITION MET */
		sts_busy	: 1,
		sts_is		: 1,	/* INTERMEDIATE */
		sts_vu6		: 1,
		sts_vu7		: 1,
		sts_resvd	: 1;
};

#define sts_scsi2	sts_vu6

/*
 * What an HBA stores at pkt_scbp after auto request sense: the command's
 * status, then status/reason/resid/state/statistics of the REQUEST SENSE,
 * then the sense data (extended past 20 bytes with PKT_XARQ).
 */
struct scsi_arq_status {
	struct scsi_status		sts_status;
	struct scsi_status		sts_rqpkt_status;
	uchar_t				sts_rqpkt_reason;
	uchar_t				sts_rqpkt_resid;
	uint_t				sts_rqpkt_state;
	uint_t				sts_rqpkt_statistics;
	struct scsi_extended_sense	sts_sensedata;
};

#define SECMDS_STATUS_SIZE	(sizeof (struct scsi_arq_status))

/* Status byte values (vendor bits masked with STATUS_MASK) */
#define STATUS_MASK			0x3E
#define STATUS_GOOD			0x00
#define STATUS_CHECK			0x02
#define STATUS_MET			0x04
#define STATUS_BUSY			0x08
#define STATUS_INTERMEDIATE		0x10
#define STATUS_SCSI2			0x20
#define STATUS_INTERMEDIATE_MET		0x14
#define STATUS_RESERVATION_CONFLICT	0x18
#define STATUS_TERMINATED		0x22
#define STATUS_QFULL			0x28
#define STATUS_ACA_ACTIVE		0x30
#define STATUS_TASK_ABORT		0x40

#include <sys/scsi/impl/status.h>

#endif /* _SYS_SCSI_GENERIC_STATUS_H */
