// SPDX-License-Identifier: GPL-2.0
// scsa-guest: also -m32
/*
 * spt_uscsi DEVICE MODE [ARGS]: USCSICMD on an spt node (target_drivers/spt)
 * against a scsi_debug LUN, printing TAP (scsa_tap.h).  Built 64-bit and,
 * where the host can, 32-bit (spt_uscsi-m32: compat_ioctl, the ILP32 model).
 *
 *   basic VENDOR MODEL BLOCKS	data, status, residuals, sense, bad input
 *   excl			exclusive open
 *   nonroot			EPERM once the caller is no longer root
 *   timeout [silent]		a command scsi_debug drops (opts=4)
 *   fuzz [N]			N random, mostly malformed, requests
 *   stress N THREADS [remove H:C:T:L]
 *				N random requests from THREADS threads at
 *				once, writes included (a scratch LUN), the node
 *				closed and reopened under them; with remove,
 *				the LUN deleted mid-run and scanned back
 *   gone			the LUN removed while the node is open
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "fuzz_rig.h"
#include "scsa_tap.h"
#include "../../../tools/scsicmd/include/sys/scsi/impl/uscsi.h"

#define SDEBUG		"/sys/bus/pseudo/drivers/scsi_debug"
#define BLKSZ		512
#define KEY_ILLEGAL_REQUEST	0x5
#define KEY_UNIT_ATTENTION	0x6

static const char *model = sizeof(long) == 8 ? "LP64" : "ILP32";
static long pagesz;

/* The outcome of one USCSICMD. */
struct res {
	int		rv;
	int		err;
	struct uscsi_cmd uc;
	unsigned char	sense[255];
};

static void res_diag(const char *what, const struct res *r)
{
	tap_diag("%s: rv %d (%s), status 0x%x, resid %zu, rqstatus 0x%x, rqresid %u, sense %02x %02x %02x .. %02x %02x",
		 what, r->rv, r->rv ? strerror(r->err) : "ok",
		 r->uc.uscsi_status, r->uc.uscsi_resid, r->uc.uscsi_rqstatus,
		 r->uc.uscsi_rqresid, r->sense[0], r->sense[1], r->sense[2], r->sense[12],
		 r->sense[13]);
}

static int issue(int fd, struct res *r)
{
	r->rv = ioctl(fd, USCSICMD, &r->uc);
	r->err = r->rv < 0 ? errno : 0;
	return r->rv;
}

/* A command with sense enabled (rqlen bytes; 0: no USCSI_RQENABLE). */
static int cmd(int fd, struct res *r, const unsigned char *cdb, int cdblen, void *buf,
	       size_t len, int flags, int rqlen)
{
	memset(r, 0, sizeof(*r));
	r->uc.uscsi_flags = flags | (rqlen ? USCSI_RQENABLE : 0);
	r->uc.uscsi_cdb = (char *)cdb;
	r->uc.uscsi_cdblen = (unsigned char)cdblen;
	r->uc.uscsi_bufaddr = buf;
	r->uc.uscsi_buflen = len;
	r->uc.uscsi_rqbuf = (char *)r->sense;
	r->uc.uscsi_rqlen = (unsigned char)rqlen;
	r->uc.uscsi_timeout = 30;
	return issue(fd, r);
}

static int sense_key(const struct res *r)
{
	return r->sense[2] & 0xf;
}

static void put_be(unsigned char *p, uint64_t v, int n)
{
	while (n-- > 0) {
		p[n] = (unsigned char)v;
		v >>= 8;
	}
}

static uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* TEST UNIT READY until GOOD: a power-on or reset unit attention comes first. */
static int tur_ready(int fd, int tries)
{
	unsigned char cdb[6] = { 0 };
	struct res r;
	int i;

	for (i = 0; i < tries; i++) {
		if (cmd(fd, &r, cdb, 6, NULL, 0, USCSI_SILENT, 20) == 0 &&
		    r.uc.uscsi_status == 0)
			return 0;
		res_diag("TUR", &r);
	}
	return -1;
}

static int rw10(int fd, struct res *r, int rd, uint32_t lba, void *buf, size_t len)
{
	unsigned char cdb[10] = { rd ? 0x28 : 0x2a };

	put_be(cdb + 2, lba, 4);
	put_be(cdb + 7, len / BLKSZ, 2);
	return cmd(fd, r, cdb, 10, buf, len, rd ? USCSI_READ : USCSI_WRITE, 20);
}

static void fill(unsigned char *p, size_t len, unsigned int seed)
{
	size_t i;

	for (i = 0; i < len; i++)
		p[i] = (unsigned char)((i * 31 + seed) ^ (i >> 9));
}

static int trimmed_eq(const unsigned char *field, int len, const char *want)
{
	int n = len;

	while (n > 0 && field[n - 1] == ' ')
		n--;
	return (int)strlen(want) == n && memcmp(field, want, (size_t)n) == 0;
}

/*
 * basic
 */

static unsigned char inq36[36];

static void test_inquiry(int fd, const char *vendor, const char *product)
{
	unsigned char cdb[6] = { 0x12, 0, 0, 0, 36, 0 }, buf[96];
	struct res r;
	int clean = 1, i;

	memset(buf, 0xaa, sizeof(buf));
	cmd(fd, &r, cdb, 6, buf, 36, USCSI_READ, 20);
	memcpy(inq36, buf, 36);
	tap_result(r.rv == 0 && r.uc.uscsi_status == 0 && r.uc.uscsi_resid == 0,
		   "%s: INQUIRY: status GOOD, resid 0", model);
	if (!trimmed_eq(buf + 8, 8, vendor) || !trimmed_eq(buf + 16, 16, product))
		tap_diag("INQUIRY says \"%.8s\" \"%.16s\", sysfs \"%s\" \"%s\"", buf + 8,
			 buf + 16, vendor, product);
	tap_result(trimmed_eq(buf + 8, 8, vendor) && trimmed_eq(buf + 16, 16, product),
		   "%s: INQUIRY vendor and product match sysfs", model);

	/* Allocation length 36 into a 96-byte buffer: a short transfer. */
	memset(buf, 0xaa, sizeof(buf));
	cmd(fd, &r, cdb, 6, buf, sizeof(buf), USCSI_READ, 20);
	for (i = 36; i < (int)sizeof(buf); i++)
		if (buf[i] != 0xaa && buf[i] != 0)
			clean = 0;
	if (r.rv != 0 || r.uc.uscsi_resid != 60)
		res_diag("INQUIRY 36 into 96", &r);
	tap_result(r.rv == 0 && r.uc.uscsi_status == 0 && r.uc.uscsi_resid == 60 &&
		   !memcmp(buf, inq36, 36), "%s: short transfer: uscsi_resid 60", model);
	tap_result(clean, "%s: bytes not transferred are untouched or zero", model);

	cdb[1] = 1;	/* EVPD: supported pages */
	cdb[4] = 96;
	memset(buf, 0, sizeof(buf));
	cmd(fd, &r, cdb, 6, buf, sizeof(buf), USCSI_READ, 20);
	tap_result(r.rv == 0 && buf[1] == 0 && buf[3] > 0 &&
		   r.uc.uscsi_resid == sizeof(buf) - 4 - buf[3],
		   "%s: INQUIRY VPD page 0: %u pages, resid %zu", model, buf[3],
		   r.uc.uscsi_resid);
}

