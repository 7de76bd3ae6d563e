// SPDX-License-Identifier: GPL-2.0
/*
 * The device tree: dev_info nodes, the NDI calls a nexus makes, driver
 * binding, the probe/attach/detach sequence, and the entry-point
 * placeholders (nodev, nulldev...) drivers fill dev_ops and cb_ops with.
 * Solaris-world file; the
 * rules are in Documentation/ddi.rst and the locking in ddi_impl.h.
 *
 * Binding follows illumos: a node's names, in order, are its "compatible"
 * property (set by the nexus) and then its node name.  The first of them
 * that some driver claims decides the driver, whether or not that driver
 * is loaded yet: a node that sgen and st could both claim goes to whichever
 * the more specific name names.  A driver claims its own name, the aliases=
 * of its port module, and what scsa_compat's driver_aliases parameter (the
 * /etc/driver_aliases of this system) gives it.
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/kmem.h>
#include <sys/debug.h>
#include <sys/cmn_err.h>
#include <sys/ddi.h>
#include <sys/sunddi.h>
#include <sys/sunndi.h>
#include <sys/ddi_impldefs.h>

#include "ddi_impl.h"

static kmutex_t scsa_tree_lock;
static void *scsa_tree_owner;
static int scsa_tree_depth;

static dev_info_t *scsa_root;
static struct scsa_drv *scsa_drivers;

/* One /etc/driver_aliases entry: @name belongs to driver @drv. */
struct scsa_alias {
	struct scsa_alias	*next;
	char			*drv;
	char			*name;
};

static struct scsa_alias *scsa_aliases;

void scsa_tree_enter(void)
{
	void *me = scsa_lx_curthread();

	if (scsa_tree_owner == me) {
		scsa_tree_depth++;
		return;
	}
	mutex_enter(&scsa_tree_lock);
	scsa_tree_owner = me;
	scsa_tree_depth = 1;
}

void scsa_tree_exit(void)
{
	ASSERT(scsa_tree_owner == scsa_lx_curthread());
	if (--scsa_tree_depth > 0)
		return;
	scsa_tree_owner = NULL;
	mutex_exit(&scsa_tree_lock);
}

int scsa_tree_held(void)
{
	return (scsa_tree_owner == scsa_lx_curthread());
}

/*
 * Driver registry
 */

struct scsa_drv *scsa_drv_lookup(const char *name)
{
	struct scsa_drv *drv;

	for (drv = scsa_drivers; drv != NULL; drv = drv->drv_next)
		if (strcmp(drv->drv_name, name) == 0)
			return (drv);
	return (NULL);
}

struct scsa_drv *scsa_drv_by_major(major_t major)
{
	struct scsa_drv *drv;

	for (drv = scsa_drivers; drv != NULL; drv = drv->drv_next)
		if (drv->drv_cdev != NULL && drv->drv_major == major)
			return (drv);
	return (NULL);
}

struct scsa_drv *scsa_drv_by_linkage(struct modlinkage *modlp)
{
	struct scsa_drv *drv;

	for (drv = scsa_drivers; drv != NULL; drv = drv->drv_next)
		if (drv->drv_modlinkage == modlp)
			return (drv);
	return (NULL);
}

dev_info_t *scsa_drv_instance_dip(struct scsa_drv *drv, int instance)
{
	dev_info_t *dip;

	for (dip = drv->drv_nodes; dip != NULL; dip = dip->devi_drv_next)
		if (dip->devi_instance == instance)
			return (dip);
	return (NULL);
}

/* The name of the driver that claims @name, or NULL. */
static const char *scsa_alias_owner(const char *name)
{
	struct scsa_drv *drv;
	struct scsa_alias *a;
	uint_t i;

	for (drv = scsa_drivers; drv != NULL; drv = drv->drv_next) {
		if (strcmp(drv->drv_name, name) == 0)
			return (drv->drv_name);
		for (i = 0; i < drv->drv_naliases; i++)
			if (strcmp(drv->drv_aliases[i], name) == 0)
				return (drv->drv_name);
	}
	for (a = scsa_aliases; a != NULL; a = a->next)
		if (strcmp(a->name, name) == 0)
			return (a->drv);
	return (NULL);
}

/*
 * The driver a node binds to and the name that chose it; NULL if no
 * driver claims any of its names, or if the one that does is not loaded.
 */
static struct scsa_drv *scsa_devi_match(dev_info_t *dip, const char **bname)
{
	struct scsa_prop *p;
	const char *owner, *n;
	int off;

