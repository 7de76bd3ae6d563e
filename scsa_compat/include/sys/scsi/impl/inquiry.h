/* SPDX-License-Identifier: GPL-2.0 */
/* INQUIRY sizes and the inquiry properties created by scsi_probe(). */
/* The SCSA headers depend on each other; enter through the common root. */
#include <sys/scsi/scsi_types.h>

#ifndef _SYS_SCSI_IMPL_INQUIRY_H
#define _SYS_SCSI_IMPL_INQUIRY_H

#include <sys/types.h>

#define SUN_MIN_INQLEN		4
#define SUN_INQSIZE		(sizeof (struct scsi_inquiry))

#define INQUIRY_DEVICE_TYPE	"inquiry-device-type"
#define INQUIRY_VENDOR_ID	"inquiry-vendor-id"
#define INQUIRY_PRODUCT_ID	"inquiry-product-id"
#define INQUIRY_REVISION_ID	"inquiry-revision-id"
#define INQUIRY_SERIAL_NO	"inquiry-serial-no"

#ifdef _KERNEL
__SCSA_ABSENT extern int scsi_ascii_inquiry_len(char *field, size_t length);
#endif

#endif /* _SYS_SCSI_IMPL_INQUIRY_H */
