// SPDX-License-Identifier: GPL-2.0
/*
 * Linux-world runner for Solaris-world test cases (scsa_sol_ktap.h): runs
 * scsa_sol_cases[] and prints KTAP.  Linked into each module that has them.
 */
#include <linux/kernel.h>
#include <linux/slab.h>

#include "scsa_ktap.h"
#include "scsa_sol_ktap.h"

void scsa_sol_diag(const char *fmt, ...)
{
	struct va_format vaf;
	va_list args;

	va_start(args, fmt);
	vaf.fmt = fmt;
	vaf.va = &args;
	pr_info("# %pV\n", &vaf);
	va_end(args);
}

int scsa_sol_run_cases(void)
{
	struct scsa_ktap_case *cases;
	unsigned int i;
	int ret;

	cases = kcalloc(scsa_sol_ncases, sizeof(*cases), GFP_KERNEL);
	if (!cases)
		return -ENOMEM;
	for (i = 0; i < scsa_sol_ncases; i++) {
		cases[i].name = scsa_sol_cases[i].name;
		cases[i].run = scsa_sol_cases[i].run;
	}
	/* Solaris-world cases return -1 for failure: that is -EPERM here. */
	ret = scsa_ktap_run(scsa_sol_suite, cases, scsa_sol_ncases);
	kfree(cases);
	return ret;
}
