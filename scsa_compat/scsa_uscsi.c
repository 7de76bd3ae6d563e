// SPDX-License-Identifier: GPL-2.0
/*
 * The uscsi(4I) helpers target drivers build USCSICMD on (Solaris world):
 * scsi_uscsi_alloc_and_copyin(), scsi_uscsi_handle_cmd(),
 * scsi_uscsi_pktinit()/pktfini(), scsi_uscsi_copyout_and_free().
 *
 * A command is copied in whole before anything is sent: the CDB into kernel
 * memory, the sense buffer replaced by a kernel one; the caller's pointers
 * are kept aside and given back on copy-out.  Every copy-in failure,
 * validation included, is reported as EFAULT, as illumos reports it.
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/errno.h>
#include <sys/kmem.h>
#include <sys/buf.h>
#include <sys/uio.h>
#include <sys/file.h>
#include <sys/cmn_err.h>
#include <sys/ddi.h>
#include <sys/sunddi.h>
#include <sys/scsi/scsi.h>

#include "scsa_impl.h"
#include "ddi_buf_impl.h"

/* Up to a 32-byte variable-length CDB (SPC's longest in common use). */
#define	SCSA_USCSI_CDB_ROOM	32

/*
 * The command plus what copy-out gives back to the caller, and room for
 * the kernel copies of the CDB and of the sense: illumos allocates both
 * on each copy-in, which costs a pass-through command two allocations and
 * two frees for a few hundred bytes.  A CDB longer than su_cdb (variable
 * length, up to the HBA's max-cdb-length) is still allocated.
 */
struct scsa_uscsi {
	struct uscsi_cmd	su_cmd;		/* first: the pointers are the same */
	caddr_t			su_user_rqbuf;
	uchar_t			su_user_rqlen;
	caddr_t			su_user_cdb;
	int			su_flag;	/* the ioctl's mode flags */
	struct scsi_address	*su_ap;
	uchar_t			su_cdb[SCSA_USCSI_CDB_ROOM];
	uchar_t			su_sense[MAX_SENSE_LENGTH];
};

/* The smallest CDB each opcode group can be; 0 for groups of any length. */
static const uchar_t scsa_cdb_group_min[8] = {
	CDB_GROUP0, CDB_GROUP1, CDB_GROUP2, 0, CDB_GROUP4, CDB_GROUP5, 0, 0
};

struct uscsi_cmd *scsi_uscsi_alloc(void)
{
	struct scsa_uscsi *su = kmem_alloc(sizeof (*su), KM_SLEEP);

	/* The room is written before it is read (scsi_uscsi_copyin()). */
	bzero(su, offsetof(struct scsa_uscsi, su_cdb));
	return (&su->su_cmd);
}

/*
 * The kernel CDB, unless it is the command's own room (a driver may also
 * have put its own allocation there, as on illumos).
 */
static void scsa_uscsi_free_cdb(struct uscsi_cmd *uscmd)
{
	struct scsa_uscsi *su = (struct scsa_uscsi *)uscmd;

	if (uscmd->uscsi_cdb != NULL && uscmd->uscsi_cdblen != 0 &&
	    uscmd->uscsi_cdb != (caddr_t)su->su_cdb)
		kmem_free(uscmd->uscsi_cdb, uscmd->uscsi_cdblen);
	uscmd->uscsi_cdb = NULL;
}

/* The kernel CDB and sense buffer, as scsi_uscsi_free_cdb(). */
static void scsa_uscsi_free_bufs(struct uscsi_cmd *uscmd)
{
	struct scsa_uscsi *su = (struct scsa_uscsi *)uscmd;

	if (uscmd->uscsi_rqbuf != NULL && uscmd->uscsi_rqlen != 0 &&
	    uscmd->uscsi_rqbuf != (caddr_t)su->su_sense)
		kmem_free(uscmd->uscsi_rqbuf, uscmd->uscsi_rqlen);
	scsa_uscsi_free_cdb(uscmd);
}

/* Frees the kernel CDB and sense buffer, and the command. */
void scsi_uscsi_free(struct uscsi_cmd *uscmd)
{
	scsa_uscsi_free_bufs(uscmd);
	kmem_free(uscmd, sizeof (struct scsa_uscsi));
}

