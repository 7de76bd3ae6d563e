/* SPDX-License-Identifier: GPL-2.0 */
/* Bus-wide SCSI limits. */
/* The SCSA headers depend on each other; enter through the common root. */
#include <sys/scsi/scsi_types.h>

#ifndef _SYS_SCSI_SCSI_PARAMS_H
#define _SYS_SCSI_SCSI_PARAMS_H

#define NUM_SENSE_KEYS		16
#define NTAGS			256
#define NTARGETS		8
#define NTARGETS_WIDE		16
#define NLUNS_PER_TARGET	8
#define SCSI_1LUN_PER_TARGET	1
#define SCSI_8LUN_PER_TARGET	NLUNS_PER_TARGET
#define SCSI_16LUNS_PER_TARGET	16
#define SCSI_32LUNS_PER_TARGET	32

#endif /* _SYS_SCSI_SCSI_PARAMS_H */
