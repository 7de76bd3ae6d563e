// SPDX-License-Identifier: GPL-2.0
/*
 * blk_mq_alloc_disk() and blk_alloc_disk() take a struct queue_limits
 * (upstream 6.9, one change).
 */
#include <linux/blk-mq.h>

static struct gendisk *probe_alloc(struct blk_mq_tag_set *set)
{
	return blk_mq_alloc_disk(set, NULL, NULL);
}

static struct gendisk *probe_alloc_bio(void)
{
	return blk_alloc_disk(NULL, NUMA_NO_NODE);
}

void *probe_alloc_ref = probe_alloc;
void *probe_alloc_bio_ref = probe_alloc_bio;
