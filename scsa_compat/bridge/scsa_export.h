/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Export markers for the framework's own headers (tools/gen-exports): a
 * declaration that starts with __SCSA_EXPORT is exported for any module
 * (the port glue compiled into CDDL ports calls it), one that starts with
 * __SCSA_EXPORT_GPL for our GPL modules only.  The Solaris-facing headers
 * use <sys/scsa_status.h>'s markers.
 */
#ifndef _SCSA_BRIDGE_EXPORT_H
#define _SCSA_BRIDGE_EXPORT_H

#ifndef __SCSA_EXPORT
#define __SCSA_EXPORT
#endif
#define __SCSA_EXPORT_GPL

#endif /* _SCSA_BRIDGE_EXPORT_H */
