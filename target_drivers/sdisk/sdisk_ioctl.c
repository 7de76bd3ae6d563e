// SPDX-License-Identifier: GPL-2.0
/*
 * sdisk ioctl(9E): the dkio(4I) requests a whole-disk driver can answer
 * truthfully.  Label and geometry requests (VTOC, EFI, partitions) are not
 * offered: there are no labels.  Unknown requests fail with ENOTTY.
 */
#include <sys/file.h>
#include <sys/cred.h>
#include <sys/dkio.h>
#include <sys/cmn_err.h>

#include "sdisk.h"

#define SDISK_MODEBUF	64	/* header + block descriptor + caching page */

/*
 * SYNCHRONIZE CACHE(10) of the whole medium.  ENOTSUP once the device has
 * refused it, as sd reports a flush it cannot do.
 */
int sdisk_flush(struct sdisk *sk)
{
	uint8_t sense[SENSE_LENGTH];
	union scsi_cdb cdb;
	int rv;

	if (sk->sk_sync_unsupported)
		return (ENOTSUP);
	SK_ERRINC(sk, se_flushes);
	bzero(&cdb, sizeof (cdb));
	cdb.scc_cmd = SCMD_SYNCHRONIZE_CACHE;
	rv = sdisk_cmd_sync(sk, &cdb, CDB_GROUP1, NULL, sense, sizeof (sense));
	if (rv == SDISK_CHECK) {
		if (scsi_sense_key(sense) == KEY_ILLEGAL_REQUEST) {
			sk->sk_sync_unsupported = 1;
			return (ENOTSUP);
		}
		return (EIO);
	}
	return (rv);
}

struct sdisk_flush_req {
	struct sdisk		*fr_sk;
	struct dk_callback	fr_dkc;
};

static void sdisk_flush_task(void *arg)
{
	struct sdisk_flush_req *fr = arg;
	int rv = sdisk_flush(fr->fr_sk);

	fr->fr_dkc.dkc_callback(fr->fr_dkc.dkc_cookie, rv);
	kmem_free(fr, sizeof (*fr));
}

/*
 * DKIOCFLUSHWRITECACHE.  A kernel caller (FKIOCTL) passing a dk_callback
 * gets an immediate 0 and its callback later with the result, as illumos;
 * everyone else waits for the flush.
 */
static int sdisk_ioctl_flush(struct sdisk *sk, intptr_t arg, int mode)
{
	struct dk_callback *dkc = (struct dk_callback *)arg;
	struct sdisk_flush_req *fr;

	if (!(mode & FKIOCTL) || dkc == NULL || dkc->dkc_callback == NULL)
		return (sdisk_flush(sk));
	fr = kmem_alloc(sizeof (*fr), KM_SLEEP);
	fr->fr_sk = sk;
	fr->fr_dkc = *dkc;
	if (ddi_taskq_dispatch(sk->sk_taskq, sdisk_flush_task, fr, DDI_SLEEP) != DDI_SUCCESS) {
		kmem_free(fr, sizeof (*fr));
		return (sdisk_flush(sk));
	}
	return (0);
}

/*
 * MODE SENSE of the caching page (current values), (10) first and (6) if
 * the device refuses it.  Returns the offset of the page in bp's data, or
 * -1 with *errp set.
 */
