/* SPDX-License-Identifier: GPL-2.0 */
/* printf conversion specifiers for the fixed-width types (LP64). */
#ifndef _SYS_INT_FMTIO_H
#define _SYS_INT_FMTIO_H

#define PRId8		"d"
#define PRId16		"d"
#define PRId32		"d"
#define PRId64		"ld"
#define PRIi8		"i"
#define PRIi16		"i"
#define PRIi32		"i"
#define PRIi64		"li"
#define PRIo8		"o"
#define PRIo16		"o"
#define PRIo32		"o"
#define PRIo64		"lo"
#define PRIu8		"u"
#define PRIu16		"u"
#define PRIu32		"u"
#define PRIu64		"lu"
#define PRIx8		"x"
#define PRIx16		"x"
#define PRIx32		"x"
#define PRIx64		"lx"
#define PRIX8		"X"
#define PRIX16		"X"
#define PRIX32		"X"
#define PRIX64		"lX"
#define PRIdMAX		"ld"
#define PRIuMAX		"lu"
#define PRIxMAX		"lx"
#define PRIdPTR		"ld"
#define PRIuPTR		"lu"
#define PRIxPTR		"lx"

#endif /* _SYS_INT_FMTIO_H */
