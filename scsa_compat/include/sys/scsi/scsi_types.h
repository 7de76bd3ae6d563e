/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Pulls in the whole SCSA interface in dependency order.  Every SCSI
 * header includes this one first, so any of them may be included alone.
 */
#ifndef _SYS_SCSI_SCSI_TYPES_H
#define _SYS_SCSI_SCSI_TYPES_H

#include <sys/types.h>
#include <sys/param.h>

#ifdef _KERNEL
#include <sys/systm.h>
#include <sys/cmn_err.h>
#include <sys/debug.h>
#include <sys/devops.h>
#include <sys/ddi.h>
#include <sys/sunddi.h>
#include <sys/stat.h>
#include <sys/sunndi.h>
#endif

#include <sys/scsi/scsi_params.h>
#include <sys/scsi/scsi_address.h>
#include <sys/scsi/scsi_pkt.h>
#ifdef _KERNEL
#include <sys/scsi/conf/device.h>
#endif
#include <sys/scsi/scsi_ctl.h>
#include <sys/scsi/scsi_resource.h>
#ifdef _KERNEL
#include <sys/scsi/conf/autoconf.h>
#include <sys/scsi/scsi_watch.h>
#include <sys/scsi/scsi_fm.h>
#endif
#include <sys/scsi/generic/commands.h>
#include <sys/scsi/generic/status.h>
#include <sys/scsi/generic/message.h>
#include <sys/scsi/generic/mode.h>
#include <sys/scsi/impl/types.h>

#endif /* _SYS_SCSI_SCSI_TYPES_H */
