/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The DDI device model's private declarations (Solaris world): device-tree
 * nodes, registered drivers, properties and minor nodes.  Not for ports,
 * which see of a node only what <sys/ddi_impldefs.h> shows.
 *
 * Locking:
 *  - scsa_tree_enter()/scsa_tree_exit() serialise every change of the tree,
 *    of node states (bind, probe, attach, detach) and of the driver and
 *    alias registries.  It is recursive for its owner thread, since a
 *    driver's attach(9E) may online nodes of its own (a nexus).  It is held
 *    across the driver entry points it calls, as illumos holds
 *    ndi_devi_enter() of the parent: attach and detach are rare and sleep.
 *  - devi_lock protects a node's properties and minor nodes, which drivers
 *    change from anywhere (attach, ioctl).  Never held across calls out.
 *  - a driver's open table has its own lock; each (dev_t, otyp) entry has a
 *    mutex held across the driver's open(9E) and close(9E), so that a last
 *    close and a new open of one device never overlap (illumos's specfs
 *    serialises them the same way).
 */
#ifndef _SCSA_DDI_IMPL_H
#define _SCSA_DDI_IMPL_H

#include <sys/types.h>
#include <sys/param.h>
#include <sys/ksynch.h>
#include <sys/modctl.h>
#include <sys/sunddi.h>
#include <sys/sunndi.h>
#include <scsa_ddi.h>
#include <scsa_cdev.h>
#include <scsa_blkdev.h>
#include "ddi_nexus.h"

/* One property.  The value is encoded as illumos encodes it (native ints). */
struct scsa_prop {
	struct scsa_prop	*next;
	char			*name;
	dev_t			dev;
	int			flags;		/* DDI_PROP_TYPE_*, UNDEF_IT */
	int			len;
	caddr_t			val;
};

/*
 * One minor node (ddi_minor.c): a Linux device under /dev/scsa, a
 * character device (lx, made by ddi_cbops.c) or a gendisk (disk, made by
 * ddi_blkdev.c).
 */
struct scsa_minor {
	struct scsa_minor	*next;
	char			*name;
	char			*nodetype;
	int			spec_type;
	dev_t			dev;
	struct scsa_lx_node	*lx;
	struct scsa_lx_disk	*disk;
	int			internal;	/* ddi_create_internal_pathname() */
};

/* devi_state bits */
#define DEVI_S_ONLINE		0x0001	/* ndi_devi_online() done */
#define DEVI_S_INITED		0x0002	/* the parent's initchild done */
#define DEVI_S_ATTACHED		0x0004	/* attach(9E) succeeded */
#define DEVI_S_DETACHING	0x0008	/* in detach(9E) */
#define DEVI_S_REMOVED		0x0010	/* the device is gone */

/*
 * A node.  It begins with the members <sys/ddi_impldefs.h> shows drivers,
 * in the same order; the framework's objects are built with
 * __SCSA_DDI_FRAMEWORK, which hides that public view.
 */
struct dev_info {
	char			*devi_devid_str;	/* kept by ddi_devid.c */
	struct dev_info		*devi_parent;
	struct dev_info		*devi_child;
	struct dev_info		*devi_sibling;
	char			*devi_node_name;
	char			*devi_addr;		/* unit address */
	char			*devi_binding_name;
	int			devi_nodeid;
	uint_t			devi_state;
	const struct scsa_nexus_ops *devi_nexus_ops;
	void			*devi_owner;	/* module pinned while a child is open */

	/* Binding */
	struct scsa_drv		*devi_drv;
	struct dev_info		*devi_drv_next;		/* drv_nodes list */
	int			devi_instance;
	int			devi_ref;		/* open minor nodes */
	char			devi_last_drv[MODMAXNAMELEN];
	int			devi_last_instance;
	char			devi_failed_drv[MODMAXNAMELEN];

	void			*devi_driver_data;
	void			*devi_parent_data;

	kmutex_t		devi_lock;
	struct scsa_prop	*devi_drv_prop;		/* ddi_prop_*() */
	struct scsa_prop	*devi_sys_prop;		/* ndi_prop_*() */
	struct scsa_minor	*devi_minor;
	struct i_ddi_prop_dyn	*devi_prop_dyn_driver;	/* the driver's table */
};

/* An open (dev_t, otyp) of a driver: counts opens for close(9E). */
struct scsa_open {
	struct scsa_open	*next;
	dev_t			dev;
	int			otyp;
	int			count;		/* successful opens */
	int			users;		/* threads using this entry */
	kmutex_t		lock;		/* across open(9E)/close(9E) */
};

/* A registered driver: one mod_install()ed modldrv. */
struct scsa_drv {
	struct scsa_drv		*drv_next;
	char			drv_name[MODMAXNAMELEN];
	struct modlinkage	*drv_modlinkage;
	struct dev_ops		*drv_ops;
	void			*drv_owner;		/* struct module * */
	major_t			drv_major;
	struct scsa_lx_cdev	*drv_cdev;
	char			**drv_aliases;		/* the port's aliases= */
	uint_t			drv_naliases;
	struct scsa_prop	*drv_conf;		/* the port's conf= */
	struct dev_info		*drv_nodes;		/* bound nodes */
	kmutex_t		drv_open_lock;
	struct scsa_open	*drv_opens;
};

/* ddi_devinfo.c */
void scsa_tree_enter(void);
void scsa_tree_exit(void);
int scsa_tree_held(void);
struct scsa_drv *scsa_drv_lookup(const char *name);
struct scsa_drv *scsa_drv_by_major(major_t major);
struct scsa_drv *scsa_drv_by_linkage(struct modlinkage *modlp);
dev_info_t *scsa_drv_instance_dip(struct scsa_drv *drv, int instance);
int scsa_drv_register(struct scsa_drv *drv);
int scsa_drv_unregister(struct scsa_drv *drv, int force);
int scsa_devi_init(void);
void scsa_devi_fini(void);

/* ddi_event.c: posts DDI_DEVI_REMOVE_EVENT (1) or DDI_DEVI_INSERT_EVENT (0). */
void scsa_event_post_removal(dev_info_t *dip, int removed);

/* ddi_kdata.c: sets what drivers read of the machine (ncpus). */
void scsa_kdata_init(void);

/* ddi_prop.c */
void scsa_prop_list_free(struct scsa_prop **head);
int scsa_prop_add(struct scsa_prop **head, dev_t dev, int flags, const char *name,
    const void *val, int len);
int scsa_conf_parse(const char *drvname, const char *text, struct scsa_prop **out);

/* ddi_minor.c */
void scsa_minor_remove_all(dev_info_t *dip);
void scsa_minor_resize_all(dev_info_t *dip);

/* ddi_cbops.c: the character nodes' partner of lx/cdev.c */
int scsa_cb_drv_register(struct scsa_drv *drv);
void scsa_cb_drv_unregister(struct scsa_drv *drv);
int scsa_cb_node_create(dev_info_t *dip, struct scsa_minor *m, const char *path);
void scsa_cb_node_destroy(struct scsa_minor *m);

/* ddi_blkdev.c: the block nodes' partner of lx/blkdev.c */
int scsa_blk_node_create(dev_info_t *dip, struct scsa_minor *m, const char *path);
void scsa_blk_node_destroy(struct scsa_minor *m);
void scsa_blk_settle(void);
void scsa_blk_node_resize(struct scsa_minor *m);
void scsa_blk_drain(struct scsa_drv *drv);


#endif /* _SCSA_DDI_IMPL_H */
