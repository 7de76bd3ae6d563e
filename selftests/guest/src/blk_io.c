// SPDX-License-Identifier: GPL-2.0
/*
 * blk_io: block minor nodes against the test RAM disk tblk
 * (selftests/kmod/tblk.c).
 *
 *   blk_io test BLOCKDEV RAWDEV   open(9E)/close(9E) with OTYP_BLK and the
 *                                 last-close rule, flushes reaching the
 *                                 driver, O_DIRECT at odd page offsets,
 *                                 EIO, ioctls, b_edev, capacity refresh,
 *                                 Linux AIO on the raw node (aphysio)
 *   blk_io flushes RAWDEV         prints the driver's flush count
 *
 * Prints TAP lines (scsa_tap.h).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/aio_abi.h>
#include <linux/fs.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#include "scsa_tap.h"
#include "../../kmod/tblk.h"

#define DKIOCGETWCE	((0x04 << 8) | 36)

static int info(int fd, struct tblk_info *ti)
{
	memset(ti, 0, sizeof(*ti));
	return ioctl(fd, TBLK_IOC_INFO, ti);
}

static void fill(unsigned char *p, size_t n, unsigned int seed)
{
	size_t i;

	for (i = 0; i < n; i++)
		p[i] = (unsigned char)(seed * 131 + i * 7 + (i >> 9));
}

static void test_open_close(const char *blk, int ctl)
{
	struct tblk_info t0, t1;
	int fd1, fd2, ok;

	info(ctl, &t0);
	fd1 = open(blk, O_RDONLY);
	fd2 = open(blk, O_RDWR);
	info(ctl, &t1);
	tap_result(fd1 >= 0 && fd2 >= 0 &&
		   t1.tb_opens[TBLK_OTYP_BLK] == t0.tb_opens[TBLK_OTYP_BLK] + 2,
		   "each open(2) of the block node is an open(9E) with OTYP_BLK (%d -> %d)",
		   t0.tb_opens[TBLK_OTYP_BLK], t1.tb_opens[TBLK_OTYP_BLK]);
	tap_result((t1.tb_last_flag & 3) == 3, "open flag FREAD|FWRITE for O_RDWR (0x%x)",
		   t1.tb_last_flag);
	close(fd1);
	fd1 = open(blk, O_RDONLY | O_EXCL);
	info(ctl, &t1);
	tap_result(fd1 >= 0 && !(t1.tb_last_flag & 0x400),
		   "O_EXCL (a Linux claim) is not FEXCL (0x%x)", t1.tb_last_flag);
	close(fd1);
	info(ctl, &t1);
	tap_result(t1.tb_closes[TBLK_OTYP_BLK] == t0.tb_closes[TBLK_OTYP_BLK],
		   "no close(9E) while the block node is still open");
	close(fd2);
	info(ctl, &t1);
	ok = t1.tb_closes[TBLK_OTYP_BLK] == t0.tb_closes[TBLK_OTYP_BLK] + 1 &&
	     t1.tb_closes[TBLK_OTYP_CHR] == t0.tb_closes[TBLK_OTYP_CHR];
	tap_result(ok, "one close(9E) with OTYP_BLK on the last close (%d -> %d)",
		   t0.tb_closes[TBLK_OTYP_BLK], t1.tb_closes[TBLK_OTYP_BLK]);
}

static void test_ioctl_flush(const char *blk, int ctl)
{
	struct tblk_info t0, t1;
	unsigned char buf[4096];
	int fd, n, wce = -1;

	fd = open(blk, O_RDWR);
	n = fd >= 0 ? ioctl(fd, DKIOCGETWCE, &wce) : -1;
	tap_result(n == 0 && wce == 1, "DKIOCGETWCE on the block node reaches ioctl(9E) (wce %d)",
		   wce);
	tap_result(ioctl(fd, TBLK_IOC_SETBAD + 100, 0) == -1 && errno == ENOTTY,
		   "an unknown ioctl fails with the driver's ENOTTY");
	info(ctl, &t0);
	fill(buf, sizeof(buf), 1);
	tap_result(pwrite(fd, buf, sizeof(buf), 0) == (ssize_t)sizeof(buf) && fsync(fd) == 0,
		   "write and fsync");
	info(ctl, &t1);
	tap_result(t1.tb_flushes > t0.tb_flushes,
		   "fsync reaches DKIOCFLUSHWRITECACHE (%d -> %d)", t0.tb_flushes,
		   t1.tb_flushes);
	close(fd);
}

/* O_DIRECT through iovecs at 512-byte but not page offsets, raw read back. */
static void test_direct(const char *blk, int ctl, int raw)
{
	unsigned char *mem, *back, *big, *exp;
	struct tblk_info t0, t1;
	struct iovec iov[3];
	off_t off = 3 * 8192 + 512;
	ssize_t n;
	int fd;

	if (posix_memalign((void **)&mem, 4096, 4 * 4096) ||
	    posix_memalign((void **)&back, 4096, 4096) ||
	    posix_memalign((void **)&big, 4096, 256 * 1024)) {
		tap_result(0, "memory");
		return;
	}
	fd = open(blk, O_RDWR | O_DIRECT);
	fill(mem, 4 * 4096, 2);
	iov[0].iov_base = mem + 512;		/* within one page */
	iov[0].iov_len = 1024;
	iov[1].iov_base = mem + 4096 + 3584;	/* across a page boundary */
	iov[1].iov_len = 1024;
	iov[2].iov_base = mem + 3 * 4096;	/* a whole half page */
	iov[2].iov_len = 2048;
	info(ctl, &t0);
	n = pwritev(fd, iov, 3, off);
	info(ctl, &t1);
	tap_result(fd >= 0 && n == 4096, "O_DIRECT pwritev of odd-offset iovecs (%zd)", n);
	tap_result(t1.tb_pageio > t0.tb_pageio && t1.tb_bad_edev == 0,
		   "strategy(9E) got B_PAGEIO bufs with b_edev of the node (%lld, %lld bad)",
		   t1.tb_pageio - t0.tb_pageio, t1.tb_bad_edev);
	n = pread(raw, back, 4096, off);
	tap_result(n == 4096 && !memcmp(back, mem + 512, 1024) &&
		   !memcmp(back + 1024, mem + 4096 + 3584, 1024) &&
		   !memcmp(back + 2048, mem + 3 * 4096, 2048),
		   "raw node reads back what O_DIRECT wrote");
	memset(mem, 0, 4 * 4096);
	n = preadv(fd, iov, 3, off);
	tap_result(n == 4096 && !memcmp(back, mem + 512, 1024) &&
		   !memcmp(back + 1024, mem + 4096 + 3584, 1024) &&
		   !memcmp(back + 2048, mem + 3 * 4096, 2048),
		   "O_DIRECT preadv into odd-offset iovecs (%zd)", n);

	fill(big, 256 * 1024, 3);
	n = pwrite(fd, big, 256 * 1024, 1 << 20);
	memset(big, 0, 256 * 1024);
	tap_result(n == 256 * 1024 && pread(fd, big, 256 * 1024, 1 << 20) == 256 * 1024,
		   "O_DIRECT 256 KiB write and read");
	exp = malloc(256 * 1024);
	if (exp)
		fill(exp, 256 * 1024, 3);
	tap_result(exp && !memcmp(big, exp, 256 * 1024), "256 KiB read back intact");
	close(fd);
	free(exp);
	free(mem);
	free(back);
	free(big);
}

