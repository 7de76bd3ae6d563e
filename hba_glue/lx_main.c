// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_hba: the SCSA host bus adapter that stands for every Linux Scsi_Host.
 *
 * Module entry and exit: the completion workqueue, then discovery (which
 * replays existing devices at once), then debugfs, then the Solaris-world
 * device tree (an SCSA HBA node per Linux host and a child per LUN, made
 * as discovery reports them); unwound in reverse.  Unregistering the class
 * interface removes every LUN, which drains its commands, before the
 * workqueue goes.
 */
#include <linux/module.h>
#include <linux/init.h>

#include "lx_hba.h"
#include "sol_nexus.h"
#include "scsa_version.h"

static int __init scsa_hba_init(void)
{
	int ret;

	ret = hba_lx_cmd_init();
	if (ret)
		return ret;
	ret = hba_lx_sdev_init();
	if (ret)
		goto exit_cmd;
	hba_lx_debugfs_init();
	ret = hba_nexus_init();
	if (ret)
		goto exit_sdev;
	return 0;

exit_sdev:
	hba_lx_debugfs_exit();
	hba_lx_sdev_exit();
exit_cmd:
	hba_lx_cmd_exit();
	return ret;
}

static void __exit scsa_hba_exit(void)
{
	hba_nexus_fini();
	hba_lx_debugfs_exit();
	hba_lx_sdev_exit();
	hba_lx_cmd_exit();
}

module_init(scsa_hba_init);
module_exit(scsa_hba_exit);

MODULE_DESCRIPTION("SCSA HBA over Linux SCSI hosts");
MODULE_LICENSE("GPL");
MODULE_VERSION(SCSA_VERSION);
