// SPDX-License-Identifier: GPL-2.0
/*
 * SCSA children (Solaris world): what the framework does when a child of an
 * SCSA HBA is initialised and uninitialised -- the role of illumos's
 * bus_ctl(DDI_CTLOPS_INITCHILD/UNINITCHILD) for SCSI nexus drivers.
 *
 * Each child gets its struct scsi_device(9S), returned by
 * ddi_get_driver_private(), before any target driver probes it: sd_address
 * (with a transport of its own when the HBA asked for SCSI_HBA_TRAN_CLONE),
 * sd_dev, and sd_mutex, the unit lock of sgen, st, ses and sd.
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/kmem.h>
#include <sys/ksynch.h>
#include <sys/sunddi.h>
#include <sys/scsi/scsi.h>

#include "ddi_nexus.h"
#include "scsa_impl.h"

static int scsa_child_initchild(dev_info_t *hba_dip, dev_info_t *child)
{
	scsi_hba_tran_t *hba_tran = ddi_get_driver_private(hba_dip);
	scsi_hba_tran_t *tran = hba_tran;
	struct scsi_device *sd;
	int target, lun;

	target = ddi_prop_get_int(DDI_DEV_T_ANY, child, DDI_PROP_DONTPASS,
	    SCSI_ADDR_PROP_TARGET, -1);
	lun = ddi_prop_get_int(DDI_DEV_T_ANY, child, DDI_PROP_DONTPASS, SCSI_ADDR_PROP_LUN, 0);
	if (hba_tran == NULL || target < 0 || lun < 0)
		return (DDI_FAILURE);

	sd = kmem_zalloc(sizeof (*sd), KM_SLEEP);
	if (hba_tran->tran_hba_flags & SCSI_HBA_TRAN_CLONE) {
		tran = kmem_alloc(sizeof (*tran), KM_SLEEP);
		bcopy(hba_tran, tran, sizeof (*tran));
	}
	tran->tran_sd = sd;
	sd->sd_address.a_hba_tran = tran;
	sd->sd_address.a_target = (ushort_t)target;
	sd->sd_address.a_lun = (uchar_t)lun;
	sd->sd_dev = child;
	sd->sd_tran_safe = hba_tran;
	mutex_init(&sd->sd_mutex, NULL, MUTEX_DRIVER, NULL);

	if (tran->tran_tgt_init != NULL &&
	    (*tran->tran_tgt_init)(hba_dip, child, tran, sd) != DDI_SUCCESS)
		goto free_sd;
	ddi_set_driver_private(child, sd);
	return (DDI_SUCCESS);

free_sd:
	mutex_destroy(&sd->sd_mutex);
	if (tran != hba_tran)
		kmem_free(tran, sizeof (*tran));
	kmem_free(sd, sizeof (*sd));
	return (DDI_FAILURE);
}

static void scsa_child_uninitchild(dev_info_t *hba_dip, dev_info_t *child)
{
	struct scsi_device *sd = ddi_get_driver_private(child);
	scsi_hba_tran_t *tran;

	if (sd == NULL)
		return;
	tran = sd->sd_address.a_hba_tran;
	if (tran->tran_tgt_free != NULL)
		(*tran->tran_tgt_free)(hba_dip, child, tran, sd);
	/* scsi_unprobe() is a no-op: the inquiry data lives as long as the child. */
	if (sd->sd_inq != NULL)
		kmem_free(sd->sd_inq, SUN_INQSIZE);
	mutex_destroy(&sd->sd_mutex);
	if (tran != sd->sd_tran_safe)
		kmem_free(tran, sizeof (*tran));
	ddi_set_driver_private(child, NULL);
	kmem_free(sd, sizeof (*sd));
}

const struct scsa_nexus_ops scsa_scsi_nexus_ops = {
	.initchild = scsa_child_initchild,
	.uninitchild = scsa_child_uninitchild,
};