	p = dip->devi_sys_prop;
	for (; p != NULL; p = p->next)
		if (strcmp(p->name, "compatible") == 0 &&
		    (p->flags & DDI_PROP_TYPE_STRING))
			break;
	for (off = 0; p != NULL && off < p->len; off += strlen(n) + 1) {
		n = p->val + off;
		if ((owner = scsa_alias_owner(n)) != NULL) {
			*bname = n;
			return (scsa_drv_lookup(owner));
		}
	}
	if ((owner = scsa_alias_owner(dip->devi_node_name)) != NULL) {
		*bname = dip->devi_node_name;
		return (scsa_drv_lookup(owner));
	}
	return (NULL);
}

/*
 * Instances
 */

typedef int (*scsa_walk_fn_t)(dev_info_t *, void *);

/* Pre-order walk; stops when @fn returns non-zero, and returns that. */
static int scsa_walk(dev_info_t *dip, scsa_walk_fn_t fn, void *arg)
{
	dev_info_t *c;
	int rv;

	if ((rv = fn(dip, arg)) != 0)
		return (rv);
	for (c = dip->devi_child; c != NULL; c = c->devi_sibling)
		if ((rv = scsa_walk(c, fn, arg)) != 0)
			return (rv);
	return (0);
}

struct scsa_inst_query {
	const char	*drv;
	int		instance;
	dev_info_t	*self;
};

/* Is the instance taken by a bound node, or kept for an unbound one? */
static int scsa_inst_taken(dev_info_t *dip, void *arg)
{
	struct scsa_inst_query *q = arg;

	if (dip == q->self)
		return (0);
	if (dip->devi_drv != NULL)
		return (strcmp(dip->devi_drv->drv_name, q->drv) == 0 &&
		    dip->devi_instance == q->instance);
	return (strcmp(dip->devi_last_drv, q->drv) == 0 &&
	    dip->devi_last_instance == q->instance);
}

/*
 * illumos keeps instance numbers in /etc/path_to_inst.  Here a node keeps
 * its number for its driver as long as the node exists (a driver unloaded
 * and loaded again finds its instances where they were); new nodes get the
 * lowest number no other node holds.
 */
static int scsa_instance_assign(dev_info_t *dip, struct scsa_drv *drv)
{
	struct scsa_inst_query q = { drv->drv_name, 0, dip };

	if (strcmp(dip->devi_last_drv, drv->drv_name) == 0) {
		q.instance = dip->devi_last_instance;
		if (!scsa_walk(scsa_root, scsa_inst_taken, &q))
			return (q.instance);
	}
	for (q.instance = 0; scsa_walk(scsa_root, scsa_inst_taken, &q); q.instance++)
		;
	return (q.instance);
}

/*
 * Binding, attach and detach; all under the tree lock.
 */

static void scsa_devi_bind(dev_info_t *dip, struct scsa_drv *drv, const char *bname)
{
	dip->devi_binding_name = strdup(bname);
	dip->devi_instance = scsa_instance_assign(dip, drv);
	dip->devi_drv = drv;
	dip->devi_drv_next = drv->drv_nodes;
	drv->drv_nodes = dip;
	(void) strlcpy(dip->devi_last_drv, drv->drv_name, sizeof (dip->devi_last_drv));
	dip->devi_last_instance = dip->devi_instance;
}

static void scsa_devi_unbind(dev_info_t *dip)
{
	struct scsa_drv *drv = dip->devi_drv;
	dev_info_t **pp;

	scsa_minor_remove_all(dip);
	ddi_prop_remove_all(dip);
	/* The dynamic properties' table is the driver's: its module may go. */
	i_ddi_prop_dyn_driver_set(dip, NULL);
	for (pp = &drv->drv_nodes; *pp != NULL; pp = &(*pp)->devi_drv_next) {
		if (*pp == dip) {
			*pp = dip->devi_drv_next;
			break;
		}
	}
	dip->devi_drv_next = NULL;
	dip->devi_drv = NULL;
	dip->devi_instance = -1;
	strfree(dip->devi_binding_name);
	dip->devi_binding_name = NULL;
}

