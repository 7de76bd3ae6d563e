// SPDX-License-Identifier: GPL-2.0
/*
 * Minor nodes: ddi_create_minor_node(9F) and ddi_remove_minor_node(9F), the
 * records a dev_info keeps of them.  Solaris-world file, a satellite of the
 * device tree (ddi_devinfo.c).  The Linux device behind a node is made by
 * the partner of its Linux adapter: ddi_cbops.c for a character device
 * (lx/cdev.c), ddi_blkdev.c for a block device (lx/blkdev.c).
 *
 * A node is /dev/scsa/<driver>/<instance>:<minor name> (devtmpfs makes the
 * directories), and the driver sees it as makedevice(<its major>, <minor>)
 * whatever Linux numbers it: getminor() gives back exactly the minor the
 * driver created it with.  Block and character nodes of one minor number
 * are one device, as on illumos.
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/kmem.h>
#include <sys/stat.h>
#include <sys/ddi.h>
#include <sys/sunddi.h>
#include <sys/fs/dv_node.h>

#include "ddi_impl.h"

static struct scsa_minor *scsa_minor_find(dev_info_t *dip, const char *name)
{
	struct scsa_minor *m;

	for (m = dip->devi_minor; m != NULL; m = m->next)
		if (strcmp(m->name, name) == 0)
			return (m);
	return (NULL);
}

static void scsa_minor_destroy(struct scsa_minor *m)
{
	if (m->internal)
		;	/* a record only */
	else if (m->spec_type == S_IFBLK)
		scsa_blk_node_destroy(m);
	else
		scsa_cb_node_destroy(m);
	strfree(m->name);
	strfree(m->nodetype);
	kmem_free(m, sizeof (*m));
}

/* The record of a new node, with its Linux device unless @internal. */
static int scsa_minor_create(dev_info_t *dip, const char *name, int spec_type,
    minor_t minor_num, const char *node_type, int internal)
{
	struct scsa_drv *drv = dip->devi_drv;
	struct scsa_minor *m;
	char path[MAXNAMELEN + 64];
	int exists, err = 0;

	if ((spec_type != S_IFCHR && spec_type != S_IFBLK) || name == NULL ||
	    strchr(name, '/') != NULL || strlen(name) >= MAXNAMELEN || minor_num > MAXMIN || drv == NULL ||
	    drv->drv_cdev == NULL)
		return (DDI_FAILURE);
	mutex_enter(&dip->devi_lock);
	exists = scsa_minor_find(dip, name) != NULL;
	mutex_exit(&dip->devi_lock);
	if (exists)
		return (DDI_FAILURE);

	m = kmem_zalloc(sizeof (*m), KM_SLEEP);
	m->name = strdup(name);
	m->nodetype = strdup(node_type != NULL ? node_type : DDI_PSEUDO);
	m->spec_type = spec_type;
	m->dev = makedevice(drv->drv_major, minor_num);
	m->internal = internal;
	(void) snprintf(path, sizeof (path), "scsa/%s/%d:%s", drv->drv_name,
	    dip->devi_instance, name);
	if (internal)
		err = 0;
	else if (spec_type == S_IFBLK)
		err = scsa_blk_node_create(dip, m, path);
	else
		err = scsa_cb_node_create(dip, m, path);
	if (err != 0) {
		strfree(m->name);
		strfree(m->nodetype);
		kmem_free(m, sizeof (*m));
		return (DDI_FAILURE);
	}
	mutex_enter(&dip->devi_lock);
	m->next = dip->devi_minor;
	dip->devi_minor = m;
	mutex_exit(&dip->devi_lock);
	return (DDI_SUCCESS);
}

/**
 * ddi_create_minor_node() - create a minor node of an attached instance
 * @dip: the node (bound to a driver with cb_ops)
 * @name: minor name; no '/'
 * @spec_type: S_IFCHR, or S_IFBLK for a block device (ddi_blkdev.c)
 * @minor_num: what getminor() of the node's dev_t gives (20 bits)
 * @node_type: DDI_NT_* (recorded)
 * @flag: CLONE_DEV and PRIVONLY_DEV are accepted and have no effect
 *
 * Return: DDI_SUCCESS or DDI_FAILURE.
 */
int ddi_create_minor_node(dev_info_t *dip, const char *name, int spec_type,
    minor_t minor_num, const char *node_type, int flag)
{
	return (scsa_minor_create(dip, name, spec_type, minor_num, node_type, 0));
}

/**
 * ddi_create_internal_pathname() - a minor node for the kernel only
 * @dip: the node (bound to a driver with cb_ops)
 * @name: minor name; no '/'
 * @spec_type: S_IFCHR or S_IFBLK
 * @minor_num: what getminor() of the node's dev_t gives
 *
 * As on illumos, the node is one of @dip's minor nodes (its name taken,
 * removed by ddi_remove_minor_node()) that user space never sees: it has
 * no /dev/scsa entry.  illumos's kernel can still open it by its /devices
 * path; nothing in scsa_compat opens minor nodes by path.
 *
 * Return: DDI_SUCCESS or DDI_FAILURE.
 */
int ddi_create_internal_pathname(dev_info_t *dip, char *name, int spec_type,
    minor_t minor_num)
{
	return (scsa_minor_create(dip, name, spec_type, minor_num, DDI_PSEUDO, 1));
}

/** ddi_remove_minor_node() - remove one minor node, or all with a NULL @name */
void ddi_remove_minor_node(dev_info_t *dip, const char *name)
{
	struct scsa_minor **pp, *m, *gone = NULL;

	mutex_enter(&dip->devi_lock);
	for (pp = &dip->devi_minor; (m = *pp) != NULL; ) {
		if (name == NULL || strcmp(m->name, name) == 0) {
			*pp = m->next;
			m->next = gone;
			gone = m;
			if (name != NULL)
				break;
		} else {
			pp = &m->next;
		}
	}
	mutex_exit(&dip->devi_lock);
	while ((m = gone) != NULL) {
		gone = m->next;
		scsa_minor_destroy(m);
	}
}

void scsa_minor_remove_all(dev_info_t *dip)
{
	ddi_remove_minor_node(dip, NULL);
}

/*
 * The driver's size properties changed (i_ddi_prop_dyn_cache_invalidate()):
 * each block node of @dip reads them again if it is open.  Nodes on the
 * list are not yet handed to their destruction, so their disks are alive.
 */
void scsa_minor_resize_all(dev_info_t *dip)
{
	struct scsa_minor *m;

	mutex_enter(&dip->devi_lock);
	for (m = dip->devi_minor; m != NULL; m = m->next)
		if (!m->internal && m->spec_type == S_IFBLK)
			scsa_blk_node_resize(m);
	mutex_exit(&dip->devi_lock);
}

/**
 * devfs_clean() - drop the devfs entries of removed minor nodes
 * @dip: the parent node
 * @devnm: the child's "name@addr", or NULL for every child
 * @flags: DV_CLEAN_FORCE and the like
 *
 * illumos keeps /devices entries (dv_nodes) apart from the minor nodes
 * behind them and reclaims them here.  scsa_compat has no such cache: the
 * /dev/scsa entry of a minor node is removed by ddi_remove_minor_node()
 * (a block node's by an ordered worker, before any node of the same name
 * can be made again), so nothing is ever left for this to remove.
 *
 * Return: 0.
 */
int devfs_clean(dev_info_t *dip, char *devnm, uint_t flags)
{
	return (0);
}
