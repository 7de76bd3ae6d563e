/* SPDX-License-Identifier: GPL-2.0 */
/*
 * devfs, the file system of /devices on illumos.  Its nodes are private to
 * illumos's kernel; drivers see only devfs_clean(), which cmlb calls after
 * it removed minor nodes.  scsa_compat has no devfs: a minor node's
 * /dev/scsa entry is made and removed with the node itself.
 */
#ifndef _SYS_FS_DV_NODE_H
#define _SYS_FS_DV_NODE_H

#include <sys/types.h>
#include <sys/dditypes.h>

/*
 * illumos's dv_node.h reaches <rpc/types.h> (through the /dev file
 * system's <sys/fs/sdev_impl.h> and <rpc/rpc.h>), which makes TRUE and
 * FALSE visible to its includers; cmlb uses them.
 */
#ifndef TRUE
#define TRUE	(1)
#endif
#ifndef FALSE
#define FALSE	(0)
#endif

/* devfs_clean() flags */
#define DV_CLEAN_FORCE	0x01	/* also directories still referenced */
#define DV_RESET_PERM	0x02	/* reset node permissions */
#define DV_CLEANDIR_LCK	0x04	/* the caller holds the directory */

#ifdef _KERNEL
/*
 * Remove the devfs entries of @dip's child @devnm ("name@addr", every
 * child if NULL) that no minor node backs any more.
 */
__SCSA_PARTIAL("there is no devfs cache to clean: the /dev/scsa entry of a removed minor node goes with it (a block node's once its I/O in flight is done, before a node of its name is made again); returns 0")
extern int devfs_clean(dev_info_t *dip, char *devnm, uint_t flags);
#endif

#endif /* _SYS_FS_DV_NODE_H */
