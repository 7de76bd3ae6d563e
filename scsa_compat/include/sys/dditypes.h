/* SPDX-License-Identifier: GPL-2.0 */
/*
 * DDI handle types.  Every handle is opaque: the objects behind them are
 * built and owned by the Linux side of scsa_compat.
 *
 * dev_info_t is an incomplete structure type, so drivers hold only
 * "dev_info_t *" pointers and zero-size mistakes cannot compile.
 */
#ifndef _SYS_DDITYPES_H
#define _SYS_DDITYPES_H

#include <sys/isa_defs.h>
#include <sys/types.h>

typedef struct dev_info			dev_info_t;

typedef struct __ddi_dma_handle		*ddi_dma_handle_t;
typedef struct __ddi_dma_win		*ddi_dma_win_t;
typedef struct __ddi_dma_seg		*ddi_dma_seg_t;
typedef struct __ddi_iblock_cookie	*ddi_iblock_cookie_t;
typedef struct __ddi_regspec		*ddi_regspec_t;
typedef struct __ddi_intrspec		*ddi_intrspec_t;
typedef struct __ddi_softintr		*ddi_softintr_t;
typedef struct __ddi_devmap_data	*ddi_devmap_data_t;
typedef struct __ddi_devid		*ddi_devid_t;
typedef struct ddi_event_cookie		*ddi_eventcookie_t;
typedef struct ddi_event_callbacks	*ddi_callback_id_t;
typedef struct __ddi_acc_handle		*ddi_acc_handle_t;
typedef struct __ddi_periodic		*ddi_periodic_t;

/* One DMA segment: bus address and length. */
typedef struct {
	union {
		uint64_t	_dmac_ll;
		uint32_t	_dmac_la[2];
	} _dmu;
	size_t		dmac_size;
	uint_t		dmac_type;
} ddi_dma_cookie_t;

#define dmac_laddress	_dmu._dmac_ll
#define dmac_address	_dmu._dmac_la[0]
#define dmac_notused	_dmu._dmac_la[1]

typedef union {
	struct {
		ushort_t	_idev_vector;
		ushort_t	_idev_priority;
	} idu;
	uint_t		idev_softint;
} ddi_idevice_cookie_t;

#define idev_vector	idu._idev_vector
#define idev_priority	idu._idev_priority

/* Device ID types and encoder versions. */
#define DEVID_NONE			0
#define DEVID_SCSI3_WWN			1
#define DEVID_SCSI_SERIAL		2
#define DEVID_FAB			3
#define DEVID_ENCAP			4
#define DEVID_ATA_SERIAL		5
#define DEVID_SCSI3_VPD_T10		6
#define DEVID_SCSI3_VPD_EUI		7
#define DEVID_SCSI3_VPD_NAA		8
#define DEVID_NVME_NSID			9
#define DEVID_NVME_EUI64		10
#define DEVID_NVME_NGUID		11
#define DEVID_MAXTYPE			11

#define DEVID_SCSI_ENCODE_VERSION1	0
#define DEVID_SCSI_ENCODE_VERSION2	1
#define DEVID_SCSI_ENCODE_VERSION_LATEST	DEVID_SCSI_ENCODE_VERSION2
#define DEVID_SMP_ENCODE_VERSION1	0
#define DEVID_SMP_ENCODE_VERSION_LATEST	DEVID_SMP_ENCODE_VERSION1

#define DEVID_MINOR_NAME_ALL		((char *)0)
#define DEVID_MINOR_NAME_ALL_CHR	((char *)1)
#define DEVID_MINOR_NAME_ALL_BLK	((char *)2)

typedef enum {
	DDI_DEVMAP_VALIDATE = 0
} ddi_devmap_cmd_t;

typedef enum {
	DS_INVAL = -1,
	DS_PROTO = 0,
	DS_LINKED,
	DS_BOUND,
	DS_INITIALIZED,
	DS_PROBED,
	DS_ATTACHED,
	DS_READY
} ddi_node_state_t;

typedef enum { EPL_KERNEL, EPL_INTERRUPT, EPL_HIGHLEVEL } ddi_plevel_t;

#ifdef _KERNEL
/* Register and memory access attributes. */
typedef struct ddi_device_acc_attr {
	ushort_t	devacc_attr_version;
	uchar_t		devacc_attr_endian_flags;
	uchar_t		devacc_attr_dataorder;
	uchar_t		devacc_attr_access;
} ddi_device_acc_attr_t;

#define DDI_DEVICE_ATTR_V0		0x0001
#define DDI_DEVICE_ATTR_V1		0x0002

#define DDI_NEVERSWAP_ACC		0x00
#define DDI_STRUCTURE_LE_ACC		0x01
#define DDI_STRUCTURE_BE_ACC		0x02

#define DDI_STRICTORDER_ACC		0x00
#define DDI_UNORDERED_OK_ACC		0x01
#define DDI_MERGING_OK_ACC		0x02
#define DDI_LOADCACHING_OK_ACC		0x03
#define DDI_STORECACHING_OK_ACC		0x04

#define DDI_DATA_SZ01_ACC		1
#define DDI_DATA_SZ02_ACC		2
#define DDI_DATA_SZ04_ACC		4
#define DDI_DATA_SZ08_ACC		8

#define DDI_DEFAULT_ACC			0x01
#define DDI_FLAGERR_ACC			0x02
#define DDI_CAUTIOUS_ACC		0x03

/* The access-handle implementation is private to the runtime. */
typedef struct ddi_acc_hdl		ddi_acc_hdl_t;
#endif

#endif /* _SYS_DDITYPES_H */
