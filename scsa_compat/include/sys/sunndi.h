/* SPDX-License-Identifier: GPL-2.0 */
/* Nexus DDI: the few ndi_* routines target drivers call. */
#ifndef _SYS_SUNNDI_H
#define _SYS_SUNNDI_H

#include <sys/types.h>
#include <sys/dditypes.h>
#include <sys/nexusdefs.h>

#define NDI_SUCCESS	DDI_SUCCESS
#define NDI_FAILURE	DDI_FAILURE

#ifdef _KERNEL
__SCSA_ABSENT extern int ndi_prop_remove(dev_t dev, dev_info_t *dip, char *name);
__SCSA_ABSENT extern void ndi_prop_remove_all(dev_info_t *dip);
__SCSA_ABSENT extern int ndi_prop_update_int(dev_t match_dev, dev_info_t *dip, char *name,
    int data);
__SCSA_ABSENT extern int ndi_prop_update_string(dev_t match_dev, dev_info_t *dip,
    char *name, char *data);
#endif

#endif /* _SYS_SUNNDI_H */
