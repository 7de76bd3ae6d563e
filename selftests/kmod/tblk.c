// SPDX-License-Identifier: GPL-2.0
/*
 * tblk: an illumos-style RAM disk for the block-node selftests, written
 * against the illumos headers only, as a port would be.
 *
 * Each instance has a block minor node "a" and a character ("raw") minor
 * node "a,raw", both of minor number <instance>, as sd names a slice, and
 * a block node "b" (minor <instance> | TBLK_B) of the same data.  Its
 * size is answered dynamically through prop_op(9E) as "Nblocks" (what
 * specfs asks), from the conf property "tblk-size-mb" (default 16) or
 * TBLK_IOC_RESIZE.  strategy(9E) copies through bp_mapin(); the raw node
 * reaches it through physio(9F), and aphysio(9F) for aread(9E)/awrite(9E).  It claims a volatile write cache
 * (DKIOCGETWCE) and counts DKIOCFLUSHWRITECACHE; TBLK_IOC_SETBAD makes one
 * block fail with EIO, transferring what precedes it.
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/errno.h>
#include <sys/file.h>
#include <sys/open.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/buf.h>
#include <sys/cred.h>
#include <sys/modctl.h>
#include <sys/conf.h>
#include <sys/kmem.h>
#include <sys/cmn_err.h>
#include <sys/dkio.h>
#include <sys/aio_req.h>
#include <sys/ddi.h>
#include <sys/sunddi.h>

#include "tblk.h"

struct tblk_state {
	dev_info_t	*ts_dip;
	kmutex_t	ts_mutex;
	struct tblk_info ts_info;
	int64_t		ts_bad;		/* failing block, or -1 */
	size_t		ts_size;	/* of ts_disk */
	char		*ts_disk;
};

#define TBLK_B		0x40	/* the minor bit of node "b" */

static void *tblk_statep;

static struct tblk_state *tblk_state(dev_t dev)
{
	return (ddi_get_soft_state(tblk_statep, getminor(dev) & ~TBLK_B));
}

static int tblk_getinfo(dev_info_t *dip, ddi_info_cmd_t cmd, void *arg, void **result)
{
	struct tblk_state *ts;

	switch (cmd) {
	case DDI_INFO_DEVT2INSTANCE:
		*result = (void *)(uintptr_t)(getminor((dev_t)arg) & ~TBLK_B);
		return (DDI_SUCCESS);
	case DDI_INFO_DEVT2DEVINFO:
		if ((ts = tblk_state((dev_t)arg)) == NULL)
			return (DDI_FAILURE);
		*result = ts->ts_dip;
		return (DDI_SUCCESS);
	default:
		return (DDI_FAILURE);
	}
}

static int tblk_attach(dev_info_t *dip, ddi_attach_cmd_t cmd)
{
	int instance = ddi_get_instance(dip);
	struct tblk_state *ts;
	int mb;

	if (cmd != DDI_ATTACH)
		return (DDI_FAILURE);
	if (ddi_soft_state_zalloc(tblk_statep, instance) != DDI_SUCCESS)
		return (DDI_FAILURE);
	ts = ddi_get_soft_state(tblk_statep, instance);
	ts->ts_dip = dip;
	mutex_init(&ts->ts_mutex, NULL, MUTEX_DRIVER, NULL);
	mb = ddi_prop_get_int(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS, "tblk-size-mb", 16);
	ts->ts_size = (size_t)mb << 20;
	ts->ts_info.tb_nblocks = ts->ts_size / DEV_BSIZE;
	ts->ts_bad = -1;
	ts->ts_disk = kmem_zalloc(ts->ts_size, KM_SLEEP);
	if (ddi_create_minor_node(dip, "a", S_IFBLK, instance, DDI_NT_BLOCK, 0) !=
	    DDI_SUCCESS ||
	    ddi_create_minor_node(dip, "a,raw", S_IFCHR, instance, DDI_NT_BLOCK, 0) !=
	    DDI_SUCCESS ||
	    ddi_create_minor_node(dip, "b", S_IFBLK, instance | TBLK_B, DDI_NT_BLOCK, 0) !=
	    DDI_SUCCESS) {
		ddi_remove_minor_node(dip, NULL);
		kmem_free(ts->ts_disk, ts->ts_size);
		mutex_destroy(&ts->ts_mutex);
		ddi_soft_state_free(tblk_statep, instance);
		return (DDI_FAILURE);
	}
	ddi_report_dev(dip);
	return (DDI_SUCCESS);
}

static int tblk_detach(dev_info_t *dip, ddi_detach_cmd_t cmd)
{
	int instance = ddi_get_instance(dip);
	struct tblk_state *ts = ddi_get_soft_state(tblk_statep, instance);

	if (cmd != DDI_DETACH || ts == NULL)
		return (DDI_FAILURE);
	ddi_remove_minor_node(dip, NULL);
	kmem_free(ts->ts_disk, ts->ts_size);
	mutex_destroy(&ts->ts_mutex);
	ddi_soft_state_free(tblk_statep, instance);
	return (DDI_SUCCESS);
}

