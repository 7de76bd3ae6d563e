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
#include <linux/moduleparam.h>
#include <linux/init.h>
#include <linux/string.h>

#include "lx_hba.h"
#include "sol_nexus.h"

/*
 * Which LUNs become SCSA children, that is, may be bound by illumos target
 * drivers.  Two owners for one disk would corrupt it, so by default only
 * LUNs Linux keeps its own upper-level drivers away from (no_uld_attach)
 * are given; sd probes asynchronously, so "no driver bound yet" would race.
 */
static char *luns = "reserved";
module_param(luns, charp, 0444);
MODULE_PARM_DESC(luns, "LUNs given to SCSA target drivers: \"reserved\" (no_uld_attach, "
		 "the default), \"all\", or a comma-separated list of H:C:T:L");

static bool scsa_hba_lun_listed(const struct scsa_lx_addr *a)
{
	char id[64], *list = luns, *tok;
	size_t n;

	snprintf(id, sizeof(id), "%u:%u:%u:%llu", a->host, a->channel, a->target, a->lun);
	n = strlen(id);
	while ((tok = strstr(list, id)) != NULL) {
		if ((tok == luns || tok[-1] == ',') && (tok[n] == '\0' || tok[n] == ','))
			return true;
		list = tok + n;
	}
	return false;
}

bool hba_lun_wanted(struct scsa_lx_lun *lun)
{
	struct scsa_lx_addr a;

	if (!strcmp(luns, "all"))
		return true;
	if (!strcmp(luns, "reserved"))
		return scsa_lx_lun_reserved(lun);
	scsa_lx_lun_addr(lun, &a);
	return scsa_hba_lun_listed(&a);
}

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
	ret = hba_nexus_init();
	if (ret)
		goto exit_sdev;
	return 0;

exit_sdev:
	scsa_lx_debugfs_exit();
	scsa_lx_sdev_exit();
exit_cmd:
	scsa_lx_cmd_exit();
	return ret;
}

static void __exit scsa_hba_exit(void)
{
	hba_nexus_fini();
	scsa_lx_debugfs_exit();
	scsa_lx_sdev_exit();
	scsa_lx_cmd_exit();
}

module_init(scsa_hba_init);
module_exit(scsa_hba_exit);

MODULE_DESCRIPTION("SCSA HBA over Linux SCSI hosts");
MODULE_LICENSE("GPL");