/* The caller's struct, in its data model. */
static int scsa_uscsi_copyin_struct(intptr_t arg, int flag, struct uscsi_cmd *uscmd)
{
	struct uscsi_cmd32 u32;

	switch (ddi_model_convert_from(flag & FMODELS)) {
	case DDI_MODEL_ILP32:
		if (ddi_copyin((void *)arg, &u32, sizeof (u32), flag) != 0)
			return (EFAULT);
		uscsi_cmd32touscsi_cmd((&u32), uscmd);
		return (0);
	case DDI_MODEL_NONE:
		return (ddi_copyin((void *)arg, uscmd, sizeof (*uscmd), flag) != 0 ? EFAULT : 0);
	default:
		return (EFAULT);
	}
}

/* The checks illumos makes before anything is allocated for the command. */
static int scsa_uscsi_check(struct uscsi_cmd *uscmd, struct scsi_address *ap)
{
	int max_cdb = scsi_ifgetcap(ap, "max-cdb-length", 1);

	if (max_cdb < CDB_GROUP0)
		max_cdb = CDB_GROUP4;
	if (uscmd->uscsi_cdblen < CDB_GROUP0 || uscmd->uscsi_cdblen > max_cdb)
		return (EINVAL);
	if ((uscmd->uscsi_flags & USCSI_RQENABLE) &&
	    (uscmd->uscsi_rqlen == 0 || uscmd->uscsi_rqbuf == NULL))
		return (EINVAL);
	if (uscmd->uscsi_flags & USCSI_RESERVED)
		return (EINVAL);
	/* Multipathing (scsi_vhci) is the only user of path instances. */
	if (uscmd->uscsi_flags & USCSI_PATH_INSTANCE)
		return (EINVAL);
	return (0);
}

static int scsa_uscsi_check_cdb(const struct uscsi_cmd *uscmd)
{
	uchar_t op = (uchar_t)uscmd->uscsi_cdb[0];

	if (op == SCMD_VAR_LEN)
		return (uscmd->uscsi_cdblen % 4 == 0 ? 0 : EINVAL);
	if (uscmd->uscsi_cdblen > SCSI_CDB_SIZE ||
	    uscmd->uscsi_cdblen < scsa_cdb_group_min[CDB_GROUPID(op)])
		return (EINVAL);
	return (0);
}

/**
 * scsi_uscsi_copyin() - copy a USCSICMD argument in and check it
 *
 * On success the command holds a kernel copy of the CDB and, with
 * USCSI_RQENABLE, a kernel sense buffer of SENSE_LENGTH or MAX_SENSE_LENGTH
 * bytes; reset requests carry neither.  On failure the command holds no
 * kernel buffers.
 */
int scsi_uscsi_copyin(intptr_t arg, int flag, struct scsi_address *ap,
    struct uscsi_cmd **uscmdp)
{
	struct uscsi_cmd *uscmd = *uscmdp;
	struct scsa_uscsi *su = (struct scsa_uscsi *)uscmd;
	int err;

	/* A command may be copied in again: drop what the last one left. */
	scsa_uscsi_free_bufs(uscmd);
	bzero(uscmd, sizeof (*uscmd));

	if ((err = scsa_uscsi_copyin_struct(arg, flag, uscmd)) != 0)
		goto forget_user_pointers;
	su->su_user_rqbuf = uscmd->uscsi_rqbuf;
	su->su_user_rqlen = uscmd->uscsi_rqlen;
	su->su_user_cdb = uscmd->uscsi_cdb;
	su->su_flag = flag;
	su->su_ap = ap;
	if (uscmd->uscsi_flags & (USCSI_RESET_LUN | USCSI_RESET_TARGET | USCSI_RESET_ALL))
		goto forget_user_pointers;	/* a reset: no CDB, no sense */
	if ((err = scsa_uscsi_check(uscmd, ap)) != 0)
		goto forget_user_pointers;

	uscmd->uscsi_cdb = uscmd->uscsi_cdblen <= sizeof (su->su_cdb) ?
	    (caddr_t)su->su_cdb : kmem_alloc(uscmd->uscsi_cdblen, KM_SLEEP);
	if (ddi_copyin(su->su_user_cdb, uscmd->uscsi_cdb, uscmd->uscsi_cdblen, flag) != 0)
		err = EFAULT;
	else
		err = scsa_uscsi_check_cdb(uscmd);
	if (err != 0) {
		scsa_uscsi_free_cdb(uscmd);
		goto forget_user_pointers;
	}

