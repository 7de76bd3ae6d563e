/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Helpers for drivers that serve DKIOCFREE (<sys/dkio.h>): copying a free
 * list in from the caller (scsa_compat/ddi_dkfree.c), and splitting it to a
 * device's limits (dfl_iter(), not provided).
 */
#ifndef _SYS_DKIOC_FREE_UTIL_H
#define _SYS_DKIOC_FREE_UTIL_H

#include <sys/types.h>
#include <sys/dkio.h>

/* The most extents dfl_copyin() takes */
#define DFL_COPYIN_MAX_EXTS	(1024 * 1024)

#define DFL_ISSYNC(dfl)		(((dfl)->dfl_flags & DF_WAIT_SYNC) ? B_TRUE : B_FALSE)

/*
 * A device's limits for dfl_iter(), in bytes like the free list: block
 * size (as a shift), extents and bytes per request (0: no limit), bytes
 * per extent (0: as per request) and the alignment of an extent's start.
 */
typedef struct dkioc_free_info {
	uint64_t	dfi_bshift;
	uint64_t	dfi_max_ext;
	uint64_t	dfi_max_bytes;
	uint64_t	dfi_max_ext_bytes;
	uint64_t	dfi_align;
} dkioc_free_info_t;

typedef int (*dfl_iter_fn_t)(dkioc_free_list_t *dfl, void *arg, int kmflag);

#ifdef _KERNEL
__SCSA_IMPL extern int dfl_copyin(void *arg, dkioc_free_list_t **out, int ddi_flags,
    int kmflags);
__SCSA_IMPL extern void dfl_free(dkioc_free_list_t *dfl);
__SCSA_ABSENT extern int dfl_iter(dkioc_free_list_t *dfl, const dkioc_free_info_t *dfi,
    uint64_t len, dfl_iter_fn_t fn, void *arg, int kmflag);
#endif

#endif /* _SYS_DKIOC_FREE_UTIL_H */
