// SPDX-License-Identifier: GPL-2.0
/* class_interface callbacks take only the device (upstream 6.4). */
#include <linux/device.h>

static int probe_add(struct device *dev)
{
	return 0;
}

struct class_interface probe_intf = { .add_dev = probe_add };
