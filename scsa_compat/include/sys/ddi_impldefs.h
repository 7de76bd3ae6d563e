/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Device-tree node internals.
 *
 * On illumos these macros read fields of struct dev_info.  Here the node
 * lives on the Linux side and struct dev_info stays incomplete, so DEVI()
 * is only a cast, and the state tests go through runtime functions with
 * our own names (scsa_devi_*).  Drivers that dereference DEVI(dip) do not
 * build, which is intended.
 */
#ifndef _SYS_DDI_IMPLDEFS_H
#define _SYS_DDI_IMPLDEFS_H

#include <sys/types.h>
#include <sys/dditypes.h>
#include <sys/ddifm.h>

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
