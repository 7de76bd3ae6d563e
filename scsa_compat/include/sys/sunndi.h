/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Nexus DDI: the ndi_* routines a nexus (here, the SCSA HBA layer) uses to
 * build the device tree, and the few target drivers call.
 */
#ifndef _SYS_SUNNDI_H
#define _SYS_SUNNDI_H

#include <sys/types.h>
#include <sys/dditypes.h>
#include <sys/nexusdefs.h>

#define NDI_SUCCESS	DDI_SUCCESS
#define NDI_FAILURE	DDI_FAILURE
#define NDI_NOMEM	-2
#define NDI_BADHANDLE	-3
#define NDI_FAULT	-4
#define NDI_BUSY	-5
#define NDI_UNBOUND	-6
#define NDI_EINVAL	-7
#define NDI_ENOTSUP	-8

/* ndi_devi_online()/ndi_devi_offline() flags */
#define NDI_DEVI_REMOVE		0x00000001
#define NDI_ONLINE_ATTACH	0x00000002
#define NDI_MDI_FALLBACK	0x00000004
#define NDI_CONFIG		0x00000008
#define NDI_UNCONFIG		0x00000010
#define NDI_DEVI_BIND		0x00000020
#define NDI_DEVI_PERSIST	0x00000040

#ifndef _PNODE_T
#define _PNODE_T
typedef int	pnode_t;
#endif

#ifdef _KERNEL
/*
 * Building the tree.  Online binds a driver (by "compatible", then node
 * name), probes and attaches it; offline detaches (NDI_BUSY if a minor node
 * is open or detach(9E) fails).  Children of a node with scsa nexus ops
 * (scsa_compat/ddi_nexus.h) are initialised by the nexus first.
 */
__SCSA_IMPL extern int ndi_devi_alloc(dev_info_t *parent, char *node_name, pnode_t nodeid,
    dev_info_t **ret_dip);
__SCSA_IMPL extern void ndi_devi_alloc_sleep(dev_info_t *parent, char *node_name,
    pnode_t nodeid, dev_info_t **ret_dip);
__SCSA_IMPL extern int ndi_devi_free(dev_info_t *dip);
__SCSA_PARTIAL("binding and attach are always attempted; a node whose driver is absent or fails stays online and unbound")
extern int ndi_devi_online(dev_info_t *dip, uint_t flags);
__SCSA_PARTIAL("NDI_DEVI_REMOVE is the only flag honoured; children are offlined first")
extern int ndi_devi_offline(dev_info_t *dip, uint_t flags);
__SCSA_IMPL extern int ndi_devi_device_remove(dev_info_t *dip);
__SCSA_IMPL extern int ndi_devi_device_insert(dev_info_t *dip);
__SCSA_IMPL extern int ndi_dev_is_prom_node(dev_info_t *dip);

/* The system's properties of a node (set by its nexus). */
__SCSA_IMPL extern int ndi_prop_remove(dev_t dev, dev_info_t *dip, char *name);
__SCSA_IMPL extern void ndi_prop_remove_all(dev_info_t *dip);
__SCSA_IMPL extern int ndi_prop_update_int(dev_t match_dev, dev_info_t *dip, char *name,
    int data);
__SCSA_IMPL extern int ndi_prop_update_int64(dev_t match_dev, dev_info_t *dip,
    char *name, int64_t data);
__SCSA_IMPL extern int ndi_prop_update_int_array(dev_t match_dev, dev_info_t *dip,
    char *name, int *data, uint_t nelements);
__SCSA_IMPL extern int ndi_prop_update_string(dev_t match_dev, dev_info_t *dip,
    char *name, char *data);
__SCSA_IMPL extern int ndi_prop_update_string_array(dev_t match_dev, dev_info_t *dip,
    char *name, char **data, uint_t nelements);
__SCSA_IMPL extern int ndi_prop_update_byte_array(dev_t match_dev, dev_info_t *dip,
    char *name, uchar_t *data, uint_t nelements);
#endif

#endif /* _SYS_SUNNDI_H */
