/* SPDX-License-Identifier: GPL-2.0 */
/*
 * SCSA library services: polled commands, names for codes, error
 * messages and logging, and the transport capability names.
 */
/* The SCSA headers depend on each other; enter through the common root. */
#include <sys/scsi/scsi_types.h>

#ifndef _SYS_SCSI_IMPL_SERVICES_H
#define _SYS_SCSI_IMPL_SERVICES_H

#include <sys/types.h>

#ifdef _KERNEL
/* Code/name tables for scsi_cmd_name() and scsi_errmsg(). */
struct scsi_key_strings {
	int	key;
	char	*message;
};

struct scsi_asq_key_strings {
	ushort_t	asc;
	ushort_t	ascq;
	char		*message;
};

/*
 * Names of the sense keys, then of the SUN_KEY_* pseudo keys of
 * <sys/scsi/impl/sense.h>, indexed by key.
 */
__SCSA_IMPL extern char *sense_keys[NUM_SENSE_KEYS + NUM_IMPL_SENSE_KEYS];
__SCSA_IMPL extern uchar_t scsi_cdb_size[];
__SCSA_IMPL extern struct scsi_key_strings scsi_cmds[];

/* scsi_log() level for debug messages */
#define SCSI_DEBUG		0xDEB00000

/* scsi_errmsg() severities */
#define SCSI_ERR_ALL		0
#define SCSI_ERR_UNKNOWN	1
#define SCSI_ERR_INFO		2
#define SCSI_ERR_RECOVERED	3
#define SCSI_ERR_RETRYABLE	4
#define SCSI_ERR_FATAL		5
#define SCSI_ERR_NONE		6

/* Capability indices; the names are in SCSI_CAP_ASCII. */
#define SCSI_CAP_DMA_MAX		0
#define SCSI_CAP_MSG_OUT		1
#define SCSI_CAP_DISCONNECT		2
#define SCSI_CAP_SYNCHRONOUS		3
#define SCSI_CAP_WIDE_XFER		4
#define SCSI_CAP_PARITY			5
#define SCSI_CAP_INITIATOR_ID		6
#define SCSI_CAP_UNTAGGED_QING		7
#define SCSI_CAP_TAGGED_QING		8
#define SCSI_CAP_ARQ			9
#define SCSI_CAP_LINKED_CMDS		10
#define SCSI_CAP_SECTOR_SIZE		11
#define SCSI_CAP_TOTAL_SECTORS		12
#define SCSI_CAP_GEOMETRY		13
#define SCSI_CAP_RESET_NOTIFICATION	14
#define SCSI_CAP_QFULL_RETRIES		15
#define SCSI_CAP_QFULL_RETRY_INTERVAL	16
#define SCSI_CAP_SCSI_VERSION		17
#define SCSI_CAP_INTERCONNECT_TYPE	18
#define SCSI_CAP_LUN_RESET		19
#define SCSI_CAP_CDB_LEN		20
#define SCSI_CAP_DMA_MAX_ARCH		21
#define SCSI_CAP_TRAN_LAYER_RETRIES	22

#define SCSI_CAP_ASCII	{						\
	"dma-max", "msg-out", "disconnect", "synchronous",		\
	"wide-xfer", "parity", "initiator-id", "untagged-qing",		\
	"tagged-qing", "auto-rqsense", "linked-cmds", "sector-size",	\
	"total-sectors", "geometry", "reset-notification",		\
	"qfull-retries", "qfull-retry-interval", "scsi-version",	\
	"interconnect-type", "lun-reset", "max-cdb-length",		\
	"dma-max-arch", "tran-layer-retries", NULL }

/* "scsi-version" values */
#define SCSI_VERSION_1		1
#define SCSI_VERSION_2		2
#define SCSI_VERSION_3		3

/* "interconnect-type" values */
#define INTERCONNECT_PARALLEL	1
#define INTERCONNECT_FIBRE	2
#define INTERCONNECT_1394	3
#define INTERCONNECT_SSA	4
#define INTERCONNECT_FABRIC	5
#define INTERCONNECT_USB	6
#define INTERCONNECT_ATAPI	7
#define INTERCONNECT_ISCSI	8
#define INTERCONNECT_IBSRP	9
#define INTERCONNECT_SATA	10
#define INTERCONNECT_SAS	11
#define INTERCONNECT_MAX	12