static int tblk_open(dev_t *devp, int flag, int otyp, cred_t *credp)
{
	struct tblk_state *ts = tblk_state(*devp);

	if (ts == NULL)
		return (ENXIO);
	if (otyp != OTYP_BLK && otyp != OTYP_CHR)
		return (EINVAL);
	mutex_enter(&ts->ts_mutex);
	ts->ts_info.tb_opens[otyp]++;
	ts->ts_info.tb_last_flag = flag;
	mutex_exit(&ts->ts_mutex);
	return (0);
}

/* The framework calls it on the last close of each (dev, otyp). */
static int tblk_close(dev_t dev, int flag, int otyp, cred_t *credp)
{
	struct tblk_state *ts = tblk_state(dev);

	if (ts == NULL || (otyp != OTYP_BLK && otyp != OTYP_CHR))
		return (ENXIO);
	mutex_enter(&ts->ts_mutex);
	ts->ts_info.tb_closes[otyp]++;
	mutex_exit(&ts->ts_mutex);
	return (0);
}

static int tblk_strategy(struct buf *bp)
{
	struct tblk_state *ts = tblk_state(bp->b_edev);
	offset_t off = ldbtob(bp->b_lblkno), end, bad;
	size_t n;
	int err = 0;

	if (ts == NULL) {
		bioerror(bp, ENXIO);
		bp->b_resid = bp->b_bcount;
		biodone(bp);
		return (0);
	}
	mutex_enter(&ts->ts_mutex);
	ts->ts_info.tb_strategies++;
	if ((bp->b_flags & (B_PAGEIO | B_REMAPPED | B_BUSY)) == (B_PAGEIO | B_BUSY) &&
	    bp->b_pages != NULL && bp->b_blkno == bp->b_lblkno)
		ts->ts_info.tb_pageio++;
	if (getmajor(bp->b_edev) != ddi_driver_major(ts->ts_dip) ||
	    (getminor(bp->b_edev) & ~TBLK_B) != (minor_t)ddi_get_instance(ts->ts_dip))
		ts->ts_info.tb_bad_edev++;
	end = ldbtob(ts->ts_info.tb_nblocks);
	bad = ts->ts_bad >= 0 ? ldbtob(ts->ts_bad) : -1;
	mutex_exit(&ts->ts_mutex);

	if (off > end) {
		bioerror(bp, ENXIO);
		bp->b_resid = bp->b_bcount;
		biodone(bp);
		return (0);
	}
	n = MIN(bp->b_bcount, (size_t)(end - off));
	if (bad >= off && bad < off + (offset_t)n) {
		n = (size_t)(bad - off);
		err = EIO;
	}
	bp_mapin(bp);
	if ((bp->b_flags & (B_PAGEIO | B_PHYS)) && !(bp->b_flags & B_REMAPPED)) {
		bioerror(bp, EIO);
		bp->b_resid = bp->b_bcount;
		biodone(bp);
		return (0);
	}
	if (bp->b_flags & B_READ)
		bcopy(ts->ts_disk + off, bp->b_un.b_addr, n);
	else
		bcopy(bp->b_un.b_addr, ts->ts_disk + off, n);
	bp->b_resid = bp->b_bcount - n;
	if (err != 0)
		bioerror(bp, err);
	biodone(bp);
	return (0);
}

static int tblk_read(dev_t dev, struct uio *uiop, cred_t *credp)
{
	return (physio(tblk_strategy, NULL, dev, B_READ, minphys, uiop));
}

static int tblk_write(dev_t dev, struct uio *uiop, cred_t *credp)
{
	return (physio(tblk_strategy, NULL, dev, B_WRITE, minphys, uiop));
}

static int tblk_arw(dev_t dev, struct aio_req *aio, int rw)
{
	struct tblk_state *ts = tblk_state(dev);

	if (ts == NULL)
		return (ENXIO);
	mutex_enter(&ts->ts_mutex);
	ts->ts_info.tb_aio++;
	mutex_exit(&ts->ts_mutex);
	return (aphysio(tblk_strategy, anocancel, dev, rw, minphys, aio));
}

static int tblk_aread(dev_t dev, struct aio_req *aio, cred_t *credp)
{
	return (tblk_arw(dev, aio, B_READ));
}

static int tblk_awrite(dev_t dev, struct aio_req *aio, cred_t *credp)
{
	return (tblk_arw(dev, aio, B_WRITE));
}

