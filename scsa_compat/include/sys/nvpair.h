/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Name-value pair lists, nvlist(9F): the payload of system events and
 * fault-management ereports.  The types, flags and interfaces are
 * illumos's (scsa_compat/ddi_nvpair.c).  Lists are built, looked up and
 * walked; they are not packed, so nvlist_pack() and the nv_alloc_t
 * allocator interfaces are absent, as are the fnvlist_* and fnvpair_*
 * wrappers.
 */
#ifndef _SYS_NVPAIR_H
#define _SYS_NVPAIR_H

#include <sys/types.h>
#include <sys/time.h>
#include <sys/errno.h>
#include <sys/va_list.h>
#include <sys/kmem.h>

/* A pair's value type (the kernel has no DATA_TYPE_DOUBLE) */
typedef enum {
	DATA_TYPE_DONTCARE = -1,
	DATA_TYPE_UNKNOWN = 0,
	DATA_TYPE_BOOLEAN,
	DATA_TYPE_BYTE,
	DATA_TYPE_INT16,
	DATA_TYPE_UINT16,
	DATA_TYPE_INT32,
	DATA_TYPE_UINT32,
	DATA_TYPE_INT64,
	DATA_TYPE_UINT64,
	DATA_TYPE_STRING,
	DATA_TYPE_BYTE_ARRAY,
	DATA_TYPE_INT16_ARRAY,
	DATA_TYPE_UINT16_ARRAY,
	DATA_TYPE_INT32_ARRAY,
	DATA_TYPE_UINT32_ARRAY,
	DATA_TYPE_INT64_ARRAY,
	DATA_TYPE_UINT64_ARRAY,
	DATA_TYPE_STRING_ARRAY,
	DATA_TYPE_HRTIME,
	DATA_TYPE_NVLIST,
	DATA_TYPE_NVLIST_ARRAY,
	DATA_TYPE_BOOLEAN_VALUE,
	DATA_TYPE_INT8,
	DATA_TYPE_UINT8,
	DATA_TYPE_BOOLEAN_ARRAY,
	DATA_TYPE_INT8_ARRAY,
	DATA_TYPE_UINT8_ARRAY
} data_type_t;

/* A pair: this header, then its name, then its (aligned) value */
typedef struct nvpair {
	int32_t		nvp_size;
	int16_t		nvp_name_sz;
	int16_t		nvp_reserve;
	int32_t		nvp_value_elem;
	data_type_t	nvp_type;
} nvpair_t;

/* A list's header */
typedef struct nvlist {
	int32_t		nvl_version;
	uint32_t	nvl_nvflag;
	uint64_t	nvl_priv;
	uint32_t	nvl_flag;
	int32_t		nvl_pad;
} nvlist_t;

#define NV_VERSION		0

/* Encodings of nvlist_pack() */
#define NV_ENCODE_NATIVE	0
#define NV_ENCODE_XDR		1

/* nvlist_alloc() nvflag: names are unique, or unique per type */
#define NV_UNIQUE_NAME		0x1
#define NV_UNIQUE_NAME_TYPE	0x2

/* nvlist_lookup_pairs() flag */
#define NV_FLAG_NOENTOK		0x1

#define NV_ALIGN(x)		(((ulong_t)(x) + 7ul) & ~7ul)
#define NV_ALIGN4(x)		(((x) + 3) & ~3)

#define NVP_SIZE(nvp)		((nvp)->nvp_size)
#define NVP_NAME(nvp)		((char *)(nvp) + sizeof (nvpair_t))
#define NVP_TYPE(nvp)		((nvp)->nvp_type)
#define NVP_NELEM(nvp)		((nvp)->nvp_value_elem)
#define NVP_VALUE(nvp)		\
	((char *)(nvp) + NV_ALIGN(sizeof (nvpair_t) + (nvp)->nvp_name_sz))

#define NVL_VERSION(nvl)	((nvl)->nvl_version)
#define NVL_SIZE(nvl)		((nvl)->nvl_size)
#define NVL_FLAG(nvl)		((nvl)->nvl_flag)

/* Allocators for the nvlist_x*() forms */
typedef struct nv_alloc_ops nv_alloc_ops_t;

typedef struct nv_alloc {
	const nv_alloc_ops_t	*nva_ops;
	void			*nva_arg;
} nv_alloc_t;

struct nv_alloc_ops {
	int	(*nv_ao_init)(nv_alloc_t *, __va_list);
	void	(*nv_ao_fini)(nv_alloc_t *);
	void	*(*nv_ao_alloc)(nv_alloc_t *, size_t);
	void	(*nv_ao_free)(nv_alloc_t *, void *, size_t);
	void	(*nv_ao_reset)(nv_alloc_t *);
};

