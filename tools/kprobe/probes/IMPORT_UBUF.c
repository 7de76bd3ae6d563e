// SPDX-License-Identifier: GPL-2.0
/* import_ubuf() replaces import_single_range() for one user buffer. */
#include <linux/uio.h>

static int probe_import(void __user *buf, size_t len, struct iov_iter *iter)
{
	return import_ubuf(ITER_DEST, buf, len, iter);
}

void *probe_import_ref = probe_import;