/* A driver whose probe or attach failed is not tried again until offline. */
static void scsa_devi_give_up(dev_info_t *dip, const char *what)
{
	struct scsa_drv *drv = dip->devi_drv;

	cmn_err(CE_NOTE, "!%s%d: %s failed; node %s@%s left unbound", drv->drv_name,
	    dip->devi_instance, what, dip->devi_node_name,
	    dip->devi_addr != NULL ? dip->devi_addr : "");
	(void) strlcpy(dip->devi_failed_drv, drv->drv_name, sizeof (dip->devi_failed_drv));
	scsa_devi_unbind(dip);
}

static int scsa_devi_probe(dev_info_t *dip)
{
	struct dev_ops *ops = dip->devi_drv->drv_ops;

	if (ops->devo_probe == NULL ||
	    (uintptr_t)ops->devo_probe == (uintptr_t)nulldev)
		return (DDI_PROBE_DONTCARE);
	return (ops->devo_probe(dip));
}

/* Binds a driver to an online, unbound node and attaches it. */
static void scsa_devi_attach(dev_info_t *dip)
{
	struct scsa_drv *drv;
	const char *bname;

	if (!(dip->devi_state & DEVI_S_ONLINE) || (dip->devi_state & DEVI_S_REMOVED) ||
	    dip->devi_drv != NULL)
		return;
	if ((drv = scsa_devi_match(dip, &bname)) == NULL || drv->drv_ops == NULL)
		return;
	if (strcmp(dip->devi_failed_drv, drv->drv_name) == 0)
		return;

	scsa_devi_bind(dip, drv, bname);
	if (scsa_devi_probe(dip) == DDI_PROBE_FAILURE) {
		scsa_devi_give_up(dip, "probe");
		return;
	}
	if (drv->drv_ops->devo_attach == NULL ||
	    drv->drv_ops->devo_attach(dip, DDI_ATTACH) != DDI_SUCCESS) {
		scsa_devi_give_up(dip, "attach");
		return;
	}
	dip->devi_state |= DEVI_S_ATTACHED;
}

/* Detaches and unbinds; NDI_BUSY if the node is open or detach refuses. */
static int scsa_devi_detach(dev_info_t *dip)
{
	struct dev_ops *ops;
	int rv;

	if (dip->devi_drv == NULL)
		return (NDI_SUCCESS);
	if (dip->devi_state & DEVI_S_ATTACHED) {
		if (dip->devi_ref > 0)
			return (NDI_BUSY);
		ops = dip->devi_drv->drv_ops;
		dip->devi_state |= DEVI_S_DETACHING;
		rv = ops->devo_detach != NULL ? ops->devo_detach(dip, DDI_DETACH) :
		    DDI_FAILURE;
		dip->devi_state &= ~DEVI_S_DETACHING;
		if (rv != DDI_SUCCESS)
			return (NDI_BUSY);
		dip->devi_state &= ~DEVI_S_ATTACHED;
	}
	scsa_devi_unbind(dip);
	return (NDI_SUCCESS);
}

static int scsa_devi_attach_cb(dev_info_t *dip, void *arg)
{
	scsa_devi_attach(dip);
	return (0);
}

/* Tries every unbound online node again: a driver or an alias appeared. */
static void scsa_devi_attach_all(void)
{
	(void) scsa_walk(scsa_root, scsa_devi_attach_cb, NULL);
}

/*
 * Registration of drivers, from mod_install() and mod_remove()
 */

int scsa_drv_register(struct scsa_drv *drv)
{
	scsa_tree_enter();
	if (scsa_drv_lookup(drv->drv_name) != NULL) {
		scsa_tree_exit();
		return (EEXIST);
	}
	drv->drv_next = scsa_drivers;
	scsa_drivers = drv;
	scsa_devi_attach_all();
	scsa_tree_exit();
	return (0);
}

static void scsa_drv_unlink(struct scsa_drv *drv)
{
	struct scsa_drv **pp;

	for (pp = &scsa_drivers; *pp != NULL; pp = &(*pp)->drv_next) {
		if (*pp == drv) {
			*pp = drv->drv_next;
			return;
		}
	}
}

/*
 * Detaches every instance.  If one refuses, those already detached are
 * attached again and EBUSY is returned, as illumos's mod_remove() leaves a
 * driver that cannot unload installed.  With @force (a module that is
 * going away whatever _fini() said), refusing instances are unbound
 * without detach: their driver state is leaked, but nothing is left
 * pointing into the module's code.
 */