#ifdef _KERNEL
/* Lists */
__SCSA_IMPL extern int nvlist_alloc(nvlist_t **nvlp, uint_t nvflag, int kmflag);
__SCSA_IMPL extern void nvlist_free(nvlist_t *nvl);
__SCSA_ABSENT extern int nvlist_size(nvlist_t *nvl, size_t *size, int encoding);
__SCSA_ABSENT extern int nvlist_pack(nvlist_t *nvl, char **bufp, size_t *buflen, int encoding,
    int kmflag);
__SCSA_ABSENT extern int nvlist_unpack(char *buf, size_t buflen, nvlist_t **nvlp, int kmflag);
__SCSA_IMPL extern int nvlist_dup(nvlist_t *nvl, nvlist_t **nvlp, int kmflag);
__SCSA_ABSENT extern int nvlist_merge(nvlist_t *dst, nvlist_t *nvl, int flag);
__SCSA_IMPL extern uint_t nvlist_nvflag(nvlist_t *nvl);
__SCSA_ABSENT extern int nvlist_xalloc(nvlist_t **nvlp, uint_t nvflag, nv_alloc_t *nva);
__SCSA_ABSENT extern int nvlist_xpack(nvlist_t *nvl, char **bufp, size_t *buflen, int encoding,
    nv_alloc_t *nva);
__SCSA_ABSENT extern int nvlist_xunpack(char *buf, size_t buflen, nvlist_t **nvlp, nv_alloc_t *nva);
__SCSA_ABSENT extern int nvlist_xdup(nvlist_t *nvl, nvlist_t **nvlp, nv_alloc_t *nva);
__SCSA_ABSENT extern nv_alloc_t *nvlist_lookup_nv_alloc(nvlist_t *nvl);
__SCSA_ABSENT extern int nv_alloc_init(nv_alloc_t *nva, const nv_alloc_ops_t *nvo, ...);
__SCSA_ABSENT extern void nv_alloc_reset(nv_alloc_t *nva);
__SCSA_ABSENT extern void nv_alloc_fini(nv_alloc_t *nva);

/* Adding pairs: the value, or an array of nelem values */
__SCSA_IMPL extern int nvlist_add_nvpair(nvlist_t *nvl, nvpair_t *nvp);
__SCSA_IMPL extern int nvlist_add_boolean(nvlist_t *nvl, const char *name);
__SCSA_IMPL extern int nvlist_add_boolean_value(nvlist_t *nvl, const char *name, boolean_t val);
__SCSA_IMPL extern int nvlist_add_byte(nvlist_t *nvl, const char *name, uchar_t val);
__SCSA_IMPL extern int nvlist_add_int8(nvlist_t *nvl, const char *name, int8_t val);
__SCSA_IMPL extern int nvlist_add_uint8(nvlist_t *nvl, const char *name, uint8_t val);
__SCSA_IMPL extern int nvlist_add_int16(nvlist_t *nvl, const char *name, int16_t val);
__SCSA_IMPL extern int nvlist_add_uint16(nvlist_t *nvl, const char *name, uint16_t val);
__SCSA_IMPL extern int nvlist_add_int32(nvlist_t *nvl, const char *name, int32_t val);
__SCSA_IMPL extern int nvlist_add_uint32(nvlist_t *nvl, const char *name, uint32_t val);
__SCSA_IMPL extern int nvlist_add_int64(nvlist_t *nvl, const char *name, int64_t val);
__SCSA_IMPL extern int nvlist_add_uint64(nvlist_t *nvl, const char *name, uint64_t val);
__SCSA_IMPL extern int nvlist_add_string(nvlist_t *nvl, const char *name, const char *val);
__SCSA_IMPL extern int nvlist_add_nvlist(nvlist_t *nvl, const char *name, nvlist_t *val);
__SCSA_IMPL extern int nvlist_add_hrtime(nvlist_t *nvl, const char *name, hrtime_t val);
__SCSA_IMPL extern int nvlist_add_boolean_array(nvlist_t *nvl, const char *name, boolean_t *a,
    uint_t nelem);
__SCSA_IMPL extern int nvlist_add_byte_array(nvlist_t *nvl, const char *name, uchar_t *a,
    uint_t nelem);
__SCSA_IMPL extern int nvlist_add_int8_array(nvlist_t *nvl, const char *name, int8_t *a,
    uint_t nelem);
__SCSA_IMPL extern int nvlist_add_uint8_array(nvlist_t *nvl, const char *name, uint8_t *a,
    uint_t nelem);
__SCSA_IMPL extern int nvlist_add_int16_array(nvlist_t *nvl, const char *name, int16_t *a,
    uint_t nelem);
