// SPDX-License-Identifier: GPL-2.0
/*
 * sdisk: an illumos-style SCSI disk driver for direct-access devices,
 * written against the illumos DDI/SCSA interfaces only.  This file: module
 * linkage, attach/detach, open/close and the size properties.
 *
 * Each instance serves the whole disk through a block node "a" and a raw
 * character node "a,raw" (/dev/scsa/sdisk/<inst>:a and :a,raw).  There is
 * no label support (no VTOC/EFI, no slices): unlike sd with cmlb, the one
 * "partition" is the whole medium.
 *
 * driver.conf properties (the port's conf= parameter):
 *   sdisk-throttle=N	commands in flight per disk (default 32 with
 *			tagged queueing, else 1)
 *   sdisk-io-time=S	READ/WRITE timeout in seconds (default 60)
 *   sdisk-no-arq=1	act as if the HBA had no auto request sense, to
 *			exercise REQUEST SENSE by hand
 */
#include <sys/file.h>
#include <sys/open.h>
#include <sys/stat.h>
#include <sys/cred.h>
#include <sys/modctl.h>
#include <sys/cmn_err.h>

#include "sdisk.h"

void *sdisk_statep;

static int sdisk_getinfo(dev_info_t *dip, ddi_info_cmd_t cmd, void *arg, void **result)
{
	int instance = SDISK_INST((dev_t)arg);
	struct sdisk *sk;

	switch (cmd) {
	case DDI_INFO_DEVT2INSTANCE:
		*result = (void *)(uintptr_t)instance;
		return (DDI_SUCCESS);
	case DDI_INFO_DEVT2DEVINFO:
		if ((sk = ddi_get_soft_state(sdisk_statep, instance)) == NULL)
			return (DDI_FAILURE);
		*result = sk->sk_dip;
		return (DDI_SUCCESS);
	default:
		return (DDI_FAILURE);
	}
}

/* TEST UNIT READY until the unit is ready (sdisk_cmd_sync retries). */
static int sdisk_tur(struct sdisk *sk)
{
	union scsi_cdb cdb;

	bzero(&cdb, sizeof (cdb));
	cdb.scc_cmd = SCMD_TEST_UNIT_READY;
	return (sdisk_cmd_sync(sk, &cdb, CDB_GROUP0, NULL, NULL, 0));
}

