/* SPDX-License-Identifier: GPL-2.0 */
/*
 * SCSA fault management: a target's FMA capability (sd_fm_capable of its
 * struct scsi_device) and the ereports target drivers post
 * (scsa_compat/ddi_fm.c).  There is no fault manager: a target is
 * ereport-capable only if its "fm-capable" property says so, and its
 * ereports go to the kernel log.
 */
/* The SCSA headers depend on each other; enter through the common root. */
#include <sys/scsi/scsi_types.h>

#ifndef _SYS_SCSI_SCSI_FM_H
#define _SYS_SCSI_SCSI_FM_H

#include <sys/types.h>
#include <sys/nvpair.h>

struct scsi_device;

#ifdef _KERNEL
__SCSA_PARTIAL("not ereport-capable unless the fm-capable property says so")
extern void scsi_fm_init(struct scsi_device *sd);
__SCSA_IMPL extern void scsi_fm_fini(struct scsi_device *sd);
/* After pl: name, DATA_TYPE_*, value... up to a NULL name. */
__SCSA_PARTIAL("written to the kernel log: there is no fault manager")
extern void scsi_fm_ereport_post(struct scsi_device *sd, int path_instance,
    char *devpath, const char *error_class, uint64_t ena, char *devid, char *tpl0,
    int sflag, nvlist_t *pl, ...);
#endif

#endif /* _SYS_SCSI_SCSI_FM_H */
