/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Exporting what scsa_compat's Solaris-world files define: tools/gen-exports
 * writes the list, from the declarations marked in the headers.
 *
 * Those files cannot include <linux/export.h>: it pulls in <linux/types.h>,
 * whose dev_t, daddr_t and int64_t are not illumos's.  So they are exported
 * from Linux-world files, by name.  The type a symbol is declared with there
 * is irrelevant to callers (modversions CRCs are computed from it, and
 * callers take the CRC from Module.symvers), but it must never change.
 * Those files build with -fno-builtin: bcopy() and the like are GCC
 * builtins with other types.
 *
 * Everything a CDDL-licensed illumos driver may call is exported with plain
 * EXPORT_SYMBOL: such a module cannot use GPL-only symbols.
 */
#ifndef _SCSA_SOL_EXPORT_H
#define _SCSA_SOL_EXPORT_H

#include <linux/export.h>

#define SCSA_SOL_EXPORT(sym)			\
	extern void sym(void);			\
	EXPORT_SYMBOL(sym)

/* Data: their type here is irrelevant, as for the functions. */
#define SCSA_SOL_EXPORT_DATA(sym)		\
	extern struct scsa_sol_data sym;	\
	EXPORT_SYMBOL(sym)

/* What only the framework's own GPL modules use (<scsa_fastpath.h>). */
#define SCSA_SOL_EXPORT_GPL(sym)		\
	extern void sym(void);			\
	EXPORT_SYMBOL_GPL(sym)

#endif /* _SCSA_SOL_EXPORT_H */
