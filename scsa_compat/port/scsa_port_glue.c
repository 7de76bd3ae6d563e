// SPDX-License-Identifier: GPL-2.0
/*
 * The Linux module around one illumos driver (Linux-world).  scsa_port.mk
 * compiles this file into each port's module with -DSCSA_PORT_NAME="drv".
 *
 * module_init runs the driver's _init() between scsa_port_begin() and
 * scsa_port_end(), which is how mod_install() learns the driver's name and
 * module, then logs what _info() says.  module_exit runs _fini().  Linux
 * cannot refuse an unload, so busy drivers are kept loaded the Linux way:
 * every open minor node holds a reference on this module (the cdev's
 * owner), and rmmod fails while one is open.  If _fini() still fails (a
 * detach(9E) refused), the framework removes the driver by force, and says
 * so.
 *
 * Parameters:
 *   aliases="name name..."	names the driver binds to, besides its own
 *				(its /etc/driver_aliases lines); defaults to
 *				scsa_port.mk's fourth argument
 *   conf="prop=value; ..."	its driver.conf, in driver.conf syntax
 */
#include <linux/module.h>
#include <linux/moduleparam.h>

#include <scsa_ddi.h>
#include "scsa_version.h"

#ifndef SCSA_PORT_NAME
#error "SCSA_PORT_NAME is not defined: build ports through scsa_port.mk"
#endif
#ifndef SCSA_PORT_LICENSE
#define SCSA_PORT_LICENSE "CDDL"
#endif

/* The driver's module entry points (illumos's _init(9E) family). */
extern int _init(void);
extern int _fini(void);
extern int _info(struct modinfo *modinfop);

#ifdef SCSA_PORT_ALIASES
static char *aliases = SCSA_PORT_ALIASES;
#else
static char *aliases;
#endif
module_param(aliases, charp, 0444);
MODULE_PARM_DESC(aliases, "names this driver binds to, blank-separated");

static char *conf;
module_param(conf, charp, 0444);
MODULE_PARM_DESC(conf, "driver.conf(5) text: global properties of the driver");

static void scsa_port_log_info(void)
{
	struct modinfo *mi = scsa_port_modinfo_alloc();

	if (_info(mi))
		scsa_port_modinfo_log(SCSA_PORT_NAME, mi);
	else
		pr_warn("%s: _info() failed\n", SCSA_PORT_NAME);
	scsa_port_modinfo_free(mi);
}

static int __init scsa_port_init(void)
{
	int err;

	err = scsa_port_begin(SCSA_PORT_NAME, THIS_MODULE, aliases, conf);
	if (err) {
		pr_err("%s: bad module parameters\n", SCSA_PORT_NAME);
		return err;
	}
	err = _init();
	scsa_port_end();
	if (err) {
		pr_err("%s: _init() failed: %d\n", SCSA_PORT_NAME, err);
		return -err;
	}
	scsa_port_log_info();
	return 0;
}

static void __exit scsa_port_exit(void)
{
	int err = _fini();

	if (err) {
		pr_err("%s: _fini() failed: %d\n", SCSA_PORT_NAME, err);
		scsa_port_force_remove(SCSA_PORT_NAME);
	}
	/* What the driver allocated and never freed goes with it. */
	scsa_port_reclaim(SCSA_PORT_NAME);
}

module_init(scsa_port_init);
module_exit(scsa_port_exit);

MODULE_DESCRIPTION("illumos driver " SCSA_PORT_NAME " on scsa_compat");
MODULE_LICENSE(SCSA_PORT_LICENSE);
/* The version of the scsa_compat a port is built with. */
MODULE_VERSION(SCSA_VERSION);