static int sdisk_mode_sense_cache(struct sdisk *sk, struct buf *bp, int *errp)
{
	uchar_t *d = (uchar_t *)bp->b_un.b_addr;
	uint8_t sense[SENSE_LENGTH];
	union scsi_cdb cdb;
	int rv, hdr, bdlen, off;

	for (;;) {
		bzero(&cdb, sizeof (cdb));
		bzero(d, SDISK_MODEBUF);
		bp->b_bcount = SDISK_MODEBUF;
		if (!sk->sk_mode6) {
			cdb.scc_cmd = SCMD_MODE_SENSE_G1;
			cdb.cdb_opaque[2] = MODEPAGE_CACHING;
			cdb.cdb_opaque[8] = SDISK_MODEBUF;
			rv = sdisk_cmd_sync(sk, &cdb, CDB_GROUP1, bp, sense, sizeof (sense));
		} else {
			cdb.scc_cmd = SCMD_MODE_SENSE;
			cdb.cdb_opaque[2] = MODEPAGE_CACHING;
			cdb.cdb_opaque[4] = SDISK_MODEBUF;
			rv = sdisk_cmd_sync(sk, &cdb, CDB_GROUP0, bp, sense, sizeof (sense));
		}
		if (rv == SDISK_CHECK && !sk->sk_mode6 &&
		    scsi_sense_key(sense) == KEY_ILLEGAL_REQUEST) {
			sk->sk_mode6 = 1;
			continue;
		}
		break;
	}
	if (rv != 0) {
		*errp = rv == SDISK_CHECK ? EIO : rv;
		return (-1);
	}
	if (!sk->sk_mode6) {
		hdr = MODE_HEADER_LENGTH_G1;
		bdlen = (d[6] << 8) | d[7];
	} else {
		hdr = MODE_HEADER_LENGTH;
		bdlen = d[3];
	}
	off = hdr + bdlen;
	if (off + 3 > SDISK_MODEBUF - (int)bp->b_resid ||
	    (d[off] & 0x3f) != MODEPAGE_CACHING || d[off + 1] < 2) {
		*errp = EIO;
		return (-1);
	}
	return (off);
}

/* Byte 2 of the caching page: WCE is bit 2. */
#define SDISK_WCE	0x04

static int sdisk_get_wce(struct sdisk *sk, int *wce)
{
	struct buf *bp;
	int off, err = 0;

	bp = scsi_alloc_consistent_buf(&sk->sk_sd->sd_address, NULL, SDISK_MODEBUF, B_READ,
	    SLEEP_FUNC, NULL);
	if (bp == NULL)
		return (ENOMEM);
	if ((off = sdisk_mode_sense_cache(sk, bp, &err)) >= 0)
		*wce = (((uchar_t *)bp->b_un.b_addr)[off + 2] & SDISK_WCE) != 0;
	bp->b_bcount = SDISK_MODEBUF;
	scsi_free_consistent_buf(bp);
	return (err);
}

/* MODE SENSE, change WCE, MODE SELECT the page back (PF, not saved). */
static int sdisk_set_wce(struct sdisk *sk, int wce)
{
	struct buf *bp;
	union scsi_cdb cdb;
	uchar_t *d;
	int off, len, err = 0, rv;

	bp = scsi_alloc_consistent_buf(&sk->sk_sd->sd_address, NULL, SDISK_MODEBUF, B_READ,
	    SLEEP_FUNC, NULL);
	if (bp == NULL)
		return (ENOMEM);
	d = (uchar_t *)bp->b_un.b_addr;
	if ((off = sdisk_mode_sense_cache(sk, bp, &err)) < 0)
		goto out;
	if (((d[off + 2] & SDISK_WCE) != 0) == (wce != 0))
		goto out;
	len = off + 2 + d[off + 1];
	if (wce)
		d[off + 2] |= SDISK_WCE;
	else
		d[off + 2] &= ~SDISK_WCE;
	d[off] &= 0x3f;			/* PS is reserved in MODE SELECT */
	bzero(&cdb, sizeof (cdb));
	if (!sk->sk_mode6) {
		d[0] = d[1] = 0;	/* mode data length: reserved */
		cdb.scc_cmd = SCMD_MODE_SELECT_G1;
		cdb.cdb_opaque[1] = 0x10;	/* PF */
		cdb.cdb_opaque[7] = (uchar_t)(len >> 8);
		cdb.cdb_opaque[8] = (uchar_t)len;
	} else {
		d[0] = 0;
		cdb.scc_cmd = SCMD_MODE_SELECT;
		cdb.cdb_opaque[1] = 0x10;
		cdb.cdb_opaque[4] = (uchar_t)len;
	}
	/* The same consistent buffer, now sent to the device. */
	bp->b_flags &= ~B_READ;
	bp->b_flags |= B_WRITE;
	bp->b_bcount = len;
	rv = sdisk_cmd_sync(sk, &cdb, sk->sk_mode6 ? CDB_GROUP0 : CDB_GROUP1, bp, NULL, 0);
	bp->b_flags &= ~B_WRITE;
	bp->b_flags |= B_READ;
	err = rv == SDISK_CHECK ? EIO : rv;
out:
	bp->b_bcount = SDISK_MODEBUF;
	scsi_free_consistent_buf(bp);
	return (err);
}