#define INTERCONNECT_PARALLEL_STR	"SPI"
#define INTERCONNECT_FIBRE_STR		"FIBRE"
#define INTERCONNECT_1394_STR		"1394"
#define INTERCONNECT_SSA_STR		""
#define INTERCONNECT_FABRIC_STR		"FABRIC"
#define INTERCONNECT_USB_STR		"USB"
#define INTERCONNECT_ATAPI_STR		"ATAPI"
#define INTERCONNECT_ISCSI_STR		"iSCSI"
#define INTERCONNECT_IBSRP_STR		"IB"
#define INTERCONNECT_SATA_STR		"SATA"
#define INTERCONNECT_SAS_STR		"SAS"

#define INTERCONNECT_TYPE_ASCII	{					\
	"", INTERCONNECT_PARALLEL_STR, INTERCONNECT_FIBRE_STR,		\
	INTERCONNECT_1394_STR, INTERCONNECT_SSA_STR,			\
	INTERCONNECT_FABRIC_STR, INTERCONNECT_USB_STR,			\
	INTERCONNECT_ATAPI_STR, INTERCONNECT_ISCSI_STR,			\
	INTERCONNECT_IBSRP_STR, INTERCONNECT_SATA_STR,			\
	INTERCONNECT_SAS_STR, NULL }

struct scsi_pkt;
struct scsi_device;
struct scsi_extended_sense;

__SCSA_IMPL extern int scsi_poll(struct scsi_pkt *);
__SCSA_IMPL extern char *scsi_dname(int dtyp);
__SCSA_IMPL extern char *scsi_rname(uchar_t reason);
__SCSA_ABSENT extern char *scsi_mname(uchar_t msg);
__SCSA_ABSENT extern char *scsi_cname(uchar_t cmd, char **cmdvec);
__SCSA_IMPL extern char *scsi_cmd_name(uchar_t cmd, struct scsi_key_strings *cmdlist,
    char *tmpstr);
__SCSA_IMPL extern char *scsi_sname(uchar_t sense_key);
__SCSA_PARTIAL("names the common SPC codes only; others print as vendor unique")
extern char *scsi_esname(uint_t sense_key, char *tmpstr);
__SCSA_PARTIAL("names the common SPC codes only; others print as vendor unique")
extern char *scsi_asc_name(uint_t asc, uint_t ascq, char *tmpstr);
__SCSA_PARTIAL("illumos's report; ASC names of the common SPC codes only")
extern void scsi_generic_errmsg(struct scsi_device *devp, char *label,
    int severity, daddr_t blkno, daddr_t err_blkno, uchar_t cmd_name,
    struct scsi_key_strings *cmdlist, uint8_t *sensep,
    struct scsi_asq_key_strings *asc_list,
    char *(*decode_fru)(struct scsi_device *, char *, int, uchar_t));
__SCSA_PARTIAL("illumos's report; ASC names of the common SPC codes only")
extern void scsi_vu_errmsg(struct scsi_device *devp, struct scsi_pkt *pktp,
    char *drv_name, int severity, daddr_t blkno, daddr_t err_blkno,
    struct scsi_key_strings *cmdlist, struct scsi_extended_sense *sensep,
    struct scsi_asq_key_strings *asc_list,
    char *(*decode_fru)(struct scsi_device *, char *, int, uchar_t));
__SCSA_PARTIAL("illumos's report; ASC names of the common SPC codes only")
extern void scsi_errmsg(struct scsi_device *devp, struct scsi_pkt *pkt,
    char *label, int severity, daddr_t blkno, daddr_t err_blkno,
    struct scsi_key_strings *cmdlist, struct scsi_extended_sense *sensep);
__SCSA_IMPL extern void scsi_log(dev_info_t *dev, char *label, uint_t level,
    const char *fmt, ...);

#define scsi_cmd_decode		scsi_cname
#endif

#endif /* _SYS_SCSI_IMPL_SERVICES_H */
