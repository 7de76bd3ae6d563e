// SPDX-License-Identifier: GPL-2.0
/*
 * The module around the SCSA packet-layer test driver (sol_pkt_cases.c):
 * installs it as a port would be installed, bound to the guest's
 * scsi_debug LUNs by alias, then runs its cases against the device it
 * attached to and prints KTAP.  Unloading removes the driver (detach).
 */
#include <linux/module.h>
#include <linux/fs.h>
#include <linux/workqueue.h>
#include <scsi/scsi_host.h>
#include <scsi/scsi_device.h>

#include "scsa_sol_ktap.h"
#include "pkt_lx.h"

#define TPKT_NAME	"scsa_tpkt"
#define TPKT_ALIASES	"scsiclass,00.vLinux.pscsi_debug"

long tpkt_sdebug_param(const char *name)
{
	char path[96], buf[24] = {};
	struct file *f;
	loff_t pos = 0;
	long val = -1;

	snprintf(path, sizeof(path), "/sys/module/scsi_debug/parameters/%s", name);
	f = filp_open(path, O_RDONLY, 0);
	if (IS_ERR(f))
		return -1;
	if (kernel_read(f, buf, sizeof(buf) - 1, &pos) <= 0 || kstrtol(strim(buf), 0, &val))
		val = -1;
	filp_close(f, NULL);
	return val;
}

/* The driver attributes check what they are given, unlike the parameters. */
int tpkt_sdebug_set(const char *name, long val)
{
	char path[96], buf[24];
	struct file *f;
	loff_t pos = 0;
	ssize_t n;

	snprintf(path, sizeof(path), "/sys/bus/pseudo/drivers/scsi_debug/%s", name);
	f = filp_open(path, O_WRONLY, 0);
	if (IS_ERR(f))
		return PTR_ERR(f);
	n = kernel_write(f, buf, scnprintf(buf, sizeof(buf), "%ld", val), &pos);
	filp_close(f, NULL);
	return n < 0 ? n : 0;
}

static struct {
	struct work_struct work;
	bool whole_host;
	unsigned int host, channel, target, lun;
	int ret;
	bool done;
} tpkt_rm;

static void tpkt_remove_work(struct work_struct *work)
{
	struct Scsi_Host *shost;
	struct scsi_device *sdev = NULL;

	if (tpkt_rm.whole_host) {
		/* scsi_debug removes its last host: scsi_remove_host() and all */
		tpkt_rm.ret = tpkt_sdebug_set("add_host", -1);
		/* ret is written before done: tpkt_remove_done()'s acquire */
		smp_store_release(&tpkt_rm.done, true);
		return;
	}
	shost = scsi_host_lookup(tpkt_rm.host);
	if (shost) {
		sdev = scsi_device_lookup(shost, tpkt_rm.channel, tpkt_rm.target, tpkt_rm.lun);
		if (sdev) {
			scsi_remove_device(sdev);
			scsi_device_put(sdev);
		}
		scsi_host_put(shost);
	}
	tpkt_rm.ret = sdev ? 0 : -ENODEV;
	/* ret is written before done: tpkt_remove_done()'s acquire */
	smp_store_release(&tpkt_rm.done, true);
}

int tpkt_remove_start(unsigned int host, unsigned int channel, unsigned int target,
		      unsigned int lun)
{
	tpkt_rm.whole_host = false;
	tpkt_rm.host = host;
	tpkt_rm.channel = channel;
	tpkt_rm.target = target;
	tpkt_rm.lun = lun;
	tpkt_rm.done = false;
	INIT_WORK(&tpkt_rm.work, tpkt_remove_work);
	/* system_unbound_wq: the removal may sleep for as long as it likes. */
	queue_work(system_unbound_wq, &tpkt_rm.work);
	return 0;
}

int tpkt_remove_host_start(void)
{
	tpkt_rm.whole_host = true;
	tpkt_rm.done = false;
	INIT_WORK(&tpkt_rm.work, tpkt_remove_work);
	queue_work(system_unbound_wq, &tpkt_rm.work);
	return 0;
}

int tpkt_remove_done(void)
{
	/* pairs with the removal work's release: ret is valid once done */
	return smp_load_acquire(&tpkt_rm.done);
}

int tpkt_remove_wait(void)
{
	flush_work(&tpkt_rm.work);
	return tpkt_rm.ret;
}

int tpkt_add(unsigned int host, unsigned int channel, unsigned int target, unsigned int lun)
{
	struct Scsi_Host *shost = scsi_host_lookup(host);
	int ret;

	if (!shost)
		return -ENODEV;
	ret = scsi_add_device(shost, channel, target, lun);
	scsi_host_put(shost);
	return ret;
}

int tp_device_attached(void);

/* On unload, or when a case failed at load. */
static void tpkt_remove(void)
{
	if (tpkt_rm.work.func)
		flush_work(&tpkt_rm.work);
	scsa_sol_devtest_exit(TPKT_NAME);
}

static int __init tpkt_init(void)
{
	return scsa_sol_devtest_init(TPKT_NAME, THIS_MODULE, TPKT_ALIASES,
				     tp_device_attached, tpkt_remove);
}

static void __exit tpkt_exit(void)
{
	tpkt_remove();
}

module_init(tpkt_init);
module_exit(tpkt_exit);

MODULE_DESCRIPTION("scsa_compat selftest: the SCSA packet layer, from a target driver");
MODULE_LICENSE("GPL");
