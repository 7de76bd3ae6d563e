/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Power management for drivers, pm(9P): components and their power
 * levels, busy/idle accounting, and the power-cycle advice disk drivers
 * ask for before spinning a disk down (pm_trans_check()).
 *
 * scsa_compat has no power-management framework (ddi_pm.c): Linux runtime
 * PM belongs to the HBA, and a target driver's components are never
 * power-managed, as on illumos when a node has no usable "pm-components".
 * So the calls that change or need a power level fail as illumos fails
 * them for such a node (with a console note, once per node), and power is
 * never removed behind a driver's back.
 */
#ifndef _SYS_SUNPM_H
#define _SYS_SUNPM_H

#include <sys/types.h>
#include <sys/dditypes.h>
#include <sys/time.h>

#ifdef _KERNEL

/* pm_trans_data format: the device's power-cycle counts, SCSI or SMART */
#define DC_SCSI_FORMAT		0x1
#define DC_SMART_FORMAT		0x2

#define DC_SCSI_MFR_LEN		6	/* YYYYWW */

/* From the start-stop cycle counter log page */
struct pm_scsi_cycles {
	int	lifemax;
	int	ncycles;
	char	svc_date[DC_SCSI_MFR_LEN];
	int	flag;
};

/* Normalised SMART counts */
struct pm_smart_count {
	int	allowed;
	int	consumed;
	int	flag;
};

struct pm_trans_data {
	int	format;
	union {
		struct pm_scsi_cycles	scsi_cycles;
		struct pm_smart_count	smart_count;
	} un;
};

/* Levels of devices with ACPI D-states: 0 is off, as for every component */
#define PM_LEVEL_D3		0
#define PM_LEVEL_D2		1
#define PM_LEVEL_D1		2
#define PM_LEVEL_D0		3

/* Generic "pm-components" entries for them */
#define PM_LEVEL_D3_STR		"0=Device D3 State"
#define PM_LEVEL_D2_STR		"1=Device D2 State"
#define PM_LEVEL_D1_STR		"2=Device D1 State"
#define PM_LEVEL_D0_STR		"3=Device D0 State"

__SCSA_PARTIAL("no component is power-managed: returns DDI_FAILURE")
extern int pm_busy_component(dev_info_t *dip, int component);
__SCSA_PARTIAL("no component is power-managed: returns DDI_FAILURE")
extern int pm_idle_component(dev_info_t *dip, int component);
__SCSA_ABSENT extern int pm_get_current_power(dev_info_t *dip, int component, int *levelp);
__SCSA_PARTIAL("no component is power-managed: returns DDI_FAILURE, with a note")
extern int pm_power_has_changed(dev_info_t *dip, int component, int level);
__SCSA_PARTIAL("no pacing by service date: only the rated maximum of cycles counts")
extern int pm_trans_check(struct pm_trans_data *datap, time_t *intervalp);
__SCSA_PARTIAL("no component is power-managed: returns DDI_FAILURE, with a note")
extern int pm_lower_power(dev_info_t *dip, int component, int level);
__SCSA_PARTIAL("no component is power-managed: returns DDI_FAILURE, with a note")
extern int pm_raise_power(dev_info_t *dip, int component, int level);
__SCSA_ABSENT extern int pm_update_maxpower(dev_info_t *dip, int component, int level);

/* Obsolete: components made without "pm-components" */
__SCSA_ABSENT extern int pm_create_components(dev_info_t *dip, int num_components);
__SCSA_ABSENT extern void pm_destroy_components(dev_info_t *dip);
__SCSA_ABSENT extern void pm_set_normal_power(dev_info_t *dip, int component, int level);
__SCSA_ABSENT extern int pm_get_normal_power(dev_info_t *dip, int component);

#endif /* _KERNEL */

#endif /* _SYS_SUNPM_H */
