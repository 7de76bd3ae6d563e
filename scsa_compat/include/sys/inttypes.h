/* SPDX-License-Identifier: GPL-2.0 */
/* The whole fixed-width integer family: types, limits, constants, formats. */
#ifndef _SYS_INTTYPES_H
#define _SYS_INTTYPES_H

#include <sys/int_types.h>
#include <sys/int_limits.h>
#include <sys/int_const.h>
#include <sys/int_fmtio.h>

#endif /* _SYS_INTTYPES_H */