static uint32_t sdisk_be32(const uchar_t *p)
{
	return (((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3]);
}

/*
 * READ CAPACITY(10), and (16) when (10) cannot express the size, when the
 * unit has protection information, or to learn the physical block size.
 */
static int sdisk_read_capacity(struct sdisk *sk)
{
	struct scsi_address *ap = &sk->sk_sd->sd_address;
	union scsi_cdb cdb;
	struct buf *bp;
	uchar_t *d;
	uint64_t last;
	int rv, want16;

	bp = scsi_alloc_consistent_buf(ap, NULL, 32, B_READ, SLEEP_FUNC, NULL);
	if (bp == NULL)
		return (ENOMEM);
	d = (uchar_t *)bp->b_un.b_addr;

	bzero(&cdb, sizeof (cdb));
	cdb.scc_cmd = SCMD_READ_CAPACITY;
	bp->b_bcount = 8;
	bzero(d, 32);
	if ((rv = sdisk_cmd_sync(sk, &cdb, CDB_GROUP1, bp, NULL, 0)) != 0)
		goto out;
	last = sdisk_be32(d);
	sk->sk_blksize = sdisk_be32(d + 4);
	sk->sk_pbsize = sk->sk_blksize;
	want16 = last == 0xffffffffULL || sk->sk_sd->sd_inq->inq_protect;

	/* SERVICE ACTION IN(16) / READ CAPACITY(16), 32 bytes of data. */
	bzero(&cdb, sizeof (cdb));
	cdb.scc_cmd = SCMD_SVC_ACTION_IN_G4;
	cdb.cdb_opaque[1] = SSVC_ACTION_READ_CAPACITY_G4;
	cdb.cdb_opaque[13] = 32;
	bp->b_bcount = 32;
	bzero(d, 32);
	if (sk->sk_cdb16 && sdisk_cmd_sync(sk, &cdb, CDB_GROUP4, bp, NULL, 0) == 0) {
		last = ((uint64_t)sdisk_be32(d) << 32) | sdisk_be32(d + 4);
		sk->sk_blksize = sdisk_be32(d + 8);
		/* LOGICAL BLOCKS PER PHYSICAL BLOCK EXPONENT */
		sk->sk_pbsize = sk->sk_blksize << (d[13] & 0x0f);
	} else if (want16) {
		cmn_err(CE_WARN, "!sdisk%d: READ CAPACITY(16) failed", sk->sk_instance);
		rv = EIO;
		goto out;
	}
	if (sk->sk_blksize < DEV_BSIZE || (sk->sk_blksize & (sk->sk_blksize - 1)) != 0) {
		cmn_err(CE_WARN, "sdisk%d: unsupported block size %u", sk->sk_instance,
		    sk->sk_blksize);
		rv = EINVAL;
		goto out;
	}
	sk->sk_nblocks = last + 1;
out:
	bp->b_bcount = 32;
	scsi_free_consistent_buf(bp);
	return (rv);
}

static void sdisk_kstat_init(struct sdisk *sk)
{
	struct scsi_inquiry *inq = sk->sk_sd->sd_inq;
	struct sdisk_errstats *se;
	char name[KSTAT_STRLEN];
	kstat_t *ks;

	(void) snprintf(name, sizeof (name), "%s%d", SDISK_NAME, sk->sk_instance);
	sk->sk_iostat = kstat_create(SDISK_NAME, sk->sk_instance, name, "disk",
	    KSTAT_TYPE_IO, 1, KSTAT_FLAG_PERSISTENT);
	if (sk->sk_iostat != NULL) {
		/* kstat_waitq_enter() and friends run under sk_mutex. */
		sk->sk_iostat->ks_lock = &sk->sk_mutex;
		kstat_install(sk->sk_iostat);
	}

	(void) snprintf(name, sizeof (name), "%s%d,err", SDISK_NAME, sk->sk_instance);
	ks = kstat_create("sdiskerr", sk->sk_instance, name, "device_error",
	    KSTAT_TYPE_NAMED, sizeof (struct sdisk_errstats) / sizeof (kstat_named_t),
	    KSTAT_FLAG_PERSISTENT);
	if (ks == NULL)
		return;		/* the counters stay in the scratch copy */
	sk->sk_errstat = ks;
	se = SK_ERRSTAT(sk);
	kstat_named_init(&se->se_softerrs, "Soft Errors", KSTAT_DATA_UINT32);
	kstat_named_init(&se->se_harderrs, "Hard Errors", KSTAT_DATA_UINT32);
	kstat_named_init(&se->se_transerrs, "Transport Errors", KSTAT_DATA_UINT32);
	kstat_named_init(&se->se_vid, "Vendor", KSTAT_DATA_CHAR);
	kstat_named_init(&se->se_pid, "Product", KSTAT_DATA_CHAR);
	kstat_named_init(&se->se_revision, "Revision", KSTAT_DATA_CHAR);
	kstat_named_init(&se->se_capacity, "Size", KSTAT_DATA_ULONGLONG);
	kstat_named_init(&se->se_rq_media_err, "Media Error", KSTAT_DATA_UINT32);
	kstat_named_init(&se->se_rq_ntrdy_err, "Device Not Ready", KSTAT_DATA_UINT32);
	kstat_named_init(&se->se_rq_illrq_err, "Illegal Request", KSTAT_DATA_UINT32);
	kstat_named_init(&se->se_rq_recov_err, "Recoverable", KSTAT_DATA_UINT32);
	kstat_named_init(&se->se_unit_attn, "Unit Attention", KSTAT_DATA_UINT32);
	kstat_named_init(&se->se_retries, "Retries", KSTAT_DATA_UINT32);
	kstat_named_init(&se->se_busy, "Busy", KSTAT_DATA_UINT32);
	kstat_named_init(&se->se_rqsense, "Request Sense", KSTAT_DATA_UINT32);
	kstat_named_init(&se->se_flushes, "Cache Flushes", KSTAT_DATA_UINT32);
	bcopy(inq->inq_vid, se->se_vid.value.c, 8);
	bcopy(inq->inq_pid, se->se_pid.value.c, 16);
	bcopy(inq->inq_revision, se->se_revision.value.c, 4);
	se->se_capacity.value.ui64 = (uint64_t)sk->sk_nblocks * sk->sk_blksize;
	kstat_install(sk->sk_errstat);
}

/*
 * Until the error kstat exists (early attach) the counters go to a
 * scratch copy, so the I/O paths need no NULL checks.
 */
static struct sdisk_errstats sdisk_scratch_errstats;
static kstat_t sdisk_scratch_kstat = { .ks_data = &sdisk_scratch_errstats };

/* What the HBA offers and driver.conf asks for. */
static void sdisk_getconf(struct sdisk *sk)
{
	struct scsi_address *ap = &sk->sk_sd->sd_address;
	dev_info_t *dip = sk->sk_dip;
	int tagged;

	sk->sk_arq = scsi_ifgetcap(ap, "auto-rqsense", 1) == 1 &&
	    !ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "sdisk-no-arq", 0);
	sk->sk_cdb16 = scsi_ifgetcap(ap, "max-cdb-length", 1) >= CDB_GROUP4;
	tagged = scsi_ifgetcap(ap, "tagged-qing", 1) == 1;
	sk->sk_max_throttle = ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "sdisk-throttle",
	    tagged ? SDISK_THROTTLE : 1);
	if (sk->sk_max_throttle < 1)
		sk->sk_max_throttle = 1;
	sk->sk_throttle = sk->sk_max_throttle;
	sk->sk_io_time = ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "sdisk-io-time",
	    SDISK_IO_TIME);
	sk->sk_maxxfer = (size_t)MAX(scsi_ifgetcap(ap, "dma-max", 1), DEV_BSIZE);
	sk->sk_rmb = sk->sk_sd->sd_inq->inq_rmb;
}

