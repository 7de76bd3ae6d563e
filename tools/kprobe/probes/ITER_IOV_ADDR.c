// SPDX-License-Identifier: GPL-2.0
/* iter_iov_addr() gives an iov_iter's current user address (upstream 6.5). */
#include <linux/uio.h>

static void __user *probe_addr(struct iov_iter *iter)
{
	return iter_iov_addr(iter);
}

void *probe_addr_ref = probe_addr;