static void test_errors(const char *blk, int ctl)
{
	unsigned char *buf;
	ssize_t n;
	int fd;

	if (posix_memalign((void **)&buf, 4096, 8192)) {
		tap_result(0, "memory");
		return;
	}
	fd = open(blk, O_RDWR | O_DIRECT);
	tap_result(ioctl(ctl, TBLK_IOC_SETBAD, 100) == 0, "make block 100 fail");
	errno = 0;
	n = pread(fd, buf, 512, 100 * 512);
	tap_result(n == -1 && errno == EIO, "reading the bad block: EIO (%zd, %s)", n,
		   strerror(errno));
	errno = 0;
	n = pread(fd, buf, 8192, 96 * 512);
	tap_result(n == -1 && errno == EIO, "reading across it: EIO (%zd, %s)", n,
		   strerror(errno));
	n = pread(fd, buf, 512, 99 * 512);
	tap_result(n == 512, "the block before it reads (%zd)", n);
	tap_result(ioctl(ctl, TBLK_IOC_SETBAD, -1) == 0 && pread(fd, buf, 512, 100 * 512) == 512,
		   "readable again once good");
	close(fd);
	free(buf);
}

/* The size comes from "Nblocks" at the first open. */
static void test_resize(const char *blk, int ctl)
{
	struct tblk_info t;
	uint64_t sz = 0, sz2 = 0;
	int fd, hold;

	info(ctl, &t);
	fd = open(blk, O_RDONLY);
	if (fd >= 0)
		ioctl(fd, BLKGETSIZE64, &sz);
	tap_result(sz == (uint64_t)t.tb_nblocks * 512, "size from Nblocks (%llu bytes)",
		   (unsigned long long)sz);
	close(fd);
	hold = open(blk, O_RDONLY);
	ioctl(ctl, TBLK_IOC_RESIZE, t.tb_nblocks / 2);
	fd = open(blk, O_RDONLY);
	ioctl(fd, BLKGETSIZE64, &sz2);
	close(fd);
	close(hold);
	tap_result(sz2 == sz, "the size holds while the node stays open (%llu)",
		   (unsigned long long)sz2);
	fd = open(blk, O_RDONLY);
	ioctl(fd, BLKGETSIZE64, &sz2);
	close(fd);
	tap_result(sz2 == sz / 2, "a new Nblocks is seen at the next first open (%llu)",
		   (unsigned long long)sz2);
	ioctl(ctl, TBLK_IOC_RESIZE, t.tb_nblocks);
	fd = open(blk, O_RDONLY);
	ioctl(fd, BLKGETSIZE64, &sz2);
	close(fd);
	tap_result(sz2 == sz, "and the old one again (%llu)", (unsigned long long)sz2);
}