static void test_capacity(int fd, uint64_t blocks)
{
	unsigned char c10[10] = { 0x25 }, c16[16] = { 0x9e, 0x10 }, d[32];
	struct res r;

	memset(d, 0, sizeof(d));
	cmd(fd, &r, c10, 10, d, 8, USCSI_READ, 20);
	tap_result(r.rv == 0 && be32(d) + 1ULL == blocks && be32(d + 4) == BLKSZ,
		   "%s: READ CAPACITY(10): %u blocks of %u (scsi_debug: %llu)", model,
		   be32(d) + 1, be32(d + 4), (unsigned long long)blocks);
	put_be(c16 + 10, sizeof(d), 4);
	memset(d, 0, sizeof(d));
	cmd(fd, &r, c16, 16, d, sizeof(d), USCSI_READ, 20);
	tap_result(r.rv == 0 && be32(d) == 0 && be32(d + 4) + 1ULL == blocks &&
		   be32(d + 8) == BLKSZ, "%s: READ CAPACITY(16), a 16-byte CDB", model);
}

static size_t test_maxxfer(int fd)
{
	uscsi_xfer_t x = 0;
	int rv = ioctl(fd, USCSIMAXXFER, &x);

	tap_result(rv == 0 && x >= 65536 && x % BLKSZ == 0, "%s: USCSIMAXXFER: %llu bytes",
		   model, (unsigned long long)x);
	return rv == 0 ? (size_t)x : 65536;
}

static void test_data(int fd, size_t maxxfer)
{
	size_t len = 64 * 1024, big = maxxfer > (8u << 20) ? (8u << 20) : maxxfer;
	unsigned char *w = malloc(len), *rd = malloc(len);
	struct res r1, r2;
	void *b = NULL;

	/*
	 * Page-aligned: a buffer of USCSIMAXXFER bytes that starts inside a
	 * page needs one more page than the HBA's segment count may allow.
	 */
	if (posix_memalign(&b, (size_t)pagesz, big + BLKSZ) != 0)
		b = NULL;

	fill(w, len, 0x5a);
	memset(rd, 0, len);
	rw10(fd, &r1, 0, 1000, w, len);
	rw10(fd, &r2, 1, 1000, rd, len);
	if (r1.rv || r2.rv) {
		res_diag("WRITE(10)", &r1);
		res_diag("READ(10)", &r2);
	}
	tap_result(r1.rv == 0 && r2.rv == 0 && r1.uc.uscsi_resid == 0 &&
		   r2.uc.uscsi_resid == 0 && !memcmp(w, rd, len),
		   "%s: WRITE(10) 64 KiB at LBA 1000, READ(10) back, equal", model);

	rw10(fd, &r1, 1, 0, b, big);
	if (r1.rv != 0)
		res_diag("READ(10) of USCSIMAXXFER bytes", &r1);
	tap_result(r1.rv == 0 && r1.uc.uscsi_resid == 0,
		   "%s: one READ(10) of %zu bytes (USCSIMAXXFER or 8 MiB)", model, big);
	if (big == maxxfer) {
		rw10(fd, &r1, 1, 0, b, maxxfer + BLKSZ);
		tap_result(r1.rv == -1 && r1.err == EINVAL,
			   "%s: buflen beyond USCSIMAXXFER: EINVAL (%s)", model,
			   strerror(r1.err));
	}
	free(w);
	free(rd);
	free(b);
}

/* Several processes at once: spt runs an instance's commands concurrently. */
static void test_concurrent(int fd)
{
	int i, st, ok = 1;
	pid_t pid[4];

	fflush(stdout);
	for (i = 0; i < 4; i++) {
		pid[i] = fork();
		if (pid[i] == 0) {
			unsigned char w[8192], rd[8192];
			struct res r;
			int n;

			for (n = 0; n < 25; n++) {
				uint32_t lba = 4096 + i * 1024 + n * 16;

				fill(w, sizeof(w), (unsigned int)(i * 100 + n));
				if (rw10(fd, &r, 0, lba, w, sizeof(w)) ||
				    rw10(fd, &r, 1, lba, rd, sizeof(rd)) ||
				    memcmp(w, rd, sizeof(w)))
					_exit(1);
			}
			_exit(0);
		}
	}
	for (i = 0; i < 4; i++)
		if (pid[i] < 0 || waitpid(pid[i], &st, 0) < 0 || !WIFEXITED(st) ||
		    WEXITSTATUS(st) != 0)
			ok = 0;
	tap_result(ok, "%s: 4 processes x 25 WRITE/READ pairs at once, data equal", model);
}

