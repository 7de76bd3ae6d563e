/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The fault-management event protocol: class names and payload member
 * names of ereports, faults and resources, FMRI schemes, and the error
 * numeric association (ENA) that ties ereports of one error together.
 * There is no fault-management framework in scsa_compat (<sys/ddifm.h>):
 * the ENA interfaces are implemented (scsa_compat/ddi_fm.c), the nvlist
 * builders of fault events are absent.
 */
#ifndef _SYS_FM_PROTOCOL_H
#define _SYS_FM_PROTOCOL_H

#include <sys/types.h>
#include <sys/varargs.h>
#include <sys/nvpair.h>

/* Member names every event has */
#define FM_CLASS			"class"
#define FM_VERSION			"version"

/* Event classes */
#define FM_EREPORT_CLASS		"ereport"
#define FM_FAULT_CLASS			"fault"
#define FM_RSRC_CLASS			"resource"
#define FM_LIST_EVENT			"list"

#define FM_LIST_SUSPECT_CLASS		FM_LIST_EVENT ".suspect"
#define FM_LIST_ISOLATED_CLASS		FM_LIST_EVENT ".isolated"
#define FM_LIST_REPAIRED_CLASS		FM_LIST_EVENT ".repaired"
#define FM_LIST_UPDATED_CLASS		FM_LIST_EVENT ".updated"
#define FM_LIST_RESOLVED_CLASS		FM_LIST_EVENT ".resolved"

/* ereport subclasses */
#define FM_ERROR_CPU			"cpu"
#define FM_ERROR_IO			"io"

/* ereports: version and payload members */
#define FM_EREPORT_VERS0		0
#define FM_EREPORT_VERSION		FM_EREPORT_VERS0
#define FM_EREPORT_DETECTOR		"detector"
#define FM_EREPORT_ENA			"ena"

/* list.* events */
#define FM_LIST_EVENT_SIZE		"list-sz"
#define FM_SUSPECT_UUID			"uuid"
#define FM_SUSPECT_DIAG_CODE		"code"
#define FM_SUSPECT_DIAG_TIME		"diag-time"
#define FM_SUSPECT_DE			"de"
#define FM_SUSPECT_FAULT_LIST		"fault-list"
#define FM_SUSPECT_FAULT_SZ		"fault-list-sz"
#define FM_SUSPECT_FAULT_STATUS		"fault-status"
#define FM_SUSPECT_INJECTED		"__injected"
#define FM_SUSPECT_MESSAGE		"message"
#define FM_SUSPECT_RETIRE		"retire"
#define FM_SUSPECT_RESPONSE		"response"
#define FM_SUSPECT_SEVERITY		"severity"

#define FM_SUSPECT_VERS0		0
#define FM_SUSPECT_VERSION		FM_SUSPECT_VERS0

#define FM_SUSPECT_FAULTY		0x1
#define FM_SUSPECT_UNUSABLE		0x2
#define FM_SUSPECT_NOT_PRESENT		0x4
#define FM_SUSPECT_DEGRADED		0x8
#define FM_SUSPECT_REPAIRED		0x10
#define FM_SUSPECT_REPLACED		0x20
#define FM_SUSPECT_ACQUITTED		0x40

/* Faults */
#define FM_FAULT_VERS0			0
#define FM_FAULT_VERSION		FM_FAULT_VERS0
#define FM_FAULT_ASRU			"asru"
#define FM_FAULT_FRU			"fru"
#define FM_FAULT_FRU_LABEL		"fru-label"
#define FM_FAULT_CERTAINTY		"certainty"
#define FM_FAULT_RESOURCE		"resource"
#define FM_FAULT_LOCATION		"location"

/* Resources */
#define FM_RSRC_VERS0			0
#define FM_RSRC_VERSION			FM_RSRC_VERS0
#define FM_RSRC_RESOURCE		"resource"

/*
 * ENA: the low two bits are the format.  Format 1: generation in bits
 * 2-9, CPU id in bits 10-19, time stamp in bits 20-63.  Format 2:
 * generation in bits 2-9, an id (or time) in bits 10-63.
 */
#define ENA_FORMAT_MASK			0x3
#define ENA_FORMAT(ena)			((ena) & ENA_FORMAT_MASK)

#define FM_ENA_FMT0			0
#define FM_ENA_FMT1			1
#define FM_ENA_FMT2			2

#define ENA_FMT1_GEN_MASK		0x00000000000003FCull
#define ENA_FMT1_ID_MASK		0xFFFFFFFFFFFFFC00ull
#define ENA_FMT1_CPUID_MASK		0x00000000000FFC00ull
#define ENA_FMT1_TIME_MASK		0xFFFFFFFFFFF00000ull
#define ENA_FMT1_GEN_SHFT		2
#define ENA_FMT1_ID_SHFT		10
#define ENA_FMT1_CPUID_SHFT		ENA_FMT1_ID_SHFT
#define ENA_FMT1_TIME_SHFT		20

