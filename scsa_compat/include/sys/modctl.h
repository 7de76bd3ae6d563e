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
extern struct mod_ops mod_driverops;
extern struct mod_ops mod_miscops;
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

#ifdef _KERNEL
/* The driver's own module entry points (defined by the driver, not here). */
extern int _init(void);
extern int _fini(void);
extern int _info(struct modinfo *);

__SCSA_ABSENT extern int mod_install(struct modlinkage *);
__SCSA_ABSENT extern int mod_remove(struct modlinkage *);
__SCSA_ABSENT extern int mod_info(struct modlinkage *, struct modinfo *);
__SCSA_ABSENT extern const char *mod_modname(struct modlinkage *);
#endif

#endif /* _SYS_MODCTL_H */