static void test_sense(int fd, uint64_t blocks)
{
	unsigned char cdb[10] = { 0x28 }, bad[6] = { 0xff }, buf[BLKSZ];
	struct res r;
	int n;

	/* READ(10) of the block after the last. */
	put_be(cdb + 2, blocks, 4);
	put_be(cdb + 7, 1, 2);
	cmd(fd, &r, cdb, 10, buf, BLKSZ, USCSI_READ | USCSI_SILENT, 20);
	n = 8 + r.sense[7];
	res_diag("READ(10) beyond the end", &r);
	tap_result(r.rv == -1 && r.err == EIO && r.uc.uscsi_status == 2,
		   "%s: CHECK CONDITION: EIO with uscsi_status 2", model);
	tap_result(r.uc.uscsi_rqstatus == 0 && sense_key(&r) == KEY_ILLEGAL_REQUEST &&
		   r.sense[12] == 0x21 && r.sense[13] == 0,
		   "%s: sense ILLEGAL REQUEST, LBA out of range (0x21/0x00), rqstatus 0", model);
	tap_result(r.uc.uscsi_rqresid == (n >= 20 ? 0 : 20 - n),
		   "%s: uscsi_rqresid %u for %d sense bytes into 20", model,
		   r.uc.uscsi_rqresid, n);
	/*
	 * Not asserted: Linux LLDs leave the residual of a command that ended
	 * in CHECK CONDITION at 0 (scsi_debug does), and spt returns the HBA's.
	 */
	tap_diag("uscsi_resid of the failed READ: %zu", r.uc.uscsi_resid);

	/* An opcode scsi_debug does not know; sense beyond 20 bytes (PKT_XARQ). */
	cmd(fd, &r, bad, 6, NULL, 0, USCSI_SILENT, 252);
	n = 8 + r.sense[7];
	res_diag("opcode 0xff", &r);
	tap_result(r.rv == -1 && r.err == EIO && r.uc.uscsi_status == 2 &&
		   sense_key(&r) == KEY_ILLEGAL_REQUEST && r.sense[12] == 0x20,
		   "%s: invalid opcode: ILLEGAL REQUEST, 0x20", model);
	tap_result(r.uc.uscsi_rqresid == 252 - n, "%s: rqlen 252: rqresid %u, %d sense bytes",
		   model, r.uc.uscsi_rqresid, n);
	cmd(fd, &r, bad, 6, NULL, 0, USCSI_SILENT, 255);
	tap_result(r.rv == -1 && r.uc.uscsi_status == 2 && r.uc.uscsi_rqresid == 255 - n &&
		   sense_key(&r) == KEY_ILLEGAL_REQUEST,
		   "%s: rqlen 255 (above MAX_SENSE_LENGTH): rqresid %u", model,
		   r.uc.uscsi_rqresid);

	/* Without USCSI_RQENABLE the sense buffer is not written. */
	memset(&r, 0, sizeof(r));
	memset(r.sense, 0xee, sizeof(r.sense));
	r.uc.uscsi_flags = USCSI_READ | USCSI_SILENT;
	r.uc.uscsi_cdb = (char *)cdb;
	r.uc.uscsi_cdblen = 10;
	r.uc.uscsi_bufaddr = (char *)buf;
	r.uc.uscsi_buflen = BLKSZ;
	r.uc.uscsi_rqbuf = (char *)r.sense;
	r.uc.uscsi_rqlen = 20;
	issue(fd, &r);
	tap_result(r.rv == -1 && r.err == EIO && r.uc.uscsi_status == 2 &&
		   r.sense[0] == 0xee && r.sense[19] == 0xee,
		   "%s: no USCSI_RQENABLE: EIO, status 2, sense buffer untouched", model);
}

