/* SPDX-License-Identifier: GPL-2.0 */
/* Console messages, formatted output into buffers, and panic. */
#ifndef _SYS_CMN_ERR_H
#define _SYS_CMN_ERR_H

#include <sys/types.h>
#include <sys/va_list.h>
#include <sys/dditypes.h>

#define CE_CONT		0
#define CE_NOTE		1
#define CE_WARN		2
#define CE_PANIC	3
#define CE_IGNORE	4

#ifdef _KERNEL
__SCSA_PARTIAL("CE_PANIC logs with a stack trace and returns: Linux is not panicked") extern void cmn_err(int, const char *, ...);
__SCSA_IMPL extern void vcmn_err(int, const char *, __va_list);
__SCSA_IMPL extern void dev_err(dev_info_t *, int, char *, ...);
__SCSA_IMPL extern void vdev_err(dev_info_t *, int, const char *, __va_list);
__SCSA_ABSENT extern void uprintf(const char *, ...);
__SCSA_ABSENT extern void vuprintf(const char *, __va_list);

/* illumos return types, which differ from ISO C for three of these. */
__SCSA_LIBC_BEGIN
__SCSA_IMPL extern void printf(const char *, ...);
__SCSA_IMPL extern void vprintf(const char *, __va_list);
__SCSA_IMPL extern size_t snprintf(char *, size_t, const char *, ...);
__SCSA_IMPL extern size_t vsnprintf(char *, size_t, const char *, __va_list);
__SCSA_IMPL extern char *sprintf(char *, const char *, ...);
__SCSA_IMPL extern char *vsprintf(char *, const char *, __va_list);
__SCSA_LIBC_END

/*
 * Linux exports snprintf() and sprintf() with ISO C return types and no
 * %b: illumos's versions are scsa_-prefixed (scsa_ddi.h), and these names
 * map onto them: function-like, so that format(printf, ...) attributes
 * keep their meaning.
 */
#include <scsa_ddi.h>
#define printf(...)	scsa_printf(__VA_ARGS__)
#define vprintf(...)	scsa_vprintf(__VA_ARGS__)
#define snprintf(...)	scsa_snprintf(__VA_ARGS__)
#define vsnprintf(...)	scsa_vsnprintf(__VA_ARGS__)
#define sprintf(...)	scsa_sprintf(__VA_ARGS__)
#define vsprintf(...)	scsa_vsprintf(__VA_ARGS__)

/*
 * panic() formats the message as cmn_err() does and panics Linux.  Linux
 * exports a panic() of its own: these map onto scsa_panic() and
 * scsa_vpanic() (scsa_ddi.h), followed by a trap that tells the compiler
 * and objtool that the path ends there.
 */
__SCSA_IMPL extern void panic(const char *, ...) __attribute__((__noreturn__));
__SCSA_IMPL extern void vpanic(const char *, __va_list)
    __attribute__((__noreturn__));
#define panic(...)	(scsa_panic(__VA_ARGS__), __builtin_trap())
#define vpanic(...)	(scsa_vpanic(__VA_ARGS__), __builtin_trap())
#endif

#endif /* _SYS_CMN_ERR_H */
