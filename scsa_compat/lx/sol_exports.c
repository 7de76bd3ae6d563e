// SPDX-License-Identifier: GPL-2.0
/*
 * Exports of the functions scsa_compat's Solaris-world files define.
 *
 * Those files cannot include <linux/export.h>: it pulls in <linux/types.h>,
 * whose dev_t, daddr_t and int64_t are not illumos's.  So they are exported
 * from here, by name.  The type each symbol is declared with here is
 * irrelevant to callers (modversions CRCs are computed from it, and callers
 * take the CRC from Module.symvers), but it must be the same every time.
 *
 * Everything a CDDL-licensed illumos driver may call is exported with plain
 * EXPORT_SYMBOL: such a module cannot use GPL-only symbols.
 */
#include <linux/export.h>

#define SCSA_SOL_EXPORT(sym)			\
	extern void sym(void);			\
	EXPORT_SYMBOL(sym)

/* ddi_string.c */
SCSA_SOL_EXPORT(bcopy);
SCSA_SOL_EXPORT(ovbcopy);
SCSA_SOL_EXPORT(bzero);
SCSA_SOL_EXPORT(scsa_strlcpy);
SCSA_SOL_EXPORT(strdup);
SCSA_SOL_EXPORT(strfree);
SCSA_SOL_EXPORT(strtok_r);
