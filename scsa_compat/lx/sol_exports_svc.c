// SPDX-License-Identifier: GPL-2.0
/*
 * Exports of the Solaris-world service files added for Tier 3 drivers
 * (scsa_data.c, scsa_watch.c, ddi_devid.c, ddi_pm.c, ddi_dma_mem.c,
 * scsa_errmsg.c), as sol_export.h describes.  Plain EXPORT_SYMBOL: CDDL
 * ports call all of these.
 */
#include "sol_export.h"

/* Data: their type here is irrelevant, as for the functions. */
#define SCSA_SOL_EXPORT_DATA(sym)		\
	extern struct scsa_sol_data sym;	\
	EXPORT_SYMBOL(sym)

/* scsa_data.c */
SCSA_SOL_EXPORT_DATA(sense_keys);
SCSA_SOL_EXPORT_DATA(scsi_cdb_size);
SCSA_SOL_EXPORT_DATA(scsi_cmds);

/* ddi_devid.c */
SCSA_SOL_EXPORT(ddi_devid_valid);
SCSA_SOL_EXPORT(ddi_devid_register);
SCSA_SOL_EXPORT(ddi_devid_unregister);
SCSA_SOL_EXPORT(ddi_devid_init);
SCSA_SOL_EXPORT(ddi_devid_get);
SCSA_SOL_EXPORT(ddi_devid_sizeof);
SCSA_SOL_EXPORT(ddi_devid_free);
SCSA_SOL_EXPORT(ddi_devid_compare);
SCSA_SOL_EXPORT(ddi_devid_scsi_encode);
SCSA_SOL_EXPORT(ddi_devid_str_encode);
SCSA_SOL_EXPORT(ddi_devid_str_decode);
SCSA_SOL_EXPORT(ddi_devid_str_free);

/* ddi_pm.c */
SCSA_SOL_EXPORT(pm_raise_power);
SCSA_SOL_EXPORT(pm_lower_power);
SCSA_SOL_EXPORT(pm_busy_component);
SCSA_SOL_EXPORT(pm_idle_component);
SCSA_SOL_EXPORT(pm_power_has_changed);
SCSA_SOL_EXPORT(ddi_dev_is_needed);
SCSA_SOL_EXPORT(ddi_removing_power);

/* scsa_watch.c */
SCSA_SOL_EXPORT(scsi_watch_request_submit);
SCSA_SOL_EXPORT(scsi_mmc_watch_request_submit);
SCSA_SOL_EXPORT(scsi_watch_request_terminate);
SCSA_SOL_EXPORT(scsi_watch_get_ref_count);
SCSA_SOL_EXPORT(scsi_watch_suspend);
SCSA_SOL_EXPORT(scsi_watch_resume);

/* ddi_dma_mem.c */
SCSA_SOL_EXPORT(ddi_dma_alloc_handle);
SCSA_SOL_EXPORT(ddi_dma_free_handle);
SCSA_SOL_EXPORT(ddi_dma_mem_alloc);
SCSA_SOL_EXPORT(ddi_dma_mem_free);
SCSA_SOL_EXPORT(i_ddi_mem_alloc);
SCSA_SOL_EXPORT(i_ddi_mem_free);

/* scsa_errmsg.c */
SCSA_SOL_EXPORT(scsi_esname);
SCSA_SOL_EXPORT(scsi_asc_name);
SCSA_SOL_EXPORT(scsi_generic_errmsg);
SCSA_SOL_EXPORT(scsi_vu_errmsg);
SCSA_SOL_EXPORT(scsi_errmsg);
