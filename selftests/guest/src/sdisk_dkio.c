// SPDX-License-Identifier: GPL-2.0
/*
 * sdisk_dkio: dkio(4I) requests and positioned I/O on a disk node (sdisk,
 * illumos sd), for tests.d/40-sdisk.sh and 65-sd.sh.  Prints results as
 * "key=value" lines, or "errno=N" when the request fails, and exits 0
 * either way unless misused.
 *
 *   sdisk_dkio info NODE		DKIOCINFO
 *   sdisk_dkio minfo NODE		DKIOCGMEDIAINFO and DKIOCGMEDIAINFOEXT
 *   sdisk_dkio removable NODE		DKIOCREMOVABLE, DKIOCHOTPLUGGABLE
 *   sdisk_dkio getwce NODE		DKIOCGETWCE
 *   sdisk_dkio setwce NODE 0|1	DKIOCSETWCE
 *   sdisk_dkio flush NODE		DKIOCFLUSHWRITECACHE
 *   sdisk_dkio partinfo NODE		DKIOCEXTPARTINFO and DKIOCPARTINFO
 *   sdisk_dkio partition NODE N	DKIOCPARTITION: EFI partition N
 *   sdisk_dkio getefi NODE LBA		DKIOCGETEFI: the GPT header at LBA
 *   sdisk_dkio gvtoc NODE		DKIOCGEXTVTOC: slices of the VTOC
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

#include "dkio_user.h"

/* illumos <sys/dkio.h>, amd64 layouts (the rest in dkio_user.h) */
struct part_info {
	long		p_start;
	int		p_length;
};

struct extpart_info {
	uint64_t	p_start;
	uint64_t	p_length;
};

struct partition64 {
	unsigned char	p_type[16];
	unsigned int	p_partno;
	unsigned int	p_resv1;
	uint64_t	p_start;
	uint64_t	p_size;
};

struct dk_efi {
	uint64_t	dki_lba;
	uint64_t	dki_length;
	void		*dki_data;
};

/* The start of an EFI GPT header, as on the disk (little-endian). */
struct efi_gpt_head {
	uint64_t	sig;
	uint32_t	rev;
	uint32_t	hsize;
	uint32_t	hcrc;
	uint32_t	rsvd;
	uint64_t	my_lba;
	uint64_t	alt_lba;
	uint64_t	first_lba;
	uint64_t	last_lba;
	unsigned char	guid[16];
	uint64_t	ent_lba;
	uint32_t	nents;
	uint32_t	entsize;
};

/* struct extvtoc (amd64): 16 slices of {tag, flag, start, size}. */
struct extpartition {
	unsigned short	p_tag;
	unsigned short	p_flag;
	unsigned short	p_pad[2];
	uint64_t	p_start;
	uint64_t	p_size;
};

struct extvtoc {
	uint64_t	v_bootinfo[3];
	uint64_t	v_sanity;
	uint64_t	v_version;
	char		v_volume[8];
	unsigned short	v_sectorsz;
	unsigned short	v_nparts;
	unsigned short	pad[2];
	uint64_t	v_reserved[10];
	struct extpartition v_part[16];
	uint64_t	timestamp[16];
	char		v_asciilabel[128];
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
	fprintf(stderr,
		"usage: sdisk_dkio info|minfo|removable|getwce|setwce|flush|partinfo|partition|getefi|gvtoc|ioctl|pread|pwrite NODE [ARGS]\n");
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
	} else if (!strcmp(op, "partinfo")) {
		struct extpart_info ep;
		struct part_info pi;

		if (ioctl(fd, DKIOCEXTPARTINFO, &ep) < 0)
			return fail("DKIOCEXTPARTINFO");
		printf("start=%llu\nlength=%llu\n", (unsigned long long)ep.p_start,
		       (unsigned long long)ep.p_length);
		if (ioctl(fd, DKIOCPARTINFO, &pi) < 0)
			return fail("DKIOCPARTINFO");
		printf("start32=%ld\nlength32=%d\n", pi.p_start, pi.p_length);
	} else if (!strcmp(op, "partition") && argc == 4) {
		struct partition64 p;

		memset(&p, 0, sizeof(p));
		p.p_partno = atoi(argv[3]);
		if (ioctl(fd, DKIOCPARTITION, &p) < 0)
			return fail("DKIOCPARTITION");
		printf("start=%llu\nsize=%llu\ntype0=%02x%02x%02x%02x\n",
		       (unsigned long long)p.p_start, (unsigned long long)p.p_size,
		       p.p_type[3], p.p_type[2], p.p_type[1], p.p_type[0]);
	} else if (!strcmp(op, "getefi") && argc == 4) {
		static unsigned char blk[512];
		struct efi_gpt_head h;
		struct dk_efi e;

		e.dki_lba = strtoull(argv[3], NULL, 0);
		e.dki_length = sizeof(blk);
		e.dki_data = blk;
		if (ioctl(fd, DKIOCGETEFI, &e) < 0)
			return fail("DKIOCGETEFI");
		memcpy(&h, blk, sizeof(h));
		printf("signature=%.8s\nmy_lba=%llu\nalt_lba=%llu\nfirst_lba=%llu\n"
		       "last_lba=%llu\nentries=%u\nentsize=%u\n", (char *)blk,
		       (unsigned long long)h.my_lba, (unsigned long long)h.alt_lba,
		       (unsigned long long)h.first_lba, (unsigned long long)h.last_lba,
		       h.nents, h.entsize);
	} else if (!strcmp(op, "gvtoc")) {
		static struct extvtoc vt;
		int i;

		if (ioctl(fd, DKIOCGEXTVTOC, &vt) < 0)
			return fail("DKIOCGEXTVTOC");
		printf("nparts=%u\nsectorsz=%u\n", vt.v_nparts, vt.v_sectorsz);
		for (i = 0; i < 16; i++)
			if (vt.v_part[i].p_size)
				printf("slice%d=%u %llu %llu\n", i, vt.v_part[i].p_tag,
				       (unsigned long long)vt.v_part[i].p_start,
				       (unsigned long long)vt.v_part[i].p_size);
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
