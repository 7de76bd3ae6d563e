// SPDX-License-Identifier: GPL-2.0
/*
 * sdisk_dkio: dkio(4I) requests and positioned I/O on an sdisk node, for
 * tests.d/40-sdisk.sh.  Prints results as "key=value" lines, or "errno=N"
 * when the request fails, and exits 0 either way unless misused.
 *
 *   sdisk_dkio info NODE		DKIOCINFO
 *   sdisk_dkio minfo NODE		DKIOCGMEDIAINFO and DKIOCGMEDIAINFOEXT
 *   sdisk_dkio removable NODE		DKIOCREMOVABLE, DKIOCHOTPLUGGABLE
 *   sdisk_dkio getwce NODE		DKIOCGETWCE
 *   sdisk_dkio setwce NODE 0|1	DKIOCSETWCE
 *   sdisk_dkio flush NODE		DKIOCFLUSHWRITECACHE
 *   sdisk_dkio ioctl NODE NUMBER	any request with a zeroed 512-byte buffer
 *   sdisk_dkio pread NODE OFF LEN	read LEN bytes at OFF: n= and errno=
 *   sdisk_dkio pwrite NODE OFF LEN	write LEN bytes of 0xa5 at OFF
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

/* illumos <sys/dkio.h>, amd64 layouts */
#define DKIOC			(0x04 << 8)
#define DKIOCINFO		(DKIOC | 3)
#define DKIOCREMOVABLE		(DKIOC | 16)
#define DKIOCFLUSHWRITECACHE	(DKIOC | 34)
#define DKIOCHOTPLUGGABLE	(DKIOC | 35)
#define DKIOCGETWCE		(DKIOC | 36)
#define DKIOCSETWCE		(DKIOC | 37)
#define DKIOCGMEDIAINFO		(DKIOC | 42)
#define DKIOCGMEDIAINFOEXT	(DKIOC | 48)

struct dk_cinfo {
	char		dki_cname[16];
	unsigned short	dki_ctype;
	unsigned short	dki_flags;
	unsigned short	dki_cnum;
	unsigned int	dki_addr;
	unsigned int	dki_space;
	unsigned int	dki_prio;
	unsigned int	dki_vec;
	char		dki_dname[16];
	unsigned int	dki_unit;
	unsigned int	dki_slave;
	unsigned short	dki_partition;
	unsigned short	dki_maxtransfer;
};

struct dk_minfo {
	unsigned int	dki_media_type;
	unsigned int	dki_lbsize;
	uint64_t	dki_capacity;
};

struct dk_minfo_ext {
	unsigned int	dki_media_type;
	unsigned int	dki_lbsize;
	uint64_t	dki_capacity;
	unsigned int	dki_pbsize;
};

static int fail(const char *what)
{
	printf("errno=%d\n", errno);
	fprintf(stderr, "%s: %s\n", what, strerror(errno));
	return 0;
}

static int usage(void)
{
	fprintf(stderr, "usage: sdisk_dkio info|minfo|removable|getwce|setwce|flush|"
		"ioctl|pread|pwrite NODE [ARGS]\n");
	return 2;
}

int main(int argc, char **argv)
{
	const char *op, *node;
	int fd, v, h;

	if (argc < 3)
		return usage();
	op = argv[1];
	node = argv[2];
	fd = open(node, O_RDWR);
	if (fd < 0)
		return fail("open");

	if (!strcmp(op, "info")) {
		struct dk_cinfo ci;

		memset(&ci, 0xff, sizeof(ci));
		if (ioctl(fd, DKIOCINFO, &ci) < 0)
			return fail("DKIOCINFO");
		printf("cname=%.16s\nctype=%u\nflags=%u\ncnum=%u\naddr=%u\ndname=%.16s\n"
		       "unit=%u\nslave=%u\npartition=%u\nmaxtransfer=%u\n",
		       ci.dki_cname, ci.dki_ctype, ci.dki_flags, ci.dki_cnum, ci.dki_addr,
		       ci.dki_dname, ci.dki_unit, ci.dki_slave, ci.dki_partition,
		       ci.dki_maxtransfer);
	} else if (!strcmp(op, "minfo")) {
		struct dk_minfo mi;
		struct dk_minfo_ext me;

		if (ioctl(fd, DKIOCGMEDIAINFO, &mi) < 0)
			return fail("DKIOCGMEDIAINFO");
		if (ioctl(fd, DKIOCGMEDIAINFOEXT, &me) < 0)
			return fail("DKIOCGMEDIAINFOEXT");
		printf("media_type=%#x\nlbsize=%u\ncapacity=%llu\n", mi.dki_media_type,
		       mi.dki_lbsize, (unsigned long long)mi.dki_capacity);
		printf("ext_capacity=%llu\npbsize=%u\n", (unsigned long long)me.dki_capacity,
		       me.dki_pbsize);
	} else if (!strcmp(op, "removable")) {
		if (ioctl(fd, DKIOCREMOVABLE, &v) < 0)
			return fail("DKIOCREMOVABLE");
		if (ioctl(fd, DKIOCHOTPLUGGABLE, &h) < 0)
			return fail("DKIOCHOTPLUGGABLE");
		printf("removable=%d\nhotpluggable=%d\n", v, h);
	} else if (!strcmp(op, "getwce")) {
		if (ioctl(fd, DKIOCGETWCE, &v) < 0)
			return fail("DKIOCGETWCE");
		printf("wce=%d\n", v);
	} else if (!strcmp(op, "setwce") && argc == 4) {
		v = atoi(argv[3]);
		if (ioctl(fd, DKIOCSETWCE, &v) < 0)
			return fail("DKIOCSETWCE");
		printf("set=%d\n", v);
	} else if (!strcmp(op, "flush")) {
		if (ioctl(fd, DKIOCFLUSHWRITECACHE, NULL) < 0)
			return fail("DKIOCFLUSHWRITECACHE");
		printf("flushed=1\n");
	} else if (!strcmp(op, "ioctl") && argc == 4) {
		static char buf[512];

		if (ioctl(fd, strtoul(argv[3], NULL, 0), buf) < 0)
			return fail("ioctl");
		printf("ioctl=0\n");
	} else if ((!strcmp(op, "pread") || !strcmp(op, "pwrite")) && argc == 5) {
		off_t off = strtoll(argv[3], NULL, 0);
		size_t len = strtoul(argv[4], NULL, 0);
		ssize_t n;
		void *buf;

		if (posix_memalign(&buf, 4096, len))
			return 2;
		memset(buf, 0xa5, len);
		errno = 0;
		if (op[1] == 'r')
			n = pread(fd, buf, len, off);
		else
			n = pwrite(fd, buf, len, off);
		printf("n=%zd\nerrno=%d\n", n, n < 0 ? errno : 0);
		free(buf);
	} else {
		return usage();
	}
	close(fd);
	return 0;
}
