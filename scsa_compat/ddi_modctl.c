// SPDX-License-Identifier: GPL-2.0
/*
 * Module linkage: mod_install(), mod_remove(), mod_info() and the port
 * bracket around a driver's _init().  Solaris-world file.
 *
 * A port is one Linux module per illumos driver.  Its glue
 * (port/scsa_port_glue.c) calls scsa_port_begin(name, THIS_MODULE, ...)
 * before the driver's _init() and scsa_port_end() after it; mod_install()
 * finds that bracket by the calling thread, which is how it learns the
 * driver's name (illumos takes it from the module file) and the Linux
 * module its character devices belong to.
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/kmem.h>
#include <sys/cmn_err.h>
#include <sys/errno.h>
#include <sys/modctl.h>
#include <sys/ddi.h>
#include <sys/sunddi.h>

#include "ddi_impl.h"

/*
 * The mod_ops of a linkage structure identify its kind; drivers only take
 * their address, and the framework dispatches on it.  The vectors are not
 * called by anyone.
 */
static int scsa_mod_ops_unused(void)
{
	return (ENOTSUP);
}

struct mod_ops mod_driverops = {
	scsa_mod_ops_unused, scsa_mod_ops_unused, scsa_mod_ops_unused
};

struct mod_ops mod_miscops = {
	scsa_mod_ops_unused, scsa_mod_ops_unused, scsa_mod_ops_unused
};

/* A port between scsa_port_begin() and scsa_port_end(). */
struct scsa_port {
	struct scsa_port	*next;
	void			*thread;
	char			name[MODMAXNAMELEN];
	const char		*modname;	/* the module's own: lives with it */
	void			*owner;
	char			**aliases;
	uint_t			naliases;
	struct scsa_prop	*conf;
};

static kmutex_t scsa_port_lock;		/* zero-filled: ready */
static struct scsa_port *scsa_ports;

static struct scsa_port *scsa_port_current(void)
{
	struct scsa_port *pt;
	void *me = scsa_lx_curthread();

	mutex_enter(&scsa_port_lock);
	for (pt = scsa_ports; pt != NULL; pt = pt->next)
		if (pt->thread == me)
			break;
	mutex_exit(&scsa_port_lock);
	return (pt);
}

static void scsa_strv_free(char **v, uint_t n)
{
	uint_t i;

	for (i = 0; i < n; i++)
		strfree(v[i]);
	if (v != NULL)
		kmem_free(v, n * sizeof (char *));
}

/* Aliases are separated by blanks (names contain commas). */
static void scsa_aliases_split(const char *spec, char ***vp, uint_t *np)
{
	char *copy, *w, *last;
	char **v = NULL;
	uint_t n = 0;

	*vp = NULL;
	*np = 0;
	if (spec == NULL)
		return;
	copy = strdup(spec);
	for (w = strtok_r(copy, " \t\n;", &last); w != NULL;
	    w = strtok_r(NULL, " \t\n;", &last)) {
		char **nv = kmem_alloc((n + 1) * sizeof (char *), KM_SLEEP);

		if (n > 0)
			bcopy(v, nv, n * sizeof (char *));
		if (v != NULL)
			kmem_free(v, n * sizeof (char *));
		v = nv;
		v[n++] = strdup(w);
	}
	strfree(copy);
	*vp = v;
	*np = n;
}

static void scsa_port_free(struct scsa_port *pt)
{
	scsa_strv_free(pt->aliases, pt->naliases);
	scsa_prop_list_free(&pt->conf);
	kmem_free(pt, sizeof (*pt));
}

/**
 * scsa_port_begin() - a port's _init() is about to run in this thread
 * @name: the driver's name (its module's name on illumos); kept, so a
 *	string that lives as long as the module (mod_modname() returns it)
 * @owner: the port's struct module
 * @aliases: its aliases= parameter, or NULL
 * @conf: its conf= parameter (driver.conf syntax), or NULL
 *
 * Return: 0, or EINVAL if @name is unusable or @conf does not parse.
 */
int scsa_port_begin(const char *name, void *owner, const char *aliases, const char *conf)
{
	struct scsa_port *pt;

	if (name == NULL || *name == '\0' || strlen(name) >= MODMAXNAMELEN ||
	    strchr(name, '/') != NULL)
		return (-EINVAL);
	pt = kmem_zalloc(sizeof (*pt), KM_SLEEP);
	(void) strlcpy(pt->name, name, sizeof (pt->name));
	pt->modname = name;
	pt->owner = owner;
	pt->thread = scsa_lx_curthread();
	if (scsa_conf_parse(name, conf, &pt->conf) != 0) {
		scsa_port_free(pt);
		return (-EINVAL);
	}
	scsa_aliases_split(aliases, &pt->aliases, &pt->naliases);
	mutex_enter(&scsa_port_lock);
	pt->next = scsa_ports;
	scsa_ports = pt;
	mutex_exit(&scsa_port_lock);
	return (0);
}

