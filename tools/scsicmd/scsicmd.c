// SPDX-License-Identifier: GPL-2.0
/*
 * scsicmd: send SCSI commands through uscsi(4I) (USCSICMD), to scsa_compat's
 * spt nodes (/dev/scsa/spt/N:type) or any other node that serves USCSICMD
 * (a ported sgen, st or sd).  Plain libc; see scsicmd -h and
 * Documentation/target_drivers.rst.
 *
 * Exit status: sg3_utils's convention, so that scripts written for its
 * tools read ours the same way: 0 GOOD, 1 a syntax error, else the category
 * of what went wrong (the sense key for CHECK CONDITION, the SCSI status,
 * a file error, a timeout or 50 + errno).  The list is in scsicmd.8.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <sys/scsi/impl/uscsi.h>

#ifndef SCSICMD_VERSION
#define SCSICMD_VERSION	"unknown"
#endif

/*
 * Exit statuses, by sg3_utils's numbers (its SG_LIB_CAT_* and friends, as
 * sg3_utils(8) lists them under EXIT STATUS).
 */
enum {
	EXIT_SYNTAX = 1,		/* bad option or argument */
	EXIT_NOT_READY = 2,
	EXIT_MEDIUM_HARD = 3,		/* medium or hardware error, blank check */
	EXIT_ILLEGAL_REQ = 5,		/* ILLEGAL REQUEST, other ASCs */
	EXIT_UNIT_ATTENTION = 6,
	EXIT_DATA_PROTECT = 7,
	EXIT_INVALID_OP = 9,		/* ILLEGAL REQUEST, ASC 0x20 */
	EXIT_COPY_ABORTED = 10,
	EXIT_ABORTED_COMMAND = 11,
	EXIT_MISCOMPARE = 14,
	EXIT_FILE_ERROR = 15,		/* the device or a file: open, read, write */
	EXIT_NO_SENSE = 20,		/* NO SENSE key with an ASC or ASCQ */
	EXIT_RECOVERED = 21,
	EXIT_LBA_OUT_OF_RANGE = 22,	/* ILLEGAL REQUEST, ASC 0x21 ASCQ 0 */
	EXIT_RESERVATION_CONFLICT = 24,
	EXIT_CONDITION_MET = 25,
	EXIT_BUSY = 26,
	EXIT_TASK_SET_FULL = 27,
	EXIT_ACA_ACTIVE = 28,
	EXIT_TASK_ABORTED = 29,
	EXIT_CONTRADICT = 31,		/* options that do not go together */
	EXIT_TIMEOUT = 33,
	EXIT_PROTECTION = 40,		/* ABORTED COMMAND, ASC 0x10 */
	EXIT_OS_ERROR = 50,		/* 50 + errno for errno below 47 */
	EXIT_MALFORMED = 97,		/* a response that makes no sense */
	EXIT_SENSE_OTHER = 98,		/* CHECK CONDITION, none of the above */
	EXIT_OTHER = 99,		/* transport errors and the rest */
};

#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))

#define SENSE_MAX	252	/* illumos's MAX_SENSE_LENGTH */

static const char *progname = "scsicmd";
static int opt_timeout;		/* uscsi_timeout; 0: the driver's default */
static int opt_silent;		/* USCSI_SILENT */
static int opt_verbose;
static size_t opt_offset;	/* -a: data buffers start this far into a page */

struct result {
	int		err;		/* errno of the ioctl, 0 if it succeeded */
	int		status;		/* uscsi_status */
	size_t		resid;
	unsigned char	sense[SENSE_MAX];
	int		senselen;	/* sense bytes returned */
	int		rqstatus;
};

