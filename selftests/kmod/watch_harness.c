// SPDX-License-Identifier: GPL-2.0
/*
 * The module around the scsi_watch test driver (sol_watch_cases.c):
 * installs it as a port would be installed, bound to the guest's
 * scsi_debug LUNs by alias, runs its cases against the device it attached
 * to and prints KTAP.  Unloading removes the driver (detach).
 */
#include <linux/module.h>

#include "scsa_sol_ktap.h"

#define TWATCH_NAME	"scsa_twatch"
#define TWATCH_ALIASES	"scsiclass,00.vLinux.pscsi_debug"

int tw_device_attached(void);

/* On unload, or when a case failed at load. */
static void twatch_remove(void)
{
	scsa_sol_devtest_exit(TWATCH_NAME);
}

static int __init twatch_init(void)
{
	return scsa_sol_devtest_init(TWATCH_NAME, THIS_MODULE, TWATCH_ALIASES,
				     tw_device_attached, twatch_remove);
}

static void __exit twatch_exit(void)
{
	twatch_remove();
}

module_init(twatch_init);
module_exit(twatch_exit);

MODULE_DESCRIPTION("scsa_compat selftest: scsi_watch polling, from a target driver");
MODULE_LICENSE("GPL");