__SCSA_IMPL extern int nvlist_add_uint16_array(nvlist_t *nvl, const char *name, uint16_t *a,
    uint_t nelem);
__SCSA_IMPL extern int nvlist_add_int32_array(nvlist_t *nvl, const char *name, int32_t *a,
    uint_t nelem);
__SCSA_IMPL extern int nvlist_add_uint32_array(nvlist_t *nvl, const char *name, uint32_t *a,
    uint_t nelem);
__SCSA_IMPL extern int nvlist_add_int64_array(nvlist_t *nvl, const char *name, int64_t *a,
    uint_t nelem);
__SCSA_IMPL extern int nvlist_add_uint64_array(nvlist_t *nvl, const char *name, uint64_t *a,
    uint_t nelem);
__SCSA_IMPL extern int nvlist_add_string_array(nvlist_t *nvl, const char *name,
    char *const *a, uint_t nelem);
__SCSA_IMPL extern int nvlist_add_nvlist_array(nvlist_t *nvl, const char *name, nvlist_t **a,
    uint_t nelem);

/* Removing pairs */
__SCSA_IMPL extern int nvlist_remove(nvlist_t *nvl, const char *name, data_type_t type);
__SCSA_IMPL extern int nvlist_remove_all(nvlist_t *nvl, const char *name);
__SCSA_IMPL extern int nvlist_remove_nvpair(nvlist_t *nvl, nvpair_t *nvp);

/* Looking pairs up by name */
__SCSA_IMPL extern int nvlist_lookup_boolean(nvlist_t *nvl, const char *name);
__SCSA_IMPL extern int nvlist_lookup_boolean_value(nvlist_t *nvl, const char *name,
    boolean_t *val);
__SCSA_IMPL extern int nvlist_lookup_byte(nvlist_t *nvl, const char *name, uchar_t *val);
__SCSA_IMPL extern int nvlist_lookup_int8(nvlist_t *nvl, const char *name, int8_t *val);
__SCSA_IMPL extern int nvlist_lookup_uint8(nvlist_t *nvl, const char *name, uint8_t *val);
__SCSA_IMPL extern int nvlist_lookup_int16(nvlist_t *nvl, const char *name, int16_t *val);
__SCSA_IMPL extern int nvlist_lookup_uint16(nvlist_t *nvl, const char *name, uint16_t *val);
__SCSA_IMPL extern int nvlist_lookup_int32(nvlist_t *nvl, const char *name, int32_t *val);
__SCSA_IMPL extern int nvlist_lookup_uint32(nvlist_t *nvl, const char *name, uint32_t *val);
__SCSA_IMPL extern int nvlist_lookup_int64(nvlist_t *nvl, const char *name, int64_t *val);
__SCSA_IMPL extern int nvlist_lookup_uint64(nvlist_t *nvl, const char *name, uint64_t *val);
__SCSA_IMPL extern int nvlist_lookup_string(nvlist_t *nvl, const char *name, char **val);
__SCSA_IMPL extern int nvlist_lookup_nvlist(nvlist_t *nvl, const char *name, nvlist_t **val);
__SCSA_IMPL extern int nvlist_lookup_hrtime(nvlist_t *nvl, const char *name, hrtime_t *val);
__SCSA_IMPL extern int nvlist_lookup_boolean_array(nvlist_t *nvl, const char *name,
    boolean_t **a, uint_t *nelem);
__SCSA_IMPL extern int nvlist_lookup_byte_array(nvlist_t *nvl, const char *name,
    uchar_t **a, uint_t *nelem);
__SCSA_IMPL extern int nvlist_lookup_int8_array(nvlist_t *nvl, const char *name,
    int8_t **a, uint_t *nelem);
__SCSA_IMPL extern int nvlist_lookup_uint8_array(nvlist_t *nvl, const char *name,
    uint8_t **a, uint_t *nelem);
__SCSA_IMPL extern int nvlist_lookup_int16_array(nvlist_t *nvl, const char *name,
    int16_t **a, uint_t *nelem);
__SCSA_IMPL extern int nvlist_lookup_uint16_array(nvlist_t *nvl, const char *name,
    uint16_t **a, uint_t *nelem);
__SCSA_IMPL extern int nvlist_lookup_int32_array(nvlist_t *nvl, const char *name,
    int32_t **a, uint_t *nelem);
__SCSA_IMPL extern int nvlist_lookup_uint32_array(nvlist_t *nvl, const char *name,
    uint32_t **a, uint_t *nelem);
__SCSA_IMPL extern int nvlist_lookup_int64_array(nvlist_t *nvl, const char *name,
    int64_t **a, uint_t *nelem);
__SCSA_IMPL extern int nvlist_lookup_uint64_array(nvlist_t *nvl, const char *name,
    uint64_t **a, uint_t *nelem);
