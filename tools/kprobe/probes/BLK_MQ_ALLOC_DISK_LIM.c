// SPDX-License-Identifier: GPL-2.0
/* blk_mq_alloc_disk() takes a struct queue_limits (upstream 6.9). */
#include <linux/blk-mq.h>

static struct gendisk *probe_alloc(struct blk_mq_tag_set *set)
{
	return blk_mq_alloc_disk(set, NULL, NULL);
}

void *probe_alloc_ref = probe_alloc;
