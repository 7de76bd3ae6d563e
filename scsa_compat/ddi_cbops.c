// SPDX-License-Identifier: GPL-2.0
/*
 * Character minor nodes, the Solaris half; lx/cdev.c is the Linux half.
 * Solaris-world file.  A driver's character devices (one Linux major per
 * driver, a chrdev region spanning every minor), the Linux device of each
 * character node, and the dispatch of their file operations to cb_ops(9S):
 * open(9E)/close(9E) with illumos's open counting (which block nodes,
 * ddi_blkdev.c, share), ioctl(9E), read(9E)/write(9E), and
 * aread(9E)/awrite(9E) for asynchronous requests.  Also the services those
 * entry points use: user copies, data models, credentials, uio.
 *
 * An open of any minor number reaches the driver's open(9E) if its
 * getinfo(9E) maps it to an attached instance, as on illumos.
 *
 * Every function called from lx/cdev.c returns 0 or a negative errno, or
 * a count (Documentation/design.rst).
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
#include "ddi_buf_impl.h"

_Static_assert(SCSA_FREAD == FREAD && SCSA_FWRITE == FWRITE && SCSA_FNDELAY == FNDELAY &&
    SCSA_FNONBLOCK == FNONBLOCK && SCSA_FEXCL == FEXCL && SCSA_FILP32 == FILP32 &&
    SCSA_FLP64 == FLP64 && SCSA_FKIOCTL == FKIOCTL && SCSA_OTYP_CHR == OTYP_CHR &&
    SCSA_OTYP_BLK == OTYP_BLK,
    "bridge file modes differ from <sys/file.h>");

/*
 * Majors and nodes
 */

/* For mod_install(9F): 0 or a positive errno. */
int scsa_cb_drv_register(struct scsa_drv *drv)
{
	return (-scsa_lx_cdev_register(drv, drv->drv_name, drv->drv_owner, &drv->drv_major,
	    &drv->drv_cdev));
}

void scsa_cb_drv_unregister(struct scsa_drv *drv)
{
	scsa_lx_cdev_unregister(drv->drv_cdev);
	drv->drv_cdev = NULL;
}

/* For ddi_create_minor_node(9F): 0 or a positive errno. */
int scsa_cb_node_create(dev_info_t *dip, struct scsa_minor *m, const char *path)
{
	return (-scsa_lx_node_create((unsigned int)m->dev, path, &m->lx));
}