	if (uscmd->uscsi_flags & USCSI_RQENABLE) {
		uscmd->uscsi_rqlen = su->su_user_rqlen <= SENSE_LENGTH ?
		    SENSE_LENGTH : MAX_SENSE_LENGTH;
		uscmd->uscsi_rqbuf = (caddr_t)su->su_sense;
		bzero(su->su_sense, uscmd->uscsi_rqlen);
		uscmd->uscsi_rqresid = uscmd->uscsi_rqlen;
	} else {
		uscmd->uscsi_rqbuf = NULL;
		uscmd->uscsi_rqlen = 0;
		uscmd->uscsi_rqresid = 0;
	}
	return (0);

forget_user_pointers:
	uscmd->uscsi_cdb = NULL;
	/* Never free a user address later. */
	uscmd->uscsi_rqbuf = NULL;
	return (err);
}

int scsi_uscsi_alloc_and_copyin(intptr_t arg, int flag, struct scsi_address *ap,
    struct uscsi_cmd **uscmdp)
{
	struct uscsi_cmd *uscmd = scsi_uscsi_alloc();

	if (scsi_uscsi_copyin(arg, flag, ap, &uscmd) != 0) {
		scsi_uscsi_free(uscmd);
		*uscmdp = NULL;
		return (EFAULT);
	}
	*uscmdp = uscmd;
	return (0);
}

/* physio(9F)'s transfer limit for uscsi commands: they are never split. */
static void scsa_uscsi_mincnt(struct buf *bp)
{
}

static int scsa_uscsi_reset(struct uscsi_cmd *uscmd)
{
	struct scsa_uscsi *su = (struct scsa_uscsi *)uscmd;
	int level;

	if (uscmd->uscsi_flags & USCSI_RESET_ALL)
		level = RESET_ALL;
	else if (uscmd->uscsi_flags & USCSI_RESET_TARGET)
		level = RESET_TARGET;
	else
		level = RESET_LUN;
	return (scsi_reset(su->su_ap, level) == 0 ? EIO : 0);
}

/**
 * scsi_uscsi_handle_cmd() - run a copied-in uscsi command through strat
 *
 * Data goes through physio(9F) on the caller's buffer (user pages pinned,
 * no copy), never split; a command without data imitates physio with an
 * empty buf.  uscsi_resid is the buf's residual.  Returns the errno of
 * physio/biowait, or EIO for a failed reset.  Sleeps.
 */
int scsi_uscsi_handle_cmd(dev_t dev, enum uio_seg dataspace, struct uscsi_cmd *uscmd,
    int (*strat)(struct buf *), struct buf *bp, void *private_data)
{
	int rw = (uscmd->uscsi_flags & USCSI_READ) ? B_READ : B_WRITE;
	int allocated = 0, rval;

	if (uscmd->uscsi_flags & (USCSI_RESET_LUN | USCSI_RESET_TARGET | USCSI_RESET_ALL))
		return (scsa_uscsi_reset(uscmd));
	if (bp == NULL) {
		bp = getrbuf(KM_SLEEP);
		bp->b_private = private_data;
		allocated = 1;
	}
	if (uscmd->uscsi_buflen != 0) {
		struct iovec iov;
		struct uio uio;

		bzero(&iov, sizeof (iov));
		bzero(&uio, sizeof (uio));
		iov.iov_base = uscmd->uscsi_bufaddr;
		iov.iov_len = uscmd->uscsi_buflen;
		uio.uio_iov = &iov;
		uio.uio_iovcnt = 1;
		uio.uio_resid = uscmd->uscsi_buflen;
		uio.uio_segflg = dataspace;
		rval = physio(strat, bp, dev, rw, scsa_uscsi_mincnt, &uio);
	} else {
		bp->b_flags = B_BUSY | rw;
		bp->b_edev = dev;
		bp->b_dev = cmpdev(dev);
		bp->b_bcount = 0;
		bp->b_blkno = 0;
		bp->b_resid = 0;
		rval = scsa_strategy_wait(strat, bp);
	}
	uscmd->uscsi_resid = bp->b_resid;
	if (allocated) {
		bp_mapout(bp);
		freerbuf(bp);
	}
	return (rval);
}

/*
 * NACA in the control byte would leave the LUN in ACA for everyone but this
 * caller: it is cleared, with a warning, at most one a second, since any
 * caller allowed USCSICMD can set it on every command and would flood the
 * kernel log (a fuzz did, with thousands).  Path instances are refused at
 * copy-in, so none is ever set.
 */
