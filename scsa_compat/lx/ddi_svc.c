// SPDX-License-Identifier: GPL-2.0
/*
 * Leaf services of the Solaris-world DDI: the caller's context and
 * credentials, module pinning, the number of CPUs, user copies, and
 * printing into a /proc file.  Called from many Solaris-world files; calls
 * none.  (Memory, pinned user pages included, is lx/mem.c; messages
 * lx/ddi_printf.c.)
 */
#include <linux/capability.h>
#include <linux/compat.h>
#include <linux/cpumask.h>
#include <linux/cred.h>
#include <linux/module.h>
#include <linux/sched.h>
#include <linux/seq_file.h>
#include <linux/uaccess.h>

#include <scsa_ddi.h>

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

/*
 * drv_priv(9F): CAP_SYS_RAWIO in the initial user namespace, Linux's
 * nearest to illumos's PRIV_SYS_DEVICES (SG_IO asks for it too).
 */
int scsa_lx_cred_priv(const struct cred *cr)
{
	if (cr == current_cred())
		return capable(CAP_SYS_RAWIO);
	return cr->user_ns == &init_user_ns && cap_raised(cr->cap_effective, CAP_SYS_RAWIO);
}

int scsa_lx_pid(void)
{
	return task_tgid_vnr(current);
}

int scsa_lx_in_compat_syscall(void)
{
	return in_compat_syscall();
}

int scsa_lx_module_get(void *owner)
{
	return try_module_get(owner) ? 0 : -ENXIO;
}

void scsa_lx_module_put(void *owner)
{
	module_put(owner);
}

int scsa_lx_ncpus(void)
{
	return num_present_cpus();
}

/* The CPU the caller runs on now, which may change as soon as it returns. */
int scsa_lx_cpu_id(void)
{
	return raw_smp_processor_id();
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
 * /proc/scsa files
 */

void scsa_lx_seq_printf(void *seq, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	seq_vprintf(seq, fmt, ap);
	va_end(ap);
}
