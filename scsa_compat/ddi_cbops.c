// SPDX-License-Identifier: GPL-2.0
/*
 * Minor nodes, the cb_ops(9S) entry points behind them, and the services
 * those entry points use: user copies, data models, credentials, uio.
 * Solaris-world file; the Linux character devices are lx/cdev.c, the block
 * devices lx/blkdev.c.
 *
 * A character minor node is a Linux device of the "scsa" class, named
 * /dev/scsa/<driver>/<instance>:<minor name> (devtmpfs makes the
 * directories), whose dev_t is makedevice(<the driver's major>, <minor>):
 * getminor() gives back exactly the minor the driver created it with.
 * Each driver has one Linux major (one chrdev region spanning every minor);
 * an open of any minor number reaches the driver's open(9E) if its getinfo(9E)
 * maps it to an attached instance, as on illumos.
 *
 * A block minor node is a Linux gendisk with the same /dev name.  Its
 * Linux dev_t is Linux's own, but the driver sees the dev_t it would on
 * illumos, makedevice(<the driver's major>, <minor>), in open(9E) and
 * close(9E) (OTYP_BLK), ioctl(9E) and each buf's b_edev; block and
 * character nodes of one minor number are one device, as on illumos.
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/kmem.h>
#include <sys/cmn_err.h>
#include <sys/errno.h>
#include <sys/stat.h>
#include <sys/open.h>
#include <sys/file.h>
#include <sys/uio.h>
#include <sys/cred.h>
#include <sys/ddi.h>
#include <sys/sunddi.h>
#include <sys/dkio.h>

#include "ddi_impl.h"

_Static_assert(SCSA_FREAD == FREAD && SCSA_FWRITE == FWRITE && SCSA_FNDELAY == FNDELAY &&
    SCSA_FNONBLOCK == FNONBLOCK && SCSA_FEXCL == FEXCL && SCSA_FILP32 == FILP32 &&
    SCSA_FLP64 == FLP64 && SCSA_FKIOCTL == FKIOCTL && SCSA_OTYP_CHR == OTYP_CHR &&
    SCSA_OTYP_BLK == OTYP_BLK,
    "bridge file modes differ from <sys/file.h>");

/*
 * Minor nodes
 */

static struct scsa_minor *scsa_minor_find(dev_info_t *dip, const char *name)
{
	struct scsa_minor *m;

	for (m = dip->devi_minor; m != NULL; m = m->next)
		if (strcmp(m->name, name) == 0)
			return (m);
	return (NULL);
}

static void scsa_minor_destroy(struct scsa_minor *m)
{
	if (m->disk != NULL)
		scsa_lx_disk_destroy(m->disk);
	else
		scsa_lx_node_destroy(m->lx);
	strfree(m->name);
	strfree(m->nodetype);
	kmem_free(m, sizeof (*m));
}

/**
 * ddi_create_minor_node() - create a minor node of an attached instance
 * @dip: the node (bound to a driver with cb_ops)
 * @name: minor name; no '/'
 * @spec_type: S_IFCHR, or S_IFBLK for a block device (lx/blkdev.c)
 * @minor_num: what getminor() of the node's dev_t gives (20 bits)
 * @node_type: DDI_NT_* (recorded)
 * @flag: CLONE_DEV and PRIVONLY_DEV are accepted and have no effect
 *
 * Return: DDI_SUCCESS or DDI_FAILURE.
 */
int ddi_create_minor_node(dev_info_t *dip, const char *name, int spec_type,
    minor_t minor_num, const char *node_type, int flag)
{
	struct scsa_drv *drv = dip->devi_drv;
	struct scsa_minor *m;
	char path[MAXNAMELEN + 64];
	int exists, err;

	if ((spec_type != S_IFCHR && spec_type != S_IFBLK) || name == NULL ||
	    strchr(name, '/') != NULL || strlen(name) >= MAXNAMELEN || minor_num > MAXMIN || drv == NULL ||
	    drv->drv_cdev == NULL)
		return (DDI_FAILURE);
	mutex_enter(&dip->devi_lock);
	exists = scsa_minor_find(dip, name) != NULL;
	mutex_exit(&dip->devi_lock);
	if (exists)
		return (DDI_FAILURE);

	m = kmem_zalloc(sizeof (*m), KM_SLEEP);
	m->name = strdup(name);
	m->nodetype = strdup(node_type != NULL ? node_type : DDI_PSEUDO);
	m->spec_type = spec_type;
	m->dev = makedevice(drv->drv_major, minor_num);
	(void) snprintf(path, sizeof (path), "scsa/%s/%d:%s", drv->drv_name,
	    dip->devi_instance, name);
	if (spec_type == S_IFBLK)
		err = scsa_lx_disk_create(drv, dip, (unsigned int)m->dev, path,
		    drv->drv_owner, &m->disk);
	else
		err = scsa_lx_node_create((unsigned int)m->dev, path, &m->lx);
	if (err != 0) {
		strfree(m->name);
		strfree(m->nodetype);
		kmem_free(m, sizeof (*m));
		return (DDI_FAILURE);
	}
	mutex_enter(&dip->devi_lock);
	m->next = dip->devi_minor;
	dip->devi_minor = m;
	mutex_exit(&dip->devi_lock);
	return (DDI_SUCCESS);
}

