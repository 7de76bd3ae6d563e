/* SPDX-License-Identifier: GPL-2.0 */
/* Constant-building macros for the fixed-width types (LP64). */
#ifndef _SYS_INT_CONST_H
#define _SYS_INT_CONST_H

#define INT8_C(c)	(c)
#define INT16_C(c)	(c)
#define INT32_C(c)	(c)
#define INT64_C(c)	(c ## L)
#define UINT8_C(c)	(c)
#define UINT16_C(c)	(c)
#define UINT32_C(c)	(c ## U)
#define UINT64_C(c)	(c ## UL)
#define INTMAX_C(c)	(c ## L)
#define UINTMAX_C(c)	(c ## UL)

#endif /* _SYS_INT_CONST_H */
