/* SPDX-License-Identifier: GPL-2.0 */
/* Device property operations, flags and results. */
#ifndef _SYS_DDIPROPDEFS_H
#define _SYS_DDIPROPDEFS_H

#include <sys/types.h>

typedef enum {
	PROP_LEN = 0,
	PROP_LEN_AND_VAL_BUF,
	PROP_LEN_AND_VAL_ALLOC,
	PROP_EXISTS
} ddi_prop_op_t;

/* Results */
#define DDI_PROP_SUCCESS		0
#define DDI_PROP_NOT_FOUND		1
#define DDI_PROP_UNDEFINED		2
#define DDI_PROP_NO_MEMORY		3
#define DDI_PROP_INVAL_ARG		4
#define DDI_PROP_BUF_TOO_SMALL		5
#define DDI_PROP_CANNOT_DECODE		6
#define DDI_PROP_CANNOT_ENCODE		7
#define DDI_PROP_END_OF_DATA		8
#define DDI_PROP_FOUND_1275		255

/* Flags */
#define DDI_PROP_DONTPASS		0x0001
#define DDI_PROP_CANSLEEP		0x0002
#define DDI_PROP_SYSTEM_DEF		0x0004
#define DDI_PROP_NOTPROM		0x0008
#define DDI_PROP_DONTSLEEP		0x0010
#define DDI_PROP_STACK_CREATE		0x0020
#define DDI_PROP_UNDEF_IT		0x0040
#define DDI_PROP_HW_DEF			0x0080
#define DDI_PROP_TYPE_INT		0x0100
#define DDI_PROP_TYPE_STRING		0x0200
#define DDI_PROP_TYPE_BYTE		0x0400
#define DDI_PROP_TYPE_COMPOSITE		0x0800
#define DDI_PROP_TYPE_INT64		0x1000
#define DDI_PROP_TYPE_ANY		(DDI_PROP_TYPE_INT | DDI_PROP_TYPE_STRING | \
					 DDI_PROP_TYPE_BYTE | DDI_PROP_TYPE_COMPOSITE)
#define DDI_PROP_TYPE_MASK		(DDI_PROP_TYPE_ANY | DDI_PROP_TYPE_INT64)
#define LDI_DEV_T_ANY			0x2000
#define DDI_UNBND_DLPI2			0x4000
#define DDI_PROP_CONSUMER_TYPED		0x8000
#define DDI_PROP_DYNAMIC		0x10000
#define DDI_PROP_ROOTNEX_GLOBAL		0x20000

/* Wildcard and "none" device numbers for property lookups. */
#define DDI_DEV_T_NONE			((dev_t)-1)
#define DDI_DEV_T_ANY			((dev_t)-2)
#define DDI_MAJOR_T_UNKNOWN		((major_t)0)
#define DDI_MAJOR_T_NONE		((major_t)-1)

#define DDI_RELATIVE_ADDRESSING		"relative-addressing"
#define DDI_GENERIC_ADDRESSING		"generic-addressing"

#endif /* _SYS_DDIPROPDEFS_H */
