// SPDX-License-Identifier: GPL-2.0
/*
 * tdrv: an illumos-style pseudo driver for the DDI selftests, written
 * against the illumos headers only, as a port would be.  Built twice: as
 * tdrv.ko through scsa_port.mk (for the in-guest cdev test), and inside the
 * KTAP module scsa_test_ddi_model.ko as "ktdrv" (ktdrv.c includes this file).
 *
 * Each instance has a minor node "ctl" (minor = instance) and a 64 KiB RAM
 * disk that read(2)/write(2) reach through physio(9F).  Entry points are
 * recorded, in order, in tdrv_events[].  A node with the property
 * "tdrv-fail-probe" fails probe(9E).  strategy(9E) fires the SDT probe
 * tdrv-strategy (offset, bytes, read).
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
#include <sys/ddi.h>
#include <sys/sunddi.h>
#include <sys/sdt.h>

#include "tdrv.h"

#define TDRV_DISK	(64 * 1024)

struct tdrv_state {
	dev_info_t	*ts_dip;
	kmutex_t	ts_mutex;
	int		ts_opens;	/* open(9E) calls */
	int		ts_closes;	/* close(9E) calls */
	int		ts_excl;
	int		ts_isopen;	/* between open(9E) and close(9E) */
	int		ts_last_flag;
	int		ts_last_mode;
	int		ts_bufsize;	/* conf: tdrv-bufsize */
	int		ts_physio_ok;	/* strategy saw B_PHYS|B_SHADOW bufs */
	char		*ts_disk;
};

static void *tdrv_statep;
extern char tdrv_events[];
char tdrv_events[TDRV_EVENTS_LEN];

static void tdrv_event(const char *what, int instance)
{
	size_t n = strlen(tdrv_events);

	if (instance >= 0)
		(void) snprintf(tdrv_events + n, sizeof (tdrv_events) - n, "%s%s%d",
		    n ? " " : "", what, instance);
	else
		(void) snprintf(tdrv_events + n, sizeof (tdrv_events) - n, "%s%s",
		    n ? " " : "", what);
}

static int tdrv_getinfo(dev_info_t *dip, ddi_info_cmd_t cmd, void *arg, void **result)
{
	int instance = getminor((dev_t)arg);
	struct tdrv_state *ts;

	switch (cmd) {
	case DDI_INFO_DEVT2INSTANCE:
		*result = (void *)(uintptr_t)instance;
		return (DDI_SUCCESS);
	case DDI_INFO_DEVT2DEVINFO:
		ts = ddi_get_soft_state(tdrv_statep, instance);
		if (ts == NULL)
			return (DDI_FAILURE);
		*result = ts->ts_dip;
		return (DDI_SUCCESS);
	default:
		return (DDI_FAILURE);
	}
}

static int tdrv_probe(dev_info_t *dip)
{
	tdrv_event("probe", -1);
	if (ddi_prop_exists(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS, "tdrv-fail-probe"))
		return (DDI_PROBE_FAILURE);
	return (DDI_PROBE_SUCCESS);
}

static int tdrv_attach(dev_info_t *dip, ddi_attach_cmd_t cmd)
{
	int instance = ddi_get_instance(dip);
	struct tdrv_state *ts;

	if (cmd != DDI_ATTACH)
		return (DDI_FAILURE);
	if (ddi_soft_state_zalloc(tdrv_statep, instance) != DDI_SUCCESS)
		return (DDI_FAILURE);
	ts = ddi_get_soft_state(tdrv_statep, instance);
	ts->ts_dip = dip;
	mutex_init(&ts->ts_mutex, NULL, MUTEX_DRIVER, NULL);
	ts->ts_bufsize = ddi_prop_get_int(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS,
	    "tdrv-bufsize", 512);
	ts->ts_disk = kmem_zalloc(TDRV_DISK, KM_SLEEP);
	/*
	 * "ctl2" is a second name of the same minor number, as illumos st
	 * gives its default-density nodes.
	 */
	if (ddi_create_minor_node(dip, "ctl", S_IFCHR, instance, DDI_PSEUDO, 0) !=
	    DDI_SUCCESS || ddi_create_minor_node(dip, "ctl2", S_IFCHR, instance,
	    DDI_PSEUDO, 0) != DDI_SUCCESS) {
		ddi_remove_minor_node(dip, NULL);
		kmem_free(ts->ts_disk, TDRV_DISK);
		mutex_destroy(&ts->ts_mutex);
		ddi_soft_state_free(tdrv_statep, instance);
		return (DDI_FAILURE);
	}
	tdrv_event("attach", instance);
	ddi_report_dev(dip);
	return (DDI_SUCCESS);
}

