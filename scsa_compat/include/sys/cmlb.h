/* SPDX-License-Identifier: GPL-2.0 */
/*
 * cmlb, illumos's common disk label module: a target driver (sd) hands it
 * a handle and two callbacks (cmlb_tg_ops_t), and cmlb reads and writes
 * the disk's labels (VTOC, fdisk, EFI/GPT), makes the driver's slice minor
 * nodes, serves the label ioctls and the size properties.
 *
 * The functions below are not scsa_compat's: illumos's own cmlb.c,
 * built unchanged as a port (a misc module the disk driver depends on),
 * defines and exports them.  So they carry no implementation-status
 * marker, and Documentation/coverage.rst does not list them.
 */
#ifndef _SYS_CMLB_H
#define _SYS_CMLB_H

#include <sys/types.h>
#include <sys/dditypes.h>
#include <sys/ddipropdefs.h>
#include <sys/cred.h>
#include <sys/dktp/fdisk.h>

/* Geometry the driver reports for TG_GETPHYGEOM and TG_GETVIRTGEOM. */
typedef struct cmlb_geom {
	unsigned int	g_ncyl;
	unsigned short	g_acyl;
	unsigned short	g_nhead;
	unsigned short	g_nsect;
	unsigned short	g_secsize;
	diskaddr_t	g_capacity;
	unsigned short	g_intrlv;
	unsigned short	g_rpm;
} cmlb_geom_t;

/* What the driver reports for TG_GETATTR. */
typedef struct tg_attribute {
	int	media_is_writable;
	int	media_is_solid_state;
	int	media_is_rotational;
} tg_attribute_t;

/* cmlb_attach() alter_behavior bits */
#define CMLB_CREATE_ALTSLICE_VTOC_16_DTYPE_DIRECT	0x00000001
#define CMLB_FAKE_GEOM_LABEL_IOCTLS_VTOC8		0x00000002
#define CMLB_OFF_BY_ONE					0x00000004
#define CMLB_FAKE_LABEL_ONE_PARTITION			0x00000008
#define CMLB_INTERNAL_MINOR_NODES			0x00000010
#define CMLB_CREATE_P0_MINOR_NODE			0x00000020

/* cmlb_validate() flags */
#define CMLB_SILENT					0x00000001

/* cmlb_tg_ops_t.tg_version */
#define TG_DK_OPS_VERSION_0	0
#define TG_DK_OPS_VERSION_1	1

/* tg_rdwr() commands */
#define TG_READ			0
#define TG_WRITE		1

/* tg_getinfo() commands, and what arg points to */
#define TG_GETPHYGEOM		1	/* cmlb_geom_t */
#define TG_GETVIRTGEOM		2	/* cmlb_geom_t */
#define TG_GETCAPACITY		3	/* diskaddr_t, in system blocks */
#define TG_GETBLOCKSIZE		4	/* uint32_t */
#define TG_GETATTR		5	/* tg_attribute_t */

/*
 * Minor numbers: the low CMLBUNIT_DFT_SHIFT bits are the slice or fdisk
 * partition, the rest the instance (a driver's own unit shift must match).
 */
#if defined(_SUNOS_VTOC_16)
#define CMLBUNIT_DFT_SHIFT	6
#define CMLBUNIT_FORCE_P0_SHIFT	(CMLBUNIT_DFT_SHIFT)
#else
#error "scsa_compat: only the _SUNOS_VTOC_16 disk label is supported"
#endif

/*
 * The driver's side.  Both return 0 or an errno, and get back the
 * tg_cookie the driver passed to the cmlb call they serve.
 *
 * tg_rdwr: TG_READ or TG_WRITE reqlength bytes at system block (DEV_BSIZE)
 * start_block, to or from bufp.
 * tg_getinfo: the TG_GET* information into *arg; EINVAL if it does not
 * apply to the device (for TG_GETCAPACITY: no medium), ENOTTY for an
 * unknown command.
 */
typedef struct cmlb_tg_ops {
	int	tg_version;
	int	(*tg_rdwr)(dev_info_t *devi, uchar_t cmd, void *bufp,
		    diskaddr_t start_block, size_t reqlength, void *tg_cookie);
	int	(*tg_getinfo)(dev_info_t *devi, int cmd, void *arg,
		    void *tg_cookie);
} cmlb_tg_ops_t;

typedef struct __cmlb_handle	*cmlb_handle_t;

#ifdef _KERNEL
/*
 * Defined by the cmlb module (illumos's cmlb.c), not by scsa_compat: no
 * status marker, see above.  They may call back into the driver through
 * its tg_ops.
 */
extern void cmlb_alloc_handle(cmlb_handle_t *cmlbhandlep);
extern int cmlb_attach(dev_info_t *devi, cmlb_tg_ops_t *tgopsp, int device_type,
    boolean_t is_removable, boolean_t is_hotpluggable, char *node_type,
    int alter_behavior, cmlb_handle_t cmlbhandle, void *tg_cookie);
extern int cmlb_validate(cmlb_handle_t cmlbhandle, int flags, void *tg_cookie);
extern void cmlb_invalidate(cmlb_handle_t cmlbhandle, void *tg_cookie);
extern boolean_t cmlb_is_valid(cmlb_handle_t cmlbhandle);
extern int cmlb_partinfo(cmlb_handle_t cmlbhandle, int part, diskaddr_t *nblocksp,
    diskaddr_t *startblockp, char **partnamep, uint16_t *tagp, void *tg_cookie);
extern int cmlb_efi_label_capacity(cmlb_handle_t cmlbhandle, diskaddr_t *capacity,
    void *tg_cookie);
extern int cmlb_ioctl(cmlb_handle_t cmlbhandle, dev_t dev, int cmd, intptr_t arg,
    int flag, cred_t *cred_p, int *rval_p, void *tg_cookie);
extern int cmlb_prop_op(cmlb_handle_t cmlbhandle, dev_t dev, dev_info_t *dip,
    ddi_prop_op_t prop_op, int mod_flags, char *name, caddr_t valuep,
    int *lengthp, int part, void *tg_cookie);
extern int cmlb_get_devid_block(cmlb_handle_t cmlbhandle, diskaddr_t *devidblockp,
    void *tg_cookie);
extern int cmlb_close(cmlb_handle_t cmlbhandle, void *tg_cookie);
extern void cmlb_detach(cmlb_handle_t cmlbhandle, void *tg_cookie);
extern void cmlb_free_handle(cmlb_handle_t *cmlbhandlep);
#endif /* _KERNEL */

#endif /* _SYS_CMLB_H */