/* A page that cannot be touched, right after a mapped one. */
static unsigned char *guarded_pages(void)
{
	unsigned char *p = mmap(NULL, 2 * pagesz, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		return NULL;
	mprotect(p + pagesz, pagesz, PROT_NONE);
	return p;
}

static void expect_errno(int fd, struct res *r, int want, const char *what)
{
	issue(fd, r);
	if (!(r->rv == -1 && r->err == want))
		res_diag(what, r);
	tap_result(r->rv == -1 && r->err == want, "%s: %s: %s", model, what, strerror(want));
}

static void test_bad_input(int fd, size_t maxxfer)
{
	unsigned char inq[6] = { 0x12, 0, 0, 0, 36, 0 }, rd10[10] = { 0x28 }, buf[64];
	unsigned char *g = guarded_pages();
	struct res r, base;
	int rv;

	memset(&base, 0, sizeof(base));
	base.uc.uscsi_flags = USCSI_READ;
	base.uc.uscsi_cdb = (char *)inq;
	base.uc.uscsi_cdblen = 6;
	base.uc.uscsi_bufaddr = (char *)buf;
	base.uc.uscsi_buflen = 36;
	base.uc.uscsi_timeout = 30;

	rv = ioctl(fd, USCSICMD, NULL);
	tap_result(rv == -1 && errno == EFAULT, "%s: NULL struct pointer: EFAULT", model);
	if (!g) {
		tap_result(0, "%s: mmap for guard pages", model);
		return;
	}
	rv = ioctl(fd, USCSICMD, g + pagesz);
	tap_result(rv == -1 && errno == EFAULT, "%s: unmapped struct: EFAULT", model);
	/* The struct's last 4 bytes fall in the guard page. */
	memcpy(g + pagesz - sizeof(base.uc) + 4, &base.uc, sizeof(base.uc) - 4);
	rv = ioctl(fd, USCSICMD, g + pagesz - sizeof(base.uc) + 4);
	tap_result(rv == -1 && errno == EFAULT, "%s: struct truncated by the page end: EFAULT",
		   model);

	r = base;
	r.uc.uscsi_cdb = NULL;
	expect_errno(fd, &r, EFAULT, "NULL cdb pointer");
	r = base;
	r.uc.uscsi_cdb = (char *)g + pagesz;
	expect_errno(fd, &r, EFAULT, "unmapped cdb");
	r = base;
	r.uc.uscsi_cdb = (char *)g + pagesz - 3;	/* 3 of 6 bytes mapped */
	memcpy(g + pagesz - 3, inq, 3);
	expect_errno(fd, &r, EFAULT, "cdb crossing into an unmapped page");
	r = base;
	r.uc.uscsi_bufaddr = NULL;
	expect_errno(fd, &r, EFAULT, "NULL data buffer with buflen 36");
	r = base;
	r.uc.uscsi_bufaddr = (char *)g + pagesz;
	expect_errno(fd, &r, EFAULT, "unmapped data buffer");
	r = base;
	r.uc.uscsi_bufaddr = (char *)g + pagesz - 16;	/* 16 of 36 bytes mapped */
	expect_errno(fd, &r, EFAULT, "data buffer crossing into an unmapped page");

	r = base;
	r.uc.uscsi_cdblen = 0;
	expect_errno(fd, &r, EINVAL, "cdblen 0");
	r = base;
	r.uc.uscsi_cdblen = 5;
	expect_errno(fd, &r, EINVAL, "cdblen 5");
	r = base;
	r.uc.uscsi_cdblen = 17;
	r.uc.uscsi_cdb = (char *)g;	/* 17 readable bytes */
	memset(g, 0, 17);
	g[0] = 0x12;
	expect_errno(fd, &r, EINVAL, "cdblen 17");
	r = base;
	r.uc.uscsi_cdb = (char *)rd10;
	r.uc.uscsi_cdblen = 6;
	expect_errno(fd, &r, EINVAL, "READ(10) with cdblen 6");
	r = base;
	r.uc.uscsi_flags |= 0x00200000;
	expect_errno(fd, &r, EINVAL, "reserved flag 0x00200000");
	r = base;
	r.uc.uscsi_flags |= (int)(1u << 31);
	expect_errno(fd, &r, EINVAL, "reserved flag 0x80000000");
	r = base;
	r.uc.uscsi_flags |= USCSI_PATH_INSTANCE;
	expect_errno(fd, &r, EINVAL, "USCSI_PATH_INSTANCE (no multipathing)");
	r = base;
	r.uc.uscsi_flags |= USCSI_RQENABLE;
	r.uc.uscsi_rqbuf = (char *)r.sense;
	r.uc.uscsi_rqlen = 0;
	expect_errno(fd, &r, EINVAL, "USCSI_RQENABLE with rqlen 0");
	r = base;
	r.uc.uscsi_flags |= USCSI_RQENABLE;
	r.uc.uscsi_rqbuf = NULL;
	r.uc.uscsi_rqlen = 20;
	expect_errno(fd, &r, EINVAL, "USCSI_RQENABLE with a NULL rqbuf");
	/* Refused before the buffer is touched: it is only 64 bytes. */
	r = base;
	r.uc.uscsi_cdb = (char *)rd10;
	r.uc.uscsi_cdblen = 10;
	r.uc.uscsi_buflen = maxxfer * 2;
	put_be(rd10 + 7, 1, 2);
	expect_errno(fd, &r, EINVAL, "buflen twice USCSIMAXXFER");

	rv = ioctl(fd, 0x04ff, &base.uc);
	tap_result(rv == -1 && errno == ENOTTY, "%s: unknown ioctl: ENOTTY", model);
	rv = ioctl(fd, USCSIMAXXFER, g + pagesz);
	tap_result(rv == -1 && errno == EFAULT, "%s: USCSIMAXXFER to an unmapped page: EFAULT",
		   model);

	/* Linux offers upper-level drivers no reset: scsa_hba refuses it. */
	memset(&r, 0, sizeof(r));
	r.uc.uscsi_flags = USCSI_RESET_LUN;
	expect_errno(fd, &r, EIO, "USCSI_RESET_LUN (no resets on Linux)");

	r = base;
	memset(buf, 0, sizeof(buf));
	issue(fd, &r);
	tap_result(r.rv == 0 && !memcmp(buf, inq36, 36),
		   "%s: after all that, INQUIRY works", model);
	munmap(g, 2 * pagesz);
}

/* A user buffer at an odd address: the LLD's DMA alignment is not the user's problem. */
static void test_misaligned(int fd)
{
	unsigned char cdb[6] = { 0x12, 0, 0, 0, 8, 0 };
	unsigned char stack[24];
	unsigned char *p = stack + (((uintptr_t)stack & 1) ? 0 : 1);
	struct res r;

	memset(stack, 0, sizeof(stack));
	cmd(fd, &r, cdb, 6, p, 8, USCSI_READ, 20);
	if (r.rv != 0)
		res_diag("INQUIRY at an odd address", &r);
	tap_result(r.rv == 0 && r.uc.uscsi_resid == 0 && !memcmp(p, inq36, 8),
		   "%s: 8-byte INQUIRY into a buffer at an odd address (%p)", model, (void *)p);
}

static int mode_basic(int fd, int argc, char **argv)
{
	uint64_t blocks;
	size_t maxxfer;

	if (argc != 3) {
		tap_result(0, "usage: basic VENDOR MODEL BLOCKS");
		return 1;
	}
	blocks = strtoull(argv[2], NULL, 0);
	tap_result(tur_ready(fd, 5) == 0, "%s: TEST UNIT READY (no data) reaches GOOD", model);
	test_inquiry(fd, argv[0], argv[1]);
	test_capacity(fd, blocks);
	maxxfer = test_maxxfer(fd);
	test_data(fd, maxxfer);
	test_concurrent(fd);
	test_sense(fd, blocks);
	test_bad_input(fd, maxxfer);
	test_misaligned(fd);
	return 0;
}

/*
 * excl: sgen's exclusive-open rules
 */
static int mode_excl(const char *dev)
{
	int a, b, c;

	a = open(dev, O_RDWR | O_EXCL);
	tap_result(a >= 0, "%s: O_EXCL open of a closed device", model);
	b = open(dev, O_RDWR);
	tap_result(b < 0 && errno == EBUSY, "%s: plain open while held exclusively: EBUSY",
		   model);
	c = open(dev, O_RDWR | O_EXCL);
	tap_result(c < 0 && errno == EBUSY, "%s: O_EXCL while held exclusively: EBUSY", model);
	close(a);
	a = open(dev, O_RDWR);
	b = open(dev, O_RDONLY);
	c = open(dev, O_RDWR | O_EXCL);
	tap_result(a >= 0 && b >= 0, "%s: plain opens after the exclusive close", model);
	tap_result(c < 0 && errno == EBUSY, "%s: O_EXCL while open: EBUSY", model);
	close(a);
	close(b);
	a = open(dev, O_RDWR | O_EXCL);
	tap_result(a >= 0, "%s: O_EXCL again after the last close", model);
	close(a);
	return 0;
}

/* nonroot: the node opened by root, the ioctl made by nobody. */
static int mode_nonroot(int fd)
{
	unsigned char cdb[6] = { 0x12, 0, 0, 0, 36, 0 }, buf[36];
	uscsi_xfer_t x;
	struct res r;
	pid_t pid;
	int st;

	cmd(fd, &r, cdb, 6, buf, 36, USCSI_READ, 0);
	tap_result(r.rv == 0, "%s: USCSICMD as root", model);
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		if (setgid(65534) != 0 || setuid(65534) != 0)
			_exit(2);
		cmd(fd, &r, cdb, 6, buf, 36, USCSI_READ, 0);
		tap_result(r.rv == -1 && r.err == EPERM, "%s: USCSICMD as uid 65534: EPERM (%s)",
			   model, strerror(r.err));
		tap_result(ioctl(fd, USCSIMAXXFER, &x) == -1 && errno == EPERM,
			   "%s: USCSIMAXXFER as uid 65534: EPERM", model);
		_exit(tap_status());
	}
	tap_result(pid > 0 && waitpid(pid, &st, 0) == pid && WIFEXITED(st) &&
		   WEXITSTATUS(st) != 2, "%s: dropped to uid 65534", model);
	return 0;
}