/** ddi_remove_minor_node() - remove one minor node, or all with a NULL @name */
void ddi_remove_minor_node(dev_info_t *dip, const char *name)
{
	struct scsa_minor **pp, *m, *gone = NULL;

	mutex_enter(&dip->devi_lock);
	for (pp = &dip->devi_minor; (m = *pp) != NULL; ) {
		if (name == NULL || strcmp(m->name, name) == 0) {
			*pp = m->next;
			m->next = gone;
			gone = m;
			if (name != NULL)
				break;
		} else {
			pp = &m->next;
		}
	}
	mutex_exit(&dip->devi_lock);
	while ((m = gone) != NULL) {
		gone = m->next;
		scsa_minor_destroy(m);
	}
}

void scsa_minor_remove_all(dev_info_t *dip)
{
	ddi_remove_minor_node(dip, NULL);
}

/*
 * Open counting: close(9E) runs on the last close of a (dev, otyp).
 */

static struct scsa_open *scsa_open_get(struct scsa_drv *drv, dev_t dev, int otyp)
{
	struct scsa_open *o;

	mutex_enter(&drv->drv_open_lock);
	for (o = drv->drv_opens; o != NULL; o = o->next)
		if (o->dev == dev && o->otyp == otyp)
			break;
	if (o == NULL) {
		o = kmem_zalloc(sizeof (*o), KM_SLEEP);
		o->dev = dev;
		o->otyp = otyp;
		mutex_init(&o->lock, NULL, MUTEX_DRIVER, NULL);
		o->next = drv->drv_opens;
		drv->drv_opens = o;
	}
	o->users++;
	mutex_exit(&drv->drv_open_lock);
	return (o);
}

static void scsa_open_put(struct scsa_drv *drv, struct scsa_open *o)
{
	struct scsa_open **pp;

	mutex_enter(&drv->drv_open_lock);
	if (--o->users > 0 || o->count > 0) {
		mutex_exit(&drv->drv_open_lock);
		return;
	}
	for (pp = &drv->drv_opens; *pp != NULL; pp = &(*pp)->next) {
		if (*pp == o) {
			*pp = o->next;
			break;
		}
	}
	mutex_exit(&drv->drv_open_lock);
	mutex_destroy(&o->lock);
	kmem_free(o, sizeof (*o));
}

static void scsa_open_count(struct scsa_drv *drv, dev_t dev, int otyp)
{
	struct scsa_open *o = scsa_open_get(drv, dev, otyp);

	mutex_enter(&o->lock);
	o->count++;
	mutex_exit(&o->lock);
	scsa_open_put(drv, o);
}

/*
 * The attached node behind a dev_t, held against detach (devi_ref), or
 * NULL: getinfo(9E) did not map it to an attached instance.
 */
static dev_info_t *scsa_devt_hold(struct scsa_drv *drv, dev_t dev)
{
	struct dev_ops *ops = drv->drv_ops;
	dev_info_t *dip = NULL;
	void *res = NULL;

	if (ops->devo_getinfo == NULL)
		return (NULL);
	scsa_tree_enter();
	if (ops->devo_getinfo(NULL, DDI_INFO_DEVT2INSTANCE, (void *)dev, &res) ==
	    DDI_SUCCESS)
		dip = scsa_drv_instance_dip(drv, (int)(uintptr_t)res);
	if (dip != NULL && (dip->devi_state & DEVI_S_ATTACHED))
		dip->devi_ref++;
	else
		dip = NULL;
	scsa_tree_exit();
	return (dip);
}

static void scsa_devt_rele(dev_info_t *dip)
{
	scsa_tree_enter();
	dip->devi_ref--;
	scsa_tree_exit();
}

/*
 * cb_ops dispatch, for lx/cdev.c
 */

int scsa_cb_open(struct scsa_drv *drv, unsigned int *devp, int flag, int otyp,
    struct cred *cr, void **hold)
{
	struct cb_ops *cb = drv->drv_ops->devo_cb_ops;
	dev_t dev = *devp, odev = *devp;
	struct scsa_open *o;
	dev_info_t *dip;
	int rv;

