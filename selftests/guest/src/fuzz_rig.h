/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A multi-threaded ioctl fuzz rig for the in-guest test programs
 * (spt_uscsi's "stress" mode, dkio_fuzz): worker threads make requests on
 * shared file descriptors while a closer thread closes and reopens them
 * under the requests in flight, and, when asked, a remover thread deletes
 * the LUN through sysfs in the middle of the run and scans it back.
 *
 * Every request is counted when it returns (per thread, and by errno);
 * a watchdog fails the run when a thread makes no progress for
 * RIG_WATCHDOG seconds (a request that never returns), or when the
 * LUN's deletion does not return.  The caller supplies rig_one(), which
 * makes one or more requests and records each with rig_rec().
 */
#ifndef _FUZZ_RIG_H
#define _FUZZ_RIG_H

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "scsa_tap.h"

#ifndef ARRAY_SIZE
#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))
#endif

#define RIG_MAXTHREADS	16
#define RIG_NFD		2	/* shared descriptors: two nodes at most */
#define RIG_FD0		100	/* their numbers: out of the way of open() */
#define RIG_NERR	140
#define RIG_WATCHDOG	120	/* seconds without progress: a hung request */

struct rig_worker {
	int		id;
	pthread_t	thread;
	unsigned int	seed;
	long		target;
	long		done;		/* requests answered (atomic) */
	long		issued;		/* requests started (atomic) */
	long		after_removal_ok;	/* succeeded though issued after the delete */
	long		hist[RIG_NERR];	/* by errno; 0 is success */
	const char	*what;		/* the request in flight, for the watchdog */
	void		*priv;
};

struct rig {
	const char	*name;		/* for TAP lines */
	const char	*path[RIG_NFD];	/* nodes the shared descriptors open */
	int		nfd;
	int		nthreads;
	long		total;
	const char	*remove_hctl;	/* delete and rescan this LUN mid-run */
	int		closer;		/* close/reopen under the requests */
	/* Set by the rig. */
	pthread_mutex_t	lock;		/* the closer's reopen against the delete */
	int		stop;
	int		removed;	/* the delete has returned (atomic) */
	int		removing;
	double		remove_secs;
	int		remove_rc;
	int		rescan_rc;
	long		reopens;
	long		open_fails;
	struct rig_worker w[RIG_MAXTHREADS];
};

static struct rig rig = { .lock = PTHREAD_MUTEX_INITIALIZER };

static inline double rig_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static inline unsigned int rig_rand(struct rig_worker *w)
{
	return (unsigned int)rand_r(&w->seed);
}

/* The shared descriptor a request goes to: fixed numbers, swapped under it. */
static inline int rig_fd(struct rig_worker *w)
{
	return RIG_FD0 + (rig.nfd > 1 ? w->id % rig.nfd : 0);
}

/* Call before a request: marks it started (the removal rule uses this). */
static inline int rig_start(struct rig_worker *w, const char *what)
{
	int after = __atomic_load_n(&rig.removed, __ATOMIC_SEQ_CST);

	w->what = what;
	__atomic_add_fetch(&w->issued, 1, __ATOMIC_SEQ_CST);
	return after;
}

/*
 * Call when a request returned: err 0 for success, else errno.  EBADF (the
 * descriptor closed by the closer) is counted but does not count towards
 * the target: those requests never reached the driver.  The worker waits
 * a little for the reopen instead of spinning through its count.
 */
static inline void rig_rec(struct rig_worker *w, int after_removal, int err)
{
	__atomic_add_fetch(&w->hist[err >= 0 && err < RIG_NERR ? err : RIG_NERR - 1], 1,
			   __ATOMIC_SEQ_CST);
	if (after_removal && err == 0)
		w->after_removal_ok++;
	w->what = NULL;
	__atomic_add_fetch(&w->done, 1, __ATOMIC_SEQ_CST);
	if (err == EBADF)
		usleep(200);
}

/*
 * Requests of w that reached the driver, for its target: EBADF ones left
 * out, up to the target (a descriptor that stays closed ends the run too).
 */
static inline long rig_reached(struct rig_worker *w)
{
	long ebadf = __atomic_load_n(&w->hist[EBADF], __ATOMIC_SEQ_CST);

	return __atomic_load_n(&w->done, __ATOMIC_SEQ_CST) -
	       (ebadf < w->target ? ebadf : w->target);
}

/* Supplied by the program: one step of worker w (one or more requests). */
static void rig_one(struct rig_worker *w);

static inline void *rig_worker_main(void *arg)
{
	struct rig_worker *w = arg;

	while (rig_reached(w) < w->target)
		rig_one(w);
	return NULL;
}

static inline int rig_open(int i)
{
	int fd = open(rig.path[i], O_RDWR);

	if (fd < 0) {
		rig.open_fails++;
		return -1;
	}
	if (dup2(fd, RIG_FD0 + i) < 0) {
		close(fd);
		return -1;
	}
	close(fd);
	return 0;
}

/*
 * Closes a shared descriptor under the requests in flight and opens the
 * node again: the last close of the node (close(9E)) races the requests
 * still running on the old file and those that start meanwhile (EBADF).
 * Or swaps the file under them in one dup2().  Stops once the LUN is
 * being deleted, leaving the descriptor open on the old node.
 */
static inline void *rig_closer_main(void *arg)
{
	unsigned int seed = 7;

	(void)arg;
	while (!__atomic_load_n(&rig.stop, __ATOMIC_SEQ_CST)) {
		int i = rand_r(&seed) % rig.nfd;

		usleep(2000 + rand_r(&seed) % 20000);
		pthread_mutex_lock(&rig.lock);
		if (!rig.removing) {
			if (rand_r(&seed) % 2) {
				close(RIG_FD0 + i);
				usleep(rand_r(&seed) % 1000);
			}
			if (rig_open(i) == 0)
				rig.reopens++;
		}
		pthread_mutex_unlock(&rig.lock);
	}
	return NULL;
}

static inline int rig_sysfs_write(const char *path, const char *val)
{
	int fd = open(path, O_WRONLY);
	ssize_t n;

	if (fd < 0)
		return errno;
	n = write(fd, val, strlen(val));
	close(fd);
	return n == (ssize_t)strlen(val) ? 0 : (n < 0 ? errno : EIO);
}

static inline long rig_answered(void)
{
	long n = 0;
	int i;

	for (i = 0; i < rig.nthreads; i++)
		n += __atomic_load_n(&rig.w[i].done, __ATOMIC_SEQ_CST);
	return n;
}

static inline long rig_answered_reached(void)
{
	long n = 0;
	int i;

	for (i = 0; i < rig.nthreads; i++)
		n += rig_reached(&rig.w[i]);
	return n;
}

/* Deletes the LUN once half of the requests are answered, then rescans. */
static inline void *rig_remover_main(void *arg)
{
	char path[256], scan[80];
	unsigned int h, c, t, l;
	double t0;

	(void)arg;
	while (rig_answered_reached() < rig.total / 2 &&
	       !__atomic_load_n(&rig.stop, __ATOMIC_SEQ_CST))
		usleep(10000);
	/* No reopen from here on: a new node may come back at the same name. */
	pthread_mutex_lock(&rig.lock);
	__atomic_store_n(&rig.removing, 1, __ATOMIC_SEQ_CST);
	pthread_mutex_unlock(&rig.lock);
	snprintf(path, sizeof(path), "/sys/bus/scsi/devices/%s/delete", rig.remove_hctl);
	t0 = rig_now();
	rig.remove_rc = rig_sysfs_write(path, "1");
	rig.remove_secs = rig_now() - t0;
	__atomic_store_n(&rig.removed, 1, __ATOMIC_SEQ_CST);
	/* Scanned back while the old node is still open here. */
	usleep(200000);
	if (sscanf(rig.remove_hctl, "%u:%u:%u:%u", &h, &c, &t, &l) == 4) {
		snprintf(path, sizeof(path), "/sys/class/scsi_host/host%u/scan", h);
		snprintf(scan, sizeof(scan), "%u %u %u", c, t, l);
		rig.rescan_rc = rig_sysfs_write(path, scan);
	} else {
		rig.rescan_rc = EINVAL;
	}
	return NULL;
}

static inline const char *rig_errname(int e)
{
	static char buf[16];

	switch (e) {
	case 0: return "ok";
	case EPERM: return "EPERM";
	case ENOENT: return "ENOENT";
	case EIO: return "EIO";
	case ENXIO: return "ENXIO";
	case EBADF: return "EBADF";
	case ENOMEM: return "ENOMEM";
	case EACCES: return "EACCES";
	case EFAULT: return "EFAULT";
	case EBUSY: return "EBUSY";
	case ENODEV: return "ENODEV";
	case EINVAL: return "EINVAL";
	case ENOTTY: return "ENOTTY";
	case EAGAIN: return "EAGAIN";
	case EOVERFLOW: return "EOVERFLOW";
	case ENOTSUP: return "ENOTSUP";
	case ETIMEDOUT: return "ETIMEDOUT";
	}
	snprintf(buf, sizeof(buf), "errno %d", e);
	return buf;
}

/*
 * Runs the fuzz: total requests over nthreads workers.  Prints the totals
 * and the errno histogram; returns the summed histogram in hist (RIG_NERR
 * entries) and 0, or -1 after a watchdog trip or a setup failure (reported).
 */
static inline int rig_run(long *hist, double *secs)
{
	pthread_t closer, remover;
	long last[RIG_MAXTHREADS];
	double seen[RIG_MAXTHREADS], t0, t;
	char line[1024];
	int i, e, len, running;

	for (i = 0; i < rig.nfd; i++)
		if (rig_open(i) != 0) {
			tap_result(0, "%s: open %s: %s", rig.name, rig.path[i], strerror(errno));
			return -1;
		}
	t0 = rig_now();
	for (i = 0; i < rig.nthreads; i++) {
		struct rig_worker *w = &rig.w[i];

		w->id = i;
		w->seed = 1000u + (unsigned int)i;	/* fixed: a failure can be replayed */
		w->target = rig.total / rig.nthreads + (i < rig.total % rig.nthreads);
		last[i] = -1;
		seen[i] = t0;
		if (pthread_create(&w->thread, NULL, rig_worker_main, w) != 0) {
			tap_result(0, "%s: pthread_create", rig.name);
			return -1;
		}
	}
	if (rig.closer)
		pthread_create(&closer, NULL, rig_closer_main, NULL);
	if (rig.remove_hctl)
		pthread_create(&remover, NULL, rig_remover_main, NULL);

	/* The watchdog. */
	do {
		usleep(100000);
		t = rig_now();
		running = 0;
		for (i = 0; i < rig.nthreads; i++) {
			struct rig_worker *w = &rig.w[i];
			long d = __atomic_load_n(&w->done, __ATOMIC_SEQ_CST);

			if (rig_reached(w) >= w->target)
				continue;
			running++;
			if (d != last[i]) {
				last[i] = d;
				seen[i] = t;
			} else if (t - seen[i] > RIG_WATCHDOG) {
				tap_diag("thread %d: request %ld (%s) has not returned in %d s",
					 i, d + 1, w->what ? w->what : "?", RIG_WATCHDOG);
				tap_result(0, "%s: watchdog: every request returns", rig.name);
				fflush(stdout);
				_exit(1);
			}
		}
		if (rig.remove_hctl && __atomic_load_n(&rig.removing, __ATOMIC_SEQ_CST) &&
		    !__atomic_load_n(&rig.removed, __ATOMIC_SEQ_CST) && running == 0) {
			/* Workers done: give the delete the same bound. */
			static double since;

			if (since == 0) {
				since = t;
			} else if (t - since > RIG_WATCHDOG) {
				tap_result(0, "%s: watchdog: the LUN's deletion returns",
					   rig.name);
				_exit(1);
			}
			running = 1;
		}
	} while (running);
	*secs = rig_now() - t0;
	__atomic_store_n(&rig.stop, 1, __ATOMIC_SEQ_CST);
	if (rig.closer)
		pthread_join(closer, NULL);
	if (rig.remove_hctl)
		pthread_join(remover, NULL);
	for (i = 0; i < rig.nthreads; i++)
		pthread_join(rig.w[i].thread, NULL);
	for (i = 0; i < rig.nfd; i++)
		close(RIG_FD0 + i);

	memset(hist, 0, RIG_NERR * sizeof(*hist));
	for (i = 0; i < rig.nthreads; i++) {
		struct rig_worker *w = &rig.w[i];

		tap_diag("%s: thread %d: %ld requests, %ld answered, %ld of them EBADF", rig.name,
			 i, w->issued, w->done, w->hist[EBADF]);
		for (e = 0; e < RIG_NERR; e++)
			hist[e] += w->hist[e];
	}
	len = snprintf(line, sizeof(line), "%s: errno histogram:", rig.name);
	for (e = 0; e < RIG_NERR; e++)
		if (hist[e] && len < (int)sizeof(line))
			len += snprintf(line + len, sizeof(line) - len, " %s %ld", rig_errname(e),
					hist[e]);
	tap_diag("%s", line);
	tap_diag("%s: %ld requests in %.1f s (%.0f/s), %ld reopens under them, %ld failed opens",
		 rig.name, rig_answered(), *secs, rig_answered() / (*secs > 0 ? *secs : 1),
		 rig.reopens, rig.open_fails);
	return 0;
}

/*
 * Whether every request was answered (issued == answered) and the target
 * reached the driver.
 */
static inline int rig_all_answered(void)
{
	long issued = 0, reached = 0;
	int i;

	for (i = 0; i < rig.nthreads; i++) {
		issued += rig.w[i].issued;
		reached += rig_reached(&rig.w[i]);
	}
	return issued == rig_answered() && reached >= rig.total;
}

static inline long rig_after_removal_ok(void)
{
	long n = 0;
	int i;

	for (i = 0; i < rig.nthreads; i++)
		n += rig.w[i].after_removal_ok;
	return n;
}

/* Requests in hist that ended in an errno not among the n in allowed. */
static inline long rig_other(const long *hist, const int *allowed, size_t n)
{
	long other = 0;
	size_t a;
	int e;

	for (e = 0; e < RIG_NERR; e++) {
		for (a = 0; a < n; a++)
			if (e == allowed[a])
				break;
		if (a == n)
			other += hist[e];
	}
	return other;
}

/* An anonymous mapping of len bytes followed by an inaccessible page. */
static inline unsigned char *rig_guarded(size_t len, long pagesz)
{
	size_t l = (len + pagesz - 1) / pagesz * pagesz;
	unsigned char *p = mmap(NULL, l + pagesz, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		return NULL;
	mprotect(p + l, pagesz, PROT_NONE);
	return p + l - len;	/* ends where the guard page starts */
}

/* A bad user pointer of kind k (0-5): NULL, unmapped, kernel, non-canonical... */
static inline void *rig_bad_ptr(unsigned int k, unsigned char *guard)
{
	switch (k % 6) {
	case 0: return NULL;
	case 1: return guard;				/* the guard page */
	case 2: return (void *)(uintptr_t)(sizeof(long) == 8 ? 0xffff888000000000ull
							   : 0xc0000000ull);	/* kernel */
	case 3: return (void *)(uintptr_t)(sizeof(long) == 8 ? 0x0000800000000000ull
							   : 0xfffff000ull);	/* top */
	case 4: return (void *)(uintptr_t)(sizeof(long) == 8 ? 0x8000000000000000ull
							   : 0xffffffffull);
	default: return (void *)(uintptr_t)1;		/* the zero page, misaligned */
	}
}

#endif /* _FUZZ_RIG_H */