static int tblk_ioctl(dev_t dev, int cmd, intptr_t arg, int mode, cred_t *credp,
    int *rvalp)
{
	struct tblk_state *ts = tblk_state(dev);
	struct dk_callback *dkc;
	struct tblk_info info;
	int wce = 1;

	if (ts == NULL)
		return (ENXIO);
	switch (cmd) {
	case TBLK_IOC_INFO:
		mutex_enter(&ts->ts_mutex);
		info = ts->ts_info;
		mutex_exit(&ts->ts_mutex);
		if (ddi_copyout(&info, (void *)arg, sizeof (info), mode) != 0)
			return (EFAULT);
		return (0);
	case TBLK_IOC_SETBAD:
		mutex_enter(&ts->ts_mutex);
		ts->ts_bad = (int64_t)arg;
		mutex_exit(&ts->ts_mutex);
		return (0);
	case TBLK_IOC_RESIZE:
		if (arg <= 0 || (size_t)arg > ts->ts_size / DEV_BSIZE)
			return (EINVAL);
		mutex_enter(&ts->ts_mutex);
		ts->ts_info.tb_nblocks = arg;
		mutex_exit(&ts->ts_mutex);
		return (0);
	case DKIOCGETWCE:
		if (ddi_copyout(&wce, (void *)arg, sizeof (wce), mode) != 0)
			return (EFAULT);
		return (0);
	case DKIOCFLUSHWRITECACHE:
		mutex_enter(&ts->ts_mutex);
		ts->ts_info.tb_flushes++;
		mutex_exit(&ts->ts_mutex);
		/* In-kernel callers may ask for a callback instead of waiting. */
		if ((mode & FKIOCTL) && arg != 0) {
			dkc = (struct dk_callback *)arg;
			(*dkc->dkc_callback)(dkc->dkc_cookie, 0);
		}
		return (0);
	default:
		return (ENOTTY);
	}
}

/* "Nblocks" of a dev_t is dynamic: the size it has now. */
static int tblk_prop_op(dev_t dev, dev_info_t *dip, ddi_prop_op_t prop_op, int flags,
    char *name, caddr_t valuep, int *lengthp)
{
	struct tblk_state *ts;
	int64_t nblocks;
	caddr_t p;

	if (dev == DDI_DEV_T_ANY || strcmp(name, "Nblocks") != 0 ||
	    (ts = tblk_state(dev)) == NULL)
		return (ddi_prop_op(dev, dip, prop_op, flags, name, valuep, lengthp));
	mutex_enter(&ts->ts_mutex);
	nblocks = ts->ts_info.tb_nblocks;
	mutex_exit(&ts->ts_mutex);
	switch (prop_op) {
	case PROP_EXISTS:
		return (DDI_PROP_SUCCESS);
	case PROP_LEN:
		*lengthp = sizeof (nblocks);
		return (DDI_PROP_SUCCESS);
	case PROP_LEN_AND_VAL_BUF:
		if (*lengthp < (int)sizeof (nblocks))
			return (DDI_PROP_BUF_TOO_SMALL);
		*lengthp = sizeof (nblocks);
		bcopy(&nblocks, valuep, sizeof (nblocks));
		return (DDI_PROP_SUCCESS);
	case PROP_LEN_AND_VAL_ALLOC:
		p = kmem_alloc(sizeof (nblocks), KM_SLEEP);
		bcopy(&nblocks, p, sizeof (nblocks));
		*(caddr_t *)valuep = p;
		*lengthp = sizeof (nblocks);
		return (DDI_PROP_SUCCESS);
	default:
		return (DDI_PROP_INVAL_ARG);
	}
}

static struct cb_ops tblk_cb_ops = {
	tblk_open,		/* open */
	tblk_close,		/* close */
	tblk_strategy,		/* strategy */
	nodev,			/* print */
	nodev,			/* dump */
	tblk_read,		/* read */
	tblk_write,		/* write */
	tblk_ioctl,		/* ioctl */
	nodev,			/* devmap */
	nodev,			/* mmap */
	nodev,			/* segmap */
	nochpoll,		/* poll */
	tblk_prop_op,		/* prop_op */
	NULL,			/* streamtab */
	D_MP | D_NEW,		/* flags */
	CB_REV,			/* rev */
	tblk_aread,		/* aread */
	tblk_awrite		/* awrite */
};

static struct dev_ops tblk_dev_ops = {
	DEVO_REV,		/* rev */
	0,			/* refcnt */
	tblk_getinfo,		/* getinfo */
	nulldev,		/* identify */
	nulldev,		/* probe */
	tblk_attach,		/* attach */
	tblk_detach,		/* detach */
	nodev,			/* reset */
	&tblk_cb_ops,		/* cb_ops */
	NULL,			/* bus_ops */
	NULL,			/* power */
	ddi_quiesce_not_needed	/* quiesce */
};

static struct modldrv tblk_modldrv = {
	&mod_driverops,
	"scsa_compat test block driver",
	&tblk_dev_ops
};

static struct modlinkage tblk_modlinkage = {
	MODREV_1,
	{ &tblk_modldrv, NULL }
};

int _init(void)
{
	int rv;

	if ((rv = ddi_soft_state_init(&tblk_statep, sizeof (struct tblk_state), 2)) != 0)
		return (rv);
	if ((rv = mod_install(&tblk_modlinkage)) != 0)
		ddi_soft_state_fini(&tblk_statep);
	return (rv);
}

int _fini(void)
{
	int rv;

	if ((rv = mod_remove(&tblk_modlinkage)) != 0)
		return (rv);
	ddi_soft_state_fini(&tblk_statep);
	return (0);
}

int _info(struct modinfo *modinfop)
{
	return (mod_info(&tblk_modlinkage, modinfop));
}
