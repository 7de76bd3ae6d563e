/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Universally unique identifiers as illumos lays them out in memory: the
 * first three fields are integers in host order.  On disk (EFI/GPT labels)
 * they are little-endian, which UUID_LE_CONVERT() translates.
 */
#ifndef _SYS_UUID_H
#define _SYS_UUID_H

#include <sys/types.h>
#include <sys/byteorder.h>

typedef struct {
	uint8_t		nodeID[6];
} uuid_node_t;

struct uuid {
	uint32_t	time_low;
	uint16_t	time_mid;
	uint16_t	time_hi_and_version;
	uint8_t		clock_seq_hi_and_reserved;
	uint8_t		clock_seq_low;
	uint8_t		node_addr[6];
};

#define UUID_LEN	16

typedef uchar_t		uuid_t[UUID_LEN];

_Static_assert(sizeof (struct uuid) == UUID_LEN, "struct uuid is 16 bytes");

/*
 * dest = src, with the integer fields swapped between host and
 * little-endian order (the same operation in both directions; dest and
 * src may be the same object).
 */
#define UUID_LE_CONVERT(dest, src)					\
	do {								\
		(dest) = (src);						\
		(dest).time_low = LE_32((dest).time_low);		\
		(dest).time_mid = LE_16((dest).time_mid);		\
		(dest).time_hi_and_version =				\
		    LE_16((dest).time_hi_and_version);			\
	} while (0)

#endif /* _SYS_UUID_H */
