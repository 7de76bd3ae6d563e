// SPDX-License-Identifier: GPL-2.0
/*
 * smt: a Solaris-style mt(1) for the guests, which drives illumos st(7D)
 * nodes (/dev/scsa/st/...) with illumos's MTIOCTOP and MTIOCGET, and, with
 * -L, Linux st(4) nodes with Linux's, so that one sequence can run against
 * both drivers and print comparable results.
 *
 *	smt [-L] -f DEVICE COMMAND [COUNT] [COMMAND [COUNT]]...
 *
 * Commands: status, rewind, weof N, fsf N, bsf N, nbsf N, fsr N, bsr N,
 * eom, erase, offline, load, tell, seek N, srsz N, grsz, and, for tests,
 * "rd N" (one read(2) of N bytes: prints "rd RESULT" or "rd -ERRNO"),
 * "wr N" (one write(2) of N bytes of a pattern), "pos" (file and block
 * numbers only) and "hold N" (print "hold", then wait N seconds with the
 * node open, so that a test can change the drive between two commands).
 * Every command runs on one open descriptor, in order; the exit status is
 * that of the first failure (its errno printed).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mtio.h>		/* Linux's, for -L */
#include <unistd.h>

/* illumos's mtio(4I) ABI (LP64), as scsa_compat/include/sys/mtio.h has it. */
struct sol_mtop {
	short mt_op;
	long mt_count;
};

struct sol_mtget {
	short mt_type;
	short mt_dsreg;
	short mt_erreg;
	long mt_resid;
	long mt_fileno;
	long mt_blkno;
	unsigned short mt_flags;
	short mt_bf;
};

#define SOL_MTIOCTOP	(('m' << 8) | 1)
#define SOL_MTIOCGET	(('m' << 8) | 2)

enum { S_WEOF, S_FSF, S_BSF, S_FSR, S_BSR, S_REW, S_OFFL, S_NOP, S_RETEN,
	S_ERASE, S_EOM, S_NBSF, S_SRSZ, S_GRSZ, S_LOAD, S_BSSF, S_FSSF, S_TELL,
	S_SEEK };

static int linux_mode;

struct op {
	const char *name;
	int sol, lx;		/* op codes; -1: not in that flavour */
	int has_count;
};

static const struct op ops[] = {
	{ "weof", S_WEOF, MTWEOF, 1 },
	{ "fsf", S_FSF, MTFSF, 1 },
	{ "bsf", S_BSF, MTBSF, 1 },
	{ "nbsf", S_NBSF, -1, 1 },
	{ "fsr", S_FSR, MTFSR, 1 },
	{ "bsr", S_BSR, MTBSR, 1 },
	{ "rewind", S_REW, MTREW, 0 },
	{ "offline", S_OFFL, MTOFFL, 0 },
	{ "load", S_LOAD, MTLOAD, 0 },
	{ "erase", S_ERASE, MTERASE, 0 },
	{ "eom", S_EOM, MTEOM, 0 },
	{ "srsz", S_SRSZ, MTSETBLK, 1 },
	{ "grsz", S_GRSZ, -1, 0 },
	{ "tell", S_TELL, -1, 0 },
	{ "seek", S_SEEK, MTSEEK, 1 },
	{ "nop", S_NOP, MTNOP, 0 },
};

#ifndef ARRAY_SIZE
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#endif
#define NOPS ARRAY_SIZE(ops)

static int do_op(int fd, const struct op *o, long count)
{
	if (linux_mode) {
		struct mtop m = { .mt_op = o->lx, .mt_count = count };

		if (o->lx < 0) {
			errno = ENOTTY;
			return -1;
		}
		return ioctl(fd, MTIOCTOP, &m);
	}
	struct sol_mtop m = { .mt_op = o->sol, .mt_count = count };
	int r = ioctl(fd, SOL_MTIOCTOP, &m);

	/* MTGRSZ and MTTELL answer in mt_count. */
	if (r == 0 && (o->sol == S_GRSZ || o->sol == S_TELL))
		printf("%s %ld\n", o->name, m.mt_count);
	return r;
}

static int do_tell_linux(int fd)
{
	struct mtpos p;

	if (ioctl(fd, MTIOCPOS, &p) < 0)
		return -1;
	printf("tell %ld\n", p.mt_blkno);
	return 0;
}