static int sdisk_ioctl_info(struct sdisk *sk, intptr_t arg, int mode)
{
	dev_info_t *pdip = ddi_get_parent(sk->sk_dip);
	struct scsi_address *ap = &sk->sk_sd->sd_address;
	struct dk_cinfo ci;

	bzero(&ci, sizeof (ci));
	(void) strlcpy(ci.dki_cname, ddi_driver_name(pdip), sizeof (ci.dki_cname));
	ci.dki_ctype = DKC_SCSI_CCS;
	ci.dki_flags = DKI_FMTVOL;
	ci.dki_cnum = (ushort_t)ddi_get_instance(pdip);
	ci.dki_addr = ap->a_target;
	(void) strlcpy(ci.dki_dname, SDISK_NAME, sizeof (ci.dki_dname));
	ci.dki_unit = (uint_t)sk->sk_instance;
	ci.dki_slave = ((uint_t)ap->a_target << 3) | ap->a_lun;
	ci.dki_partition = 0;		/* the whole disk */
	ci.dki_maxtransfer = (ushort_t)MIN(sk->sk_maxxfer / DEV_BSIZE, 0xffff);
	if (ddi_copyout(&ci, (void *)arg, sizeof (ci), mode) != 0)
		return (EFAULT);
	return (0);
}

static int sdisk_ioctl_minfo(struct sdisk *sk, intptr_t arg, int mode, int ext)
{
	struct dk_minfo_ext mi;
	size_t len;

	bzero(&mi, sizeof (mi));
	mi.dki_media_type = sk->sk_rmb ? DK_REMOVABLE_DISK : DK_FIXED_DISK;
	mi.dki_lbsize = sk->sk_blksize;
	mi.dki_capacity = sk->sk_nblocks;
	mi.dki_pbsize = sk->sk_pbsize;
	if (!ext)
		len = sizeof (struct dk_minfo);
	else if (ddi_model_convert_from(mode & FMODELS) == DDI_MODEL_ILP32)
		len = offsetof(struct dk_minfo_ext, dki_pbsize) + sizeof (uint_t); /* packed */
	else
		len = sizeof (struct dk_minfo_ext);
	if (ddi_copyout(&mi, (void *)arg, len, mode) != 0)
		return (EFAULT);
	return (0);
}

static int sdisk_copyout_int(int val, intptr_t arg, int mode)
{
	if (ddi_copyout(&val, (void *)arg, sizeof (val), mode) != 0)
		return (EFAULT);
	return (0);
}

int sdisk_ioctl(dev_t dev, int cmd, intptr_t arg, int mode, cred_t *credp, int *rvalp)
{
	struct sdisk *sk = ddi_get_soft_state(sdisk_statep, SDISK_INST(dev));
	int rv, val;

	if (sk == NULL)
		return (ENXIO);
	*rvalp = 0;
	switch (cmd) {
	case DKIOCINFO:
		return (sdisk_ioctl_info(sk, arg, mode));
	case DKIOCGMEDIAINFO:
		return (sdisk_ioctl_minfo(sk, arg, mode, 0));
	case DKIOCGMEDIAINFOEXT:
		return (sdisk_ioctl_minfo(sk, arg, mode, 1));
	case DKIOCREMOVABLE:
		return (sdisk_copyout_int(sk->sk_rmb, arg, mode));
	case DKIOCHOTPLUGGABLE:
		return (sdisk_copyout_int(ddi_prop_exists(DDI_DEV_T_ANY, sk->sk_dip, 0,
		    "hotpluggable"), arg, mode));
	case DKIOCFLUSHWRITECACHE:
		return (sdisk_ioctl_flush(sk, arg, mode));
	case DKIOCGETWCE:
		if ((rv = sdisk_get_wce(sk, &val)) != 0)
			return (rv);
		return (sdisk_copyout_int(val, arg, mode));
	case DKIOCSETWCE:
		if (ddi_copyin((void *)arg, &val, sizeof (val), mode) != 0)
			return (EFAULT);
		if (!(mode & FKIOCTL) && drv_priv(credp) != 0)
			return (EPERM);
		return (sdisk_set_wce(sk, val));
	default:
		return (ENOTTY);
	}
}