static int sysfs_write(const char *file, const char *val)
{
	char path[256];
	int fd, ok;

	snprintf(path, sizeof(path), "%s/%s", SDEBUG, file);
	fd = open(path, O_WRONLY);
	if (fd < 0)
		return -1;
	ok = write(fd, val, strlen(val)) == (ssize_t)strlen(val);
	close(fd);
	return ok ? 0 : -1;
}

/*
 * timeout: scsi_debug drops every command (opts=4, every_nth=1) while one
 * TEST UNIT READY with uscsi_timeout 2 runs; Linux's error handler aborts it.
 */
static int mode_timeout(int fd, int silent)
{
	unsigned char cdb[6] = { 0 };
	struct res r;

	tap_result(tur_ready(fd, 5) == 0, "%s: ready before the timeout", model);
	if (sysfs_write("every_nth", "1") || sysfs_write("opts", "4")) {
		tap_result(0, "%s: scsi_debug timeout injection", model);
		return 1;
	}
	memset(&r, 0, sizeof(r));
	r.uc.uscsi_flags = USCSI_RQENABLE | (silent ? USCSI_SILENT : 0);
	r.uc.uscsi_cdb = (char *)cdb;
	r.uc.uscsi_cdblen = 6;
	r.uc.uscsi_rqbuf = (char *)r.sense;
	r.uc.uscsi_rqlen = 20;
	r.uc.uscsi_timeout = 2;
	issue(fd, &r);
	sysfs_write("opts", "0");
	sysfs_write("every_nth", "0");
	res_diag("dropped TUR", &r);
	tap_result(r.rv == -1 && r.err == EIO && r.uc.uscsi_status == 0 &&
		   r.uc.uscsi_rqresid == 20,
		   "%s: uscsi_timeout 2 on a dropped command: EIO, no status, no sense%s", model,
		   silent ? " (USCSI_SILENT)" : "");
	tap_result(tur_ready(fd, 5) == 0, "%s: the device answers again", model);
	return 0;
}

/*
 * gone: the scsi_debug host removed while the node is open.  Linux's
 * removal, run in a child, returns although the node is open: commands
 * fail here, and the node detaches once it is closed.
 */
static int mode_gone(int fd)
{
	unsigned char cdb[6] = { 0 };
	struct res r;
	int i, st;
	pid_t pid;

	tap_result(tur_ready(fd, 5) == 0, "%s: ready before removal", model);
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		close(fd);	/* else the removal would wait for this process */
		_exit(sysfs_write("add_host", "-1") == 0 ? 0 : 1);
	}
	for (i = 0; i < 200; i++) {
		cmd(fd, &r, cdb, 6, NULL, 0, USCSI_SILENT, 20);
		if (r.rv != 0)
			break;
		usleep(50000);
	}
	res_diag("TUR during removal", &r);
	tap_result(r.rv == -1 && (r.err == ENXIO || r.err == EIO),
		   "%s: command on a removed LUN: %s", model, strerror(r.err));
	cmd(fd, &r, cdb, 6, NULL, 0, USCSI_SILENT, 20);
	tap_result(r.rv == -1 && r.err == ENXIO, "%s: and the next one: ENXIO (%s)", model,
		   strerror(r.err));
	for (i = 0; i < 300 && waitpid(pid, &st, WNOHANG) == 0; i++)
		usleep(100000);
	tap_result(i < 300 && WIFEXITED(st) && WEXITSTATUS(st) == 0,
		   "%s: the removal returns while the node is open", model);
	close(fd);
	return 0;
}

/*
 * fuzz N: N requests made of random pieces, valid and not: opcodes that
 * cannot change the device's state, any CDB length, flags with reserved
 * bits, NULL, unmapped and page-crossing pointers, lengths from 0 to far
 * beyond USCSIMAXXFER, data directions that contradict the opcode.  Each
 * must end in success or EIO, EINVAL or EFAULT, and the device must still
 * work afterwards.  The seed is fixed: a failure can be replayed.
 */
