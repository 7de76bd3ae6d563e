/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Fixed-width integer types.  The Kbuild forced includes define none of
 * them, and no libc header may be used, so they are spelled out here for
 * the LP64 data model.
 */
#ifndef _SYS_INT_TYPES_H
#define _SYS_INT_TYPES_H

#include <sys/isa_defs.h>

typedef signed char		int8_t;
typedef short			int16_t;
typedef int			int32_t;
typedef long			int64_t;
typedef unsigned char		uint8_t;
typedef unsigned short		uint16_t;
typedef unsigned int		uint32_t;
typedef unsigned long		uint64_t;

#define _INT64_TYPE

typedef int64_t			intmax_t;
typedef uint64_t		uintmax_t;

typedef long			intptr_t;
typedef unsigned long		uintptr_t;

typedef int8_t			int_least8_t;
typedef int16_t			int_least16_t;
typedef int32_t			int_least32_t;
typedef int64_t			int_least64_t;
typedef uint8_t			uint_least8_t;
typedef uint16_t		uint_least16_t;
typedef uint32_t		uint_least32_t;
typedef uint64_t		uint_least64_t;

typedef int8_t			int_fast8_t;
typedef int			int_fast16_t;
typedef int			int_fast32_t;
typedef long			int_fast64_t;
typedef uint8_t			uint_fast8_t;
typedef unsigned int		uint_fast16_t;
typedef unsigned int		uint_fast32_t;
typedef unsigned long		uint_fast64_t;

#endif /* _SYS_INT_TYPES_H */