int scsa_drv_unregister(struct scsa_drv *drv, int force)
{
	dev_info_t *dip;

	scsa_tree_enter();
	for (dip = drv->drv_nodes; dip != NULL; dip = dip->devi_drv_next) {
		if (dip->devi_ref > 0 && !force) {
			scsa_tree_exit();
			return (EBUSY);
		}
	}
	while ((dip = drv->drv_nodes) != NULL) {
		if (scsa_devi_detach(dip) == NDI_SUCCESS)
			continue;
		if (!force) {
			scsa_devi_attach_all();
			scsa_tree_exit();
			return (EBUSY);
		}
		cmn_err(CE_WARN, "%s%d: detach refused while the module unloads; "
		    "instance abandoned", drv->drv_name, dip->devi_instance);
		dip->devi_state &= ~DEVI_S_ATTACHED;
		dip->devi_ref = 0;
		scsa_devi_unbind(dip);
	}
	scsa_drv_unlink(drv);
	scsa_devi_attach_all();	/* another driver may claim the nodes */
	scsa_tree_exit();
	return (0);
}

/*
 * driver_aliases: "drv name name...; drv2 name..."
 */

static void scsa_aliases_free(struct scsa_alias *a)
{
	struct scsa_alias *next;

	for (; a != NULL; a = next) {
		next = a->next;
		strfree(a->drv);
		strfree(a->name);
		kmem_free(a, sizeof (*a));
	}
}

static int scsa_aliases_parse(const char *spec, struct scsa_alias **out)
{
	struct scsa_alias *head = NULL, **tail = &head, *a;
	char *copy, *entry, *word, *last_e, *last_w, *drv;

	copy = strdup(spec);
	for (entry = strtok_r(copy, ";", &last_e); entry != NULL;
	    entry = strtok_r(NULL, ";", &last_e)) {
		drv = strtok_r(entry, " \t\n", &last_w);
		if (drv == NULL)
			continue;
		while ((word = strtok_r(NULL, " \t\n", &last_w)) != NULL) {
			a = kmem_zalloc(sizeof (*a), KM_SLEEP);
			a->drv = strdup(drv);
			a->name = strdup(word);
			*tail = a;
			tail = &a->next;
		}
	}
	strfree(copy);
	*out = head;
	return (0);
}

/**
 * scsa_ddi_set_driver_aliases() - replace the driver_aliases table
 * @spec: "drv name...; drv2 name..."
 *
 * Nodes already bound keep their driver; unbound ones are tried again.
 * Return: 0 or a negative errno (a bridge function).
 */
int scsa_ddi_set_driver_aliases(const char *spec)
{
	struct scsa_alias *new, *old;
	int rv;

	if ((rv = scsa_aliases_parse(spec, &new)) != 0)
		return (-rv);
	scsa_tree_enter();
	old = scsa_aliases;
	scsa_aliases = new;
	if (scsa_root != NULL)
		scsa_devi_attach_all();
	scsa_tree_exit();
	scsa_aliases_free(old);
	return (0);
}

/*
 * Nodes
 */

static dev_info_t *scsa_devi_new(const char *name, int nodeid, int kmflag)
{
	dev_info_t *dip;

	if ((dip = kmem_zalloc(sizeof (*dip), kmflag)) == NULL)
		return (NULL);
	dip->devi_node_name = strdup(name);
	dip->devi_nodeid = nodeid;
	dip->devi_instance = -1;
	dip->devi_last_instance = -1;
	mutex_init(&dip->devi_lock, NULL, MUTEX_DRIVER, NULL);
	return (dip);
}

static void scsa_devi_destroy(dev_info_t *dip)
{
	dev_info_t *c;

	while ((c = dip->devi_child) != NULL) {
		dip->devi_child = c->devi_sibling;
		scsa_devi_destroy(c);
	}
	scsa_prop_list_free(&dip->devi_drv_prop);
	scsa_prop_list_free(&dip->devi_sys_prop);
	strfree(dip->devi_node_name);
	if (dip->devi_devid_str != NULL)	/* ddi_devid_str_encode()'s */
		strfree(dip->devi_devid_str);
	if (dip->devi_addr != NULL)
		strfree(dip->devi_addr);
	mutex_destroy(&dip->devi_lock);
	kmem_free(dip, sizeof (*dip));
}

/**
 * ndi_devi_alloc() - create a child node of @parent
 * @parent: the nexus node
 * @node_name: the node name (also a binding name)
 * @nodeid: DEVI_SID_NODEID for a self-identifying child (as SCSA HBAs
 *	create them), DEVI_PSEUDO_NODEID otherwise
 * @ret_dip: the new node, offline and unbound
 *
 * Return: NDI_SUCCESS, or NDI_FAILURE for a bad argument.
 */