#define ENA_FMT2_GEN_MASK		0x00000000000003FCull
#define ENA_FMT2_ID_MASK		0xFFFFFFFFFFFFFC00ull
#define ENA_FMT2_TIME_MASK		ENA_FMT2_ID_MASK
#define ENA_FMT2_GEN_SHFT		2
#define ENA_FMT2_ID_SHFT		10
#define ENA_FMT2_TIME_SHFT		ENA_FMT2_ID_SHFT

/* FMRIs: member names and schemes */
#define FM_FMRI_AUTHORITY		"authority"
#define FM_FMRI_SCHEME			"scheme"
#define FM_FMRI_SVC_AUTHORITY		"svc-authority"
#define FM_FMRI_FACILITY		"facility"

#define FM_FMRI_AUTH_CHASSIS		"chassis-id"
#define FM_FMRI_AUTH_PRODUCT_SN		"product-sn"
#define FM_FMRI_AUTH_PRODUCT		"product-id"
#define FM_FMRI_AUTH_DOMAIN		"domain-id"
#define FM_FMRI_AUTH_SERVER		"server-id"
#define FM_FMRI_AUTH_HOST		"host-id"

#define FM_AUTH_VERS0			0
#define FM_FMRI_AUTH_VERSION		FM_AUTH_VERS0

#define FM_FMRI_SCHEME_FMD		"fmd"
#define FM_FMRI_SCHEME_DEV		"dev"
#define FM_FMRI_SCHEME_HC		"hc"
#define FM_FMRI_SCHEME_SVC		"svc"
#define FM_FMRI_SCHEME_CPU		"cpu"
#define FM_FMRI_SCHEME_MEM		"mem"
#define FM_FMRI_SCHEME_MOD		"mod"
#define FM_FMRI_SCHEME_PKG		"pkg"
#define FM_FMRI_SCHEME_LEGACY		"legacy-hc"
#define FM_FMRI_SCHEME_ZFS		"zfs"

/* dev scheme: devices by devid and /devices path */
#define DEV_SCHEME_VERSION0		0
#define FM_DEV_SCHEME_VERSION		DEV_SCHEME_VERSION0
#define FM_FMRI_DEV_ID			"devid"
#define FM_FMRI_DEV_PATH		"device-path"

/* hc scheme: hardware components */
#define FM_HC_VERS0			0
#define FM_HC_SCHEME_VERSION		FM_HC_VERS0
#define FM_FMRI_HC_SERIAL_ID		"serial"
#define FM_FMRI_HC_PART			"part"
#define FM_FMRI_HC_REVISION		"revision"
#define FM_FMRI_HC_ROOT			"hc-root"
#define FM_FMRI_HC_LIST_SZ		"hc-list-sz"
#define FM_FMRI_HC_LIST			"hc-list"
#define FM_FMRI_HC_SPECIFIC		"hc-specific"
#define FM_FMRI_HC_NAME			"hc-name"
#define FM_FMRI_HC_ID			"hc-id"

/* fm_nvlist_destroy() flag */
#define FM_NVA_FREE			0
#define FM_NVA_RETAIN			1

#ifdef _KERNEL
__SCSA_ABSENT extern nv_alloc_t *fm_nva_xcreate(char *buf, size_t bufsz);
__SCSA_ABSENT extern void fm_nva_xdestroy(nv_alloc_t *nva);
__SCSA_ABSENT extern nvlist_t *fm_nvlist_create(nv_alloc_t *nva);
__SCSA_ABSENT extern void fm_nvlist_destroy(nvlist_t *nvl, int flag);
__SCSA_ABSENT extern void fm_ereport_set(nvlist_t *ereport, int version, const char *erpt_class,
    uint64_t ena, const nvlist_t *detector, ...);
__SCSA_ABSENT extern void fm_payload_set(nvlist_t *payload, ...);
__SCSA_ABSENT extern void fm_fmri_dev_set(nvlist_t *fmri_dev, int version,
    const nvlist_t *auth, const char *devpath, const char *devid);
__SCSA_IMPL extern uint64_t fm_ena_increment(uint64_t ena);
__SCSA_IMPL extern uint64_t fm_ena_generate(uint64_t timestamp, uchar_t format);
__SCSA_IMPL extern uint64_t fm_ena_generate_cpu(uint64_t timestamp, processorid_t cpuid,
    uchar_t format);
__SCSA_IMPL extern uint64_t fm_ena_generation_get(uint64_t ena);
__SCSA_IMPL extern uchar_t fm_ena_format_get(uint64_t ena);
__SCSA_IMPL extern uint64_t fm_ena_id_get(uint64_t ena);
__SCSA_IMPL extern uint64_t fm_ena_time_get(uint64_t ena);
#endif

#endif /* _SYS_FM_PROTOCOL_H */