	if (cb == NULL || cb->cb_open == NULL)
		return (ENXIO);
	if ((dip = scsa_devt_hold(drv, dev)) == NULL)
		return (ENXIO);
	o = scsa_open_get(drv, odev, otyp);
	mutex_enter(&o->lock);
	rv = cb->cb_open(&dev, flag, otyp, cr);
	if (rv == 0 && dev == odev)
		o->count++;
	mutex_exit(&o->lock);
	scsa_open_put(drv, o);
	if (rv != 0) {
		scsa_devt_rele(dip);
		return (rv);
	}
	if (dev != odev) {
		/*
		 * A clone open: the new dev_t is what is open, and closed.  A
		 * block device has no file to carry another dev_t.
		 */
		if (getmajor(dev) != drv->drv_major || otyp != OTYP_CHR) {
			cmn_err(CE_WARN, "%s: clone open gave another %s", drv->drv_name,
			    otyp != OTYP_CHR ? "block device" : "major");
			(void) cb->cb_close(dev, flag, otyp, cr);
			scsa_devt_rele(dip);
			return (ENXIO);
		}
		scsa_open_count(drv, dev, OTYP_CHR);
	}
	*devp = (unsigned int)dev;
	*hold = dip;
	return (0);
}

int scsa_cb_close(struct scsa_drv *drv, unsigned int udev, int flag, int otyp,
    struct cred *cr, void *hold)
{
	struct cb_ops *cb = drv->drv_ops->devo_cb_ops;
	struct scsa_open *o;
	dev_t dev = udev;
	int rv = 0;

	o = scsa_open_get(drv, dev, otyp);
	mutex_enter(&o->lock);
	if (o->count > 0 && --o->count == 0 && cb->cb_close != NULL)
		rv = cb->cb_close(dev, flag, otyp, cr);
	mutex_exit(&o->lock);
	scsa_open_put(drv, o);
	scsa_devt_rele(hold);
	return (rv);
}

long scsa_cb_ioctl(struct scsa_drv *drv, unsigned int dev, unsigned int cmd,
    unsigned long arg, int mode, struct cred *cr)
{
	struct cb_ops *cb = drv->drv_ops->devo_cb_ops;
	int rval = 0, err;

	if (cb->cb_ioctl == NULL)
		return (-ENXIO);
	err = cb->cb_ioctl((dev_t)dev, (int)cmd, (intptr_t)arg, mode, cr, &rval);
	return (err != 0 ? -err : rval);
}

long scsa_cb_rw(struct scsa_drv *drv, unsigned int dev, int write, void *ubuf,
    unsigned long len, long long *offp, int fmode, struct cred *cr)
{
	struct cb_ops *cb = drv->drv_ops->devo_cb_ops;
	int (*rw)(dev_t, struct uio *, cred_t *) = write ? cb->cb_write : cb->cb_read;
	struct iovec iov;
	struct uio uio;
	int err;

	if (rw == NULL)
		return (-ENXIO);
	iov.iov_base = ubuf;
	iov.iov_len = len;
	bzero(&uio, sizeof (uio));
	uio.uio_iov = &iov;
	uio.uio_iovcnt = 1;
	uio.uio_loffset = *offp;
	uio.uio_segflg = UIO_USERSPACE;
	uio.uio_fmode = (uint16_t)fmode;
	uio.uio_llimit = MAXOFFSET_T;
	uio.uio_resid = len;
	err = rw((dev_t)dev, &uio, cr);
	*offp = uio.uio_loffset;
	if (err != 0)
		return (-err);
	return ((long)(len - uio.uio_resid));
}

/*
 * Block devices: what lx/blkdev.c asks the driver
 */

/* One property through the driver's prop_op(9E), as specfs asks it. */
static int scsa_blk_prop(struct scsa_drv *drv, dev_info_t *dip, dev_t dev, int typed,
    char *name, void *val, int len)
{
	struct cb_ops *cb = drv->drv_ops->devo_cb_ops;
	int flags = DDI_PROP_NOTPROM | DDI_PROP_DONTPASS;
	int rv;

	if (typed)
		flags |= DDI_PROP_CONSUMER_TYPED;
	if (cb != NULL && cb->cb_prop_op != NULL)
		rv = cb->cb_prop_op(dev, dip, PROP_LEN_AND_VAL_BUF, flags, name, val, &len);
	else
		rv = ddi_prop_op(dev, dip, PROP_LEN_AND_VAL_BUF, flags, name, val, &len);
	return (rv == DDI_PROP_SUCCESS ? len : -1);
}

