/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The DDI across the two worlds: the Linux services the Solaris-world DDI
 * (scsa_compat/ddi_*.c) calls (lx/ddi_svc.c: caller context, credentials,
 * user copies; lx/ddi_printf.c: messages), and what the module's top
 * (lx/main.c) and the port glue call in the Solaris-world DDI.  The two
 * kinds of minor node have bridges of their own: scsa_cdev.h, scsa_blkdev.h.
 *
 * Plain C types only.  Device numbers cross as "unsigned int" holding a
 * Linux dev_t value (MKDEV encoding); the Solaris world keeps them in its
 * 64-bit dev_t with the same encoding.  Credentials are Linux's struct cred,
 * which the Solaris world knows only as the incomplete cred_t.  Errors
 * cross as 0 or a negative errno (Documentation/design.rst).
 */
#ifndef _SCSA_BRIDGE_DDI_H
#define _SCSA_BRIDGE_DDI_H

#include <scsa_export.h>

struct cred;

/*
 * Solaris world -> Linux world
 */

/* Caller context. */
void *scsa_lx_curthread(void);
struct cred *scsa_lx_current_cred(void);
int scsa_lx_cred_uid(const struct cred *cr, int real);
int scsa_lx_cred_gid(const struct cred *cr, int real);
int scsa_lx_cred_priv(const struct cred *cr);
int scsa_lx_pid(void);
int scsa_lx_in_compat_syscall(void);
/* Linux's present CPUs (illumos's ncpus). */
int scsa_lx_ncpus(void);
/* The CPU the caller runs on (illumos's CPU->cpu_id), for stamps only. */
int scsa_lx_cpu_id(void);

/*
 * A module pinned while a device is open: 0, or -ENXIO when it is being
 * unloaded.  @owner is a struct module.
 */
int scsa_lx_module_get(void *owner);
void scsa_lx_module_put(void *owner);

/* User copies: 0, or -EFAULT (a Linux errno). */
int scsa_lx_copyin(const void *uaddr, void *kaddr, unsigned long len);
int scsa_lx_copyout(const void *kaddr, void *uaddr, unsigned long len);

/*
 * Messages.  @level is one of SCSA_LOG_*; @text is a complete, formatted
 * message (cmn_err's prefixes already interpreted).
 */
#define SCSA_LOG_CONT	0
#define SCSA_LOG_DEBUG	1
#define SCSA_LOG_INFO	2
#define SCSA_LOG_NOTICE	3
#define SCSA_LOG_WARN	4
#define SCSA_LOG_EMERG	5
void scsa_lx_log(int level, const char *text);

/*
 * illumos kernel printf formats (Linux world: lx/ddi_printf.c): the C
 * conversions, plus illumos's %b bit-field decoding; %p never takes
 * Linux's %p extensions.  Return values are illumos's.  <sys/cmn_err.h>
 * maps the illumos names (snprintf(), sprintf()...) onto these, because
 * Linux exports functions of the same names with other return types.
 */
unsigned long scsa_vsnprintf(char *buf, unsigned long size, const char *fmt,
			     __builtin_va_list ap);
unsigned long scsa_snprintf(char *buf, unsigned long size, const char *fmt, ...);
char *scsa_vsprintf(char *buf, const char *fmt, __builtin_va_list ap);
char *scsa_sprintf(char *buf, const char *fmt, ...);
void scsa_vprintf(const char *fmt, __builtin_va_list ap);
void scsa_printf(const char *fmt, ...);
/*
 * Linux's panic() with an illumos-formatted message.  They do not return,
 * but are not declared __noreturn__, for objtool (see scsa_kthread_exit()
 * in scsa_prims.h): <sys/cmn_err.h>'s panic() adds a trap after the call.
 */
void scsa_vpanic(const char *fmt, __builtin_va_list ap);
void scsa_panic(const char *fmt, ...);
/* Whether Linux is panicking (illumos's ddi_in_panic()). */
int ddi_in_panic(void);
void vcmn_err(int ce, const char *fmt, __builtin_va_list ap);
void cmn_err(int ce, const char *fmt, ...);

/* /proc/scsa files (kstats, the device tree) print through this. */
void scsa_lx_seq_printf(void *seq, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/*
 * Linux world -> Solaris world
 */

/*
 * For the framework's HBA (hba_glue): the Linux module that owns a nexus
 * node, pinned while a minor node below it is open (ddi_devinfo.c).
 */
struct dev_info;
__SCSA_EXPORT_GPL void scsa_ndi_set_owner(struct dev_info *dip, void *owner);

/* DDI start and stop, from scsa_compat's module init and exit. */
int scsa_ddi_init(void);
void scsa_ddi_fini(void);
int scsa_ddi_set_driver_aliases(const char *spec);

/* kstats: prints every installed kstat. */
void scsa_kstat_show_all(void *seq);

/* /proc/scsa/devinfo: prints the device tree, prtconf -D style. */
void scsa_devinfo_show(void *seq);

/*
 * Port modules (scsa_compat/port/scsa_port_glue.c, compiled into each
 * driver's module) bracket the driver's _init() and _fini() with these, so
 * that mod_install()/mod_remove() know which driver and which Linux module
 * are (un)installing.  The bracket is per thread: ports may load in
 * parallel.  @aliases and @conf are the port's module parameters (see
 * Documentation/ddi.rst); a bad @conf makes scsa_port_begin() fail with
 * -EINVAL.
 */
__SCSA_EXPORT int scsa_port_begin(const char *name, void *owner, const char *aliases,
				  const char *conf);
__SCSA_EXPORT void scsa_port_end(void);
__SCSA_EXPORT void scsa_port_force_remove(const char *name);
__SCSA_EXPORT void scsa_port_reclaim(const char *name);
struct modinfo;
__SCSA_EXPORT struct modinfo *scsa_port_modinfo_alloc(void);
__SCSA_EXPORT void scsa_port_modinfo_log(const char *name, struct modinfo *mi);
__SCSA_EXPORT void scsa_port_modinfo_free(struct modinfo *mi);

#endif /* _SCSA_BRIDGE_DDI_H */