int ndi_devi_alloc(dev_info_t *parent, char *node_name, pnode_t nodeid,
    dev_info_t **ret_dip)
{
	dev_info_t *dip, **pp;

	if (parent == NULL || node_name == NULL || *node_name == '\0' || ret_dip == NULL)
		return (NDI_FAILURE);
	if ((dip = scsa_devi_new(node_name, (int)nodeid, KM_SLEEP)) == NULL)
		return (NDI_FAILURE);
	scsa_tree_enter();
	dip->devi_parent = parent;
	for (pp = &parent->devi_child; *pp != NULL; pp = &(*pp)->devi_sibling)
		;
	*pp = dip;
	scsa_tree_exit();
	*ret_dip = dip;
	return (NDI_SUCCESS);
}

void ndi_devi_alloc_sleep(dev_info_t *parent, char *node_name, pnode_t nodeid,
    dev_info_t **ret_dip)
{
	/* Sleeping allocations do not fail; only bad arguments do. */
	(void) ndi_devi_alloc(parent, node_name, nodeid, ret_dip);
}

static int scsa_devi_free_locked(dev_info_t *dip)
{
	dev_info_t **pp;

	if (dip == scsa_root || dip->devi_child != NULL ||
	    (dip->devi_state & DEVI_S_ONLINE))
		return (NDI_FAILURE);
	for (pp = &dip->devi_parent->devi_child; *pp != NULL; pp = &(*pp)->devi_sibling) {
		if (*pp == dip) {
			*pp = dip->devi_sibling;
			break;
		}
	}
	scsa_devi_destroy(dip);
	return (NDI_SUCCESS);
}

/**
 * ndi_devi_free() - remove an offline node without children
 * @dip: the node
 *
 * Return: NDI_SUCCESS, or NDI_FAILURE if the node is online or has children.
 */
int ndi_devi_free(dev_info_t *dip)
{
	int rv;

	scsa_tree_enter();
	rv = scsa_devi_free_locked(dip);
	scsa_tree_exit();
	return (rv);
}

static int scsa_devi_online_locked(dev_info_t *dip)
{
	dev_info_t *parent = dip->devi_parent;

	if (dip->devi_state & DEVI_S_ONLINE) {
		scsa_devi_attach(dip);
		return (NDI_SUCCESS);
	}
	if (parent == NULL || !(parent->devi_state & DEVI_S_ONLINE))
		return (NDI_FAILURE);
	if (parent->devi_nexus_ops != NULL && !(dip->devi_state & DEVI_S_INITED)) {
		if (parent->devi_nexus_ops->initchild(parent, dip) != DDI_SUCCESS)
			return (NDI_FAILURE);
		dip->devi_state |= DEVI_S_INITED;
	}
	dip->devi_state |= DEVI_S_ONLINE;
	dip->devi_failed_drv[0] = '\0';
	scsa_devi_attach(dip);
	return (NDI_SUCCESS);
}

/**
 * ndi_devi_online() - bring a node online: initchild, bind, probe, attach
 * @dip: the node
 * @flags: NDI_ONLINE_ATTACH and the like; binding is always attempted
 *
 * A node no loaded driver claims, or whose driver's probe or attach fails,
 * is still online (and logged): it binds when a driver for it registers.
 *
 * Return: NDI_SUCCESS, or NDI_FAILURE if the parent is not online or its
 * nexus initchild failed.
 */
int ndi_devi_online(dev_info_t *dip, uint_t flags)
{
	int rv;

	scsa_tree_enter();
	rv = scsa_devi_online_locked(dip);
	scsa_tree_exit();
	return (rv);
}

static int scsa_devi_offline_locked(dev_info_t *dip)
{
	dev_info_t *parent = dip->devi_parent;
	dev_info_t *c;

	for (c = dip->devi_child; c != NULL; c = c->devi_sibling)
		if (scsa_devi_offline_locked(c) != NDI_SUCCESS)
			return (NDI_BUSY);
	if (!(dip->devi_state & DEVI_S_ONLINE))
		return (NDI_SUCCESS);
	if (scsa_devi_detach(dip) != NDI_SUCCESS)
		return (NDI_BUSY);
	if (dip->devi_state & DEVI_S_INITED) {
		if (parent->devi_nexus_ops != NULL && parent->devi_nexus_ops->uninitchild)
			parent->devi_nexus_ops->uninitchild(parent, dip);
		dip->devi_state &= ~DEVI_S_INITED;
	}
	dip->devi_state &= ~DEVI_S_ONLINE;
	return (NDI_SUCCESS);
}

