// SPDX-License-Identifier: GPL-2.0
// scsa-guest: also -m32
/*
 * dkio_fuzz RAW BLOCK N THREADS BLOCKS [remove H:C:T:L]: N dkio(4I)
 * requests on an sdisk disk's raw and block nodes from THREADS threads at
 * once (fuzz_rig.h), the nodes closed and reopened under them, and with
 * remove, the LUN deleted mid-run and scanned back.  For tests.d/49-fuzz.sh;
 * built 64-bit and 32-bit (dkio_fuzz-m32: compat_ioctl).
 *
 * Half the requests are random: a number in the DKIOC range (0x04nn,
 * sometimes with the size and direction bits of Linux's _IOC set around
 * it), with a NULL, unmapped, kernel, non-canonical, page-crossing or
 * valid argument holding random bytes.  The other half are the requests
 * sdisk answers, with valid buffers and random payloads, whose answers
 * are checked where they are deterministic (DKIOCINFO, DKIOCGMEDIAINFO,
 * DKIOCGMEDIAINFOEXT against BLOCKS, DKIOCREMOVABLE, DKIOCGETWCE 0 or 1).
 * DKIOCSETWCE takes random ints; the write cache is set back on at the end.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "dkio_user.h"
#include "fuzz_rig.h"
#include "scsa_tap.h"

static const char *model = sizeof(long) == 8 ? "LP64" : "ILP32";
static long pagesz;
static uint64_t blocks;

#define ARGBUF	4096

struct dk_priv {
	unsigned char	*buf;		/* ARGBUF bytes, then a guard page */
	long		checked, wrong;
};

/*
 * One request.  Those that reach the device (flush, write cache) must fail
 * once the LUN's deletion has returned; the others sdisk answers from what
 * it knows (DKIOCINFO, DKIOCGMEDIAINFO), as illumos sd does.
 */
static int dk_issue(struct rig_worker *w, unsigned long cmd, void *arg, const char *what)
{
	int after = rig_start(w, what);
	int rv = ioctl(rig_fd(w), cmd, arg);
	int err = rv < 0 ? errno : 0;
	int device = cmd == DKIOCFLUSHWRITECACHE || cmd == DKIOCGETWCE || cmd == DKIOCSETWCE;

	rig_rec(w, after && device, err);
	return err;
}

static void dk_wrong(struct rig_worker *w, const char *what)
{
	struct dk_priv *p = w->priv;

	if (p->wrong++ < 3)
		tap_diag("thread %d: %s: wrong answer", w->id, what);
}

/* The requests sdisk answers, valid buffers, random payloads, answers checked. */
static void dk_valid(struct rig_worker *w)
{
	struct dk_priv *p = w->priv;
	unsigned char *b = p->buf + ARGBUF - 256;	/* near the guard, room enough */
	struct dk_cinfo *ci = (struct dk_cinfo *)b;
	struct dk_minfo *mi = (struct dk_minfo *)b;
	int k, *ip = (int *)b;

	for (k = 0; k < 256; k++)
		b[k] = (unsigned char)rig_rand(w);
	switch (rig_rand(w) % 8) {
	case 0:
		if (dk_issue(w, DKIOCINFO, b, "DKIOCINFO") == 0) {
			p->checked++;
			if (strcmp(ci->dki_dname, "sdisk") != 0 || ci->dki_maxtransfer == 0)
				dk_wrong(w, "DKIOCINFO");
		}
		break;
	case 1:
	case 2:
		k = rig_rand(w) % 2;
		if (dk_issue(w, k ? DKIOCGMEDIAINFOEXT : DKIOCGMEDIAINFO, b,
			     k ? "DKIOCGMEDIAINFOEXT" : "DKIOCGMEDIAINFO") == 0) {
			p->checked++;
			if (mi->dki_lbsize != 512 || mi->dki_capacity != blocks)
				dk_wrong(w, "DKIOCGMEDIAINFO");
		}
		break;
	case 3:
		if (dk_issue(w, DKIOCREMOVABLE, b, "DKIOCREMOVABLE") == 0) {
			p->checked++;
			if (*ip != 0)
				dk_wrong(w, "DKIOCREMOVABLE");
		}
		break;
	case 4:
		if (dk_issue(w, DKIOCHOTPLUGGABLE, b, "DKIOCHOTPLUGGABLE") == 0) {
			p->checked++;
			if (*ip != 0 && *ip != 1)
				dk_wrong(w, "DKIOCHOTPLUGGABLE");
		}
		break;
	case 5:
		if (dk_issue(w, DKIOCGETWCE, b, "DKIOCGETWCE") == 0) {
			p->checked++;
			if (*ip != 0 && *ip != 1)
				dk_wrong(w, "DKIOCGETWCE");
		}
		break;
	case 6:
		dk_issue(w, DKIOCSETWCE, b, "DKIOCSETWCE");	/* a random int */
		break;
	default:	/* arg ignored from user space: random */
		dk_issue(w, DKIOCFLUSHWRITECACHE,
			 rig_rand(w) % 2 ? b : rig_bad_ptr(rig_rand(w), p->buf + ARGBUF),
			 "DKIOCFLUSHWRITECACHE");
	}
}

