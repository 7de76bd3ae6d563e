/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The address of a SCSI target/LUN as seen by its target driver,
 * scsi_address(9S).  The HBA transport is always reachable through
 * a_hba_tran; the union holds either SPI target/LUN numbers or, for HBAs
 * with complex addressing, the scsi_device.
 */
/* The SCSA headers depend on each other; enter through the common root. */
#include <sys/scsi/scsi_types.h>

#ifndef _SYS_SCSI_SCSI_ADDRESS_H
#define _SYS_SCSI_SCSI_ADDRESS_H


struct scsi_hba_tran;
struct scsi_device;

struct scsi_address {
	struct scsi_hba_tran	*a_hba_tran;
	union {
		struct {
			ushort_t	a_target;
			uchar_t		a_lun;
			uchar_t		_a_sublun;
		} spi;
		struct scsi_device	*a_sd;
	} a;
};

#define a_target	a.spi.a_target
#define a_lun		a.spi.a_lun
#define a_sublun	a.spi._a_sublun

/* Unit-address property names */
#define SCSI_ADDR_PROP_TARGET		"target"
#define SCSI_ADDR_PROP_LUN		"lun"
#define SCSI_ADDR_PROP_TARGET_PORT	"target-port"
#define SCSI_ADDR_PROP_LUN64		"lun64"
#define SCSI_ADDR_PROP_SFUNC		"sfunc"
#define SCSI_ADDR_PROP_IPORTUA		"scsi-iport"
#define SCSI_ADDR_PROP_SATA_PHY		"sata-phy"
#define SCSI_ADDR_PROP_INITIATOR_PORT	"initiator-port"
#define SCSI_ADDR_PROP_ATTACHED_PORT	"attached-port"
#define SCSI_ADDR_PROP_BRIDGE_PORT	"bridge-port"

typedef uint64_t	scsi_lun64_t;
#define PRIlun64		"lx"
#define SCSI_LUN64_ILLEGAL	(-1L)

/* An 8-byte SAM LUN in wire order. */
typedef struct scsi_lun {
	uchar_t	sl_lun1_msb;
	uchar_t	sl_lun1_lsb;
	uchar_t	sl_lun2_msb;
	uchar_t	sl_lun2_lsb;
	uchar_t	sl_lun3_msb;
	uchar_t	sl_lun3_lsb;
	uchar_t	sl_lun4_msb;
	uchar_t	sl_lun4_lsb;
} scsi_lun_t;

#define SCSI_LUN_AM_MASK	0xC0
#define SCSI_LUN_AM_PDEV	0x00
#define SCSI_LUN_AM_FLAT	0x40
#define SCSI_LUN_AM_LUN		0x80
#define SCSI_LUN_AM_EFLAT	0xC0
#define SCSI_LUN_AM_ELUN	0xC0

#define SCSI_WWN_STRLEN		16
#define SCSI_WWN_UA_STRLEN	17
#define SCSI_WWN_BUFLEN		SCSI_MAXNAMELEN

#ifdef _KERNEL
__SCSA_ABSENT extern scsi_lun64_t scsi_lun_to_lun64(scsi_lun_t lun);
__SCSA_ABSENT extern scsi_lun_t scsi_lun64_to_lun(scsi_lun64_t lun64);
__SCSA_ABSENT extern int scsi_wwnstr_to_wwn(const char *wwnstr, uint64_t *wwnp);
__SCSA_ABSENT extern char *scsi_wwn_to_wwnstr(uint64_t wwn, int unit_address_form,
    char *wwnstr);
__SCSA_ABSENT extern void scsi_free_wwnstr(char *wwnstr);
#endif

#endif /* _SYS_SCSI_SCSI_ADDRESS_H */
