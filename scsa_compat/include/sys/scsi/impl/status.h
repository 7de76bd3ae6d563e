/* SPDX-License-Identifier: GPL-2.0 */
/* Implementation detail of the status block. */
/* The SCSA headers depend on each other; enter through the common root. */
#include <sys/scsi/scsi_types.h>

#ifndef _SYS_SCSI_IMPL_STATUS_H
#define _SYS_SCSI_IMPL_STATUS_H

#define STATUS_SIZE	4

#endif /* _SYS_SCSI_IMPL_STATUS_H */
