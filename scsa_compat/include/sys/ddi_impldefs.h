/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Device-tree node internals.
 *
 * On illumos these macros read fields of struct dev_info.  Here drivers see
 * only the one field illumos drivers are known to read directly (sd reads
 * devi_devid_str for its ereports); the framework's node begins with it and
 * keeps everything else private (scsa_compat/ddi_impl.h), so a driver that
 * reads any other field fails to build.  The state tests go through runtime
 * functions with our own names (scsa_devi_*).
 */
#ifndef _SYS_DDI_IMPLDEFS_H
#define _SYS_DDI_IMPLDEFS_H

#include <sys/types.h>
#include <sys/dditypes.h>
#include <sys/ddifm.h>

#ifndef __SCSA_DDI_FRAMEWORK
struct dev_info {
	char	*devi_devid_str;	/* registered devid, string form, or NULL */
};
#endif

#define DEVI(dip)	((struct dev_info *)(dip))

/* Device ids: the driver-name hint's size, and the property holding one. */
#define DEVID_HINT_SIZE		4
#define DEVID_PROP_NAME		"devid"

#ifdef _KERNEL
__SCSA_IMPL extern int scsa_devi_is_device_removed(dev_info_t *);
__SCSA_IMPL extern int scsa_devi_is_detaching(dev_info_t *);
#endif

#define DEVI_IS_DEVICE_REMOVED(dip)	scsa_devi_is_device_removed(dip)
#define DEVI_IS_DETACHING(dip)		scsa_devi_is_detaching(dip)

#endif /* _SYS_DDI_IMPLDEFS_H */
