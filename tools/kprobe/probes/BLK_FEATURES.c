// SPDX-License-Identifier: GPL-2.0
/* Queue features live in queue_limits.features; the blk_queue_* setters are gone. */
#include <linux/blkdev.h>

static void probe_features(struct queue_limits *lim)
{
	lim->features |= BLK_FEAT_WRITE_CACHE | BLK_FEAT_ROTATIONAL;
}

void *probe_features_ref = probe_features;
