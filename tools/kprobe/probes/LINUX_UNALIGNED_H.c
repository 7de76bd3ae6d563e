// SPDX-License-Identifier: GPL-2.0
/* <asm/unaligned.h> moved to <linux/unaligned.h> (upstream 6.12). */
#include <linux/unaligned.h>

static u32 probe_get(const void *p)
{
	return get_unaligned_be32(p);
}

void *probe_get_ref = probe_get;