/**
 * ndi_devi_offline() - detach a node (and its children) and take it offline
 * @dip: the node
 * @flags: NDI_DEVI_REMOVE also frees the node
 *
 * Return: NDI_SUCCESS, or NDI_BUSY if a minor node is open or a detach(9E)
 * failed: that node stays attached.
 */
int ndi_devi_offline(dev_info_t *dip, uint_t flags)
{
	int rv;

	if (dip == scsa_root)
		return (NDI_FAILURE);
	scsa_tree_enter();
	rv = scsa_devi_offline_locked(dip);
	if (rv == NDI_SUCCESS && (flags & NDI_DEVI_REMOVE))
		rv = scsa_devi_free_locked(dip);
	scsa_tree_exit();
	return (rv);
}

/**
 * ndi_devi_device_remove() - the device behind a node is gone
 * @dip: the node
 *
 * DEVI_IS_DEVICE_REMOVED() is true from now on; the node stays, attached or
 * not, until its nexus offlines it.  Return: 1 if the state changed.
 */
int ndi_devi_device_remove(dev_info_t *dip)
{
	int changed;

	scsa_tree_enter();
	changed = !(dip->devi_state & DEVI_S_REMOVED);
	dip->devi_state |= DEVI_S_REMOVED;
	scsa_tree_exit();
	if (changed)
		scsa_event_post_removal(dip, 1);
	return (changed);
}

/**
 * scsa_ndi_set_owner() - the Linux module a nexus node belongs to
 * @dip: a nexus node (an HBA's)
 * @owner: its struct module, or NULL
 *
 * While a minor node below @dip is open, @owner is pinned: Linux cannot
 * unload a module whose exit would wait for user space to close a device.
 */
void scsa_ndi_set_owner(dev_info_t *dip, void *owner)
{
	scsa_tree_enter();
	dip->devi_owner = owner;
	scsa_tree_exit();
}

/** ndi_devi_device_insert() - undo ndi_devi_device_remove(); 1 if changed */
int ndi_devi_device_insert(dev_info_t *dip)
{
	int changed;

	scsa_tree_enter();
	changed = (dip->devi_state & DEVI_S_REMOVED) != 0;
	dip->devi_state &= ~DEVI_S_REMOVED;
	scsa_devi_attach(dip);
	scsa_tree_exit();
	if (changed)
		scsa_event_post_removal(dip, 0);
	return (changed);
}

int ndi_dev_is_prom_node(dev_info_t *dip)
{
	return (0);
}

void scsa_devi_set_nexus_ops(dev_info_t *dip, const struct scsa_nexus_ops *ops)
{
	scsa_tree_enter();
	dip->devi_nexus_ops = ops;
	scsa_tree_exit();
}

int scsa_devi_is_device_removed(dev_info_t *dip)
{
	return ((dip->devi_state & DEVI_S_REMOVED) != 0);
}

int scsa_devi_is_detaching(dev_info_t *dip)
{
	return ((dip->devi_state & DEVI_S_DETACHING) != 0);
}

/*
 * Accessors
 */

dev_info_t *ddi_root_node(void)
{
	return (scsa_root);
}

dev_info_t *ddi_get_parent(dev_info_t *dip)
{
	return (dip->devi_parent);
}

dev_info_t *ddi_get_child(dev_info_t *dip)
{
	return (dip->devi_child);
}

dev_info_t *ddi_get_next_sibling(dev_info_t *dip)
{
	return (dip->devi_sibling);
}

char *ddi_node_name(dev_info_t *dip)
{
	return (dip->devi_node_name);
}

/* illumos: the binding name once bound, else the node name. */
char *ddi_get_name(dev_info_t *dip)
{
	return (dip->devi_binding_name != NULL ? dip->devi_binding_name :
	    dip->devi_node_name);
}

char *ddi_binding_name(dev_info_t *dip)
{
	return (ddi_get_name(dip));
}

const char *ddi_driver_name(dev_info_t *dip)
{
	return (dip->devi_drv != NULL ? dip->devi_drv->drv_name : dip->devi_node_name);
}

major_t ddi_driver_major(dev_info_t *dip)
{
	if (dip->devi_drv == NULL || dip->devi_drv->drv_cdev == NULL)
		return (DDI_MAJOR_T_NONE);
	return (dip->devi_drv->drv_major);
}

