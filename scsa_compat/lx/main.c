// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_compat: the illumos SCSI target-driver interface (SCSA) and the DDI/DKI
 * services target drivers use, on Linux.
 *
 * Module entry and exit.  Each subsystem has an init and an exit function,
 * chained here in dependency order and unwound in reverse on failure.
 */
#include <linux/module.h>
#include <linux/init.h>

#include "scsa_kcompat.h"
#include "scsa_lx.h"

static int __init scsa_compat_init(void)
{
	int ret;

	ret = scsa_callout_init();
	if (ret)
		goto err;
	ret = scsa_callback_init();
	if (ret)
		goto err_callout;
	ret = scsa_ddi_lx_init();
	if (ret)
		goto err_callback;
	pr_info("scsa_compat: SCSA/DDI framework loaded\n");
	return 0;

err_callback:
	scsa_callback_exit();
err_callout:
	scsa_callout_exit();
err:
	return ret;
}

static void __exit scsa_compat_exit(void)
{
	scsa_ddi_lx_exit();
	scsa_callback_exit();
	scsa_callout_exit();
	pr_info("scsa_compat: unloaded\n");
}

module_init(scsa_compat_init);
module_exit(scsa_compat_exit);

MODULE_DESCRIPTION("illumos SCSA target-driver framework and DDI/DKI services");
MODULE_LICENSE("GPL");