/* The medium: ready, and its size, which the HBA is told as sd tells it. */
static int sdisk_medium(struct sdisk *sk)
{
	struct scsi_address *ap = &sk->sk_sd->sd_address;

	if (sdisk_tur(sk) != 0)
		cmn_err(CE_NOTE, "!sdisk%d: not ready at attach", sk->sk_instance);
	if (sdisk_read_capacity(sk) != 0) {
		cmn_err(CE_WARN, "sdisk%d: cannot read the capacity", sk->sk_instance);
		return (DDI_FAILURE);
	}
	(void) scsi_ifsetcap(ap, "sector-size", (int)sk->sk_blksize, 1);
	if (sk->sk_nblocks <= INT32_MAX)
		(void) scsi_ifsetcap(ap, "total-sectors", (int)sk->sk_nblocks, 1);
	return (DDI_SUCCESS);
}

static int sdisk_attach(dev_info_t *dip, ddi_attach_cmd_t cmd)
{
	struct scsi_device *sd = ddi_get_driver_private(dip);
	int instance = ddi_get_instance(dip);
	struct sdisk *sk;
	char name[32];

	if (cmd != DDI_ATTACH || sd == NULL)
		return (DDI_FAILURE);
	if (scsi_probe(sd, SLEEP_FUNC) != SCSIPROBE_EXISTS)
		return (DDI_FAILURE);
	if ((sd->sd_inq->inq_dtype & DTYPE_MASK) != DTYPE_DIRECT)
		goto fail_probe;
	if (ddi_soft_state_zalloc(sdisk_statep, instance) != DDI_SUCCESS)
		goto fail_probe;
	sk = ddi_get_soft_state(sdisk_statep, instance);
	sk->sk_dip = dip;
	sk->sk_sd = sd;
	sk->sk_instance = instance;
	sk->sk_errstat = &sdisk_scratch_kstat;
	mutex_init(&sk->sk_mutex, NULL, MUTEX_DRIVER, NULL);
	cv_init(&sk->sk_cv, NULL, CV_DRIVER, NULL);
	sd->sd_private = (opaque_t)sk;

	sdisk_getconf(sk);
	if (!sk->sk_arq && sdisk_rqs_init(sk) != DDI_SUCCESS)
		goto fail_soft;
	if (sdisk_medium(sk) != DDI_SUCCESS)
		goto fail_rqs;

	(void) snprintf(name, sizeof (name), "sdisk%d", instance);
	sk->sk_taskq = ddi_taskq_create(dip, name, 1, TASKQ_DEFAULTPRI, 0);
	if (sk->sk_taskq == NULL)
		goto fail_rqs;

	if (ddi_create_minor_node(dip, "a", S_IFBLK, SDISK_MINOR(instance), DDI_NT_BLOCK,
	    0) != DDI_SUCCESS)
		cmn_err(CE_NOTE, "!sdisk%d: no block node, raw node only", instance);
	if (ddi_create_minor_node(dip, "a,raw", S_IFCHR, SDISK_MINOR(instance), DDI_NT_BLOCK,
	    0) != DDI_SUCCESS)
		goto fail_minor;

	sdisk_kstat_init(sk);
	ddi_report_dev(dip);
	cmn_err(CE_CONT, "?sdisk%d: %llu blocks of %u bytes%s\n", instance,
	    (u_longlong_t)sk->sk_nblocks, sk->sk_blksize, sk->sk_arq ? "" : ", no ARQ");
	return (DDI_SUCCESS);

fail_minor:
	ddi_remove_minor_node(dip, NULL);
	ddi_taskq_destroy(sk->sk_taskq);
fail_rqs:
	sdisk_rqs_fini(sk);
fail_soft:
	sd->sd_private = NULL;
	cv_destroy(&sk->sk_cv);
	mutex_destroy(&sk->sk_mutex);
	ddi_soft_state_free(sdisk_statep, instance);
fail_probe:
	scsi_unprobe(sd);
	return (DDI_FAILURE);
}