/* An int64 or int property's value, or -1. */
static int64_t scsa_blk_prop_num(struct scsa_drv *drv, dev_info_t *dip, dev_t dev,
    int typed, char *name)
{
	union {
		int64_t	i64;
		int	i32;
	} v;

	v.i64 = 0;
	switch (scsa_blk_prop(drv, dip, dev, typed, name, &v, sizeof (v))) {
	case sizeof (int64_t):
		return (v.i64);
	case sizeof (int):
		return ((uint_t)v.i32);
	default:
		return (-1);
	}
}

/*
 * The size as illumos's specfs works it out for a block device: "Nblocks"
 * (int64), else "nblocks" (int), counted in "blksize" units, else in
 * "device-blksize" ones, else in DEV_BSIZE ones.  "Size"/"size" (bytes,
 * what specfs asks of character devices) serve drivers that give only
 * those.  The block size is also the Linux logical block size.  The write
 * cache state comes from DKIOCGETWCE; no answer means none.
 */
void scsa_blk_media(struct scsa_drv *drv, void *vdip, unsigned int udev,
    unsigned long long *bytesp, unsigned int *blksizep, int *wcep)
{
	struct cb_ops *cb = drv->drv_ops->devo_cb_ops;
	dev_info_t *dip = vdip;
	dev_t dev = udev;
	int64_t n, bs;
	int wce = 0, rval;

	bs = scsa_blk_prop_num(drv, dip, dev, 0, "blksize");
	if (bs <= 0)
		bs = scsa_blk_prop_num(drv, dip, DDI_DEV_T_ANY, 0, "device-blksize");
	if (bs <= 0)
		bs = DEV_BSIZE;
	*blksizep = (unsigned int)bs;
	if ((n = scsa_blk_prop_num(drv, dip, dev, 1, "Nblocks")) < 0 &&
	    (n = scsa_blk_prop_num(drv, dip, dev, 0, "nblocks")) >= 0)
		n = (uint32_t)n;
	if (n >= 0) {
		*bytesp = (unsigned long long)n * (unsigned long long)bs;
	} else if ((n = scsa_blk_prop_num(drv, dip, dev, 1, "Size")) >= 0 ||
	    (n = scsa_blk_prop_num(drv, dip, dev, 0, "size")) >= 0) {
		*bytesp = (unsigned long long)n;
	} else {
		*bytesp = 0;
	}
	*wcep = 0;
	if (cb != NULL && cb->cb_ioctl != NULL &&
	    cb->cb_ioctl(dev, DKIOCGETWCE, (intptr_t)&wce, FKIOCTL | FREAD,
	    scsa_lx_current_cred(), &rval) == 0)
		*wcep = wce != 0;
}

/* Linux's flush: a synchronous DKIOCFLUSHWRITECACHE (no callback). */
int scsa_blk_flush(struct scsa_drv *drv, unsigned int dev)
{
	struct cb_ops *cb = drv->drv_ops->devo_cb_ops;
	int rval;

	if (cb == NULL || cb->cb_ioctl == NULL)
		return (ENOTTY);
	return (cb->cb_ioctl((dev_t)dev, DKIOCFLUSHWRITECACHE, 0, FKIOCTL | FREAD | FWRITE,
	    scsa_lx_current_cred(), &rval));
}

/*
 * Entry-point placeholders drivers put in their cb_ops and dev_ops
 */

/*
 * Declared without a prototype (one name serves every slot), so their
 * definitions have none to follow.
 */
#undef nodev
#undef nulldev
_Pragma("GCC diagnostic push")
_Pragma("GCC diagnostic ignored \"-Wmissing-prototypes\"")
int nodev(void)
{
	return (ENXIO);
}

int nulldev(void)
{
	return (0);
}
_Pragma("GCC diagnostic pop")

int nochpoll(dev_t dev, short events, int anyyet, short *reventsp, struct pollhead **phpp)
{
	return (ENXIO);
}

int ddi_quiesce_not_needed(dev_info_t *dip)
{
	return (DDI_SUCCESS);
}

int ddi_quiesce_not_supported(dev_info_t *dip)
{
	return (DDI_FAILURE);
}

/*
 * User copies and data models
 */

/* 0 or -1, not an errno: drivers map -1 to EFAULT. */
int ddi_copyin(const void *buf, void *driverbuf, size_t cn, int flags)
{
	if (flags & FKIOCTL) {
		bcopy(buf, driverbuf, cn);
		return (0);
	}
	return (scsa_lx_copyin(buf, driverbuf, cn) == 0 ? 0 : -1);
}

