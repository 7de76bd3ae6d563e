/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Standard INQUIRY data, 132 bytes (SUN_INQSIZE), with bitfields in the
 * order GCC lays them out on little-endian x86.
 */
/* The SCSA headers depend on each other; enter through the common root. */
#include <sys/scsi/scsi_types.h>

#ifndef _SYS_SCSI_GENERIC_INQUIRY_H
#define _SYS_SCSI_GENERIC_INQUIRY_H

#include <sys/types.h>

struct scsi_inquiry {
	/* byte 0: peripheral qualifier and device type, see DTYPE_* */
	uchar_t	inq_dtype;
	/* byte 1 */
	uchar_t	inq_qual	: 7,
		inq_rmb		: 1;	/* removable medium */
	/* byte 2: version */
	uchar_t	inq_ansi	: 3,
		inq_ecma	: 3,
		inq_iso		: 2;
	/* byte 3 */
	uchar_t	inq_rdf		: 4,	/* response data format */
		inq_hisup	: 1,
		inq_normaca	: 1,
		inq_trmiop	: 1,
		inq_aenc	: 1;
	/* byte 4 */
	uchar_t	inq_len;
	/* byte 5 */
	uchar_t	inq_protect	: 1,
		inq_5_1		: 1,
		inq_5_2		: 1,
		inq_3pc		: 1,
		inq_tpgs	: 2,
		inq_acc		: 1,
		inq_sccs	: 1;
	/* byte 6 */
	uchar_t	inq_addr16	: 1,
		inq_addr32	: 1,
		inq_ackqreqq	: 1,
		inq_mchngr	: 1,
		inq_dualp	: 1,
		inq_port	: 1,
		inq_encserv	: 1,
		inq_bque	: 1;
	/* byte 7 */
	uchar_t	inq_sftre	: 1,
		inq_cmdque	: 1,
		inq_trandis	: 1,
		inq_linked	: 1,
		inq_sync	: 1,
		inq_wbus16	: 1,
		inq_wbus32	: 1,
		inq_reladdr	: 1;
	/* bytes 8-47 */
	char	inq_vid[8];
	char	inq_pid[16];
	char	inq_revision[4];
	char	inq_serial[12];
	/* bytes 48-55: vendor specific */
	uchar_t	__inq_48	: 8;
	uchar_t	__inq_49	: 8;
	uchar_t	__inq_50	: 8;
	uchar_t	__inq_51	: 8;
	uchar_t	__inq_52	: 8;
	uchar_t	__inq_53	: 8;
	uchar_t	__inq_54	: 8;
	uchar_t	__inq_55	: 8;
	/* byte 56: SPI */
	uchar_t	inq_ius		: 1,
		inq_qas		: 1,
		inq_clk		: 2,
		__inq_56_4	: 1,
		__inq_56_5	: 1,
		__inq_56_6	: 1,
		__inq_56_7	: 1;
	uchar_t	__inq_57	: 8;
	/* bytes 58-73: version descriptors */
	struct inq_vd {
		uchar_t	inq_vd_msb;
		uchar_t	inq_vd_lsb;
	} inq_vd[8];
	/* bytes 74-131 */
	uchar_t	__inq_74_127[132 - 74];
};

/* Peripheral device types */
#define DTYPE_DIRECT		0x00
#define DTYPE_SEQUENTIAL	0x01
#define DTYPE_PRINTER		0x02
#define DTYPE_PROCESSOR		0x03
#define DTYPE_WORM		0x04
#define DTYPE_RODIRECT		0x05
#define DTYPE_SCANNER		0x06
#define DTYPE_OPTICAL		0x07
#define DTYPE_CHANGER		0x08
#define DTYPE_COMM		0x09
#define DTYPE_ARRAY_CTRL	0x0C
#define DTYPE_ESI		0x0D
#define DTYPE_RBC		0x0E
#define DTYPE_OCRW		0x0F
#define DTYPE_BCC		0x10
#define DTYPE_OSD		0x11
#define DTYPE_ADC		0x12
#define DTYPE_WELLKNOWN		0x1E
#define DTYPE_UNKNOWN		0x1F
#define DTYPE_MASK		0x1F

/* Printable device-type names, indexed by DTYPE_* (initialiser list). */
#define DTYPE_ASCII	{						\
	"Direct Access", "Sequential Access", "Printer", "Processor",	\
	"Write-Once/Read-Many", "Read-Only Direct Access", "Scanner",	\
	"Optical", "Changer", "Communications", "Unknown-0A",		\
	"Unknown-0B", "Array Controller", "Enclosure-Services",		\
	"Simplified-Direct-Access", "Optical-Card", "Bridge",		\
	"Object-Storage", NULL }

/* Peripheral qualifier (in inq_dtype) */
#define DPQ_MASK		0x60
#define DPQ_POSSIBLE		0x00
#define DPQ_SUPPORTED		0x20
#define DPQ_NEVER		0x60
#define DPQ_VUNIQ		0x80
#define DTYPE_NOTPRESENT	(DPQ_NEVER | DTYPE_UNKNOWN)

/* Response data format (inq_rdf) */
#define RDF_LEVEL0		0x00
#define RDF_CCS			0x01
#define RDF_SCSI2		0x02
#define RDF_SCSI_SPC		0x03
#define RDF_SCSI_SPC2		0x04
#define RDF_SCSI_SPC3		0x05
#define RDF_SCSI_SPC4		0x06

/* Target port group support (inq_tpgs) */
#define TPGS_FAILOVER_NONE	0x0
#define TPGS_FAILOVER_IMPLICIT	0x1
#define TPGS_FAILOVER_EXPLICIT	0x2
#define TPGS_FAILOVER_BOTH	0x3

/* Vital product data page header and identification descriptor */
struct vpd_hdr {
	uchar_t	device_type	: 4,
		periph_qual	: 4;
	uchar_t	page_code,
		page_len[2];
};

struct vpd_desc {
	uchar_t	code_set	: 4,
		proto_id	: 4;
	uchar_t	id_type		: 4,
		association	: 2,
				: 1,
		piv		: 1;
	uchar_t	resrv1;
	uchar_t	len;
};

/* Power-management capability, as sd keeps it in "pm-capable" */
#define PM_CAPABLE_PM_MASK		0x0000ffff
#define PM_CAPABLE_CCS			RDF_CCS
#define PM_CAPABLE_SCSI2		RDF_SCSI2
#define PM_CAPABLE_SPC			RDF_SCSI_SPC
#define PM_CAPABLE_SPC2			RDF_SCSI_SPC2
#define PM_CAPABLE_SPC3			RDF_SCSI_SPC3
#define PM_CAPABLE_SPC4			RDF_SCSI_SPC4
#define PM_CAPABLE_LOG_MASK		0xffff0000
#define PM_CAPABLE_LOG_SUPPORTED	0x10000
#define PM_CAPABLE_SMART_LOG		0x20000

#include <sys/scsi/impl/inquiry.h>

#endif /* _SYS_SCSI_GENERIC_INQUIRY_H */
