// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_hba: the SCSA host bus adapter that stands for every Linux Scsi_Host.
 *
 * Module entry and exit of the Linux half: the completion workqueue, then
 * discovery (which replays existing devices at once), then debugfs;
 * unwound in reverse.  Unregistering the class interface removes every
 * LUN, which drains its commands, before the workqueue goes.
 */
#include <linux/module.h>
#include <linux/init.h>

#include "lx_hba.h"

static int __init scsa_hba_init(void)
{
	int ret;

	ret = scsa_lx_cmd_init();
	if (ret)
		return ret;
	ret = scsa_lx_sdev_init();
	if (ret)
		goto exit_cmd;
	scsa_lx_debugfs_init();
	return 0;

exit_cmd:
	scsa_lx_cmd_exit();
	return ret;
}

static void __exit scsa_hba_exit(void)
{
	scsa_lx_debugfs_exit();
	scsa_lx_sdev_exit();
	scsa_lx_cmd_exit();
}

module_init(scsa_hba_init);
module_exit(scsa_hba_exit);

MODULE_DESCRIPTION("SCSA HBA over Linux SCSI hosts");
MODULE_LICENSE("GPL");