static void usage(FILE *f)
{
	fprintf(f,
		"usage: %s [-s] [-t SECONDS] [-v] [-a OFFSET] DEVICE COMMAND [ARGS]\n"
		"       %s --help | --version\n"
		"\n"
		"Sends one SCSI command (or a few, for read and write) with USCSICMD.\n"
		"  -s, --silent           USCSI_SILENT: ask the driver not to log errors\n"
		"  -t, --timeout=SECONDS  command timeout (uscsi_timeout); default: the\n"
		"                         driver's\n"
		"  -v, --verbose          print status, residual and sense of every command\n"
		"  -a, --offset=OFFSET    data buffers start OFFSET bytes into a page\n"
		"                         (default 0; tests what a driver does with data it\n"
		"                         cannot map in place)\n"
		"  -h, --help             this text\n"
		"  -V, --version          the version (scsa_compat's)\n"
		"\n"
		"Commands:\n"
		"  inquiry [-p|--page PAGE]\n"
		"                         standard INQUIRY data, or a VPD page (hex: 0x80)\n"
		"  tur                    TEST UNIT READY\n"
		"  readcap [-l|--long]    READ CAPACITY(10), or (16) with -l\n"
		"  read LBA COUNT [-b|--bs BS] [-o|--output FILE]\n"
		"                         COUNT blocks from LBA to FILE or stdout\n"
		"  write LBA COUNT [-b|--bs BS] [-i|--input FILE]\n"
		"                         COUNT blocks at LBA from FILE or stdin\n"
		"  raw [-r|--read LEN | -w|--write LEN]\n"
		"      [-i|--input FILE | -o|--output FILE] CDB...\n"
		"                         any CDB, in hex bytes (\"12 00 00 00 24 00\" or\n"
		"                         \"120000002400\"); -r reads LEN bytes (to FILE or a\n"
		"                         hex dump), -w writes LEN bytes (from FILE or zeros)\n"
		"  maxxfer                the largest transfer of one command (USCSIMAXXFER)\n"
		"\n"
		"Exit status (sg3_utils's): 0 GOOD; 1 syntax error; 2 NOT READY; 3 MEDIUM\n"
		"or HARDWARE ERROR; 5 ILLEGAL REQUEST; 6 UNIT ATTENTION; 9 invalid opcode;\n"
		"11 ABORTED COMMAND; 15 file error; 22 LBA out of range; 24 RESERVATION\n"
		"CONFLICT; 33 timeout; 50+errno; 99 other.  The whole list: scsicmd(8).\n",
		progname, progname);
}

static void die(int status, const char *fmt, const char *arg)
{
	fprintf(stderr, "%s: ", progname);
	fprintf(stderr, fmt, arg);
	fputc('\n', stderr);
	fprintf(stderr, "Try '%s --help'.\n", progname);
	exit(status);
}

static void die_usage(const char *fmt, const char *arg)
{
	die(EXIT_SYNTAX, fmt, arg);
}

static void die_contradict(const char *fmt, const char *arg)
{
	die(EXIT_CONTRADICT, fmt, arg);
}

static unsigned long long parse_num(const char *s, const char *what)
{
	unsigned long long v;
	char *end;

	errno = 0;
	v = strtoull(s, &end, 0);
	if (errno != 0 || end == s || *end != '\0' || *s == '-')
		die_usage("bad %s", what);
	return v;
}

/*
 * Sense decoding
 */

static const char *const sense_keys[16] = {
	"NO SENSE", "RECOVERED ERROR", "NOT READY", "MEDIUM ERROR",
	"HARDWARE ERROR", "ILLEGAL REQUEST", "UNIT ATTENTION", "DATA PROTECT",
	"BLANK CHECK", "VENDOR UNIQUE", "COPY ABORTED", "ABORTED COMMAND",
	"EQUAL", "VOLUME OVERFLOW", "MISCOMPARE", "RESERVED",
};

static const struct {
	unsigned char asc, ascq;
	const char *name;
} asc_names[] = {
	{ 0x00, 0x00, "no additional sense information" },
	{ 0x04, 0x00, "logical unit not ready, cause not reportable" },
	{ 0x04, 0x01, "logical unit is in process of becoming ready" },
	{ 0x04, 0x02, "logical unit not ready, initializing command required" },
	{ 0x04, 0x03, "logical unit not ready, manual intervention required" },
	{ 0x0c, 0x00, "write error" },
	{ 0x11, 0x00, "unrecovered read error" },
	{ 0x1a, 0x00, "parameter list length error" },
	{ 0x20, 0x00, "invalid command operation code" },
	{ 0x21, 0x00, "logical block address out of range" },
	{ 0x24, 0x00, "invalid field in cdb" },
	{ 0x25, 0x00, "logical unit not supported" },
	{ 0x26, 0x00, "invalid field in parameter list" },
	{ 0x27, 0x00, "write protected" },
	{ 0x28, 0x00, "not ready to ready change, medium may have changed" },
	{ 0x29, 0x00, "power on, reset, or bus device reset occurred" },
	{ 0x29, 0x01, "power on occurred" },
	{ 0x29, 0x02, "scsi bus reset occurred" },
	{ 0x29, 0x03, "bus device reset function occurred" },
	{ 0x2a, 0x01, "mode parameters changed" },
	{ 0x2a, 0x09, "capacity data has changed" },
	{ 0x3a, 0x00, "medium not present" },
	{ 0x3f, 0x0e, "reported luns data has changed" },
	{ 0x44, 0x00, "internal target failure" },
	{ 0x47, 0x00, "scsi parity error" },
	{ 0x4b, 0x00, "data phase error" },
	{ 0x5d, 0x00, "failure prediction threshold exceeded" },
};