int ddi_copyout(const void *driverbuf, void *buf, size_t cn, int flags)
{
	if (flags & FKIOCTL) {
		bcopy(driverbuf, buf, cn);
		return (0);
	}
	return (scsa_lx_copyout(driverbuf, buf, cn) == 0 ? 0 : -1);
}

int copyin(const void *uaddr, void *kaddr, size_t len)
{
	return (scsa_lx_copyin(uaddr, kaddr, len) == 0 ? 0 : -1);
}

int copyout(const void *kaddr, void *uaddr, size_t len)
{
	return (scsa_lx_copyout(kaddr, uaddr, len) == 0 ? 0 : -1);
}

model_t ddi_model_convert_from(model_t model)
{
	return ((model & DDI_MODEL_MASK) == DDI_MODEL_ILP32 ? DDI_MODEL_ILP32 :
	    DDI_MODEL_NONE);
}

model_t get_udatamodel(void)
{
	return (scsa_lx_in_compat_syscall() ? DATAMODEL_ILP32 : DATAMODEL_LP64);
}

model_t ddi_mmap_get_model(void)
{
	return (get_udatamodel());
}

/*
 * Credentials: cred_t is the caller's Linux struct cred.
 */

cred_t *ddi_get_cred(void)
{
	return (scsa_lx_current_cred());
}

/*
 * drv_priv(9F): on illumos, the privilege "all" (root).  Here: holding
 * CAP_SYS_ADMIN in the initial user namespace, which is what Linux asks
 * of SCSI pass-through for anything the command filter does not allow.
 */
int drv_priv(cred_t *cr)
{
	return (scsa_lx_cred_priv(cr) ? 0 : EPERM);
}

uid_t crgetuid(const cred_t *cr)
{
	return ((uid_t)scsa_lx_cred_uid(cr, 0));
}

uid_t crgetruid(const cred_t *cr)
{
	return ((uid_t)scsa_lx_cred_uid(cr, 1));
}

gid_t crgetgid(const cred_t *cr)
{
	return ((gid_t)scsa_lx_cred_gid(cr, 0));
}

gid_t crgetrgid(const cred_t *cr)
{
	return ((gid_t)scsa_lx_cred_gid(cr, 1));
}

pid_t ddi_get_pid(void)
{
	return (scsa_lx_pid());
}

/*
 * uio
 */

/* Copies between @cp and @uio's segments, advancing @uio. */
int uiomove(void *cp, size_t n, enum uio_rw rw, uio_t *uio)
{
	char *p = cp;

	while (n > 0 && uio->uio_resid > 0) {
		iovec_t *iov = uio->uio_iov;
		size_t cnt = MIN(iov->iov_len, n);
		int err = 0;

		if (cnt == 0) {
			if (uio->uio_iovcnt <= 1)
				break;
			uio->uio_iov++;
			uio->uio_iovcnt--;
			continue;
		}
		if (uio->uio_segflg == UIO_SYSSPACE) {
			if (rw == UIO_READ)
				bcopy(p, iov->iov_base, cnt);
			else
				bcopy(iov->iov_base, p, cnt);
		} else if (rw == UIO_READ) {
			err = scsa_lx_copyout(p, iov->iov_base, cnt);
		} else {
			err = scsa_lx_copyin(iov->iov_base, p, cnt);
		}
		if (err != 0)
			return (EFAULT);
		iov->iov_base += cnt;
		iov->iov_len -= cnt;
		uio->uio_resid -= cnt;
		uio->uio_loffset += cnt;
		p += cnt;
		n -= cnt;
	}
	return (0);
}

int ureadc(int val, uio_t *uio)
{
	uchar_t c = (uchar_t)val;

	if (uio->uio_resid <= 0)
		return (EFAULT);
	return (uiomove(&c, 1, UIO_READ, uio));
}

int uwritec(struct uio *uio)
{
	uchar_t c;

	if (uio->uio_resid <= 0 || uiomove(&c, 1, UIO_WRITE, uio) != 0)
		return (-1);
	return (c);
}

void uioskip(uio_t *uio, size_t n)
{
	while (n > 0 && uio->uio_resid > 0) {
		iovec_t *iov = uio->uio_iov;
		size_t cnt = MIN(iov->iov_len, n);

		if (cnt == 0) {
			if (uio->uio_iovcnt <= 1)
				break;
			uio->uio_iov++;
			uio->uio_iovcnt--;
			continue;
		}
		iov->iov_base += cnt;
		iov->iov_len -= cnt;
		uio->uio_resid -= cnt;
		uio->uio_loffset += cnt;
		n -= cnt;
	}
}
