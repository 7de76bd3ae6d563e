/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Compiler glue for the Solaris-facing headers (ours, not illumos's).
 *
 * illumos keeps a few old-style "int f()" declarations where one name
 * serves several signatures (nodev(), mod_ops vectors, scsi_watch
 * callbacks).  Kbuild compiles with -Werror=strict-prototypes, so such
 * declarations are bracketed with __SCSA_KR_BEGIN/__SCSA_KR_END, which
 * silence that one diagnostic for the header lines only; a driver's own
 * code is still checked.
 */
#ifndef _SYS_SCSA_CDEFS_H
#define _SYS_SCSA_CDEFS_H

#define __SCSA_KR_BEGIN						\
	_Pragma("GCC diagnostic push")				\
	_Pragma("GCC diagnostic ignored \"-Wstrict-prototypes\"")
#define __SCSA_KR_END	_Pragma("GCC diagnostic pop")

/*
 * Some illumos kernel routines share a name with an ISO C library function
 * but not its return type (sprintf() returns char *, snprintf() size_t).
 * GCC knows the ISO versions as builtins and warns about the mismatch.
 */
#define __SCSA_LIBC_BEGIN					\
	_Pragma("GCC diagnostic push")				\
	_Pragma("GCC diagnostic ignored \"-Wbuiltin-declaration-mismatch\"")
#define __SCSA_LIBC_END	_Pragma("GCC diagnostic pop")

#endif /* _SYS_SCSA_CDEFS_H */
