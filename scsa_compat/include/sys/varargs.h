/* SPDX-License-Identifier: GPL-2.0 */
/* Variable-argument access, built on the compiler builtins. */
#ifndef _SYS_VARARGS_H
#define _SYS_VARARGS_H

#include <sys/va_list.h>

#ifndef _VA_LIST
#define _VA_LIST
typedef __va_list	va_list;
#endif

#define va_start(list, last)	__builtin_va_start(list, last)
#define va_arg(list, type)	__builtin_va_arg(list, type)
#define va_copy(to, from)	__builtin_va_copy(to, from)
#define va_end(list)		__builtin_va_end(list)

#endif /* _SYS_VARARGS_H */
