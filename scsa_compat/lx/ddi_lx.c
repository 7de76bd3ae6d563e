// SPDX-License-Identifier: GPL-2.0
/*
 * The Linux services behind the Solaris-world DDI: caller context and
 * credentials, user copies, pinned user pages for physio, the kstat file,
 * the driver_aliases parameter, and the DDI's place in module init/exit.
 */
#include <linux/capability.h>
#include <linux/compat.h>
#include <linux/cred.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/mutex.h>
#include <linux/overflow.h>
#include <linux/proc_fs.h>
#include <linux/sched.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/uaccess.h>
#include <linux/vmalloc.h>

#include <scsa_ddi.h>
#include "scsa_lx.h"

/*
 * Caller context
 */

void *scsa_lx_curthread(void)
{
	return current;
}

struct cred *scsa_lx_current_cred(void)
{
	return (struct cred *)current_cred();
}

/* illumos's crgetuid() is the effective uid; crgetruid() the real one. */
int scsa_lx_cred_uid(const struct cred *cr, int real)
{
	return from_kuid_munged(&init_user_ns, real ? cr->uid : cr->euid);
}

int scsa_lx_cred_gid(const struct cred *cr, int real)
{
	return from_kgid_munged(&init_user_ns, real ? cr->gid : cr->egid);
}

/* drv_priv(9F): CAP_SYS_ADMIN in the initial user namespace. */
int scsa_lx_cred_priv(const struct cred *cr)
{
	if (cr == current_cred())
		return capable(CAP_SYS_ADMIN);
	return cr->user_ns == &init_user_ns && cap_raised(cr->cap_effective, CAP_SYS_ADMIN);
}

int scsa_lx_pid(void)
{
	return task_tgid_vnr(current);
}

int scsa_lx_in_compat_syscall(void)
{
	return in_compat_syscall();
}

int scsa_lx_copyin(const void *uaddr, void *kaddr, unsigned long len)
{
	return copy_from_user(kaddr, (const void __force __user *)uaddr, len) ? -EFAULT : 0;
}

int scsa_lx_copyout(const void *kaddr, void *uaddr, unsigned long len)
{
	return copy_to_user((void __force __user *)uaddr, kaddr, len) ? -EFAULT : 0;
}

/*
 * Pinned user pages (see ddi_buf_impl.h)
 */

static struct scsa_shadow *scsa_shadow_alloc(unsigned int npages)
{
	return kvzalloc(struct_size((struct scsa_shadow *)NULL, pages, npages), GFP_KERNEL);
}

/**
 * scsa_lx_pin_user() - pin the user pages under [uaddr, uaddr + len)
 * @uaddr: user address, any alignment
 * @len: bytes, > 0
 * @to_memory: the device writes the pages (a read): pin them writable
 * @errp: a positive errno on failure
 *
 * Return: the pages, from the one containing @uaddr; NULL on failure.
 */
struct scsa_shadow *scsa_lx_pin_user(unsigned long uaddr, unsigned long len,
				     int to_memory, int *errp)
{
	unsigned int npages = DIV_ROUND_UP(offset_in_page(uaddr) + len, PAGE_SIZE);
	struct scsa_shadow *sh;
	int got;

	if (len == 0 || uaddr + len < uaddr) {
		*errp = EINVAL;
		return NULL;
	}
	sh = scsa_shadow_alloc(npages);
	if (!sh) {
		*errp = ENOMEM;
		return NULL;
	}
	got = pin_user_pages_fast(uaddr & PAGE_MASK, npages, to_memory ? FOLL_WRITE : 0,
				  sh->pages);
	if (got != npages) {
		if (got > 0)
			unpin_user_pages(sh->pages, got);
		*errp = got < 0 ? -got : EFAULT;
		kvfree(sh);
		return NULL;
	}
	sh->uaddr = uaddr;
	sh->len = len;
	sh->npages = npages;
	sh->pinned = 1;
	return sh;
}

/* The pages of [off, off + len) of @sh, @off counted from its first page. */
struct scsa_shadow *scsa_lx_shadow_borrow(struct scsa_shadow *sh, unsigned long off,
					  unsigned long len)
{
	unsigned long first = off >> PAGE_SHIFT;
	unsigned int npages = DIV_ROUND_UP(offset_in_page(off) + len, PAGE_SIZE);
	struct scsa_shadow *nsh;

	if (len == 0 || first + npages > sh->npages)
		return NULL;
	nsh = scsa_shadow_alloc(npages);
	if (!nsh)
		return NULL;
	memcpy(nsh->pages, sh->pages + first, npages * sizeof(nsh->pages[0]));
	nsh->uaddr = (sh->uaddr & PAGE_MASK) + off;
	nsh->len = len;
	nsh->npages = npages;
	return nsh;
}

/* Unpinning takes mm locks: process context only. */
void scsa_lx_shadow_release(struct scsa_shadow *sh, int dirty)
{
	might_sleep();
	if (sh->kva)
		vunmap(sh->kva);
	if (sh->pinned)
		unpin_user_pages_dirty_lock(sh->pages, sh->npages, dirty);
	kvfree(sh);
}

void *scsa_lx_shadow_map(struct scsa_shadow *sh)
{
	if (!sh->kva)
		sh->kva = vmap(sh->pages, sh->npages, VM_MAP, PAGE_KERNEL);
	return sh->kva;
}

void scsa_lx_shadow_unmap(struct scsa_shadow *sh)
{
	if (sh->kva) {
		vunmap(sh->kva);
		sh->kva = NULL;
	}
}

/*
 * /proc/scsa/kstat
 */

void scsa_lx_seq_printf(void *seq, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	seq_vprintf(seq, fmt, ap);
	va_end(ap);
}

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
		err = -scsa_ddi_set_driver_aliases(copy);
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

/*
 * Init and exit
 */

int __init scsa_ddi_lx_init(void)
{
	int err;

	err = scsa_cdev_init();
	if (err)
		return err;
	err = -scsa_ddi_init();
	if (err)
		goto cdev_exit;
	mutex_lock(&scsa_aliases_lock);
	scsa_ddi_running = true;
	if (scsa_driver_aliases)
		err = -scsa_ddi_set_driver_aliases(scsa_driver_aliases);
	mutex_unlock(&scsa_aliases_lock);
	if (err)
		goto ddi_fini;
	/* For people: missing files are no reason to fail the load. */
	scsa_proc_dir = proc_mkdir("scsa", NULL);
	if (scsa_proc_dir) {
		proc_create_single("kstat", 0444, scsa_proc_dir, scsa_kstat_proc_show);
		proc_create_single("devinfo", 0444, scsa_proc_dir, scsa_devinfo_proc_show);
	}
	return 0;

ddi_fini:
	scsa_ddi_running = false;
	scsa_ddi_fini();
cdev_exit:
	scsa_cdev_exit();
	return err;
}

void scsa_ddi_lx_exit(void)
{
	proc_remove(scsa_proc_dir);
	mutex_lock(&scsa_aliases_lock);
	scsa_ddi_running = false;
	mutex_unlock(&scsa_aliases_lock);
	scsa_ddi_fini();
	scsa_cdev_exit();
	kfree(scsa_driver_aliases);
}