/* Key, ASC and ASCQ of fixed (0x70/0x71) or descriptor (0x72/0x73) sense. */
static int sense_fields(const unsigned char *s, int len, int *key, int *asc, int *ascq)
{
	int code = len > 0 ? s[0] & 0x7f : 0;

	if ((code == 0x70 || code == 0x71) && len >= 3) {
		*key = s[2] & 0xf;
		*asc = len >= 13 ? s[12] : 0;
		*ascq = len >= 14 ? s[13] : 0;
		return 0;
	}
	if ((code == 0x72 || code == 0x73) && len >= 2) {
		*key = s[1] & 0xf;
		*asc = len >= 3 ? s[2] : 0;
		*ascq = len >= 4 ? s[3] : 0;
		return 0;
	}
	return -1;
}

static const char *asc_name(int asc, int ascq)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(asc_names); i++)
		if (asc_names[i].asc == asc && asc_names[i].ascq == ascq)
			return asc_names[i].name;
	return NULL;
}

static const char *status_name(int st)
{
	switch (st & 0xfe) {
	case 0x00: return "GOOD";
	case 0x02: return "CHECK CONDITION";
	case 0x04: return "CONDITION MET";
	case 0x08: return "BUSY";
	case 0x10: return "INTERMEDIATE";
	case 0x14: return "INTERMEDIATE-CONDITION MET";
	case 0x18: return "RESERVATION CONFLICT";
	case 0x22: return "COMMAND TERMINATED";
	case 0x28: return "TASK SET FULL";
	case 0x30: return "ACA ACTIVE";
	case 0x40: return "TASK ABORTED";
	default: return "unknown status";
	}
}

static void hexdump(FILE *f, const unsigned char *p, size_t len)
{
	size_t i, j;

	for (i = 0; i < len; i += 16) {
		fprintf(f, "%04zx ", i);
		for (j = i; j < i + 16; j++) {
			if (j < len)
				fprintf(f, " %02x", p[j]);
			else
				fputs("   ", f);
		}
		fputs("  ", f);
		for (j = i; j < i + 16 && j < len; j++)
			fputc(p[j] >= 0x20 && p[j] < 0x7f ? p[j] : '.', f);
		fputc('\n', f);
	}
}

static void print_sense(const struct result *r)
{
	int key, asc, ascq;
	const char *an;

	if (r->senselen <= 0) {
		fprintf(stderr, "%s: no sense data\n", progname);
		return;
	}
	if (sense_fields(r->sense, r->senselen, &key, &asc, &ascq) != 0) {
		fprintf(stderr, "%s: sense data in an unknown format:\n", progname);
		hexdump(stderr, r->sense, (size_t)r->senselen);
		return;
	}
	an = asc_name(asc, ascq);
	fprintf(stderr, "%s: sense key 0x%x %s, ASC 0x%02x ASCQ 0x%02x", progname, key,
		sense_keys[key], asc, ascq);
	if (an)
		fprintf(stderr, " (%s)", an);
	else if (asc >= 0x80 || ascq >= 0x80)
		fputs(" (vendor specific)", stderr);
	fputc('\n', stderr);
}

/*
 * Commands
 */

/* 50 + errno, as sg3_utils turns an errno into an exit status. */
static int os_exit(int err)
{
	return err > 0 && err < 47 ? EXIT_OS_ERROR + err : EXIT_OS_ERROR;
}

/* The exit status of a CHECK CONDITION, from its sense data. */
static int sense_exit(const struct result *r)
{
	int key, asc, ascq;

	if (r->senselen <= 0 ||
	    sense_fields(r->sense, r->senselen, &key, &asc, &ascq) != 0)
		return EXIT_SENSE_OTHER;
	switch (key) {
	case 0x0:
		return asc != 0 || ascq != 0 ? EXIT_NO_SENSE : EXIT_SENSE_OTHER;
	case 0x1:
		return EXIT_RECOVERED;
	case 0x2:
		return EXIT_NOT_READY;
	case 0x3:	/* MEDIUM ERROR */
	case 0x4:	/* HARDWARE ERROR */
	case 0x8:	/* BLANK CHECK */
		return EXIT_MEDIUM_HARD;
	case 0x5:
		if (asc == 0x20 && ascq == 0x00)
			return EXIT_INVALID_OP;
		if (asc == 0x21 && ascq == 0x00)
			return EXIT_LBA_OUT_OF_RANGE;
		return EXIT_ILLEGAL_REQ;
	case 0x6:
		return EXIT_UNIT_ATTENTION;
	case 0x7:
		return EXIT_DATA_PROTECT;
	case 0xa:
		return EXIT_COPY_ABORTED;
	case 0xb:
		return asc == 0x10 ? EXIT_PROTECTION : EXIT_ABORTED_COMMAND;
	case 0xe:
		return EXIT_MISCOMPARE;
	default:	/* vendor specific, EQUAL, VOLUME OVERFLOW, reserved */
		return EXIT_SENSE_OTHER;
	}
}

