/* SPDX-License-Identifier: GPL-2.0 */
/* offsetof and the null pointer constant. */
#ifndef _SYS_STDDEF_H
#define _SYS_STDDEF_H

#include <sys/types.h>

#ifndef offsetof
#define offsetof(type, member)	__builtin_offsetof(type, member)
#endif

#endif /* _SYS_STDDEF_H */
