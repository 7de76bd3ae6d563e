/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The compiler's variable-argument list type.  <stdarg.h> is not on the
 * include path of a kernel build (-nostdinc), so the builtin is used.
 */
#ifndef _SYS_VA_LIST_H
#define _SYS_VA_LIST_H

typedef __builtin_va_list	__va_list;

#endif /* _SYS_VA_LIST_H */
