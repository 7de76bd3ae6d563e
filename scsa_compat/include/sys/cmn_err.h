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
__SCSA_ABSENT extern void cmn_err(int, const char *, ...);
__SCSA_ABSENT extern void vcmn_err(int, const char *, __va_list);
__SCSA_ABSENT extern void dev_err(dev_info_t *, int, char *, ...);
__SCSA_ABSENT extern void vdev_err(dev_info_t *, int, const char *, __va_list);
__SCSA_ABSENT extern void uprintf(const char *, ...);
__SCSA_ABSENT extern void vuprintf(const char *, __va_list);

/* illumos return types, which differ from ISO C for three of these. */
__SCSA_LIBC_BEGIN
__SCSA_ABSENT extern void printf(const char *, ...);
__SCSA_ABSENT extern void vprintf(const char *, __va_list);
__SCSA_ABSENT extern size_t snprintf(char *, size_t, const char *, ...);
__SCSA_ABSENT extern size_t vsnprintf(char *, size_t, const char *, __va_list);
__SCSA_ABSENT extern char *sprintf(char *, const char *, ...);
__SCSA_ABSENT extern char *vsprintf(char *, const char *, __va_list);
__SCSA_LIBC_END

__SCSA_ABSENT extern void panic(const char *, ...) __attribute__((__noreturn__));
__SCSA_ABSENT extern void vpanic(const char *, __va_list) __attribute__((__noreturn__));
#endif

#endif /* _SYS_CMN_ERR_H */