__SCSA_IMPL extern int nvlist_lookup_string_array(nvlist_t *nvl, const char *name,
    char ***a, uint_t *nelem);
__SCSA_IMPL extern int nvlist_lookup_nvlist_array(nvlist_t *nvl, const char *name,
    nvlist_t ***a, uint_t *nelem);
__SCSA_ABSENT extern int nvlist_lookup_pairs(nvlist_t *nvl, int flag, ...);
__SCSA_IMPL extern int nvlist_lookup_nvpair(nvlist_t *nvl, const char *name, nvpair_t **nvp);
__SCSA_ABSENT extern int nvlist_lookup_nvpair_embedded_index(nvlist_t *nvl, const char *name,
    nvpair_t **nvp, int *ip, char **ep);
__SCSA_IMPL extern boolean_t nvlist_exists(nvlist_t *nvl, const char *name);
__SCSA_IMPL extern boolean_t nvlist_empty(nvlist_t *nvl);

/* Walking a list and reading its pairs */
__SCSA_IMPL extern nvpair_t *nvlist_next_nvpair(nvlist_t *nvl, nvpair_t *nvp);
__SCSA_IMPL extern nvpair_t *nvlist_prev_nvpair(nvlist_t *nvl, nvpair_t *nvp);
__SCSA_IMPL extern char *nvpair_name(nvpair_t *nvp);
__SCSA_IMPL extern data_type_t nvpair_type(nvpair_t *nvp);
__SCSA_IMPL extern int nvpair_type_is_array(nvpair_t *nvp);
__SCSA_IMPL extern int nvpair_value_boolean_value(nvpair_t *nvp, boolean_t *val);
__SCSA_IMPL extern int nvpair_value_byte(nvpair_t *nvp, uchar_t *val);
__SCSA_IMPL extern int nvpair_value_int8(nvpair_t *nvp, int8_t *val);
__SCSA_IMPL extern int nvpair_value_uint8(nvpair_t *nvp, uint8_t *val);
__SCSA_IMPL extern int nvpair_value_int16(nvpair_t *nvp, int16_t *val);
__SCSA_IMPL extern int nvpair_value_uint16(nvpair_t *nvp, uint16_t *val);
__SCSA_IMPL extern int nvpair_value_int32(nvpair_t *nvp, int32_t *val);
__SCSA_IMPL extern int nvpair_value_uint32(nvpair_t *nvp, uint32_t *val);
__SCSA_IMPL extern int nvpair_value_int64(nvpair_t *nvp, int64_t *val);
__SCSA_IMPL extern int nvpair_value_uint64(nvpair_t *nvp, uint64_t *val);
__SCSA_IMPL extern int nvpair_value_string(nvpair_t *nvp, char **val);
__SCSA_IMPL extern int nvpair_value_nvlist(nvpair_t *nvp, nvlist_t **val);
__SCSA_IMPL extern int nvpair_value_hrtime(nvpair_t *nvp, hrtime_t *val);
__SCSA_IMPL extern int nvpair_value_boolean_array(nvpair_t *nvp, boolean_t **a, uint_t *nelem);
__SCSA_IMPL extern int nvpair_value_byte_array(nvpair_t *nvp, uchar_t **a, uint_t *nelem);
__SCSA_IMPL extern int nvpair_value_int8_array(nvpair_t *nvp, int8_t **a, uint_t *nelem);
__SCSA_IMPL extern int nvpair_value_uint8_array(nvpair_t *nvp, uint8_t **a, uint_t *nelem);
__SCSA_IMPL extern int nvpair_value_int16_array(nvpair_t *nvp, int16_t **a, uint_t *nelem);
__SCSA_IMPL extern int nvpair_value_uint16_array(nvpair_t *nvp, uint16_t **a, uint_t *nelem);
__SCSA_IMPL extern int nvpair_value_int32_array(nvpair_t *nvp, int32_t **a, uint_t *nelem);
__SCSA_IMPL extern int nvpair_value_uint32_array(nvpair_t *nvp, uint32_t **a, uint_t *nelem);
__SCSA_IMPL extern int nvpair_value_int64_array(nvpair_t *nvp, int64_t **a, uint_t *nelem);
__SCSA_IMPL extern int nvpair_value_uint64_array(nvpair_t *nvp, uint64_t **a, uint_t *nelem);
__SCSA_IMPL extern int nvpair_value_string_array(nvpair_t *nvp, char ***a, uint_t *nelem);
__SCSA_IMPL extern int nvpair_value_nvlist_array(nvpair_t *nvp, nvlist_t ***a, uint_t *nelem);
#endif

#endif /* _SYS_NVPAIR_H */
