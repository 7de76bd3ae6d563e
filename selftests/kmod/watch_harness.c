// SPDX-License-Identifier: GPL-2.0
/*
 * The module around the scsi_watch test driver (sol_watch_cases.c):
 * installs it as a port would be installed, bound to the guest's
 * scsi_debug LUNs by alias, runs its cases against the device it attached
 * to and prints KTAP.  Unloading removes the driver (detach).
 */
#include <linux/module.h>

#include <scsa_ddi.h>
#include "scsa_sol_ktap.h"

#define TWATCH_NAME	"scsa_twatch"
#define TWATCH_ALIASES	"scsiclass,00.vLinux.pscsi_debug"

/* The driver's illumos entry points, and whether it attached. */
extern int _init(void);
extern int _fini(void);
int tw_device_attached(void);

static int __init twatch_init(void)
{
	int err;

	err = scsa_port_begin(TWATCH_NAME, THIS_MODULE, TWATCH_ALIASES, NULL);
	if (err)
		return -err;
	err = _init();
	scsa_port_end();
	if (err)
		return -err;
	if (!tw_device_attached()) {
		pr_info("KTAP version 1\n");
		pr_info("1..1\n");
		pr_info("# no scsi_debug LUN bound to %s\n", TWATCH_NAME);
		pr_info("not ok 1 device_attached\n");
		return 0;
	}
	return scsa_sol_run_cases();
}

static void __exit twatch_exit(void)
{
	int err = _fini();

	if (err) {
		pr_err("%s: _fini() failed: %d\n", TWATCH_NAME, err);
		scsa_port_force_remove(TWATCH_NAME);
	}
}

module_init(twatch_init);
module_exit(twatch_exit);

MODULE_DESCRIPTION("scsa_compat selftest: scsi_watch polling, from a target driver");
MODULE_LICENSE("GPL");
