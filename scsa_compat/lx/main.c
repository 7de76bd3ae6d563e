// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_compat: the illumos SCSI target-driver interface (SCSA) and the DDI/DKI
 * services target drivers use, on Linux.
 *
 * The module's top: its parameters, its /proc/scsa files, and its init and
 * exit, which list every subsystem in order: each init is undone, in
 * reverse, by the label named for it.
 */
#include <linux/init.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/mutex.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/string.h>

#include <scsa_ddi.h>
#include "scsa_kcompat.h"
#include "scsa_lx.h"
#include "scsa_version.h"

static int scsa_kstat_proc_show(struct seq_file *m, void *v)
{
	scsa_kstat_show_all(m);
	return 0;
}

static int scsa_devinfo_proc_show(struct seq_file *m, void *v)
{
	scsa_devinfo_show(m);
	return 0;
}

/* /proc/scsa/version: the version every module of this build carries. */
static int scsa_version_proc_show(struct seq_file *m, void *v)
{
	seq_puts(m, SCSA_VERSION "\n");
	return 0;
}

static struct proc_dir_entry *scsa_proc_dir;

/*
 * driver_aliases: scsa_compat's /etc/driver_aliases.  It may be given at
 * load time, before the DDI exists, and changed through sysfs later.
 */
static DEFINE_MUTEX(scsa_aliases_lock);
static char *scsa_driver_aliases;
static bool scsa_ddi_running;

static int scsa_aliases_set(const char *val, const struct kernel_param *kp)
{
	char *copy = kstrdup(val, GFP_KERNEL);
	int err = 0;

	if (!copy)
		return -ENOMEM;
	strim(copy);
	mutex_lock(&scsa_aliases_lock);
	if (scsa_ddi_running)
		err = scsa_ddi_set_driver_aliases(copy);
	if (!err) {
		kfree(scsa_driver_aliases);
		scsa_driver_aliases = copy;
		copy = NULL;
	}
	mutex_unlock(&scsa_aliases_lock);
	kfree(copy);
	return err;
}

static int scsa_aliases_get(char *buf, const struct kernel_param *kp)
{
	int n;

	mutex_lock(&scsa_aliases_lock);
	n = sysfs_emit(buf, "%s\n", scsa_driver_aliases ? scsa_driver_aliases : "");
	mutex_unlock(&scsa_aliases_lock);
	return n;
}

static const struct kernel_param_ops scsa_aliases_ops = {
	.set = scsa_aliases_set,
	.get = scsa_aliases_get,
};

module_param_cb(driver_aliases, &scsa_aliases_ops, NULL, 0644);
MODULE_PARM_DESC(driver_aliases,
		 "names drivers bind to, as /etc/driver_aliases: \"drv name...; drv2 name...\"");

/* The DDI, and the aliases given before it existed. */
static int __init scsa_ddi_start(void)
{
	int err = scsa_ddi_init();

	if (err)
		return err;
	mutex_lock(&scsa_aliases_lock);
	scsa_ddi_running = true;
	if (scsa_driver_aliases)
		err = scsa_ddi_set_driver_aliases(scsa_driver_aliases);
	if (err)
		scsa_ddi_running = false;
	mutex_unlock(&scsa_aliases_lock);
	if (err)
		scsa_ddi_fini();
	return err;
}

static void scsa_ddi_stop(void)
{
	mutex_lock(&scsa_aliases_lock);
	scsa_ddi_running = false;
	mutex_unlock(&scsa_aliases_lock);
	scsa_ddi_fini();
}

/* For people: missing files are no reason to fail the load. */
static void __init scsa_proc_init(void)
{
	scsa_proc_dir = proc_mkdir("scsa", NULL);
	if (!scsa_proc_dir)
		return;
	proc_create_single("kstat", 0444, scsa_proc_dir, scsa_kstat_proc_show);
	proc_create_single("devinfo", 0444, scsa_proc_dir, scsa_devinfo_proc_show);
	proc_create_single("version", 0444, scsa_proc_dir, scsa_version_proc_show);
}

static int __init scsa_compat_init(void)
{
	int err;

	err = scsa_thread_init();
	if (err)
		return err;
	scsa_panic_init();
	err = scsa_taskq_init();
	if (err)
		goto thread_exit;
	err = scsa_callout_init();
	if (err)
		goto taskq_exit;
	err = scsa_callback_init();
	if (err)
		goto callout_exit;
	err = scsa_cdev_init();
	if (err)
		goto callback_exit;
	err = scsa_blkdev_init();
	if (err)
		goto cdev_exit;
	err = scsa_ddi_start();
	if (err)
		goto blkdev_exit;
	scsa_proc_init();
	scsa_kmem_fault_init();
	pr_info("scsa_compat: SCSA/DDI framework " SCSA_VERSION " loaded\n");
	return 0;

blkdev_exit:
	scsa_blkdev_exit();
cdev_exit:
	scsa_cdev_exit();
callback_exit:
	scsa_callback_exit();
callout_exit:
	scsa_callout_exit();
taskq_exit:
	scsa_taskq_exit();
thread_exit:
	scsa_panic_exit();
	scsa_thread_exit();
	return err;
}

static void __exit scsa_compat_exit(void)
{
	scsa_kmem_fault_exit();
	proc_remove(scsa_proc_dir);
	scsa_ddi_stop();
	scsa_blkdev_exit();
	scsa_cdev_exit();
	scsa_callback_exit();
	scsa_callout_exit();
	scsa_taskq_exit();
	scsa_panic_exit();
	scsa_thread_exit();
	kfree(scsa_driver_aliases);
	pr_info("scsa_compat: unloaded\n");
}

module_init(scsa_compat_init);
module_exit(scsa_compat_exit);

MODULE_DESCRIPTION("illumos SCSA target-driver framework and DDI/DKI services");
MODULE_LICENSE("GPL");
MODULE_VERSION(SCSA_VERSION);