/* The exit status of a SCSI status other than GOOD. */
static int status_exit(const struct result *r)
{
	switch (r->status & 0xfe) {
	case 0x02:
		return sense_exit(r);
	case 0x04:
		return EXIT_CONDITION_MET;
	case 0x08:
		return EXIT_BUSY;
	case 0x18:
		return EXIT_RESERVATION_CONFLICT;
	case 0x28:
		return EXIT_TASK_SET_FULL;
	case 0x30:
		return EXIT_ACA_ACTIVE;
	case 0x40:
		return EXIT_TASK_ABORTED;
	default:
		return EXIT_OTHER;
	}
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/*
 * One USCSICMD.  Returns 0 (GOOD) or the exit status that says what went
 * wrong (see the enum above); says why on stderr.
 */
static int run(int fd, const unsigned char *cdb, int cdblen, void *buf, size_t len,
	       int read, struct result *r)
{
	struct uscsi_cmd uc;
	double t0, took;
	int rv;

	memset(&uc, 0, sizeof(uc));
	memset(r, 0, sizeof(*r));
	uc.uscsi_flags = (read ? USCSI_READ : USCSI_WRITE) | USCSI_RQENABLE |
			 (opt_silent ? USCSI_SILENT : 0);
	uc.uscsi_timeout = (short)opt_timeout;
	uc.uscsi_cdb = (char *)cdb;
	uc.uscsi_cdblen = (unsigned char)cdblen;
	uc.uscsi_bufaddr = len ? buf : NULL;
	uc.uscsi_buflen = len;
	uc.uscsi_rqbuf = (char *)r->sense;
	uc.uscsi_rqlen = sizeof(r->sense);
	t0 = now();
	rv = ioctl(fd, USCSICMD, &uc);
	took = now() - t0;
	r->err = rv < 0 ? errno : 0;
	r->status = uc.uscsi_status & 0xff;
	r->resid = uc.uscsi_resid;
	r->rqstatus = uc.uscsi_rqstatus;
	/* Sense means something only with CHECK CONDITION. */
	if ((r->status & 0xfe) == 0x02 && uc.uscsi_rqresid <= uc.uscsi_rqlen)
		r->senselen = uc.uscsi_rqlen - uc.uscsi_rqresid;
	if (opt_verbose)
		fprintf(stderr, "%s: opcode 0x%02x: ioctl %s, status 0x%02x (%s), resid %zu of %zu, sense %d bytes, %.3f s\n",
			progname, cdb[0],
			rv < 0 ? strerror(r->err) : "ok", r->status, status_name(r->status),
			r->resid, len, r->senselen, took);
	/*
	 * A driver following sd fails a command that did not end GOOD with EIO,
	 * one following sgen returns 0: either way the status tells.
	 */
	if (r->status != 0 && (rv == 0 || r->err == EIO || r->err == EACCES)) {
		fprintf(stderr, "%s: opcode 0x%02x: status 0x%02x (%s)\n", progname, cdb[0],
			r->status, status_name(r->status));
		if ((r->status & 0xfe) == 0x02)
			print_sense(r);
		return status_exit(r);
	}
	if (rv == 0)
		return 0;
	/*
	 * uscsi(4I) has no pkt_reason: a command the driver gave up on, with
	 * no status, that took its whole uscsi_timeout (-t) is taken for a
	 * timeout.  Other EIOs without a status are transport errors; other
	 * errnos come from the driver before the device saw anything.
	 */
	if (r->err == ETIMEDOUT ||
	    (r->err == EIO && opt_timeout > 0 && took >= opt_timeout)) {
		fprintf(stderr, "%s: opcode 0x%02x: USCSICMD: timed out after %.1f s\n",
			progname, cdb[0], took);
		return EXIT_TIMEOUT;
	}
	fprintf(stderr, "%s: opcode 0x%02x: USCSICMD: %s\n", progname, cdb[0],
		strerror(r->err));
	return r->err == EIO ? EXIT_OTHER : os_exit(r->err);
}

/*
 * Data buffers are page-aligned: an HBA maps them for DMA in place, and
 * some cannot take any address or length (a ported sgen on illumos neither).
 * -a OFFSET moves them OFFSET bytes into the page, on purpose.
 */
static void *dma_buf(size_t len)
{
	void *p = NULL;

	if (posix_memalign(&p, 4096, opt_offset + (len ? len : 1)) != 0) {
		errno = ENOMEM;
		return NULL;
	}
	memset(p, 0, opt_offset + len);
	return (char *)p + opt_offset;
}

static void dma_free(void *p)
{
	if (p)
		free((char *)p - opt_offset);
}

static void strip(char *dst, const unsigned char *src, int len)
{
	while (len > 0 && (src[len - 1] == ' ' || src[len - 1] == '\0'))
		len--;
	memcpy(dst, src, (size_t)len);
	dst[len] = '\0';
}

static const char *dtype_name(int t)
{
	static const char *const n[] = {
		"direct access", "sequential access", "printer", "processor",
		"write once", "CD/DVD", "scanner", "optical memory", "medium changer",
		"communications", "obsolete", "obsolete", "storage array controller",
		"enclosure services", "simplified direct access", "optical card",
		"bridge controller", "object storage", "automation/drive interface",
	};

	if (t < (int)ARRAY_SIZE(n))
		return n[t];
	if (t == 0x1e)
		return "well known logical unit";
	return t == 0x1f ? "unknown or no device" : "reserved";
}

static int inquiry_print(const unsigned char *d, size_t n, int page);

static int cmd_inquiry(int fd, int argc, char **argv)
{
	static const struct option lopts[] = {
		{ "page", required_argument, NULL, 'p' },
		{ NULL, 0, NULL, 0 }
	};
	unsigned char cdb[6] = { 0x12 }, *d;
	const size_t dlen = 252;	/* a multiple of 4, as some HBAs want */
	struct result r;
	int c, page = -1, rv;
	size_t n;

	optind = 0;	/* glibc: start again from argv[1] */
	while ((c = getopt_long(argc, argv, "p:", lopts, NULL)) != -1) {
		if (c != 'p')
			die_usage("inquiry: bad option%s", "");
		page = (int)parse_num(optarg, "VPD page");
		if (page > 0xff)
			die_usage("bad VPD page %s", optarg);
	}
	if (optind != argc)
		die_usage("inquiry: unexpected argument %s", argv[optind]);
	if (page >= 0) {
		cdb[1] = 0x01;	/* EVPD */
		cdb[2] = (unsigned char)page;
	}
	cdb[4] = (unsigned char)dlen;
	d = dma_buf(dlen);
	if (!d) {
		perror(progname);
		return os_exit(errno);
	}
	rv = run(fd, cdb, 6, d, dlen, 1, &r);
	if (rv != 0) {
		dma_free(d);
		return rv;
	}
	n = dlen - r.resid;
	rv = inquiry_print(d, n, page);
	dma_free(d);
	return rv;
}

static int inquiry_print(const unsigned char *d, size_t n, int page)
{
	char s[17];

	if (page >= 0) {
		size_t plen = n >= 4 ? 4 + ((size_t)d[2] << 8 | d[3]) : n;

		if (plen > n)
			plen = n;
		printf("VPD page 0x%02x, %zu bytes:\n", page, plen);
		if (page == 0x00 && plen >= 4) {
			printf("Supported pages:");
			for (size_t i = 4; i < plen; i++)
				printf(" 0x%02x", d[i]);
			printf("\n");
		} else if (page == 0x80 && plen >= 4) {
			char sn[252];

			strip(sn, d + 4, (int)(plen - 4));
			printf("Unit serial number: %s\n", sn);
		} else {
			hexdump(stdout, d, plen);
		}
		return 0;
	}
	if (n < 36) {
		fprintf(stderr, "%s: short INQUIRY data (%zu bytes)\n", progname, n);
		return EXIT_MALFORMED;
	}
	strip(s, d + 8, 8);
	printf("Vendor:   %s\n", s);
	strip(s, d + 16, 16);
	printf("Product:  %s\n", s);
	strip(s, d + 32, 4);
	printf("Revision: %s\n", s);
	printf("Type:     0x%02x (%s)%s\n", d[0] & 0x1f, dtype_name(d[0] & 0x1f),
	       (d[0] >> 5) ? " (peripheral qualifier set)" : "");
	printf("Version:  0x%02x\n", d[2]);
	printf("Removable: %s\n", (d[1] & 0x80) ? "yes" : "no");
	return 0;
}

static int cmd_tur(int fd, int argc, char **argv)
{
	unsigned char cdb[6] = { 0x00 };
	struct result r;
	int rv;

	(void)argv;
	if (argc != 1)
		die_usage("tur takes no arguments%s", "");
	rv = run(fd, cdb, 6, NULL, 0, 0, &r);
	if (rv == 0)
		printf("ready\n");
	return rv;
}

static uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static uint64_t be64(const unsigned char *p)
{
	return (uint64_t)be32(p) << 32 | be32(p + 4);
}

static void put_be(unsigned char *p, uint64_t v, int n)
{
	while (n-- > 0) {
		p[n] = (unsigned char)v;
		v >>= 8;
	}
}

/* READ CAPACITY (10, or 16 when asked or needed): blocks and block size. */
static int capacity(int fd, int want16, uint64_t *blocks, uint32_t *bsize)
{
	unsigned char d[32] __attribute__((aligned(64)));
	struct result r;
	int rv;

	if (!want16) {
		unsigned char cdb[10] = { 0x25 };

		memset(d, 0, sizeof(d));
		rv = run(fd, cdb, 10, d, 8, 1, &r);
		if (rv != 0)
			return rv;
		if (be32(d) != 0xffffffff) {
			*blocks = (uint64_t)be32(d) + 1;
			*bsize = be32(d + 4);
			return 0;
		}
	}
	{
		unsigned char cdb[16] = { 0x9e, 0x10 };	/* SERVICE ACTION IN: READ CAPACITY(16) */

		put_be(cdb + 10, sizeof(d), 4);
		memset(d, 0, sizeof(d));
		rv = run(fd, cdb, 16, d, sizeof(d), 1, &r);
		if (rv != 0)
			return rv;
		*blocks = be64(d) + 1;
		*bsize = be32(d + 8);
	}
	return 0;
}

static int cmd_readcap(int fd, int argc, char **argv)
{
	static const struct option lopts[] = {
		{ "long", no_argument, NULL, 'l' },
		{ NULL, 0, NULL, 0 }
	};
	uint64_t blocks;
	uint32_t bsize;
	int c, l = 0, rv;

	optind = 0;	/* glibc: start again from argv[1] */
	while ((c = getopt_long(argc, argv, "l", lopts, NULL)) != -1) {
		if (c != 'l')
			die_usage("readcap: bad option%s", "");
		l = 1;
	}
	if (optind != argc)
		die_usage("readcap: unexpected argument %s", argv[optind]);
	rv = capacity(fd, l, &blocks, &bsize);
	if (rv != 0)
		return rv;
	printf("Blocks:     %" PRIu64 " (last LBA %" PRIu64 ")\n", blocks, blocks - 1);
	printf("Block size: %" PRIu32 "\n", bsize);
	printf("Capacity:   %" PRIu64 " bytes\n", blocks * bsize);
	return 0;
}

/* The largest transfer of one command: USCSIMAXXFER, or 64 KiB if unknown. */
static size_t max_xfer(int fd)
{
	uscsi_xfer_t x = 0;

	if (ioctl(fd, USCSIMAXXFER, &x) == 0 && x > 0)
		return x > (1u << 24) ? (1u << 24) : (size_t)x;
	return 64 * 1024;
}

static int io_full(int fd, void *buf, size_t len, int rd)
{
	size_t done = 0;
	ssize_t n;

	while (done < len) {
		n = rd ? read(fd, (char *)buf + done, len - done) :
			 write(fd, (char *)buf + done, len - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		if (n == 0)
			break;
		done += (size_t)n;
	}
	return (int)(done == len ? 0 : 1);
}

/* read/write LBA COUNT: READ/WRITE(10), or (16) beyond their reach. */
static int cmd_rw(int fd, int argc, char **argv, int rd)
{
	static const struct option ropts[] = {
		{ "bs", required_argument, NULL, 'b' },
		{ "output", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 }
	}, wopts[] = {
		{ "bs", required_argument, NULL, 'b' },
		{ "input", required_argument, NULL, 'i' },
		{ NULL, 0, NULL, 0 }
	};
	const char *file = NULL;
	uint64_t lba, count, blocks;
	uint32_t bs = 0;
	size_t chunk;
	unsigned char *buf;
	int c, io, rv = 0;

	optind = 0;	/* glibc: start again from argv[1] */
	while ((c = getopt_long(argc, argv, rd ? "b:o:" : "b:i:", rd ? ropts : wopts,
				NULL)) != -1) {
		switch (c) {
		case 'b':
			bs = (uint32_t)parse_num(optarg, "block size");
			break;
		case 'i':
		case 'o':
			file = optarg;
			break;
		default:
			die_usage("%s: bad option", rd ? "read" : "write");
		}
	}
	if (argc - optind != 2)
		die_usage("%s: need LBA and COUNT", rd ? "read" : "write");
	lba = parse_num(argv[optind], "LBA");
	count = parse_num(argv[optind + 1], "COUNT");
	if (bs == 0) {
		rv = capacity(fd, 0, &blocks, &bs);
		if (rv != 0)
			return rv;
	}
	if (bs == 0 || bs > (1u << 20))
		die_usage("bad block size%s", "");
	chunk = max_xfer(fd) / bs;
	if (chunk == 0)
		chunk = 1;
	if (chunk > 0xffff)
		chunk = 0xffff;
	buf = dma_buf(chunk * bs);
	if (!buf) {
		perror(progname);
		return os_exit(errno);
	}
	if (!file)
		io = rd ? STDOUT_FILENO : STDIN_FILENO;
	else
		io = rd ? open(file, O_WRONLY | O_CREAT | O_TRUNC, 0644) : open(file, O_RDONLY);
	if (io < 0) {
		fprintf(stderr, "%s: %s: %s\n", progname, file, strerror(errno));
		dma_free(buf);
		return EXIT_FILE_ERROR;
	}
	while (count > 0 && rv == 0) {
		uint64_t n = count < chunk ? count : chunk;
		size_t len = (size_t)(n * bs);
		unsigned char cdb[16] = { 0 };
		struct result r;
		int cdblen;

		if (lba + n - 1 > 0xffffffffULL) {
			cdb[0] = rd ? 0x88 : 0x8a;
			put_be(cdb + 2, lba, 8);
			put_be(cdb + 10, n, 4);
			cdblen = 16;
		} else {
			cdb[0] = rd ? 0x28 : 0x2a;
			put_be(cdb + 2, lba, 4);
			put_be(cdb + 7, n, 2);
			cdblen = 10;
		}
		if (!rd) {
			int e = io_full(io, buf, len, 1);

			if (e != 0) {
				fprintf(stderr, "%s: %s\n", progname, e < 0 ? strerror(errno) :
					"input shorter than COUNT blocks");
				rv = EXIT_FILE_ERROR;
				break;
			}
		}
		rv = run(fd, cdb, cdblen, buf, len, rd, &r);
		if (rv != 0)
			break;
		if (r.resid != 0) {
			fprintf(stderr, "%s: LBA %" PRIu64 ": short transfer, %zu of %zu bytes not moved\n",
				progname, lba, r.resid, len);
			rv = EXIT_OTHER;
			break;
		}
		if (rd && io_full(io, buf, len, 0) != 0) {
			fprintf(stderr, "%s: %s\n", progname, strerror(errno));
			rv = EXIT_FILE_ERROR;
			break;
		}
		lba += n;
		count -= n;
	}
	if (file)
		close(io);
	dma_free(buf);
	return rv;
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Hex bytes from words such as "12", "0x12" or "1200002400". */
static int parse_cdb(int argc, char **argv, unsigned char *cdb, int max)
{
	int i, n = 0;

	for (i = 0; i < argc; i++) {
		const char *p = argv[i];

		if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
			p += 2;
		if (strlen(p) == 1) {	/* "0": one byte */
			if (hexval(p[0]) < 0 || n >= max)
				return -1;
			cdb[n++] = (unsigned char)hexval(p[0]);
			continue;
		}
		if (*p == '\0' || strlen(p) % 2 != 0)
			return -1;
		for (; *p != '\0'; p += 2) {
			if (hexval(p[0]) < 0 || hexval(p[1]) < 0 || n >= max)
				return -1;
			cdb[n++] = (unsigned char)(hexval(p[0]) << 4 | hexval(p[1]));
		}
	}
	return n;
}

static int cmd_raw(int fd, int argc, char **argv)
{
	static const struct option lopts[] = {
		{ "read", required_argument, NULL, 'r' },
		{ "write", required_argument, NULL, 'w' },
		{ "input", required_argument, NULL, 'i' },
		{ "output", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 }
	};
	const char *in = NULL, *out = NULL;
	unsigned char cdb[16];
	size_t len = 0;
	int c, rd = -1, cdblen, rv, f;
	unsigned char *buf = NULL;
	struct result r;

	optind = 0;	/* glibc: start again from argv[1] */
	while ((c = getopt_long(argc, argv, "r:w:i:o:", lopts, NULL)) != -1) {
		switch (c) {
		case 'r':
		case 'w':
			if (rd != -1)
				die_contradict("raw: one of -r and -w%s", "");
			rd = c == 'r';
			len = (size_t)parse_num(optarg, "length");
			break;
		case 'i':
			in = optarg;
			break;
		case 'o':
			out = optarg;
			break;
		default:
			die_usage("raw: bad option%s", "");
		}
	}
	if ((in && rd != 0) || (out && rd != 1))
		die_contradict("raw: -i goes with -w, -o with -r%s", "");
	cdblen = parse_cdb(argc - optind, argv + optind, cdb, sizeof(cdb));
	if (cdblen <= 0)
		die_usage("raw: need a CDB of 1 to 16 hex bytes%s", "");
	if (len != 0) {
		buf = dma_buf(len);
		if (!buf) {
			perror(progname);
			return os_exit(errno);
		}
	}
	if (in) {
		f = open(in, O_RDONLY);
		if (f < 0 || io_full(f, buf, len, 1) != 0) {
			fprintf(stderr, "%s: %s: cannot read %zu bytes\n", progname, in, len);
			dma_free(buf);
			return EXIT_FILE_ERROR;
		}
		close(f);
	}
	rv = run(fd, cdb, cdblen, buf, len, rd == 1, &r);
	if (rd == 1 && (rv == 0 || r.status != 0) && len > r.resid) {
		size_t got = len - r.resid;

		if (out) {
			f = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
			if (f < 0 || io_full(f, buf, got, 0) != 0) {
				fprintf(stderr, "%s: %s: %s\n", progname, out, strerror(errno));
				rv = EXIT_FILE_ERROR;
			}
			if (f >= 0)
				close(f);
		} else {
			hexdump(stdout, buf, got);
		}
	}
	if (rv == 0 && len != 0)
		printf("%zu bytes %s, residual %zu\n", len - r.resid,
		       rd == 1 ? "read" : "written", r.resid);
	dma_free(buf);
	return rv;
}

static int cmd_maxxfer(int fd, int argc, char **argv)
{
	uscsi_xfer_t x = 0;

	(void)argv;
	if (argc != 1)
		die_usage("maxxfer takes no arguments%s", "");
	if (ioctl(fd, USCSIMAXXFER, &x) != 0) {
		fprintf(stderr, "%s: USCSIMAXXFER: %s\n", progname, strerror(errno));
		return os_exit(errno);
	}
	printf("%" PRIu64 "\n", (uint64_t)x);
	return 0;
}

int main(int argc, char **argv)
{
	static const struct {
		const char *name;
		int (*fn)(int fd, int argc, char **argv);
		int rdonly;
	} cmds[] = {
		{ "inquiry", cmd_inquiry, 1 },
		{ "tur", cmd_tur, 1 },
		{ "readcap", cmd_readcap, 1 },
		{ "read", NULL, 1 },
		{ "write", NULL, 0 },
		{ "raw", cmd_raw, 0 },
		{ "maxxfer", cmd_maxxfer, 1 },
	};
	static const struct option lopts[] = {
		{ "silent", no_argument, NULL, 's' },
		{ "timeout", required_argument, NULL, 't' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "offset", required_argument, NULL, 'a' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const char *dev, *cmd;
	size_t i;
	int c, fd, rv;

	if (argv[0] && strrchr(argv[0], '/'))
		progname = strrchr(argv[0], '/') + 1;
	else if (argv[0])
		progname = argv[0];
	while ((c = getopt_long(argc, argv, "+st:va:hV", lopts, NULL)) != -1) {
		switch (c) {
		case 's':
			opt_silent = 1;
			break;
		case 't':
			opt_timeout = (int)parse_num(optarg, "timeout");
			if (opt_timeout > 0x7fff)
				die_usage("timeout %s too large", optarg);
			break;
		case 'v':
			opt_verbose = 1;
			break;
		case 'a':
			opt_offset = (size_t)parse_num(optarg, "offset");
			if (opt_offset >= 4096)
				die_usage("offset %s not below a page (4096)", optarg);
			break;
		case 'h':
			usage(stdout);
			return 0;
		case 'V':
			printf("%s %s\n", progname, SCSICMD_VERSION);
			return 0;
		default:
			usage(stderr);
			return EXIT_SYNTAX;
		}
	}
	if (argc - optind < 2) {
		usage(stderr);
		return EXIT_SYNTAX;
	}
	dev = argv[optind];
	cmd = argv[optind + 1];
	for (i = 0; i < ARRAY_SIZE(cmds); i++)
		if (strcmp(cmds[i].name, cmd) == 0)
			break;
	if (i == ARRAY_SIZE(cmds))
		die_usage("unknown command %s", cmd);
	/* USCSICMD needs no write access to the node; writes go through it anyway. */
	fd = open(dev, O_RDWR);
	if (fd < 0 && (errno == EACCES || errno == EROFS) && cmds[i].rdonly)
		fd = open(dev, O_RDONLY);
	if (fd < 0) {
		fprintf(stderr, "%s: %s: %s\n", progname, dev, strerror(errno));
		return EXIT_FILE_ERROR;
	}
	argc -= optind + 1;
	argv += optind + 1;
	if (strcmp(cmd, "read") == 0 || strcmp(cmd, "write") == 0)
		rv = cmd_rw(fd, argc, argv, strcmp(cmd, "read") == 0);
	else
		rv = cmds[i].fn(fd, argc, argv);
	close(fd);
	return rv;
}
