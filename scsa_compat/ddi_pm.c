// SPDX-License-Identifier: GPL-2.0
/*
 * Power management: pm_raise_power(9F) and friends.  Solaris-world file.
 *
 * scsa_compat has no power-management framework (Linux runtime PM is the
 * HBA's business, below SCSA), so no component of any node is
 * power-managed: every device is at full power all the time, and nothing
 * ever suspends it.  illumos answers these calls with DDI_FAILURE for a node
 * without valid "pm-components", and its drivers handle that (sd, st and
 * ses keep working at full power), so that is what they get here.  A
 * driver that asks to change power is told once, on the console, why it
 * cannot: a silent failure would look like a broken device.
 */
#include <sys/types.h>
#include <sys/systm.h>
#include <sys/cmn_err.h>
#include <sys/sunddi.h>
#include <sys/sunndi.h>

/*
 * A node that was told carries this system property, which also shows in
 * prtconf why its driver's power requests fail.
 */
#define SCSA_PM_NOTED_PROP	"scsa-pm-not-supported"

static int scsa_pm_unsupported(dev_info_t *dip, const char *what)
{
	if (dip == NULL)
		return (DDI_FAILURE);
	if (ddi_prop_exists(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS, SCSA_PM_NOTED_PROP))
		return (DDI_FAILURE);
	(void) ndi_prop_update_int(DDI_DEV_T_NONE, dip, SCSA_PM_NOTED_PROP, 1);
	cmn_err(CE_NOTE, "%s%d: %s: power management is not supported; "
	    "the device stays at full power", ddi_driver_name(dip), ddi_get_instance(dip),
	    what);
	return (DDI_FAILURE);
}

int pm_raise_power(dev_info_t *dip, int component, int level)
{
	return (scsa_pm_unsupported(dip, "pm_raise_power"));
}

int pm_lower_power(dev_info_t *dip, int component, int level)
{
	return (scsa_pm_unsupported(dip, "pm_lower_power"));
}

int pm_power_has_changed(dev_info_t *dip, int component, int level)
{
	return (scsa_pm_unsupported(dip, "pm_power_has_changed"));
}

int ddi_dev_is_needed(dev_info_t *dip, int cmpt, int level)
{
	return (scsa_pm_unsupported(dip, "ddi_dev_is_needed"));
}

/*
 * Busy/idle marks only feed the idle-time policy; with no managed
 * component illumos fails them quietly, and drivers ignore the result.
 */
int pm_busy_component(dev_info_t *dip, int component)
{
	return (DDI_FAILURE);
}

int pm_idle_component(dev_info_t *dip, int component)
{
	return (DDI_FAILURE);
}

int ddi_removing_power(dev_info_t *dip)
{
	return (0);
}

/*
 * pm_trans_check(9F): may the device be power-cycled now?  1 yes, 0 not
 * advisable (with *intervalp, the seconds to wait), -1 for bad data.
 * illumos also paces the cycles left over the device's service life from
 * its service date; nothing here power-cycles a device, so only the hard
 * limit is applied: a device that has used up its rated cycles is not
 * cycled again (and *intervalp is 0: waiting does not help).
 */
int pm_trans_check(struct pm_trans_data *datap, time_t *intervalp)
{
	if (datap == NULL || intervalp == NULL)
		return (-1);
	*intervalp = 0;
	switch (datap->format) {
	case DC_SCSI_FORMAT: {
		struct pm_scsi_cycles *c = &datap->un.scsi_cycles;

		if (c->lifemax <= 0 || c->ncycles < 0)
			return (-1);
		return (c->ncycles < c->lifemax ? 1 : 0);
	}
	case DC_SMART_FORMAT: {
		struct pm_smart_count *c = &datap->un.smart_count;

		if (c->allowed <= 0 || c->consumed < 0)
			return (-1);
		return (c->consumed < c->allowed ? 1 : 0);
	}
	default:
		return (-1);
	}
}
