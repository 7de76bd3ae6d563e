// SPDX-License-Identifier: GPL-2.0
/*
 * sesctl: illumos ses(4D)'s SESIOC_* ioctls from user space, for the
 * guests' enclosure tests (tests.d/71-ses.sh).
 *
 *	sesctl DEVICE nobj		number of objects
 *	sesctl DEVICE map		"obj N sub S type T" per object
 *	sesctl DEVICE encstat		"encstat 0xN" (SESIOC_GETENCSTAT)
 *	sesctl DEVICE setenc V		SESIOC_SETENCSTAT
 *	sesctl DEVICE get N		"obj N stat B0 B1 B2 B3" (GETOBJSTAT)
 *	sesctl DEVICE set N B0 B1 B2 B3	SESIOC_SETOBJSTAT (hex bytes)
 *
 * Prints "COMMAND -ERRNO" and exits 1 when the ioctl fails.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

/* illumos's sesio.h ABI: ioctl numbers and the two structures. */
#define SESIOC			('e' << 8)
#define SESIOC_GETNOBJ		(SESIOC | 10)
#define SESIOC_GETOBJMAP	(SESIOC | 11)
#define SESIOC_GETENCSTAT	(SESIOC | 13)
#define SESIOC_SETENCSTAT	(SESIOC | 14)
#define SESIOC_GETOBJSTAT	(SESIOC | 15)
#define SESIOC_SETOBJSTAT	(SESIOC | 16)

struct ses_object {
	unsigned int obj_id;
	unsigned int : 16, subencid : 8, elem_type : 8;
};

struct ses_objarg {
	unsigned int obj_id;
	unsigned char cstat[4];
};

static int fail(const char *what)
{
	printf("%s -%d\n", what, errno);
	return 1;
}

int main(int argc, char **argv)
{
	const char *cmd;
	int fd, n, i;

	if (argc < 3) {
		fprintf(stderr, "usage: sesctl DEVICE nobj|map|encstat|setenc V|get N|set N B0 B1 B2 B3\n");
		return 2;
	}
	cmd = argv[2];
	fd = open(argv[1], O_RDWR);
	if (fd < 0)
		return fail("open");
	if (!strcmp(cmd, "nobj")) {
		if (ioctl(fd, SESIOC_GETNOBJ, &n) < 0)
			return fail(cmd);
		printf("nobj %d\n", n);
	} else if (!strcmp(cmd, "map")) {
		struct ses_object *o;

		if (ioctl(fd, SESIOC_GETNOBJ, &n) < 0)
			return fail(cmd);
		o = calloc(n ? n : 1, sizeof(*o));
		if (!o || ioctl(fd, SESIOC_GETOBJMAP, o) < 0)
			return fail(cmd);
		for (i = 0; i < n; i++)
			printf("obj %u sub %u type %u\n", o[i].obj_id,
			       o[i].subencid, o[i].elem_type);
		free(o);
	} else if (!strcmp(cmd, "encstat")) {
		unsigned char t = 0xff;

		if (ioctl(fd, SESIOC_GETENCSTAT, &t) < 0)
			return fail(cmd);
		printf("encstat 0x%x\n", t);
	} else if (!strcmp(cmd, "setenc") && argc > 3) {
		unsigned char t = strtoul(argv[3], NULL, 0);

		if (ioctl(fd, SESIOC_SETENCSTAT, &t) < 0)
			return fail(cmd);
	} else if (!strcmp(cmd, "get") && argc > 3) {
		struct ses_objarg x = { .obj_id = strtoul(argv[3], NULL, 0) };

		if (ioctl(fd, SESIOC_GETOBJSTAT, &x) < 0)
			return fail(cmd);
		printf("obj %u stat %02x %02x %02x %02x\n", x.obj_id,
		       x.cstat[0], x.cstat[1], x.cstat[2], x.cstat[3]);
	} else if (!strcmp(cmd, "set") && argc > 7) {
		struct ses_objarg x = { .obj_id = strtoul(argv[3], NULL, 0) };

		for (i = 0; i < 4; i++)
			x.cstat[i] = strtoul(argv[4 + i], NULL, 16);
		if (ioctl(fd, SESIOC_SETOBJSTAT, &x) < 0)
			return fail(cmd);
	} else {
		fprintf(stderr, "sesctl: bad command\n");
		return 2;
	}
	close(fd);
	return 0;
}
