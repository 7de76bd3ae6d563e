/* SPDX-License-Identifier: GPL-2.0 */
/*
 * File type bits, as drivers pass them to ddi_create_minor_node().  Only
 * the type field is provided; struct stat is not a driver interface.
 */
#ifndef _SYS_STAT_H
#define _SYS_STAT_H

#define S_IFMT		0xF000
#define S_IFIFO		0x1000
#define S_IFCHR		0x2000
#define S_IFDIR		0x4000
#define S_IFBLK		0x6000
#define S_IFREG		0x8000

#endif /* _SYS_STAT_H */
