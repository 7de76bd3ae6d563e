/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Fault management for drivers, ddi_fm_init(9F): the capabilities a driver
 * declares and the error status of its access and DMA handles.  There is
 * no fault-management framework in scsa_compat: every ddi_fm_* interface
 * is absent, and a driver that leaves its nodes DDI_FM_NOT_CAPABLE (as
 * SCSA target nodes are here) never needs one.
 */
#ifndef _DDIFM_H
#define _DDIFM_H

#include <sys/types.h>
#include <sys/dditypes.h>

/* Error handler results */
#define DDI_FM_OK		0
#define DDI_FM_FATAL		-1
#define DDI_FM_NONFATAL		-2
#define DDI_FM_UNKNOWN		-3

/* A driver's capabilities */
#define DDI_FM_NOT_CAPABLE	0x00000000
#define DDI_FM_EREPORT_CAPABLE	0x00000001
#define DDI_FM_ACCCHK_CAPABLE	0x00000002
#define DDI_FM_DMACHK_CAPABLE	0x00000004
#define DDI_FM_ERRCB_CAPABLE	0x00000008

#define DDI_FM_DEFAULT_CAP(cap)	((cap) == DDI_FM_NOT_CAPABLE)
#define DDI_FM_EREPORT_CAP(cap)	((cap) & DDI_FM_EREPORT_CAPABLE)
#define DDI_FM_ACC_ERR_CAP(cap)	((cap) & DDI_FM_ACCCHK_CAPABLE)
#define DDI_FM_DMA_ERR_CAP(cap)	((cap) & DDI_FM_DMACHK_CAPABLE)
#define DDI_FM_ERRCB_CAP(cap)	((cap) & DDI_FM_ERRCB_CAPABLE)

/* fme_flag: was the error expected? */
#define DDI_FM_ERR_UNEXPECTED	0
#define DDI_FM_ERR_EXPECTED	1
#define DDI_FM_ERR_POKE		2
#define DDI_FM_ERR_PEEK		3

#ifdef _KERNEL
typedef struct ddi_fm_error {
	int			fme_version;
	int			fme_status;
	int			fme_flag;
	uint64_t		fme_ena;
	ddi_acc_handle_t	fme_acc_handle;
	ddi_dma_handle_t	fme_dma_handle;
	void			*fme_bus_specific;
} ddi_fm_error_t;

#define DDI_FME_VER0		0
#define DDI_FME_VERSION		DDI_FME_VER0

typedef int (*ddi_err_func_t)(dev_info_t *, ddi_fm_error_t *, const void *);

__SCSA_ABSENT extern void ddi_fm_ereport_post(dev_info_t *dip, const char *error_class,
    uint64_t ena, int sflag, ...);
__SCSA_ABSENT extern void ddi_fm_service_impact(dev_info_t *dip, int svc_impact);
__SCSA_ABSENT extern void ddi_fm_handler_register(dev_info_t *dip, ddi_err_func_t handler,
    void *impl_data);
__SCSA_ABSENT extern void ddi_fm_handler_unregister(dev_info_t *dip);
__SCSA_ABSENT extern void ddi_fm_init(dev_info_t *dip, int *fmcap,
    ddi_iblock_cookie_t *ibcp);
__SCSA_ABSENT extern void ddi_fm_fini(dev_info_t *dip);
__SCSA_ABSENT extern int ddi_fm_capable(dev_info_t *dip);
__SCSA_ABSENT extern void ddi_fm_dma_err_get(ddi_dma_handle_t handle, ddi_fm_error_t *de,
    int version);
__SCSA_ABSENT extern void ddi_fm_acc_err_get(ddi_acc_handle_t handle, ddi_fm_error_t *de,
    int version);
__SCSA_ABSENT extern void ddi_fm_dma_err_clear(ddi_dma_handle_t handle, int version);
__SCSA_ABSENT extern void ddi_fm_acc_err_clear(ddi_acc_handle_t handle, int version);
#endif

#endif /* _DDIFM_H */