static int mode_fuzz(int fd, int n)
{
	static const unsigned char ops[] = {
		0x00, 0x03, 0x12, 0x1a, 0x25, 0x28, 0x5a, 0x88, 0x9e, 0xa0, 0xff, 0x7f
	};
	static const size_t lens[] = { 0, 1, 3, 36, 96, 512, 4096, 65536, 1 << 20 };
	unsigned char *g = guarded_pages(), *data = NULL, cdb[32], inq[36];
	unsigned int seed = 1;
	int i, bad = 0, counts[4] = { 0 };
	uscsi_xfer_t maxxfer = 65536;
	struct res r;

	(void)ioctl(fd, USCSIMAXXFER, &maxxfer);
	if (!g || posix_memalign((void **)&data, (size_t)pagesz, 1 << 20) != 0) {
		tap_result(0, "%s: fuzz: memory", model);
		return 1;
	}
	srand(seed);
	for (i = 0; i < n; i++) {
		int k, c = rand();

		memset(&r, 0, sizeof(r));
		for (k = 0; k < (int)sizeof(cdb); k++)
			cdb[k] = (unsigned char)rand();
		cdb[0] = ops[rand() % sizeof(ops)];
		cdb[1] &= 0x1f;
		r.uc.uscsi_cdb = (char *)cdb;
		r.uc.uscsi_cdblen = (unsigned char)(c % 4 ? (6 + rand() % 11) : rand() % 40);
		r.uc.uscsi_flags = USCSI_SILENT | (rand() % 2 ? USCSI_READ : 0) |
				   (rand() % 2 ? USCSI_RQENABLE : 0) |
				   (rand() % 8 ? 0 : (1 << (rand() % 32)));
		r.uc.uscsi_timeout = 10;
		switch (rand() % 6) {
		case 0:
			r.uc.uscsi_bufaddr = NULL;
			break;
		case 1:
			r.uc.uscsi_bufaddr = (char *)g + pagesz;
			break;
		case 2:
			r.uc.uscsi_bufaddr = (char *)g + pagesz - 512;
			break;
		default:
			r.uc.uscsi_bufaddr = (char *)data + (rand() % 4 ? 0 : rand() % 64);
		}
		r.uc.uscsi_buflen = rand() % 10 ? lens[rand() % ARRAY_SIZE(lens)] :
				    (size_t)maxxfer + 1 + (size_t)rand() % 4096;
		switch (rand() % 4) {
		case 0:
			r.uc.uscsi_rqbuf = NULL;
			break;
		case 1:
			r.uc.uscsi_rqbuf = (char *)g + pagesz - 8;
			break;
		default:
			r.uc.uscsi_rqbuf = (char *)r.sense;
		}
		r.uc.uscsi_rqlen = (unsigned char)rand();
		issue(fd, &r);
		if (r.rv == 0)
			counts[0]++;
		else if (r.err == EIO)
			counts[1]++;
		else if (r.err == EINVAL)
			counts[2]++;
		else if (r.err == EFAULT)
			counts[3]++;
		else if (bad++ < 5)
			res_diag("unexpected", &r);
	}
	tap_diag("fuzz: %d ok, %d EIO, %d EINVAL, %d EFAULT, %d other", counts[0], counts[1],
		 counts[2], counts[3], bad);
	tap_result(bad == 0, "%s: %d random requests: success, EIO, EINVAL or EFAULT only",
		   model, n);
	memset(cdb, 0, 6);
	cdb[0] = 0x12;
	cdb[4] = 36;
	tur_ready(fd, 5);
	cmd(fd, &r, cdb, 6, inq, 36, USCSI_READ, 20);
	tap_result(r.rv == 0 && trimmed_eq(inq + 8, 8, "Linux"),
		   "%s: the device still answers INQUIRY", model);
	munmap(g, 2 * pagesz);
	free(data);
	return 0;
}

/*
 * stress N THREADS [remove H:C:T:L]: the fuzz from several threads on a
 * scratch LUN (tests.d/50-spt.sh gives it a LUN nothing else uses then),
 * through fuzz_rig.h: random opcodes of every CDB group, writes among them
 * (their LBAs moved into the scratch range below), lengths from 0 to far
 * beyond USCSIMAXXFER, bad pointers of every kind for the struct, the CDB,
 * the data and the sense buffer, reserved and odd flags; now and then a
 * WRITE(10) of a known pattern to the thread's own blocks and a READ(10)
 * back, compared when both succeed.  Opcodes that would change the LUN for
 * the tests that follow (FORMAT UNIT, MODE SELECT, START STOP UNIT, ...)
 * are not sent.  scsi_debug's LUNs share one store: writes stay in blocks
 * 65536 to 100351 (random) and 114688 to 118783 (verified), which no other
 * test reads before writing.
 */
#define SCRATCH_LBA	65536u	/* random writes: SCRATCH_LBA + 32768 + 2048 blocks */
#define VERIFY_LBA	114688u	/* thread t verifies in VERIFY_LBA + t * 1024 */
#define DATA_MAX	(1u << 20)

struct stress_priv {
	unsigned char	*data;		/* DATA_MAX bytes, then a guard page */
	unsigned char	*page;		/* one page, then a guard page */
	unsigned char	*vw, *vr;	/* verify buffers */
	unsigned char	sense[255];
	uscsi_xfer_t	maxxfer;
	long		verified, mismatched;
	unsigned int	vn;
};

static int stress_denied(unsigned char op)
{
	static const unsigned char deny[] = {
		0x04, 0x07, 0x15, 0x16, 0x17, 0x1b, 0x1d, 0x3b, 0x42, 0x48, 0x4c,
		0x55, 0x56, 0x57, 0x5f, 0x83, 0x94, 0xa4, 0xb5, 0x9f,
		/*
		 * WRITE SAME(10), (16): 6.12.117's scsi_debug returns from
		 * resp_write_same() with its store's data lock held when the
		 * command has a data buffer that does not go to the device
		 * (fetch_to_dev_buffer() fails), and every later write spins.
		 */
		0x41, 0x93
	};
	size_t i;

	for (i = 0; i < sizeof(deny); i++)
		if (op == deny[i])
			return 1;
	return 0;
}

/* For write opcodes: the LBA field's offset and size and the length's. */
static int stress_write_fields(unsigned char op, int *lo, int *ln, int *xo, int *xn)
{
	switch (op) {
	case 0x0a:				/* WRITE(6) */
		*lo = 1; *ln = 3; *xo = 4; *xn = 1; return 1;
	case 0x2a: case 0x2e: case 0x41: case 0x3f:	/* WRITE, W&V, WRITE SAME(10) */
		*lo = 2; *ln = 4; *xo = 7; *xn = 2; return 1;
	case 0xaa: case 0xae:			/* WRITE(12), W&V(12) */
		*lo = 2; *ln = 4; *xo = 6; *xn = 4; return 1;
	case 0x8a: case 0x8e: case 0x93: case 0x9c:	/* (16) */
		*lo = 2; *ln = 8; *xo = 10; *xn = 4; return 1;
	case 0x89:				/* COMPARE AND WRITE */
		*lo = 2; *ln = 8; *xo = 13; *xn = 1; return 1;
	case 0x7f:				/* WRITE(32) and the other 32s */
		*lo = 12; *ln = 8; *xo = 28; *xn = 4; return 1;
	}
	return 0;
}

static int stress_issue(struct rig_worker *w, void *arg, const char *what)
{
	int after = rig_start(w, what);
	int rv = ioctl(rig_fd(w), USCSICMD, arg);
	int err = rv < 0 ? errno : 0;

	rig_rec(w, after, err);
	return err;
}

