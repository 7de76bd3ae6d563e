/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Byte-order conversion helpers for a little-endian host.  BE_* and LE_*
 * convert between host order and the named order; the *_IN* forms read
 * from and the *_OUT* forms write to possibly unaligned byte buffers.
 */
#ifndef _SYS_BYTEORDER_H
#define _SYS_BYTEORDER_H

#include <sys/isa_defs.h>
#include <sys/int_types.h>

#define BSWAP_8(x)	((uint8_t)(x))
#define BSWAP_16(x)	((uint16_t)__builtin_bswap16((uint16_t)(x)))
#define BSWAP_32(x)	((uint32_t)__builtin_bswap32((uint32_t)(x)))
#define BSWAP_64(x)	((uint64_t)__builtin_bswap64((uint64_t)(x)))

#define BMASK_8(x)	((uint8_t)(x))
#define BMASK_16(x)	((uint16_t)(x))
#define BMASK_32(x)	((uint32_t)(x))
#define BMASK_64(x)	((uint64_t)(x))

#define BE_8(x)		BMASK_8(x)
#define BE_16(x)	BSWAP_16(x)
#define BE_32(x)	BSWAP_32(x)
#define BE_64(x)	BSWAP_64(x)
#define LE_8(x)		BMASK_8(x)
#define LE_16(x)	BMASK_16(x)
#define LE_32(x)	BMASK_32(x)
#define LE_64(x)	BMASK_64(x)

#define BE_IN8(p)	(*(const uint8_t *)(p))
#define BE_IN16(p)	((uint16_t)((BE_IN8(p) << 8) | BE_IN8((const uint8_t *)(p) + 1)))
#define BE_IN32(p)	\
	(((uint32_t)BE_IN16(p) << 16) | BE_IN16((const uint8_t *)(p) + 2))
#define BE_IN64(p)	\
	(((uint64_t)BE_IN32(p) << 32) | BE_IN32((const uint8_t *)(p) + 4))
#define LE_IN8(p)	(*(const uint8_t *)(p))
#define LE_IN16(p)	((uint16_t)(LE_IN8(p) | (LE_IN8((const uint8_t *)(p) + 1) << 8)))
#define LE_IN32(p)	\
	((uint32_t)LE_IN16(p) | ((uint32_t)LE_IN16((const uint8_t *)(p) + 2) << 16))
#define LE_IN64(p)	\
	((uint64_t)LE_IN32(p) | ((uint64_t)LE_IN32((const uint8_t *)(p) + 4) << 32))

#define BE_OUT8(p, v)	(*(uint8_t *)(p) = (uint8_t)(v))
#define BE_OUT16(p, v)	\
	(BE_OUT8(p, (uint16_t)(v) >> 8), BE_OUT8((uint8_t *)(p) + 1, (v)))
#define BE_OUT32(p, v)	\
	(BE_OUT16(p, (uint32_t)(v) >> 16), BE_OUT16((uint8_t *)(p) + 2, (v)))
#define BE_OUT64(p, v)	\
	(BE_OUT32(p, (uint64_t)(v) >> 32), BE_OUT32((uint8_t *)(p) + 4, (v)))
#define LE_OUT8(p, v)	(*(uint8_t *)(p) = (uint8_t)(v))
#define LE_OUT16(p, v)	\
	(LE_OUT8(p, (v)), LE_OUT8((uint8_t *)(p) + 1, (uint16_t)(v) >> 8))
#define LE_OUT32(p, v)	\
	(LE_OUT16(p, (v)), LE_OUT16((uint8_t *)(p) + 2, (uint32_t)(v) >> 16))
#define LE_OUT64(p, v)	\
	(LE_OUT32(p, (v)), LE_OUT32((uint8_t *)(p) + 4, (uint64_t)(v) >> 32))

#endif /* _SYS_BYTEORDER_H */
