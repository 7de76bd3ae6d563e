// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_hba: the SCSA host bus adapter that stands for every Linux Scsi_Host.
 */
#include <linux/module.h>
#include <linux/init.h>

static int __init scsa_hba_init(void)
{
	return 0;
}

static void __exit scsa_hba_exit(void)
{
}

module_init(scsa_hba_init);
module_exit(scsa_hba_exit);

MODULE_DESCRIPTION("SCSA HBA over Linux SCSI hosts");
MODULE_LICENSE("GPL");