major_t ddi_name_to_major(char *name)
{
	struct scsa_drv *drv;
	major_t major = DDI_MAJOR_T_NONE;

	scsa_tree_enter();
	if ((drv = scsa_drv_lookup(name)) != NULL && drv->drv_cdev != NULL)
		major = drv->drv_major;
	scsa_tree_exit();
	return (major);
}

char *ddi_major_to_name(major_t major)
{
	struct scsa_drv *drv;

	scsa_tree_enter();
	drv = scsa_drv_by_major(major);
	scsa_tree_exit();
	return (drv != NULL ? drv->drv_name : NULL);
}

int ddi_get_nodeid(dev_info_t *dip)
{
	return (dip->devi_nodeid);
}

int ddi_get_instance(dev_info_t *dip)
{
	return (dip->devi_instance);
}

struct dev_ops *ddi_get_driver(dev_info_t *dip)
{
	return (dip->devi_drv != NULL ? dip->devi_drv->drv_ops : NULL);
}

void ddi_set_driver_private(dev_info_t *dip, void *data)
{
	dip->devi_driver_data = data;
}

void *ddi_get_driver_private(dev_info_t *dip)
{
	return (dip->devi_driver_data);
}

void ddi_set_parent_data(dev_info_t *dip, void *pd)
{
	dip->devi_parent_data = pd;
}

void *ddi_get_parent_data(dev_info_t *dip)
{
	return (dip->devi_parent_data);
}

void ddi_set_name_addr(dev_info_t *dip, char *name)
{
	char *old = dip->devi_addr;

	dip->devi_addr = name != NULL ? strdup(name) : NULL;
	if (old != NULL)
		strfree(old);
}

char *ddi_get_name_addr(dev_info_t *dip)
{
	return (dip->devi_addr);
}

/*
 * Self-identifying nodes are those a nexus creates for devices it found
 * (illumos: DEVI_SID_*NODEID); every child of an SCSA HBA is one, whatever
 * node id the HBA gave it, since the nexus hook names and identifies it.
 */
int ddi_dev_is_sid(dev_info_t *dip)
{
	switch (dip->devi_nodeid) {
	case DEVI_SID_NODEID:
	case DEVI_SID_HIDDEN_NODEID:
	case DEVI_SID_HP_NODEID:
	case DEVI_SID_HP_HIDDEN_NODEID:
		return (DDI_SUCCESS);
	default:
		break;
	}
	if (dip->devi_parent != NULL && dip->devi_parent->devi_nexus_ops != NULL)
		return (DDI_SUCCESS);
	return (DDI_FAILURE);
}

/* "name@addr", or "name" with no unit address. */
char *ddi_deviname(dev_info_t *dip, char *name)
{
	if (dip == scsa_root) {
		*name = '\0';
		return (name);
	}
	if (dip->devi_addr != NULL && *dip->devi_addr != '\0')
		(void) sprintf(name, "/%s@%s", dip->devi_node_name, dip->devi_addr);
	else
		(void) sprintf(name, "/%s", dip->devi_node_name);
	return (name);
}

/* The /devices path of a node, into a MAXPATHLEN buffer. */
char *ddi_pathname(dev_info_t *dip, char *path)
{
	char *p;

	if (dip == scsa_root || dip->devi_parent == NULL) {
		(void) strcpy(path, "/");
		return (path);
	}
	(void) ddi_pathname(dip->devi_parent, path);
	p = path + strlen(path);
	if (p[-1] == '/')
		p--;
	(void) ddi_deviname(dip, p);
	return (path);
}

/* "?drvN at parentM: addr", as illumos prints it: boot-verbose only. */
void ddi_report_dev(dev_info_t *dip)
{
	dev_info_t *p = dip->devi_parent;

	if (p == NULL || p == scsa_root)
		cmn_err(CE_CONT, "?%s%d at root\n", ddi_driver_name(dip),
		    ddi_get_instance(dip));
	else if (p->devi_drv == NULL)
		cmn_err(CE_CONT, "?%s%d at %s: %s\n", ddi_driver_name(dip),
		    ddi_get_instance(dip), ddi_node_name(p),
		    dip->devi_addr != NULL ? dip->devi_addr : "");
	else
		cmn_err(CE_CONT, "?%s%d at %s%d: %s\n", ddi_driver_name(dip),
		    ddi_get_instance(dip), ddi_driver_name(p), ddi_get_instance(p),
		    dip->devi_addr != NULL ? dip->devi_addr : "");
}

