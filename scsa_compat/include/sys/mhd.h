/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Multihost disk ioctls, mhd(4I): SCSI-2 reservations with failfast and
 * SCSI-3 persistent reservations, as clusters use them.  Structures are
 * user ABI: LP64 layout, with ILP32 variants of those holding pointers.
 */
#ifndef _SYS_MHD_H
#define _SYS_MHD_H

#include <sys/types.h>

/* ioctl numbers */
#define MHIOC				('M' << 8)
#define MHIOCENFAILFAST			(MHIOC | 1)
#define MHIOCTKOWN			(MHIOC | 2)
#define MHIOCRELEASE			(MHIOC | 3)
#define MHIOCSTATUS			(MHIOC | 4)
#define MHIOCGRP_INKEYS			(MHIOC | 5)
#define MHIOCGRP_INRESV			(MHIOC | 6)
#define MHIOCGRP_REGISTER		(MHIOC | 7)
#define MHIOCGRP_RESERVE		(MHIOC | 8)
#define MHIOCGRP_PREEMPTANDABORT	(MHIOC | 9)
#define MHIOCGRP_PREEMPT		(MHIOC | 10)
#define MHIOCGRP_CLEAR			(MHIOC | 11)
#define MHIOCQRESERVE			(MHIOC | 12)
#define MHIOCREREGISTERDEVID		(MHIOC | 13)
#define MHIOCGRP_REGISTERANDIGNOREKEY	(MHIOC | 14)

/* MHIOCTKOWN: delays, in milliseconds */
struct mhioctkown {
	int	reinstate_resv_delay;
	int	min_ownership_delay;
	int	max_ownership_delay;
};

/* A persistent reservation key */
#define MHIOC_RESV_KEY_SIZE	8

typedef struct mhioc_resv_key {
	uchar_t	key[MHIOC_RESV_KEY_SIZE];
} mhioc_resv_key_t;

/* MHIOCGRP_INKEYS: the registered keys */
typedef struct mhioc_key_list {
	uint32_t		listsize;	/* entries in list */
	uint32_t		listlen;	/* out: keys registered */
	mhioc_resv_key_t	*list;
} mhioc_key_list_t;

typedef struct mhioc_inkeys {
	uint32_t		generation;
	mhioc_key_list_t	*li;
} mhioc_inkeys_t;

typedef struct mhioc_key_list32 {
	uint32_t	listsize;
	uint32_t	listlen;
	caddr32_t	list;
} mhioc_key_list32_t;

typedef struct mhioc_inkeys32 {
	uint32_t	generation;
	caddr32_t	li;
} mhioc_inkeys32_t;

/* A reservation: its key, type and scope (SCSI3_RESV_*, SCSI3_SCOPE_*) */
typedef struct mhioc_resv_desc {
	mhioc_resv_key_t	key;
	uint8_t			type;
	uint8_t			scope;
	uint32_t		scope_specific_addr;
} mhioc_resv_desc_t;

/* MHIOCGRP_INRESV: the reservations held */
typedef struct mhioc_resv_desc_list {
	uint32_t		listsize;
	uint32_t		listlen;
	mhioc_resv_desc_t	*list;
} mhioc_resv_desc_list_t;

typedef struct mhioc_inresvs {
	uint32_t		generation;
	mhioc_resv_desc_list_t	*li;
} mhioc_inresvs_t;

typedef struct mhioc_resv_desc_list32 {
	uint32_t	listsize;
	uint32_t	listlen;
	caddr32_t	list;
} mhioc_resv_desc_list32_t;

typedef struct mhioc_inresvs32 {
	uint32_t	generation;
	caddr32_t	li;
} mhioc_inresvs32_t;

/* MHIOCGRP_REGISTER; aptpl: the registration survives power loss */
typedef struct mhioc_register {
	mhioc_resv_key_t	oldkey;
	mhioc_resv_key_t	newkey;
	boolean_t		aptpl;
} mhioc_register_t;

/* MHIOCGRP_PREEMPTANDABORT, MHIOCGRP_PREEMPT */
typedef struct mhioc_preemptandabort {
	mhioc_resv_desc_t	resvdesc;
	mhioc_resv_key_t	victim_key;
} mhioc_preemptandabort_t;

/* MHIOCGRP_REGISTERANDIGNOREKEY */
typedef struct mhioc_registerandignorekey {
	mhioc_resv_key_t	newkey;
	boolean_t		aptpl;
} mhioc_registerandignorekey_t;

_Static_assert(sizeof (mhioc_key_list32_t) == 12, "mhioc_key_list32 is 12 bytes");
_Static_assert(sizeof (mhioc_inkeys32_t) == 8, "mhioc_inkeys32 is 8 bytes");
_Static_assert(sizeof (mhioc_resv_desc_list32_t) == 12,
	       "mhioc_resv_desc_list32 is 12 bytes");
_Static_assert(sizeof (mhioc_inresvs32_t) == 8, "mhioc_inresvs32 is 8 bytes");
/* These have no pointer: one layout for both data models. */
_Static_assert(sizeof (mhioc_resv_desc_t) == 16, "mhioc_resv_desc is 16 bytes");
_Static_assert(sizeof (mhioc_register_t) == 20, "mhioc_register is 20 bytes");
_Static_assert(sizeof (mhioc_preemptandabort_t) == 24,
	       "mhioc_preemptandabort is 24 bytes");
_Static_assert(sizeof (mhioc_registerandignorekey_t) == 12,
	       "mhioc_registerandignorekey is 12 bytes");

/* Reservation types (SPC-3 PERSISTENT RESERVE); _OBSOLETE: since removed */
#define SCSI3_RESV_READSHARED_OBSOLETE			0
#define SCSI3_RESV_WRITEEXCLUSIVE			1
#define SCSI3_RESV_READEXCLUSIVE_OBSOLETE		2
#define SCSI3_RESV_EXCLUSIVEACCESS			3
#define SCSI3_RESV_SHAREDACCESS_OBSOLETE		4
#define SCSI3_RESV_WRITEEXCLUSIVEREGISTRANTSONLY	5
#define SCSI3_RESV_EXCLUSIVEACCESSREGISTRANTSONLY	6

/* Reservation scopes */
#define SCSI3_SCOPE_LOGICALUNIT		0
#define SCSI3_SCOPE_EXTENT_OBSOLETE	1
#define SCSI3_SCOPE_ELEMENT		2

#endif /* _SYS_MHD_H */
