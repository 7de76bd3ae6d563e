// SPDX-License-Identifier: GPL-2.0
/*
 * The module around Solaris-world test cases that need nothing installed:
 * runs them at load time (see sol_ktap.c).
 */
#include <linux/module.h>

#include "scsa_sol_ktap.h"

static int __init scsa_sol_harness_init(void)
{
	return scsa_sol_run_cases();
}

static void __exit scsa_sol_harness_exit(void)
{
}

module_init(scsa_sol_harness_init);
module_exit(scsa_sol_harness_exit);

MODULE_DESCRIPTION("scsa_compat selftest: services seen from a Solaris-world translation unit");
MODULE_LICENSE("GPL");
