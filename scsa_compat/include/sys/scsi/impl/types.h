/* SPDX-License-Identifier: GPL-2.0 */
/* Implementation-level SCSA: services, HBA transport and uscsi. */
/* The SCSA headers depend on each other; enter through the common root. */
#include <sys/scsi/scsi_types.h>

#ifndef _SYS_SCSI_IMPL_TYPES_H
#define _SYS_SCSI_IMPL_TYPES_H

#ifdef _KERNEL
#include <sys/kmem.h>
#include <sys/open.h>
#include <sys/uio.h>
#include <sys/sysmacros.h>
#include <sys/buf.h>
#include <sys/errno.h>
#include <sys/file.h>
#include <sys/conf.h>
#include <sys/scsi/impl/services.h>
#include <sys/scsi/impl/transport.h>
#include <sys/scsi/impl/smp_transport.h>
#endif
#include <sys/scsi/impl/uscsi.h>

#endif /* _SYS_SCSI_IMPL_TYPES_H */