/*
 * getinfo(9E) for drivers whose minor number is the instance number.
 */
int ddi_getinfo_1to1(dev_info_t *dip, ddi_info_cmd_t infocmd, void *arg, void **result)
{
	dev_t dev = (dev_t)arg;
	struct scsa_drv *drv;
	dev_info_t *found = NULL;

	switch (infocmd) {
	case DDI_INFO_DEVT2INSTANCE:
		*result = (void *)(uintptr_t)getminor(dev);
		return (DDI_SUCCESS);
	case DDI_INFO_DEVT2DEVINFO:
		scsa_tree_enter();
		if ((drv = scsa_drv_by_major(getmajor(dev))) != NULL)
			found = scsa_drv_instance_dip(drv, (int)getminor(dev));
		scsa_tree_exit();
		*result = found;
		return (found != NULL ? DDI_SUCCESS : DDI_FAILURE);
	default:
		return (DDI_FAILURE);
	}
}

int ddi_no_info(dev_info_t *dip, ddi_info_cmd_t infocmd, void *arg, void **result)
{
	return (DDI_FAILURE);
}

/*
 * Start and stop
 */

int scsa_devi_init(void)
{
	mutex_init(&scsa_tree_lock, "scsa devinfo tree", MUTEX_DRIVER, NULL);
	scsa_root = scsa_devi_new("root", DEVI_PSEUDO_NODEID, KM_SLEEP);
	scsa_root->devi_state = DEVI_S_ONLINE;
	scsa_tree_enter();
	scsa_devi_attach_all();
	scsa_tree_exit();
	return (0);
}

/* Every port module is gone by now (they depend on us). */
void scsa_devi_fini(void)
{
	dev_info_t *c;

	scsa_tree_enter();
	while ((c = scsa_root->devi_child) != NULL) {
		cmn_err(CE_NOTE, "!node %s left by its nexus; removed", c->devi_node_name);
		(void) scsa_devi_offline_locked(c);
		scsa_root->devi_child = c->devi_sibling;
		scsa_devi_destroy(c);
	}
	scsa_tree_exit();
	scsa_devi_destroy(scsa_root);
	scsa_root = NULL;
	scsa_aliases_free(scsa_aliases);
	scsa_aliases = NULL;
	mutex_destroy(&scsa_tree_lock);
}

/*
 * dev_err(9F): cmn_err() prefixed with the instance ("sgen0: ...").  The
 * destination character of illumos's format ('!', '^', '?') stays first.
 */
void vdev_err(dev_info_t *dip, int ce, const char *fmt, va_list ap)
{
	char buf[256];
	const char *dest = "";

	if (*fmt == '!' || *fmt == '^' || *fmt == '?') {
		dest = *fmt == '!' ? "!" : *fmt == '^' ? "^" : "?";
		fmt++;
	}
	(void) snprintf(buf, sizeof (buf), "%s%s%d: %s", dest, ddi_driver_name(dip),
	    ddi_get_instance(dip), fmt);
	vcmn_err(ce, buf, ap);
}

void dev_err(dev_info_t *dip, int ce, char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vdev_err(dip, ce, fmt, ap);
	va_end(ap);
}

/* scsa_compat's module init and exit, for the DDI: 0 or a negative errno. */
int scsa_ddi_init(void)
{
	scsa_kdata_init();
	return (-scsa_devi_init());
}

void scsa_ddi_fini(void)
{
	scsa_devi_fini();
}

/*
 * Entry-point placeholders drivers put in their cb_ops and dev_ops
 */

/*
 * Declared without a prototype (one name serves every slot), so their
 * definitions have none to follow.
 */
#undef nodev
#undef nulldev
_Pragma("GCC diagnostic push")
_Pragma("GCC diagnostic ignored \"-Wmissing-prototypes\"")
int nodev(void)
{
	return (ENXIO);
}

int nulldev(void)
{
	return (0);
}
_Pragma("GCC diagnostic pop")

int nochpoll(dev_t dev, short events, int anyyet, short *reventsp, struct pollhead **phpp)
{
	return (ENXIO);
}

int ddi_quiesce_not_needed(dev_info_t *dip)
{
	return (DDI_SUCCESS);
}

int ddi_quiesce_not_supported(dev_info_t *dip)
{
	return (DDI_FAILURE);
}