/* A WRITE(10) of a known pattern to the thread's own blocks, READ(10) back. */
static void stress_verify(struct rig_worker *w)
{
	struct stress_priv *p = w->priv;
	unsigned char wc[10] = { 0x2a }, rc[10] = { 0x28 };
	uint32_t lba = VERIFY_LBA + w->id * 1024 + (p->vn % 64) * 16;
	struct uscsi_cmd uc;
	int ew, er;

	fill(p->vw, 8192, (unsigned int)(w->id * 100000 + p->vn++));
	memset(p->vr, 0, 8192);
	put_be(wc + 2, lba, 4);
	put_be(wc + 7, 16, 2);
	memcpy(rc, wc, 10);
	rc[0] = 0x28;
	memset(&uc, 0, sizeof(uc));
	uc.uscsi_flags = USCSI_WRITE | USCSI_SILENT;
	uc.uscsi_cdb = (char *)wc;
	uc.uscsi_cdblen = 10;
	uc.uscsi_bufaddr = (char *)p->vw;
	uc.uscsi_buflen = 8192;
	uc.uscsi_timeout = 30;
	ew = stress_issue(w, &uc, "verify WRITE(10)");
	uc.uscsi_flags = USCSI_READ | USCSI_SILENT;
	uc.uscsi_cdb = (char *)rc;
	uc.uscsi_bufaddr = (char *)p->vr;
	er = stress_issue(w, &uc, "verify READ(10)");
	if (ew == 0 && er == 0 && uc.uscsi_status == 0 && uc.uscsi_resid == 0) {
		if (memcmp(p->vw, p->vr, 8192) == 0)
			p->verified++;
		else if (p->mismatched++ == 0)
			tap_diag("thread %d: blocks %u+16 read back differ", w->id, lba);
	}
}

static void rig_one(struct rig_worker *w)
{
	static const size_t lens[] = { 0, 1, 3, 36, 96, 512, 4096, 65536, DATA_MAX };
	static const int grouplen[8] = { 6, 10, 10, 0, 16, 12, 0, 0 };
	struct stress_priv *p = w->priv;
	unsigned char c[256], *cdb, *guard = p->page + pagesz;
	struct uscsi_cmd *uc, ucb;
	unsigned int r = rig_rand(w);
	int k, g, lo, ln, xo, xn;
	unsigned char op;
	void *arg;

	if (r % 16 == 0) {
		stress_verify(w);
		return;
	}
	/* The CDB, built here, then copied to end at its page's guard. */
	cdb = c;
	for (k = 0; k < (int)sizeof(c); k++)
		cdb[k] = (unsigned char)rig_rand(w);
	do {
		op = (unsigned char)rig_rand(w);
	} while (stress_denied(op));
	cdb[0] = op;
	g = op >> 5;
	if (stress_write_fields(op, &lo, &ln, &xo, &xn)) {
		put_be(cdb + lo, SCRATCH_LBA + rig_rand(w) % 32768, ln);
		put_be(cdb + xo, 1 + rig_rand(w) % 2048, xn);
		if (op == 0x0a)
			cdb[1] &= 0x1f;
	}
	memset(&ucb, 0, sizeof(ucb));
	uc = &ucb;
	uc->uscsi_cdb = (char *)cdb;
	k = rig_rand(w) % 16;
	if (k < 13 && grouplen[g])
		uc->uscsi_cdblen = (unsigned char)grouplen[g];
	else if (k < 15)
		uc->uscsi_cdblen = (unsigned char)(6 + rig_rand(w) % 11);
	else
		uc->uscsi_cdblen = (unsigned char)rig_rand(w);
	memcpy(guard - uc->uscsi_cdblen, cdb, uc->uscsi_cdblen);	/* ends at the guard */
	uc->uscsi_cdb = (char *)guard - uc->uscsi_cdblen;
	if (rig_rand(w) % 16 == 0)
		uc->uscsi_cdb = rig_rand(w) % 2 ? rig_bad_ptr(rig_rand(w), guard) :
				(char *)guard - uc->uscsi_cdblen / 2;

	k = rig_rand(w) % 32;
	uc->uscsi_flags = USCSI_SILENT | (rig_rand(w) % 2 ? USCSI_READ : USCSI_WRITE) |
			  (rig_rand(w) % 2 ? USCSI_RQENABLE : 0);
	if (k < 4)
		uc->uscsi_flags |= 1 << (rig_rand(w) % 32);
	else if (k == 4)
		uc->uscsi_flags = (int)rig_rand(w);
	else if (k == 5)
		uc->uscsi_flags |= (USCSI_DIAGNOSE | USCSI_ISOLATE | USCSI_NOINTR |
				    USCSI_NOTAG | USCSI_HTAG | USCSI_HEAD | USCSI_ASYNC |
				    USCSI_SYNC | USCSI_RENEGOT | USCSI_PMFAILFAST) &
				   (int)rig_rand(w);

	k = rig_rand(w) % 16;
	if (k < 10)
		uc->uscsi_buflen = lens[rig_rand(w) % ARRAY_SIZE(lens)];
	else if (k < 13)
		uc->uscsi_buflen = rig_rand(w) % (DATA_MAX + 1);
	else if (k < 15)
		uc->uscsi_buflen = (size_t)p->maxxfer + 1 + rig_rand(w) % 65536;
	else
		uc->uscsi_buflen = (size_t)-1 - rig_rand(w) % 4096;
	k = rig_rand(w) % 16;
	if (k < 11)	/* runs into the guard page past DATA_MAX when long */
		uc->uscsi_bufaddr = (char *)p->data + (rig_rand(w) % 4 ? 0 : rig_rand(w) % 4096);
	else if (k < 13)
		uc->uscsi_bufaddr = (char *)p->data + DATA_MAX - rig_rand(w) % 4096;
	else
		uc->uscsi_bufaddr = rig_bad_ptr(rig_rand(w), p->data + DATA_MAX);

	k = rig_rand(w) % 8;
	if (k < 5)
		uc->uscsi_rqbuf = (char *)p->sense;
	else if (k < 7)
		uc->uscsi_rqbuf = rig_bad_ptr(rig_rand(w), guard);
	else
		uc->uscsi_rqbuf = (char *)guard - rig_rand(w) % 64;
	uc->uscsi_rqlen = (unsigned char)rig_rand(w);
	uc->uscsi_timeout = rig_rand(w) % 16 ? 10 : (short)(rig_rand(w) % 3);

	/* The struct itself: mostly fine, sometimes not there at all. */
	arg = uc;
	k = rig_rand(w) % 32;
	if (k == 0) {
		arg = rig_bad_ptr(rig_rand(w), guard);
	} else if (k == 1) {	/* its last bytes in the guard page */
		arg = guard - sizeof(*uc) + 1 + rig_rand(w) % (sizeof(*uc) - 1);
		memcpy(arg, uc, (size_t)(guard - (unsigned char *)arg));
	}
	stress_issue(w, arg, "random USCSICMD");
}

