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

/*
 * A node's dynamic properties: those its driver computes in prop_op(9E)
 * (cmlb's "Nblocks" and "Size") rather than stores.  The driver names them
 * in a table ending with a NULL dp_name; dp_spec_type is S_IFBLK or
 * S_IFCHR for a property of the node's block or character dev_ts, 0 for
 * one of the node itself.
 */
typedef struct i_ddi_prop_dyn {
	char	*dp_name;
	int	dp_type;		/* DDI_PROP_TYPE_* */
	int	dp_spec_type;		/* 0, S_IFCHR or S_IFBLK */
} i_ddi_prop_dyn_t;

#ifdef _KERNEL
__SCSA_IMPL extern int scsa_devi_is_device_removed(dev_info_t *);
__SCSA_IMPL extern int scsa_devi_is_detaching(dev_info_t *);

/*
 * The table of the bound driver's dynamic properties (NULL: none), kept
 * by the node until the driver sets another or unbinds.  Invalidation
 * says their values changed: illumos drops its cached device-tree
 * snapshot; here, the open block nodes of the node read their size again.
 */
__SCSA_IMPL extern void i_ddi_prop_dyn_driver_set(dev_info_t *dip,
    i_ddi_prop_dyn_t *dp);
__SCSA_IMPL extern i_ddi_prop_dyn_t *i_ddi_prop_dyn_driver_get(dev_info_t *dip);
__SCSA_PARTIAL("no device-tree snapshot (libdevinfo) to drop: what changes is the size of the node's block minor nodes, re-read at once for those open (the others read it at their next first open anyway)")
extern void i_ddi_prop_dyn_cache_invalidate(dev_info_t *dip,
    i_ddi_prop_dyn_t *dp);

/*
 * A minor node for the kernel only: recorded with the node's others
 * (removed by ddi_remove_minor_node()), but without a /dev entry.
 */
__SCSA_PARTIAL("the node is recorded without a Linux device; nothing in scsa_compat opens a minor node by its path, so only the record exists")
extern int ddi_create_internal_pathname(dev_info_t *dip, char *name,
    int spec_type, minor_t minor_num);
#endif

#define DEVI_IS_DEVICE_REMOVED(dip)	scsa_devi_is_device_removed(dip)
#define DEVI_IS_DETACHING(dip)		scsa_devi_is_detaching(dip)

#endif /* _SYS_DDI_IMPLDEFS_H */
