/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Loadable-module linkage: what a driver's _init/_fini/_info hand to
 * mod_install()/mod_remove()/mod_info().  The runtime turns a driver's
 * modlinkage into the registration of a Linux character device.
 */
#ifndef _SYS_MODCTL_H
#define _SYS_MODCTL_H

#include <sys/types.h>
#include <sys/dditypes.h>

struct modlinkage;
struct modinfo;
struct dev_ops;

/* Operations of one kind of module; drivers only take their address. */
__SCSA_KR_BEGIN
struct mod_ops {
	int	(*modm_install)();
	int	(*modm_remove)();
	int	(*modm_info)();
};
__SCSA_KR_END

#ifdef _KERNEL
/* Provided by the runtime; a driver links against it from its modldrv. */
__SCSA_EXPORT extern struct mod_ops mod_driverops;
__SCSA_EXPORT extern struct mod_ops mod_miscops;
#endif

struct modldrv {
	struct mod_ops	*drv_modops;
	char		*drv_linkinfo;
	struct dev_ops	*drv_dev_ops;
};

struct modlmisc {
	struct mod_ops	*misc_modops;
	char		*misc_linkinfo;
};

#define MODREV_1	1

struct modlinkage {
	int	ml_rev;
	void	*ml_linkage[7];
};

#define MODMAXNAMELEN	32
#define MODMAXLINK	10
#define MODMAXLINKINFOLEN	32

/* What mod_info() reports, per module and per linkage structure. */
struct modspecific_info {
	char	msi_linkinfo[MODMAXLINKINFOLEN];
	int	msi_p0;			/* drivers: the major number */
};

struct modinfo {
	int	mi_info;
	int	mi_state;
	int	mi_id;
	int	mi_nextid;
	caddr_t	mi_base;
	size_t	mi_size;
	int	mi_rev;
	int	mi_loadcnt;
	char	mi_name[MODMAXNAMELEN];
	struct modspecific_info mi_msinfo[MODMAXLINK];
};

/* mi_info */
#define MI_LOADINFO	0x1
#define MI_INFO_ONE	0x1
#define MI_INFO_ALL	0x2
#define MI_INFO_CNT	0x4
#define MI_INFO_LINKAGE	0x8
#define MI_INFO_NOBASE	0x10
#define MI_INFO_NOBASE_32 MI_INFO_NOBASE

/* mi_state */
#define MI_LOADED	0x1
#define MI_INSTALLED	0x2

#ifdef _KERNEL
/* The driver's own module entry points (defined by the driver, not here). */
extern int _init(void);
extern int _fini(void);
extern int _info(struct modinfo *);

/*
 * A port's _init() and _fini() run from its Linux module's init and exit
 * (scsa_compat/port/scsa_port_glue.c), which tell mod_install() the
 * driver's name: one modldrv per module, as illumos drivers have.
 */
__SCSA_PARTIAL("drivers (mod_driverops) and misc modules only; one modldrv per module")
extern int mod_install(struct modlinkage *);
__SCSA_IMPL extern int mod_remove(struct modlinkage *);
__SCSA_IMPL extern int mod_info(struct modlinkage *, struct modinfo *);
__SCSA_IMPL extern const char *mod_modname(struct modlinkage *);
#endif

#endif /* _SYS_MODCTL_H */