static int tdrv_detach(dev_info_t *dip, ddi_detach_cmd_t cmd)
{
	int instance = ddi_get_instance(dip);
	struct tdrv_state *ts = ddi_get_soft_state(tdrv_statep, instance);

	if (cmd != DDI_DETACH || ts == NULL)
		return (DDI_FAILURE);
	if (ddi_prop_exists(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS, "tdrv-refuse-detach"))
		return (DDI_FAILURE);
	ddi_remove_minor_node(dip, NULL);
	kmem_free(ts->ts_disk, TDRV_DISK);
	mutex_destroy(&ts->ts_mutex);
	ddi_soft_state_free(tdrv_statep, instance);
	tdrv_event("detach", instance);
	return (DDI_SUCCESS);
}

static int tdrv_open(dev_t *devp, int flag, int otyp, cred_t *credp)
{
	struct tdrv_state *ts = ddi_get_soft_state(tdrv_statep, getminor(*devp));

	if (ts == NULL || otyp != OTYP_CHR)
		return (ENXIO);
	mutex_enter(&ts->ts_mutex);
	if (ts->ts_excl || ((flag & FEXCL) && ts->ts_isopen)) {
		mutex_exit(&ts->ts_mutex);
		return (EBUSY);
	}
	ts->ts_excl = (flag & FEXCL) != 0;
	ts->ts_isopen = 1;
	ts->ts_opens++;
	ts->ts_last_flag = flag;
	mutex_exit(&ts->ts_mutex);
	tdrv_event("open", getminor(*devp));
	return (0);
}

/* Runs on the last close only: the framework counts. */
static int tdrv_close(dev_t dev, int flag, int otyp, cred_t *credp)
{
	struct tdrv_state *ts = ddi_get_soft_state(tdrv_statep, getminor(dev));

	if (ts == NULL)
		return (ENXIO);
	mutex_enter(&ts->ts_mutex);
	ts->ts_closes++;
	ts->ts_excl = 0;
	ts->ts_isopen = 0;
	mutex_exit(&ts->ts_mutex);
	tdrv_event("close", getminor(dev));
	return (0);
}

static int tdrv_strategy(struct buf *bp)
{
	struct tdrv_state *ts = ddi_get_soft_state(tdrv_statep, getminor(bp->b_edev));
	offset_t off = ldbtob(bp->b_lblkno);
	size_t n;

	if (ts == NULL || off >= TDRV_DISK) {
		bioerror(bp, ENXIO);
		bp->b_resid = bp->b_bcount;
		biodone(bp);
		return (0);
	}
	if ((bp->b_flags & (B_PHYS | B_SHADOW)) == (B_PHYS | B_SHADOW) &&
	    bp->b_shadow != NULL && bp->b_proc != NULL)
		ts->ts_physio_ok++;
	n = MIN(bp->b_bcount, (size_t)(TDRV_DISK - off));
	/* The SDT probe 41-trace sees: DTrace's tdrv-strategy. */
	DTRACE_PROBE3(tdrv__strategy, offset_t, off, size_t, n, int,
	    (bp->b_flags & B_READ) != 0);
	bp_mapin(bp);
	if (bp->b_flags & B_READ)
		bcopy(ts->ts_disk + off, bp->b_un.b_addr, n);
	else
		bcopy(bp->b_un.b_addr, ts->ts_disk + off, n);
	bp->b_resid = bp->b_bcount - n;
	biodone(bp);
	return (0);
}

static int tdrv_read(dev_t dev, struct uio *uiop, cred_t *credp)
{
	return (physio(tdrv_strategy, NULL, dev, B_READ, minphys, uiop));
}

