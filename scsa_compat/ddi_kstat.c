// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel statistics: kstat_create(9F) and friends, and the I/O queue
 * accounting functions (real functions: sd and st pass them by address).
 * Solaris-world file.
 *
 * Installed kstats are readable in /proc/scsa/kstat, one statistic per
 * line in the format of illumos's "kstat -p": module:instance:name:stat
 * followed by a tab and the value.
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/kmem.h>
#include <sys/errno.h>
#include <sys/time.h>
#include <sys/kstat.h>
#include <sys/ksynch.h>
#include <sys/sunddi.h>

#include "ddi_impl.h"

/* A kstat and the framework's bookkeeping around it. */
struct scsa_kstat {
	kstat_t			sk_ks;		/* first: kstat_t * converts */
	struct scsa_kstat	*sk_next;
	size_t			sk_alloc;	/* bytes of ks_data we allocated */
	int			sk_installed;
};

static kmutex_t scsa_kstat_lock;		/* zero-filled: ready */
static struct scsa_kstat *scsa_kstats;
static kid_t scsa_kstat_kid;

static int scsa_kstat_default_update(kstat_t *ksp, int rw)
{
	return (rw == KSTAT_WRITE ? EACCES : 0);
}

static size_t scsa_kstat_data_size(uchar_t type, uint_t ndata)
{
	switch (type) {
	case KSTAT_TYPE_RAW:
		return (ndata);
	case KSTAT_TYPE_NAMED:
		return (ndata * sizeof (kstat_named_t));
	case KSTAT_TYPE_INTR:
		return (ndata * sizeof (kstat_intr_t));
	case KSTAT_TYPE_IO:
		return (ndata * sizeof (kstat_io_t));
	case KSTAT_TYPE_TIMER:
		return (ndata * sizeof (kstat_timer_t));
	default:
		return (0);
	}
}

kstat_t *kstat_create(const char *module, int instance, const char *name,
    const char *class, uchar_t type, uint_t ndata, uchar_t flags)
{
	char namebuf[KSTAT_STRLEN + 16];
	struct scsa_kstat *sk;
	size_t size;

	if (type >= KSTAT_NUM_TYPES || module == NULL)
		return (NULL);
	/* No name: <module><instance>, the name sd gives its I/O kstat. */
	if (name == NULL) {
		(void) snprintf(namebuf, sizeof (namebuf), "%.*s%d",
		    KSTAT_STRLEN - 1, module, instance);
		name = namebuf;
	}
	if (type == KSTAT_TYPE_IO)
		ndata = 1;
	size = scsa_kstat_data_size(type, ndata);
	if ((sk = kmem_zalloc(sizeof (*sk), KM_NOSLEEP)) == NULL)
		return (NULL);
	if (!(flags & KSTAT_FLAG_VIRTUAL) && size > 0) {
		if ((sk->sk_ks.ks_data = kmem_zalloc(size, KM_NOSLEEP)) == NULL) {
			kmem_free(sk, sizeof (*sk));
			return (NULL);
		}
		sk->sk_alloc = size;
	}
	(void) strlcpy(sk->sk_ks.ks_module, module, KSTAT_STRLEN);
	(void) strlcpy(sk->sk_ks.ks_name, name, KSTAT_STRLEN);
	(void) strlcpy(sk->sk_ks.ks_class, class != NULL ? class : "misc", KSTAT_STRLEN);
	sk->sk_ks.ks_instance = instance;
	sk->sk_ks.ks_type = type;
	sk->sk_ks.ks_flags = flags;
	sk->sk_ks.ks_ndata = ndata;
	sk->sk_ks.ks_data_size = size;
	sk->sk_ks.ks_crtime = gethrtime();
	sk->sk_ks.ks_update = scsa_kstat_default_update;
	sk->sk_ks.ks_private = NULL;
	mutex_enter(&scsa_kstat_lock);
	sk->sk_ks.ks_kid = ++scsa_kstat_kid;
	sk->sk_next = scsa_kstats;
	scsa_kstats = sk;
	mutex_exit(&scsa_kstat_lock);
	return (&sk->sk_ks);
}

