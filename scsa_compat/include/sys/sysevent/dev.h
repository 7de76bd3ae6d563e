/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Attribute names of the device events (EC_DEV_ADD, EC_DEV_REMOVE,
 * EC_DEV_BRANCH, EC_DEV_STATUS): the device's /devices path without the
 * "/devices" prefix, its /dev name, driver and instance.
 */
#ifndef _SYS_SYSEVENT_DEV_H
#define _SYS_SYSEVENT_DEV_H

#include <sys/sysevent/eventdefs.h>

#define EV_VERSION		"version"
#define DEV_PHYS_PATH		"phys_path"
#define DEV_NAME		"dev_name"
#define DEV_DRIVER_NAME		"driver_name"
#define DEV_INSTANCE		"instance"
#define DEV_PROP_PREFIX		"prop-"

#define EV_V1			1

/* At most this many properties, each smaller than PROP_LEN_LIMIT bytes */
#define MAX_PROP_COUNT		100
#define PROP_LEN_LIMIT		1024

#endif /* _SYS_SYSEVENT_DEV_H */