/** scsa_port_end() - the port's _init() has returned */
void scsa_port_end(void)
{
	struct scsa_port *pt = scsa_port_current(), **pp;

	/* The block nodes its attach made exist when the load returns. */
	scsa_blk_settle();
	if (pt == NULL)
		return;
	mutex_enter(&scsa_port_lock);
	for (pp = &scsa_ports; *pp != NULL; pp = &(*pp)->next) {
		if (*pp == pt) {
			*pp = pt->next;
			break;
		}
	}
	mutex_exit(&scsa_port_lock);
	scsa_port_free(pt);
}

static void scsa_drv_free(struct scsa_drv *drv)
{
	if (drv->drv_cdev != NULL) {
		scsa_blk_drain(drv);
		scsa_cb_drv_unregister(drv);
	}
	scsa_strv_free(drv->drv_aliases, drv->drv_naliases);
	scsa_prop_list_free(&drv->drv_conf);
	mutex_destroy(&drv->drv_open_lock);
	kmem_free(drv, sizeof (*drv));
}

static int scsa_mod_install_drv(struct modlinkage *modlp, struct modldrv *md,
    struct scsa_port *pt)
{
	struct dev_ops *ops = md->drv_dev_ops;
	struct scsa_drv *drv;
	int rv;

	if (ops == NULL || ops->devo_rev != DEVO_REV) {
		cmn_err(CE_WARN, "%s: mod_install: dev_ops missing or not DEVO_REV", pt->name);
		return (EINVAL);
	}
	drv = kmem_zalloc(sizeof (*drv), KM_SLEEP);
	(void) strlcpy(drv->drv_name, pt->name, sizeof (drv->drv_name));
	drv->drv_modlinkage = modlp;
	drv->drv_ops = ops;
	drv->drv_owner = pt->owner;
	mutex_init(&drv->drv_open_lock, NULL, MUTEX_DRIVER, NULL);
	if (ops->devo_cb_ops != NULL) {
		if ((rv = scsa_cb_drv_register(drv)) != 0)
			goto free_drv;
	}
	/* The port's aliases and conf now belong to the driver. */
	drv->drv_aliases = pt->aliases;
	drv->drv_naliases = pt->naliases;
	drv->drv_conf = pt->conf;
	pt->aliases = NULL;
	pt->naliases = 0;
	pt->conf = NULL;
	if ((rv = scsa_drv_register(drv)) != 0)
		goto free_drv;
	return (0);

free_drv:
	scsa_drv_free(drv);
	return (rv);
}

/**
 * mod_install() - install what a module's linkage describes
 * @modlp: the driver's modlinkage
 *
 * A driver is registered, gets its character major, and binds to and
 * attaches every online node it claims before this returns.  It must be
 * called from a port's _init().
 *
 * Return: 0, or an errno.
 */
int mod_install(struct modlinkage *modlp)
{
	struct scsa_port *pt = scsa_port_current();
	int i, rv, ndrv = 0;

	if (modlp == NULL || modlp->ml_rev != MODREV_1)
		return (EINVAL);
	if (pt == NULL) {
		cmn_err(CE_WARN, "mod_install: not called from a port module's _init()");
		return (EINVAL);
	}
	for (i = 0; i < 7 && modlp->ml_linkage[i] != NULL; i++) {
		struct mod_ops *ops = *(struct mod_ops **)modlp->ml_linkage[i];

		if (ops == &mod_driverops) {
			if (ndrv++ > 0) {
				cmn_err(CE_WARN, "%s: mod_install: more than one modldrv",
				    pt->name);
				return (EINVAL);
			}
		} else if (ops != &mod_miscops) {
			cmn_err(CE_WARN, "%s: mod_install: unsupported module type", pt->name);
			return (EINVAL);
		}
	}
	for (i = 0; i < 7 && modlp->ml_linkage[i] != NULL; i++) {
		struct mod_ops *ops = *(struct mod_ops **)modlp->ml_linkage[i];

		if (ops == &mod_driverops) {
			rv = scsa_mod_install_drv(modlp, modlp->ml_linkage[i], pt);
			if (rv != 0)
				return (rv);
		}
	}
	return (0);
}

/**
 * mod_remove() - undo mod_install()
 * @modlp: the driver's modlinkage
 *
 * Detaches every instance of the driver first.
 *
 * Return: 0, or EBUSY if an instance is open or its detach(9E) refused
 * (the driver then stays installed, all its instances attached).
 */