static void rig_one(struct rig_worker *w)
{
	struct dk_priv *p = w->priv;
	unsigned char *guard = p->buf + ARGBUF;
	unsigned long cmd;
	unsigned int k;
	void *arg;

	if (rig_rand(w) % 2) {
		dk_valid(w);
		return;
	}
	cmd = DKIOC | (rig_rand(w) % 256);
	k = rig_rand(w) % 8;
	if (k == 0)	/* Linux's _IOC direction and size bits around it */
		cmd |= (unsigned long)(rig_rand(w) % 4) << 30 |
		       (unsigned long)(rig_rand(w) % 0x4000) << 16;
	else if (k == 1)
		cmd = DKIOC | (rig_rand(w) % 64);	/* the assigned numbers, densely */
	for (k = 0; k < ARGBUF; k += 4)
		*(uint32_t *)(p->buf + k) = rig_rand(w);
	k = rig_rand(w) % 8;
	if (k < 3)
		arg = p->buf + ARGBUF - 512;
	else if (k < 5)		/* a few bytes before the guard page */
		arg = guard - 1 - rig_rand(w) % 32;
	else if (k < 7)
		arg = rig_bad_ptr(rig_rand(w), guard);
	else
		arg = (void *)(uintptr_t)rig_rand(w);
	dk_issue(w, cmd, arg, "random dkio");
}

int main(int argc, char **argv)
{
	static struct dk_priv priv[RIG_MAXTHREADS];
	static const int allowed[] = { 0, EIO, EINVAL, EFAULT, EBADF, ENXIO, ENOTTY, ENOTSUP };
	long hist[RIG_NERR], other = 0, checked = 0, wrong = 0;
	char name[64];
	double secs;
	int i, e, fd, one = 1;

	pagesz = sysconf(_SC_PAGESIZE);
	if (argc != 6 && (argc != 8 || strcmp(argv[6], "remove") != 0)) {
		tap_result(0, "usage: dkio_fuzz RAW BLOCK N THREADS BLOCKS [remove H:C:T:L]");
		return 1;
	}
	snprintf(name, sizeof(name), "%s dkio fuzz", model);
	rig.name = name;
	rig.path[0] = argv[1];
	rig.path[1] = argv[2];
	rig.nfd = 2;
	rig.total = atol(argv[3]);
	rig.nthreads = atoi(argv[4]);
	blocks = strtoull(argv[5], NULL, 0);
	rig.closer = 1;
	rig.remove_hctl = argc == 8 ? argv[7] : NULL;
	if (rig.nthreads < 1 || rig.nthreads > RIG_MAXTHREADS || rig.total < rig.nthreads) {
		tap_result(0, "dkio_fuzz: bad N or THREADS");
		return 1;
	}
	for (i = 0; i < rig.nthreads; i++) {
		priv[i].buf = rig_guarded(ARGBUF, pagesz);
		if (!priv[i].buf) {
			tap_result(0, "dkio_fuzz: memory");
			return 1;
		}
		rig.w[i].priv = &priv[i];
	}
	if (rig_run(hist, &secs) != 0)
		return 1;
	for (i = 0; i < rig.nthreads; i++) {
		checked += priv[i].checked;
		wrong += priv[i].wrong;
	}
	other = rig_other(hist, allowed, ARRAY_SIZE(allowed));
	tap_result(rig_all_answered(),
		   "%s: %ld requests from %d threads on the raw and block nodes, closed and reopened under them%s: every one answered",
		   name, rig.total, rig.nthreads,
		   rig.remove_hctl ? ", the LUN deleted mid-run" : "");
	tap_result(other == 0,
		   "%s: only success, EIO, EINVAL, EFAULT, EBADF, ENXIO, ENOTTY or ENOTSUP (%ld other)",
		   name, other);
	tap_result(hist[0] > 0 && hist[EFAULT] > 0 && hist[ENOTTY] > 0,
		   "%s: successes, EFAULT and ENOTTY all seen", name);
	tap_result(wrong == 0 && checked > 0, "%s: %ld answers checked, %ld wrong", name,
		   checked, wrong);
	if (rig.remove_hctl) {
		tap_result(rig.remove_rc == 0 && rig.remove_secs < 30,
			   "%s: deleting the LUN under the requests returns (%.1f s): %s", name,
			   rig.remove_secs, strerror(rig.remove_rc));
		tap_result(rig_after_removal_ok() == 0,
			   "%s: flushes and write-cache requests after the deletion fail (%ld succeeded)",
			   name, rig_after_removal_ok());
		tap_result(rig.rescan_rc == 0,
			   "%s: the LUN scanned back while its old nodes are open: %s", name,
			   strerror(rig.rescan_rc));
		return tap_status();
	}
	fd = open(argv[1], O_RDWR);
	e = fd < 0 ? errno : ioctl(fd, DKIOCSETWCE, &one) ? errno : 0;
	tap_result(e == 0, "%s: afterwards DKIOCSETWCE 1 works: %s", name, strerror(e));
	if (fd >= 0)
		close(fd);
	return tap_status();
}
