/* SPDX-License-Identifier: GPL-2.0 */
/* Fixed-width integer types, limits and constant macros. */
#ifndef _SYS_STDINT_H
#define _SYS_STDINT_H

#include <sys/int_types.h>
#include <sys/int_limits.h>
#include <sys/int_const.h>

#endif /* _SYS_STDINT_H */