void kstat_install(kstat_t *ksp)
{
	mutex_enter(&scsa_kstat_lock);
	((struct scsa_kstat *)ksp)->sk_installed = 1;
	mutex_exit(&scsa_kstat_lock);
}

/* Waits for a reader of /proc/scsa/kstat, which holds the list lock. */
void kstat_delete(kstat_t *ksp)
{
	struct scsa_kstat *sk = (struct scsa_kstat *)ksp, **pp;

	if (ksp == NULL)
		return;
	mutex_enter(&scsa_kstat_lock);
	for (pp = &scsa_kstats; *pp != NULL; pp = &(*pp)->sk_next) {
		if (*pp == sk) {
			*pp = sk->sk_next;
			break;
		}
	}
	mutex_exit(&scsa_kstat_lock);
	if (sk->sk_alloc > 0)
		kmem_free(ksp->ks_data, sk->sk_alloc);
	kmem_free(sk, sizeof (*sk));
}

void kstat_named_init(kstat_named_t *knp, const char *name, uchar_t data_type)
{
	bzero(knp, sizeof (*knp));
	(void) strlcpy(knp->name, name, KSTAT_STRLEN);
	knp->data_type = data_type;
}

void kstat_named_setstr(kstat_named_t *knp, const char *str)
{
	knp->value.str.addr.ptr = (char *)str;
	knp->value.str.len = str != NULL ? strlen(str) + 1 : 0;
}

void kstat_timer_init(kstat_timer_t *ktp, const char *name)
{
	bzero(ktp, sizeof (*ktp));
	(void) strlcpy(ktp->name, name, KSTAT_STRLEN);
}

/*
 * Queue accounting.  The caller serialises, as on illumos (ks_lock).
 * w* is the wait queue, r* the run queue; *lentime integrates the queue
 * length over time, *time the time the queue was not empty.
 */

static void scsa_kio_leave(hrtime_t now, hrtime_t *last, uint_t *cnt, hrtime_t *lentime,
    hrtime_t *tm)
{
	hrtime_t delta = now - *last;
	uint_t n = (*cnt)--;

	*last = now;
	*lentime += delta * n;
	*tm += delta;
}

static void scsa_kio_enter(hrtime_t now, hrtime_t *last, uint_t *cnt, hrtime_t *lentime,
    hrtime_t *tm)
{
	hrtime_t delta = now - *last;
	uint_t n = (*cnt)++;

	*last = now;
	if (n != 0) {
		*lentime += delta * n;
		*tm += delta;
	}
}

void kstat_waitq_enter(kstat_io_t *kiop)
{
	scsa_kio_enter(gethrtime(), &kiop->wlastupdate, &kiop->wcnt, &kiop->wlentime,
	    &kiop->wtime);
}

void kstat_waitq_exit(kstat_io_t *kiop)
{
	scsa_kio_leave(gethrtime(), &kiop->wlastupdate, &kiop->wcnt, &kiop->wlentime,
	    &kiop->wtime);
}

void kstat_runq_enter(kstat_io_t *kiop)
{
	scsa_kio_enter(gethrtime(), &kiop->rlastupdate, &kiop->rcnt, &kiop->rlentime,
	    &kiop->rtime);
}

void kstat_runq_exit(kstat_io_t *kiop)
{
	scsa_kio_leave(gethrtime(), &kiop->rlastupdate, &kiop->rcnt, &kiop->rlentime,
	    &kiop->rtime);
}

void kstat_waitq_to_runq(kstat_io_t *kiop)
{
	hrtime_t now = gethrtime();

	scsa_kio_leave(now, &kiop->wlastupdate, &kiop->wcnt, &kiop->wlentime, &kiop->wtime);
	scsa_kio_enter(now, &kiop->rlastupdate, &kiop->rcnt, &kiop->rlentime, &kiop->rtime);
}

void kstat_runq_back_to_waitq(kstat_io_t *kiop)
{
	hrtime_t now = gethrtime();

	scsa_kio_leave(now, &kiop->rlastupdate, &kiop->rcnt, &kiop->rlentime, &kiop->rtime);
	scsa_kio_enter(now, &kiop->wlastupdate, &kiop->wcnt, &kiop->wlentime, &kiop->wtime);
}

/*
 * The reader
 */

