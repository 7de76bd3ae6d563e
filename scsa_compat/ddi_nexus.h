/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The framework's nexus hook (Solaris world, framework-internal: not for
 * ports).  It plays the part illumos gives a nexus driver's
 * bus_ctl(DDI_CTLOPS_INITCHILD / DDI_CTLOPS_UNINITCHILD): naming a child
 * and setting up what its driver will need before probe(9E) (the SCSA
 * layer creates the child's struct scsi_device here and makes it the
 * driver-private data), and undoing it after detach(9E).
 *
 * ndi_devi_online(child) calls initchild once, before binding a driver, and
 * fails if it does; ndi_devi_offline(child) calls uninitchild after the
 * driver detached.  Both run in process context under the device-tree lock.
 */
#ifndef _SCSA_DDI_NEXUS_H
#define _SCSA_DDI_NEXUS_H

#include <sys/types.h>
#include <sys/dditypes.h>
#include <scsa_export.h>

struct scsa_nexus_ops {
	int	(*initchild)(dev_info_t *parent, dev_info_t *child);
	void	(*uninitchild)(dev_info_t *parent, dev_info_t *child);
};

/*
 * Sets (or, with NULL, clears) the nexus operations of @dip's children.
 * Exported for the device-model tests, which play a nexus.
 */
__SCSA_EXPORT_GPL void scsa_devi_set_nexus_ops(dev_info_t *dip, const struct scsa_nexus_ops *ops);

#endif /* _SCSA_DDI_NEXUS_H */