static int sdisk_detach(dev_info_t *dip, ddi_detach_cmd_t cmd)
{
	int instance = ddi_get_instance(dip);
	struct sdisk *sk = ddi_get_soft_state(sdisk_statep, instance);

	if (cmd != DDI_DETACH || sk == NULL)
		return (DDI_FAILURE);
	/* illumos refuses to detach an open disk. */
	mutex_enter(&sk->sk_mutex);
	if (sk->sk_open_chr || sk->sk_open_blk || sk->sk_open_lyr) {
		mutex_exit(&sk->sk_mutex);
		return (DDI_FAILURE);
	}
	mutex_exit(&sk->sk_mutex);

	sdisk_drain(sk);
	ddi_remove_minor_node(dip, NULL);
	if (sk->sk_iostat != NULL)
		kstat_delete(sk->sk_iostat);
	if (sk->sk_errstat != &sdisk_scratch_kstat)
		kstat_delete(sk->sk_errstat);
	ddi_taskq_destroy(sk->sk_taskq);
	sdisk_rqs_fini(sk);
	sk->sk_sd->sd_private = NULL;
	scsi_unprobe(sk->sk_sd);
	cv_destroy(&sk->sk_cv);
	mutex_destroy(&sk->sk_mutex);
	ddi_soft_state_free(sdisk_statep, instance);
	return (DDI_SUCCESS);
}