static void scsa_kstat_show_named(void *seq, const char *pfx, kstat_named_t *kn)
{
	switch (kn->data_type) {
	case KSTAT_DATA_CHAR:
		scsa_lx_seq_printf(seq, "%s%s\t%.16s\n", pfx, kn->name, kn->value.c);
		break;
	case KSTAT_DATA_INT32:
		scsa_lx_seq_printf(seq, "%s%s\t%d\n", pfx, kn->name, kn->value.i32);
		break;
	case KSTAT_DATA_UINT32:
		scsa_lx_seq_printf(seq, "%s%s\t%u\n", pfx, kn->name, kn->value.ui32);
		break;
	case KSTAT_DATA_INT64:
	case KSTAT_DATA_LONG:
		scsa_lx_seq_printf(seq, "%s%s\t%lld\n", pfx, kn->name,
		    (long long)kn->value.i64);
		break;
	case KSTAT_DATA_UINT64:
	case KSTAT_DATA_ULONG:
		scsa_lx_seq_printf(seq, "%s%s\t%llu\n", pfx, kn->name,
		    (unsigned long long)kn->value.ui64);
		break;
	case KSTAT_DATA_STRING:
		scsa_lx_seq_printf(seq, "%s%s\t%s\n", pfx, kn->name,
		    kn->value.str.addr.ptr != NULL ? kn->value.str.addr.ptr : "");
		break;
	default:	/* floating point: not printable in the kernel */
		scsa_lx_seq_printf(seq, "%s%s\t?\n", pfx, kn->name);
		break;
	}
}

static void scsa_kstat_show_io(void *seq, const char *pfx, kstat_io_t *io)
{
	scsa_lx_seq_printf(seq, "%snread\t%llu\n%snwritten\t%llu\n%sreads\t%u\n"
	    "%swrites\t%u\n", pfx, io->nread, pfx, io->nwritten, pfx, io->reads, pfx,
	    io->writes);
	scsa_lx_seq_printf(seq, "%swtime\t%lld\n%swlentime\t%lld\n%srtime\t%lld\n"
	    "%srlentime\t%lld\n%swcnt\t%u\n%srcnt\t%u\n", pfx, io->wtime, pfx,
	    io->wlentime, pfx, io->rtime, pfx, io->rlentime, pfx, io->wcnt, pfx, io->rcnt);
}

static void scsa_kstat_show(void *seq, kstat_t *ksp)
{
	kmutex_t *lk = ksp->ks_lock;
	char pfx[3 * KSTAT_STRLEN + 16];
	uint_t i;

	(void) snprintf(pfx, sizeof (pfx), "%s:%d:%s:", ksp->ks_module, ksp->ks_instance,
	    ksp->ks_name);
	if (lk != NULL)
		mutex_enter(lk);
	if (ksp->ks_update != NULL && ksp->ks_update(ksp, KSTAT_READ) != 0)
		goto unlock;
	scsa_lx_seq_printf(seq, "%sclass\t%s\n", pfx, ksp->ks_class);
	if (ksp->ks_data == NULL)
		goto unlock;
	switch (ksp->ks_type) {
	case KSTAT_TYPE_NAMED:
		for (i = 0; i < ksp->ks_ndata; i++)
			scsa_kstat_show_named(seq, pfx, KSTAT_NAMED_PTR(ksp) + i);
		break;
	case KSTAT_TYPE_IO:
		scsa_kstat_show_io(seq, pfx, KSTAT_IO_PTR(ksp));
		break;
	default:
		scsa_lx_seq_printf(seq, "%sdata_size\t%lu\n", pfx, ksp->ks_data_size);
		break;
	}
unlock:
	if (lk != NULL)
		mutex_exit(lk);
}

void scsa_kstat_show_all(void *seq)
{
	struct scsa_kstat *sk;

	mutex_enter(&scsa_kstat_lock);
	for (sk = scsa_kstats; sk != NULL; sk = sk->sk_next)
		if (sk->sk_installed && !(sk->sk_ks.ks_flags & KSTAT_FLAG_INVALID))
			scsa_kstat_show(seq, &sk->sk_ks);
	mutex_exit(&scsa_kstat_lock);
}