static int do_status(int fd, int full)
{
	if (linux_mode) {
		struct mtget g;

		if (ioctl(fd, MTIOCGET, &g) < 0)
			return -1;
		if (full)
			printf("status type=0x%lx resid=%ld erreg=0x%lx fileno=%d blkno=%d gstat=0x%lx\n",
			       g.mt_type, g.mt_resid, g.mt_erreg, g.mt_fileno,
			       g.mt_blkno, g.mt_gstat);
		else
			printf("pos file %d block %d\n", g.mt_fileno, g.mt_blkno);
	} else {
		struct sol_mtget g;

		if (ioctl(fd, SOL_MTIOCGET, &g) < 0)
			return -1;
		if (full)
			printf("status type=0x%x dsreg=0x%x erreg=0x%x resid=%ld fileno=%ld blkno=%ld flags=0x%x bf=%d\n",
			       g.mt_type, g.mt_dsreg, g.mt_erreg, g.mt_resid,
			       g.mt_fileno, g.mt_blkno, g.mt_flags, g.mt_bf);
		else
			printf("pos file %ld block %ld\n", g.mt_fileno, g.mt_blkno);
	}
	return 0;
}

/* Record N's bytes: its length and a counter, so records differ. */
static void pattern(unsigned char *b, size_t n, unsigned int seed)
{
	size_t i;

	for (i = 0; i < n; i++)
		b[i] = (unsigned char)(seed * 31 + i * 7 + (i >> 8));
}

static int bad_args(void)
{
	fprintf(stderr, "usage: %s [-L] -f DEVICE COMMAND [COUNT]...\n", "smt");
	return 2;
}

int main(int argc, char **argv)
{
	const char *dev = getenv("TAPE");
	int i = 1, fd, flags = O_RDONLY, wseed = 0;

	for (; i < argc && argv[i][0] == '-'; i++) {
		if (!strcmp(argv[i], "-L"))
			linux_mode = 1;
		else if (!strcmp(argv[i], "-f") && i + 1 < argc)
			dev = argv[++i];
		else if (!strcmp(argv[i], "-w"))
			flags = O_RDWR;
		else
			return bad_args();
	}
	if (!dev || i >= argc)
		return bad_args();
	/* Commands that write need the node open for writing. */
	for (int j = i; j < argc; j++)
		if (!strcmp(argv[j], "weof") || !strcmp(argv[j], "wr") ||
		    !strcmp(argv[j], "erase"))
			flags = O_RDWR;
	fd = open(dev, flags);
	if (fd < 0) {
		printf("open %s: -%d (%s)\n", dev, errno, strerror(errno));
		return 1;
	}
	while (i < argc) {
		const char *cmd = argv[i++];
		long count = 1;
		int r = 0;
		size_t k;

		if (i < argc && (argv[i][0] >= '0' && argv[i][0] <= '9'))
			count = strtol(argv[i++], NULL, 0);
		if (!strcmp(cmd, "status") || !strcmp(cmd, "pos")) {
			r = do_status(fd, cmd[0] == 's');
		} else if (!strcmp(cmd, "rd") || !strcmp(cmd, "wr")) {
			unsigned char *b = malloc(count ? count : 1);
			ssize_t n;

			if (!b)
				return 1;
			if (cmd[0] == 'r') {
				n = read(fd, b, count);
			} else {
				pattern(b, count, wseed++);
				n = write(fd, b, count);
			}
			if (n < 0)
				printf("%s -%d\n", cmd, errno);
			else
				printf("%s %zd\n", cmd, n);
			free(b);
			continue;
		} else if (!strcmp(cmd, "hold")) {
			printf("hold\n");
			fflush(stdout);
			sleep((unsigned int)count);
			continue;
		} else if (linux_mode && !strcmp(cmd, "tell")) {
			r = do_tell_linux(fd);
		} else {
			for (k = 0; k < NOPS; k++)
				if (!strcmp(cmd, ops[k].name))
					break;
			if (k == NOPS)
				return bad_args();
			r = do_op(fd, &ops[k], ops[k].has_count ? count : 1);
		}
		if (r < 0) {
			int e = errno;

			printf("%s: -%d (%s)\n", cmd, e, strerror(e));
			close(fd);
			return 1;
		}
	}
	if (close(fd) < 0) {
		printf("close: -%d (%s)\n", errno, strerror(errno));
		return 1;
	}
	return 0;
}