static int sdisk_open(dev_t *devp, int flag, int otyp, cred_t *credp)
{
	struct sdisk *sk = ddi_get_soft_state(sdisk_statep, SDISK_INST(*devp));
	int *count;

	if (sk == NULL)
		return (ENXIO);
	switch (otyp) {
	case OTYP_CHR:
		count = &sk->sk_open_chr;
		break;
	case OTYP_BLK:
		count = &sk->sk_open_blk;
		break;
	case OTYP_LYR:
		count = &sk->sk_open_lyr;
		break;
	default:
		return (EINVAL);
	}
	mutex_enter(&sk->sk_mutex);
	if (sk->sk_excl || ((flag & FEXCL) &&
	    (sk->sk_open_chr || sk->sk_open_blk || sk->sk_open_lyr))) {
		mutex_exit(&sk->sk_mutex);
		return (EBUSY);
	}
	if (flag & FEXCL)
		sk->sk_excl = 1;
	/* Layered opens are counted; the others close once, on the last close. */
	if (otyp == OTYP_LYR)
		(*count)++;
	else
		*count = 1;
	mutex_exit(&sk->sk_mutex);
	return (0);
}

static int sdisk_close(dev_t dev, int flag, int otyp, cred_t *credp)
{
	struct sdisk *sk = ddi_get_soft_state(sdisk_statep, SDISK_INST(dev));

	if (sk == NULL)
		return (ENXIO);
	mutex_enter(&sk->sk_mutex);
	switch (otyp) {
	case OTYP_CHR:
		sk->sk_open_chr = 0;
		break;
	case OTYP_BLK:
		sk->sk_open_blk = 0;
		break;
	case OTYP_LYR:
		if (sk->sk_open_lyr > 0)
			sk->sk_open_lyr--;
		break;
	}
	if (!sk->sk_open_chr && !sk->sk_open_blk && !sk->sk_open_lyr)
		sk->sk_excl = 0;
	mutex_exit(&sk->sk_mutex);
	return (0);
}

/* Answer a dynamic property request from a value we compute. */
static int sdisk_prop_answer(ddi_prop_op_t prop_op, caddr_t valuep, int *lengthp,
    const void *val, int len)
{
	caddr_t buf;

	switch (prop_op) {
	case PROP_EXISTS:
		return (DDI_PROP_SUCCESS);
	case PROP_LEN:
		*lengthp = len;
		return (DDI_PROP_SUCCESS);
	case PROP_LEN_AND_VAL_BUF:
		if (*lengthp < len) {
			*lengthp = len;
			return (DDI_PROP_BUF_TOO_SMALL);
		}
		*lengthp = len;
		bcopy(val, valuep, len);
		return (DDI_PROP_SUCCESS);
	case PROP_LEN_AND_VAL_ALLOC:
		buf = kmem_alloc(len, KM_SLEEP);
		bcopy(val, buf, len);
		*(caddr_t *)valuep = buf;
		*lengthp = len;
		return (DDI_PROP_SUCCESS);
	default:
		return (DDI_PROP_INVAL_ARG);
	}
}

/*
 * prop_op(9E): the size of the disk, computed when asked, as sd (through
 * cmlb) answers it.  For a device of ours: "Nblocks" (int64) and "nblocks"
 * (int, when it fits) in "blksize" units, "Size"/"size" in bytes; for any
 * dev_t: "device-nblocks" (int64) and "device-blksize" (int), the medium
 * in its own blocks.  With one whole-disk partition the two agree.
 */