static clock_t scsa_naca_warned;	/* lbolt of the last warning */

int scsi_uscsi_pktinit(struct uscsi_cmd *uscmd, struct scsi_pkt *pkt)
{
	clock_t now;

	if (uscmd->uscsi_cdb[uscmd->uscsi_cdblen - 1] & CDB_FLAG_NACA) {
		uscmd->uscsi_cdb[uscmd->uscsi_cdblen - 1] &= ~CDB_FLAG_NACA;
		now = ddi_get_lbolt();
		/* Unlocked: a lost update costs one warning more or less. */
		if (scsa_naca_warned == 0 ||
		    now - scsa_naca_warned >= drv_usectohz(MICROSEC)) {
			scsa_naca_warned = now;
			cmn_err(CE_WARN, "scsi_uscsi_pktinit: NACA flag is cleared");
		}
	}
	if (scsi_pkt_allocated_correctly(pkt))
		pkt->pkt_path_instance = 0;
	pkt->pkt_flags &= ~FLAG_PKT_PATH_INSTANCE;
	return (1);
}

int scsi_uscsi_pktfini(struct scsi_pkt *pkt, struct uscsi_cmd *uscmd)
{
	if (!scsi_pkt_allocated_correctly(pkt)) {
		uscmd->uscsi_path_instance = 0;
		return (0);
	}
	uscmd->uscsi_path_instance = pkt->pkt_path_instance;
	pkt->pkt_flags &= ~FLAG_PKT_PATH_INSTANCE;
	pkt->pkt_path_instance = 0;
	return (1);
}

/* The struct back to the caller, in its data model. */
static int scsa_uscsi_copyout_struct(intptr_t arg, struct uscsi_cmd *uscmd, int flag)
{
	struct uscsi_cmd32 u32;

	switch (ddi_model_convert_from(flag & FMODELS)) {
	case DDI_MODEL_ILP32:
		uscsi_cmdtouscsi_cmd32(uscmd, (&u32));
		return (ddi_copyout(&u32, (void *)arg, sizeof (u32), flag) != 0 ? EFAULT : 0);
	case DDI_MODEL_NONE:
		return (ddi_copyout(uscmd, (void *)arg, sizeof (*uscmd), flag) != 0 ?
		    EFAULT : 0);
	default:
		return (EFAULT);
	}
}

/**
 * scsi_uscsi_copyout() - sense data and the struct back to the caller
 *
 * With USCSI_RQENABLE, the sense bytes received (at most what the caller's
 * buffer holds) are copied out and uscsi_rqresid recomputed against the
 * caller's uscsi_rqlen.  The caller sees its own pointers and lengths.
 */
int scsi_uscsi_copyout(intptr_t arg, struct uscsi_cmd *uscmd)
{
	struct scsa_uscsi *su = (struct scsa_uscsi *)uscmd;
	caddr_t k_rqbuf = uscmd->uscsi_rqbuf, k_cdb = uscmd->uscsi_cdb;
	uchar_t k_rqlen = uscmd->uscsi_rqlen;
	int rval = 0;

	if ((uscmd->uscsi_flags & USCSI_RQENABLE) && k_rqbuf != NULL) {
		int got = MIN((int)su->su_user_rqlen,
		    (int)uscmd->uscsi_rqlen - (int)uscmd->uscsi_rqresid);

		uscmd->uscsi_rqresid = su->su_user_rqlen - got;
		if (su->su_user_rqbuf != NULL && got > 0 &&
		    ddi_copyout(k_rqbuf, su->su_user_rqbuf, got, su->su_flag) != 0)
			rval = EFAULT;
	}
	uscmd->uscsi_rqbuf = su->su_user_rqbuf;
	uscmd->uscsi_rqlen = su->su_user_rqlen;
	uscmd->uscsi_cdb = su->su_user_cdb;
	if (scsa_uscsi_copyout_struct(arg, uscmd, su->su_flag) != 0)
		rval = EFAULT;
	/* Kernel buffers again, for scsi_uscsi_free(). */
	uscmd->uscsi_rqbuf = k_rqbuf;
	uscmd->uscsi_rqlen = k_rqlen;
	uscmd->uscsi_cdb = k_cdb;
	return (rval);
}

int scsi_uscsi_copyout_and_free(intptr_t arg, struct uscsi_cmd *uscmd)
{
	int rval = scsi_uscsi_copyout(arg, uscmd);

	scsi_uscsi_free(uscmd);
	return (rval);
}