int mod_remove(struct modlinkage *modlp)
{
	struct scsa_drv *drv;
	int rv;

	scsa_tree_enter();
	drv = scsa_drv_by_linkage(modlp);
	scsa_tree_exit();
	if (drv == NULL)
		return (0);	/* misc module, or nothing was installed */
	if ((rv = scsa_drv_unregister(drv, 0)) != 0)
		return (rv);
	scsa_drv_free(drv);
	return (0);
}

/**
 * scsa_port_force_remove() - a port module is unloading though _fini() failed
 * @name: the driver's name
 *
 * Linux cannot refuse a module unload, so whatever the driver still has is
 * unbound without detach (and leaked) rather than left pointing at code
 * that is about to go.
 */
void scsa_port_force_remove(const char *name)
{
	struct scsa_drv *drv;

	scsa_tree_enter();
	drv = scsa_drv_lookup(name);
	scsa_tree_exit();
	if (drv == NULL)
		return;
	cmn_err(CE_WARN, "%s: _fini() failed while the module unloads: forcing removal",
	    name);
	(void) scsa_drv_unregister(drv, 1);
	scsa_drv_free(drv);
}

static const char *scsa_linkinfo(void *linkage)
{
	struct mod_ops *ops = *(struct mod_ops **)linkage;

	if (ops == &mod_driverops)
		return (((struct modldrv *)linkage)->drv_linkinfo);
	if (ops == &mod_miscops)
		return (((struct modlmisc *)linkage)->misc_linkinfo);
	return (NULL);
}

/**
 * mod_info() - describe a module for _info(9E)
 * @modlp: its modlinkage
 * @modinfop: filled in
 *
 * Return: non-zero on success, 0 on failure (illumos's convention).
 */
int mod_info(struct modlinkage *modlp, struct modinfo *modinfop)
{
	struct scsa_drv *drv;
	const char *name;
	int i;

	if (modlp == NULL || modinfop == NULL || modlp->ml_rev != MODREV_1)
		return (0);
	scsa_tree_enter();
	drv = scsa_drv_by_linkage(modlp);
	name = mod_modname(modlp);
	modinfop->mi_rev = modlp->ml_rev;
	modinfop->mi_state = drv != NULL ? MI_LOADED | MI_INSTALLED : MI_LOADED;
	(void) strlcpy(modinfop->mi_name, name != NULL ? name : "",
	    sizeof (modinfop->mi_name));
	for (i = 0; i < MODMAXLINK; i++) {
		struct modspecific_info *msi = &modinfop->mi_msinfo[i];
		const char *li;

		bzero(msi, sizeof (*msi));
		msi->msi_p0 = -1;
		if (i >= 7 || modlp->ml_linkage[i] == NULL)
			continue;
		if ((li = scsa_linkinfo(modlp->ml_linkage[i])) != NULL)
			(void) strlcpy(msi->msi_linkinfo, li, sizeof (msi->msi_linkinfo));
		if (drv != NULL && drv->drv_cdev != NULL &&
		    *(struct mod_ops **)modlp->ml_linkage[i] == &mod_driverops)
			msi->msi_p0 = (int)drv->drv_major;
	}
	scsa_tree_exit();
	return (1);
}

/* The module's name: its driver's, or the port's during _init(). */
const char *mod_modname(struct modlinkage *modlp)
{
	struct scsa_drv *drv;
	struct scsa_port *pt;
	const char *name = NULL;

	scsa_tree_enter();
	if ((drv = scsa_drv_by_linkage(modlp)) != NULL)
		name = drv->drv_name;
	scsa_tree_exit();
	/*
	 * Before mod_install(), the name the port module gave (its
	 * SCSA_PORT_NAME): drivers keep the pointer (sd's sd_label), so it
	 * must outlive this bracket, which is freed when _init() returns.
	 */
	if (name == NULL && (pt = scsa_port_current()) != NULL)
		name = pt->modname;
	return (name);
}

/*
 * _info() support for the port glue, which cannot see struct modinfo.
 */
struct modinfo *scsa_port_modinfo_alloc(void)
{
	return (kmem_zalloc(sizeof (struct modinfo), KM_SLEEP));
}

void scsa_port_modinfo_log(const char *name, struct modinfo *mi)
{
	cmn_err(CE_CONT, "!%s: %s (major %d)\n", name, mi->mi_msinfo[0].msi_linkinfo,
	    mi->mi_msinfo[0].msi_p0);
}

void scsa_port_modinfo_free(struct modinfo *mi)
{
	kmem_free(mi, sizeof (*mi));
}