static int sdisk_prop_op(dev_t dev, dev_info_t *dip, ddi_prop_op_t prop_op, int mod_flags,
    char *name, caddr_t valuep, int *lengthp)
{
	struct sdisk *sk = ddi_get_soft_state(sdisk_statep, ddi_get_instance(dip));
	int64_t nblocks, size;
	int ival;

	if (sk == NULL || sk->sk_nblocks == 0)
		return (ddi_prop_op(dev, dip, prop_op, mod_flags, name, valuep, lengthp));
	nblocks = (int64_t)sk->sk_nblocks;
	size = nblocks * sk->sk_blksize;

	if (strcmp(name, "device-nblocks") == 0)
		return (sdisk_prop_answer(prop_op, valuep, lengthp, &nblocks, sizeof (nblocks)));
	if (strcmp(name, "device-blksize") == 0) {
		ival = (int)sk->sk_blksize;
		return (sdisk_prop_answer(prop_op, valuep, lengthp, &ival, sizeof (ival)));
	}
	if (dev == DDI_DEV_T_ANY || getminor(dev) != SDISK_MINOR(sk->sk_instance))
		return (ddi_prop_op(dev, dip, prop_op, mod_flags, name, valuep, lengthp));
	if (strcmp(name, "Nblocks") == 0)
		return (sdisk_prop_answer(prop_op, valuep, lengthp, &nblocks, sizeof (nblocks)));
	if (strcmp(name, "Size") == 0)
		return (sdisk_prop_answer(prop_op, valuep, lengthp, &size, sizeof (size)));
	if (strcmp(name, "blksize") == 0) {
		ival = (int)sk->sk_blksize;
		return (sdisk_prop_answer(prop_op, valuep, lengthp, &ival, sizeof (ival)));
	}
	if (strcmp(name, "nblocks") == 0 && nblocks <= INT32_MAX) {
		ival = (int)nblocks;
		return (sdisk_prop_answer(prop_op, valuep, lengthp, &ival, sizeof (ival)));
	}
	if (strcmp(name, "size") == 0 && size <= INT32_MAX) {
		ival = (int)size;
		return (sdisk_prop_answer(prop_op, valuep, lengthp, &ival, sizeof (ival)));
	}
	return (ddi_prop_op(dev, dip, prop_op, mod_flags, name, valuep, lengthp));
}

static struct cb_ops sdisk_cb_ops = {
	.cb_open = sdisk_open,
	.cb_close = sdisk_close,
	.cb_strategy = sdisk_strategy,
	.cb_print = nodev,
	.cb_dump = nodev,
	.cb_read = sdisk_read,
	.cb_write = sdisk_write,
	.cb_ioctl = sdisk_ioctl,
	.cb_devmap = nodev,
	.cb_mmap = nodev,
	.cb_segmap = nodev,
	.cb_chpoll = nochpoll,
	.cb_prop_op = sdisk_prop_op,
	.cb_str = NULL,
	.cb_flag = D_MP | D_NEW | D_64BIT,
	.cb_rev = CB_REV,
	.cb_aread = sdisk_aread,
	.cb_awrite = sdisk_awrite,
};

static struct dev_ops sdisk_dev_ops = {
	.devo_rev = DEVO_REV,
	.devo_refcnt = 0,
	.devo_getinfo = sdisk_getinfo,
	.devo_identify = nulldev,
	.devo_probe = nulldev,
	.devo_attach = sdisk_attach,
	.devo_detach = sdisk_detach,
	.devo_reset = nodev,
	.devo_cb_ops = &sdisk_cb_ops,
	.devo_bus_ops = NULL,
	.devo_power = NULL,
	.devo_quiesce = ddi_quiesce_not_needed,
};

static struct modldrv sdisk_modldrv = {
	&mod_driverops,
	"SCSI disk (scsa_compat)",
	&sdisk_dev_ops
};

static struct modlinkage sdisk_modlinkage = {
	MODREV_1,
	{ &sdisk_modldrv, NULL }
};

int _init(void)
{
	int rv;

	if ((rv = ddi_soft_state_init(&sdisk_statep, sizeof (struct sdisk), 2)) != 0)
		return (rv);
	if ((rv = mod_install(&sdisk_modlinkage)) != 0)
		ddi_soft_state_fini(&sdisk_statep);
	return (rv);
}

int _fini(void)
{
	int rv;

	if ((rv = mod_remove(&sdisk_modlinkage)) != 0)
		return (rv);
	ddi_soft_state_fini(&sdisk_statep);
	return (0);
}

int _info(struct modinfo *modinfop)
{
	return (mod_info(&sdisk_modlinkage, modinfop));
}
