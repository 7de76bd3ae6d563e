// SPDX-License-Identifier: GPL-2.0
/*
 * DKIOCFREE's free lists, <sys/dkioc_free_util.h>: dfl_copyin() and
 * dfl_free().  Solaris-world file.  dfl_iter() is not provided.
 */
#include <sys/types.h>
#include <sys/errno.h>
#include <sys/stddef.h>
#include <sys/systm.h>
#include <sys/kmem.h>
#include <sys/file.h>
#include <sys/sunddi.h>
#include <sys/dkio.h>
#include <sys/dkioc_free_util.h>

/*
 * The caller's list is read twice, its header and then the whole: the
 * count read first is the one kept, so a caller that changes it in
 * between cannot make the list claim more extents than were copied.
 */
int dfl_copyin(void *arg, dkioc_free_list_t **out, int ddi_flags, int kmflags)
{
	dkioc_free_list_t hdr, *dfl;
	uint64_t n;

	if (arg == NULL || out == NULL)
		return (EINVAL);
	if (ddi_copyin(arg, &hdr, offsetof(dkioc_free_list_t, dfl_exts), ddi_flags) != 0)
		return (EFAULT);
	n = hdr.dfl_num_exts;
	if (n == 0 || n > DFL_COPYIN_MAX_EXTS)
		return (EINVAL);
	dfl = kmem_alloc(DFL_SZ(n), kmflags);
	if (dfl == NULL)
		return (ENOMEM);
	if (ddi_copyin(arg, dfl, DFL_SZ(n), ddi_flags) != 0) {
		kmem_free(dfl, DFL_SZ(n));
		return (EFAULT);
	}
	dfl->dfl_num_exts = n;
	*out = dfl;
	return (0);
}

void dfl_free(dkioc_free_list_t *dfl)
{
	if (dfl != NULL)
		kmem_free(dfl, DFL_SZ(dfl->dfl_num_exts));
}