static int mode_stress(int fd, int argc, char **argv, const char *dev)
{
	static struct stress_priv priv[RIG_MAXTHREADS];
	static const int allowed[] = { 0, EIO, EINVAL, EFAULT, EBADF, ENXIO };
	unsigned char cdb[6] = { 0x12, 0, 0, 0, 36, 0 }, inq[36];
	long hist[RIG_NERR], other = 0, verified = 0, mismatched = 0;
	uscsi_xfer_t maxxfer = 65536;
	double secs;
	struct res r;
	int i;

	if (argc < 2 || (argc > 2 && (argc != 4 || strcmp(argv[2], "remove") != 0))) {
		tap_result(0, "usage: stress N THREADS [remove H:C:T:L]");
		return 1;
	}
	(void)ioctl(fd, USCSIMAXXFER, &maxxfer);
	rig.name = sizeof(long) == 8 ? "LP64 USCSICMD fuzz" : "ILP32 USCSICMD fuzz";
	rig.path[0] = dev;
	rig.nfd = 1;
	rig.total = atol(argv[0]);
	rig.nthreads = atoi(argv[1]);
	rig.closer = 1;
	rig.remove_hctl = argc == 4 ? argv[3] : NULL;
	if (rig.nthreads < 1 || rig.nthreads > RIG_MAXTHREADS || rig.total < rig.nthreads) {
		tap_result(0, "stress: bad N or THREADS");
		return 1;
	}
	for (i = 0; i < rig.nthreads; i++) {
		struct stress_priv *p = &priv[i];

		p->data = rig_guarded(DATA_MAX, pagesz);
		p->page = rig_guarded(pagesz, pagesz);
		p->vw = malloc(8192);
		p->vr = malloc(8192);
		p->maxxfer = maxxfer;
		if (!p->data || !p->page || !p->vw || !p->vr) {
			tap_result(0, "stress: memory");
			return 1;
		}
		rig.w[i].priv = p;
	}
	close(fd);	/* the rig's own descriptors only: the node can close */
	if (rig_run(hist, &secs) != 0)
		return 1;

	for (i = 0; i < rig.nthreads; i++) {
		verified += priv[i].verified;
		mismatched += priv[i].mismatched;
	}
	other = rig_other(hist, allowed, ARRAY_SIZE(allowed));
	tap_result(rig_all_answered(),
		   "%s: %ld requests from %d threads, the node closed and reopened under them%s: every one answered",
		   rig.name, rig.total, rig.nthreads,
		   rig.remove_hctl ? ", the LUN deleted mid-run" : "");
	tap_result(other == 0, "%s: only success, EIO, EINVAL, EFAULT, EBADF or ENXIO (%ld other)",
		   rig.name, other);
	tap_result(hist[0] > 0 && hist[EIO] > 0 && hist[EINVAL] > 0 && hist[EFAULT] > 0,
		   "%s: successes, EIO, EINVAL and EFAULT all seen", rig.name);
	tap_result(mismatched == 0 && (verified > 0 || rig.remove_hctl),
		   "%s: %ld verified WRITE/READ pairs equal, %ld differ", rig.name, verified,
		   mismatched);
	if (rig.remove_hctl) {
		tap_diag("delete of %s returned in %.2f s", rig.remove_hctl, rig.remove_secs);
		tap_result(rig.remove_rc == 0 && rig.remove_secs < 30,
			   "%s: deleting the LUN under the requests returns (%.1f s): %s", rig.name,
			   rig.remove_secs, strerror(rig.remove_rc));
		tap_result(rig_after_removal_ok() == 0 && hist[ENXIO] > 0,
			   "%s: requests after the deletion fail (ENXIO %ld), none succeeds (%ld)",
			   rig.name, hist[ENXIO], rig_after_removal_ok());
		tap_result(rig.rescan_rc == 0,
			   "%s: the LUN scanned back while its old node is open: %s", rig.name,
			   strerror(rig.rescan_rc));
		return 0;
	}
	fd = open(dev, O_RDWR);
	tur_ready(fd, 5);
	cmd(fd, &r, cdb, 6, inq, 36, USCSI_READ, 20);
	tap_result(r.rv == 0 && trimmed_eq(inq + 8, 8, "Linux"),
		   "%s: afterwards the device answers INQUIRY", rig.name);
	close(fd);
	return 0;
}

int main(int argc, char **argv)
{
	const char *dev, *mode;
	int fd;

	pagesz = sysconf(_SC_PAGESIZE);
	if (argc < 3) {
		tap_result(0, "usage: spt_uscsi DEVICE MODE [ARGS]");
		return 1;
	}
	dev = argv[1];
	mode = argv[2];
	if (strcmp(mode, "excl") == 0)
		return mode_excl(dev) || tap_status();
	fd = open(dev, O_RDWR);
	if (fd < 0) {
		tap_result(0, "%s: open %s: %s", model, dev, strerror(errno));
		return 1;
	}
	if (strcmp(mode, "gone") == 0)
		return mode_gone(fd) || tap_status();
	if (strcmp(mode, "stress") == 0)
		return mode_stress(fd, argc - 3, argv + 3, dev) || tap_status();
	if (strcmp(mode, "basic") == 0)
		mode_basic(fd, argc - 3, argv + 3);
	else if (strcmp(mode, "nonroot") == 0)
		mode_nonroot(fd);
	else if (strcmp(mode, "timeout") == 0)
		mode_timeout(fd, argc > 3 && strcmp(argv[3], "silent") == 0);
	else if (strcmp(mode, "fuzz") == 0)
		mode_fuzz(fd, argc > 3 ? atoi(argv[3]) : 1000);
	else
		tap_result(0, "unknown mode %s", mode);
	close(fd);
	return tap_status();
}