/* One Linux AIO request on fd; its result, or -1000 - errno of io_submit. */
static long aio_one(aio_context_t ctx, int fd, int op, void *buf, size_t len, off_t off)
{
	struct iocb cb, *cbs[1] = { &cb };
	struct io_event ev;

	memset(&cb, 0, sizeof(cb));
	cb.aio_fildes = fd;
	cb.aio_lio_opcode = op;
	cb.aio_buf = (uintptr_t)buf;
	cb.aio_nbytes = len;
	cb.aio_offset = off;
	if (syscall(SYS_io_submit, ctx, 1, cbs) != 1)
		return -1000 - errno;
	if (syscall(SYS_io_getevents, ctx, 1, 1, &ev, NULL) != 1)
		return -2000 - errno;
	return (long)ev.res;
}

/* io_submit() on the raw node: aread(9E)/awrite(9E) through aphysio(9F). */
static void test_aio(int raw, int ctl)
{
	unsigned char *w, *r;
	struct tblk_info t0, t1;
	aio_context_t ctx = 0;
	struct iovec iov[2];
	long res;

	w = malloc(65536);
	r = calloc(1, 65536);
	if (!w || !r || syscall(SYS_io_setup, 4, &ctx) != 0) {
		tap_result(0, "io_setup: %s", strerror(errno));
		return;
	}
	fill(w, 65536, 9);
	info(ctl, &t0);
	res = aio_one(ctx, raw, IOCB_CMD_PWRITE, w + 100, 32768, 2 << 20);
	tap_result(res == 32768, "AIO write of 32 KiB from an odd address (%ld)", res);
	res = aio_one(ctx, raw, IOCB_CMD_PREAD, r + 3, 32768, 2 << 20);
	tap_result(res == 32768 && !memcmp(w + 100, r + 3, 32768), "AIO read back (%ld)", res);
	info(ctl, &t1);
	tap_result(t1.tb_aio == t0.tb_aio + 2, "through aread(9E)/awrite(9E) (%d calls)",
		   t1.tb_aio - t0.tb_aio);
	iov[0].iov_base = r;
	iov[0].iov_len = 512;
	iov[1].iov_base = r + 4096;
	iov[1].iov_len = 512;
	res = aio_one(ctx, raw, IOCB_CMD_PREADV, iov, 2, 0);
	tap_result(res == -EINVAL, "AIO of two buffers: EINVAL (%ld)", res);
	res = aio_one(ctx, raw, IOCB_CMD_PREAD, r, 512, (off_t)t1.tb_nblocks * 512);
	tap_result(res == 0, "AIO read at the end: 0 bytes (%ld)", res);
	syscall(SYS_io_destroy, ctx);
	free(w);
	free(r);
}

int main(int argc, char **argv)
{
	struct tblk_info t;
	int ctl;

	if (argc == 3 && !strcmp(argv[1], "flushes")) {
		ctl = open(argv[2], O_RDONLY);
		if (ctl < 0 || info(ctl, &t) != 0)
			return 1;
		printf("%d\n", t.tb_flushes);
		return 0;
	}
	if (argc != 4 || strcmp(argv[1], "test")) {
		fprintf(stderr, "usage: blk_io test BLOCKDEV RAWDEV | flushes RAWDEV\n");
		return 2;
	}
	ctl = open(argv[3], O_RDWR);
	tap_result(ctl >= 0 && info(ctl, &t) == 0, "raw node %s opens", argv[3]);
	if (ctl < 0)
		return 1;
	test_open_close(argv[2], ctl);
	test_ioctl_flush(argv[2], ctl);
	test_direct(argv[2], ctl, ctl);
	test_errors(argv[2], ctl);
	test_resize(argv[2], ctl);
	test_aio(ctl, ctl);
	close(ctl);
	return tap_status();
}
