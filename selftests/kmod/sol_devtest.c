// SPDX-License-Identifier: GPL-2.0
/*
 * Loading and unloading a Solaris-world test driver that needs a device:
 * it is installed as a port would be, bound to the guest's scsi_debug
 * LUNs by @aliases, and its cases run against the device it attached to.
 * Compiled once per module that needs it (see pkt_ktap.c).
 */
#include <linux/module.h>

#include <scsa_ddi.h>
#include "scsa_sol_ktap.h"

/* The driver's illumos entry points. */
extern int _init(void);
extern int _fini(void);

int scsa_sol_devtest_init(const char *name, void *owner, const char *aliases,
			  int (*attached)(void), void (*remove)(void))
{
	int err;

	err = scsa_port_begin(name, owner, aliases, NULL);
	if (err)
		return err;
	err = _init();
	scsa_port_end();
	if (err)
		return -err;
	if (attached()) {
		err = scsa_sol_run_cases();
	} else {
		pr_info("KTAP version 1\n");
		pr_info("1..1\n");
		pr_info("# no scsi_debug LUN bound to %s\n", name);
		pr_info("not ok 1 device_attached\n");
		err = -EINVAL;
	}
	if (err)
		remove();
	return err;
}

/* A driver that refuses _fini() is removed anyway: the module is going. */
void scsa_sol_devtest_exit(const char *name)
{
	int err = _fini();

	if (err) {
		pr_err("%s: _fini() failed: %d\n", name, err);
		scsa_port_force_remove(name);
	}
}