static int tdrv_write(dev_t dev, struct uio *uiop, cred_t *credp)
{
	return (physio(tdrv_strategy, NULL, dev, B_WRITE, minphys, uiop));
}

static int tdrv_ioctl(dev_t dev, int cmd, intptr_t arg, int mode, cred_t *credp,
    int *rvalp)
{
	struct tdrv_state *ts = ddi_get_soft_state(tdrv_statep, getminor(dev));
	struct tdrv_info info;
	char buf[16];

	if (ts == NULL)
		return (ENXIO);
	ts->ts_last_mode = mode;
	switch (cmd) {
	case TDRV_IOC_INFO:
		bzero(&info, sizeof (info));
		mutex_enter(&ts->ts_mutex);
		info.ti_opens = ts->ts_opens;
		info.ti_closes = ts->ts_closes;
		info.ti_last_flag = ts->ts_last_flag;
		mutex_exit(&ts->ts_mutex);
		info.ti_mode = mode;
		info.ti_model = ddi_model_convert_from(mode & FMODELS);
		info.ti_instance = ddi_get_instance(ts->ts_dip);
		info.ti_bufsize = ts->ts_bufsize;
		info.ti_physio_ok = ts->ts_physio_ok;
		info.ti_priv = drv_priv(credp);
		if (ddi_copyout(&info, (void *)arg, sizeof (info), mode) != 0)
			return (EFAULT);
		return (0);
	case TDRV_IOC_RVAL:
		*rvalp = (int)arg;
		return (0);
	case TDRV_IOC_ERRNO:
		return ((int)arg);
	case TDRV_IOC_COPYIN:
		if (ddi_copyin((void *)arg, buf, sizeof (buf), mode) != 0)
			return (EFAULT);
		*rvalp = buf[0];
		return (0);
	default:
		return (ENOTTY);
	}
}

static struct cb_ops tdrv_cb_ops = {
	tdrv_open,		/* open */
	tdrv_close,		/* close */
	nodev,			/* strategy */
	nodev,			/* print */
	nodev,			/* dump */
	tdrv_read,		/* read */
	tdrv_write,		/* write */
	tdrv_ioctl,		/* ioctl */
	nodev,			/* devmap */
	nodev,			/* mmap */
	nodev,			/* segmap */
	nochpoll,		/* poll */
	ddi_prop_op,		/* prop_op */
	NULL,			/* streamtab */
	D_MP | D_NEW,		/* flags */
	CB_REV,			/* rev */
	nodev,			/* aread */
	nodev			/* awrite */
};

static struct dev_ops tdrv_dev_ops = {
	DEVO_REV,		/* rev */
	0,			/* refcnt */
	tdrv_getinfo,		/* getinfo */
	nulldev,		/* identify */
	tdrv_probe,		/* probe */
	tdrv_attach,		/* attach */
	tdrv_detach,		/* detach */
	nodev,			/* reset */
	&tdrv_cb_ops,		/* cb_ops */
	NULL,			/* bus_ops */
	NULL,			/* power */
	ddi_quiesce_not_needed	/* quiesce */
};

static struct modldrv tdrv_modldrv = {
	&mod_driverops,
	"scsa_compat test driver",
	&tdrv_dev_ops
};

static struct modlinkage tdrv_modlinkage = {
	MODREV_1,
	{ &tdrv_modldrv, NULL }
};

int _init(void)
{
	int rv;

	tdrv_events[0] = '\0';
	tdrv_event("init", -1);
	if ((rv = ddi_soft_state_init(&tdrv_statep, sizeof (struct tdrv_state), 1)) != 0)
		return (rv);
	if ((rv = mod_install(&tdrv_modlinkage)) != 0)
		ddi_soft_state_fini(&tdrv_statep);
	return (rv);
}

int _fini(void)
{
	int rv;

	if ((rv = mod_remove(&tdrv_modlinkage)) != 0)
		return (rv);
	ddi_soft_state_fini(&tdrv_statep);
	tdrv_event("fini", -1);
	cmn_err(CE_CONT, "!tdrv: _fini\n");
	return (0);
}

int _info(struct modinfo *modinfop)
{
	return (mod_info(&tdrv_modlinkage, modinfop));
}
