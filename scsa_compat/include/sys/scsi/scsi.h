/* SPDX-License-Identifier: GPL-2.0 */
/* The SCSA target-driver interface: everything a SCSI target driver needs. */
#ifndef _SYS_SCSI_SCSI_H
#define _SYS_SCSI_SCSI_H

#include <sys/scsi/scsi_types.h>

#endif /* _SYS_SCSI_SCSI_H */