void scsa_cb_node_destroy(struct scsa_minor *m)
{
	scsa_lx_node_destroy(m->lx);
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
 * An open node pins the module each node from it up has as its owner (an
 * HBA's, and its LUN's host driver: see scsa_ndi_set_owner()), as an open
 * device pins its driver's: unloading them is refused while the device is
 * open, instead of waiting for the close.  0, or -ENXIO if one of them is
 * being unloaded.
 */
static int scsa_devt_pin(dev_info_t *dip)
{
	dev_info_t *p, *q;

	for (p = dip; p != NULL; p = p->devi_parent) {
		if (p->devi_owner == NULL || scsa_lx_module_get(p->devi_owner) == 0)
			continue;
		for (q = dip; q != p; q = q->devi_parent)
			if (q->devi_owner != NULL)
				scsa_lx_module_put(q->devi_owner);
		return (-ENXIO);
	}
	return (0);
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
	if (dip == NULL || !(dip->devi_state & DEVI_S_ATTACHED) ||
	    scsa_devt_pin(dip) != 0)
		dip = NULL;
	else
		dip->devi_ref++;
	scsa_tree_exit();
	return (dip);
}

static void scsa_devt_rele(dev_info_t *dip)
{
	dev_info_t *p;

	scsa_tree_enter();
	dip->devi_ref--;
	for (p = dip; p != NULL; p = p->devi_parent)
		if (p->devi_owner != NULL)
			scsa_lx_module_put(p->devi_owner);
	scsa_tree_exit();
}

/*
 * cb_ops dispatch, for lx/cdev.c (and for ddi_blkdev.c: open, close, ioctl)
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
		return (-ENXIO);
	if ((dip = scsa_devt_hold(drv, dev)) == NULL)
		return (-ENXIO);
	o = scsa_open_get(drv, odev, otyp);
	mutex_enter(&o->lock);
	rv = cb->cb_open(&dev, flag, otyp, cr);
	if (rv == 0 && dev == odev)
		o->count++;
	mutex_exit(&o->lock);
	scsa_open_put(drv, o);
	if (rv != 0) {
		scsa_devt_rele(dip);
		return (-rv);
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
			return (-ENXIO);
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
	return (-rv);
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
 * Asynchronous requests: aread(9E)/awrite(9E), whose aphysio(9F)
 * (ddi_buf.c) starts one transfer on the struct scsa_aio made here and
 * returns; the buf's b_iodone tells Linux, which unpins and completes the
 * request in process context through scsa_aio_finish().
 */

static int scsa_aio_iodone(struct buf *bp)
{
	struct scsa_aio *sa = (struct scsa_aio *)((char *)bp -
	    __builtin_offsetof(struct scsa_aio, sa_buf));

	scsa_lx_aio_done(sa->sa_cookie, sa);
	return (0);
}

long scsa_cb_aio(struct scsa_drv *drv, unsigned int udev, int write, void *ubuf,
    unsigned long len, long long off, int fmode, struct cred *cr, void *cookie,
    int *queued)
{
	struct cb_ops *cb = drv->drv_ops->devo_cb_ops;
	int (*arw)(dev_t, struct aio_req *, cred_t *);
	struct scsa_aio *sa;
	dev_t dev = udev;
	int err;

	*queued = 0;
	arw = cb->cb_rev < 1 ? NULL : write ? cb->cb_awrite : cb->cb_aread;
	if (arw == NULL || arw == (int (*)(dev_t, struct aio_req *, cred_t *))nodev)
		return (scsa_cb_rw(drv, udev, write, ubuf, len, &off, fmode, cr));
	sa = kmem_zalloc(sizeof (*sa), KM_SLEEP);
	sa->sa_magic = SCSA_AIO_MAGIC;
	sa->sa_iodone = scsa_aio_iodone;
	sa->sa_cookie = cookie;
	sa->sa_iov.iov_base = ubuf;
	sa->sa_iov.iov_len = len;
	sa->sa_uio.uio_iov = &sa->sa_iov;
	sa->sa_uio.uio_iovcnt = 1;
	sa->sa_uio.uio_loffset = off;
	sa->sa_uio.uio_segflg = UIO_USERSPACE;
	sa->sa_uio.uio_fmode = (uint16_t)fmode;
	sa->sa_uio.uio_llimit = MAXOFFSET_T;
	sa->sa_uio.uio_resid = len;
	sa->sa_req.aio_uio = &sa->sa_uio;
	bioinit(&sa->sa_buf);
	err = (*arw)(dev, &sa->sa_req, cr);
	if (sa->sa_started) {
		/* Its completion owns it now, whatever the driver returned. */
		*queued = 1;
		return (0);
	}
	biofini(&sa->sa_buf);
	kmem_free(sa, sizeof (*sa));
	/*
	 * aphysio() refuses a transfer the driver's minphys would split
	 * (ENOTSUP), and illumos's libc then does the request synchronously
	 * in a thread of its own.  Linux's callers (io_uring, libaio) have no
	 * such fallback, so it is done here: read(9E)/write(9E), which split.
	 */
	if (err == ENOTSUP)
		return (scsa_cb_rw(drv, udev, write, ubuf, len, &off, fmode, cr));
	return (-err);
}

long scsa_aio_finish(void *arg)
{
	struct scsa_aio *sa = arg;
	struct buf *bp = &sa->sa_buf;
	long res;
	int err;

	if (bp->b_flags & B_REMAPPED)
		bp_mapout(bp);
	err = geterror(bp);
	res = err != 0 ? -err : (long)(bp->b_bcount - bp->b_resid);
	bp->b_shadow = NULL;
	bp->b_flags &= ~B_SHADOW;
	scsa_lx_shadow_release(sa->sa_shadow, sa->sa_rw == B_READ);
	biofini(bp);
	kmem_free(sa, sizeof (*sa));
	return (res);
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
 * drv_priv(9F): on illumos, PRIV_SYS_DEVICES.  Here: holding CAP_SYS_RAWIO
 * in the initial user namespace, which is what Linux asks of SCSI
 * pass-through for anything its command filter does not allow.
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
