// SPDX-License-Identifier: GPL-2.0
/*
 * uevent_wait: wait for a kernel uevent carrying KEY=VALUE, as udev would
 * see it, for tests of ddi_log_sysevent(9F) (tests.d/65-sd.sh).
 *
 *   uevent_wait SECONDS KEY=VALUE
 *
 * Listens on the kernel's uevent netlink socket; prints the first event
 * that has KEY=VALUE among its variables, one variable per line, and
 * exits 0, or exits 1 after SECONDS without one.  Prints "ready" once
 * listening, so that a caller can start the event only then.
 */
#include <linux/netlink.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK, .nl_groups = 1 };
	static char buf[16384];
	time_t end;
	int fd;

	if (argc != 3 || !strchr(argv[2], '=')) {
		fprintf(stderr, "usage: uevent_wait SECONDS KEY=VALUE\n");
		return 2;
	}
	fd = socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_KOBJECT_UEVENT);
	if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		perror("uevent socket");
		return 2;
	}
	printf("ready\n");
	fflush(stdout);
	end = time(NULL) + atoi(argv[1]);
	while (time(NULL) < end) {
		struct pollfd p = { .fd = fd, .events = POLLIN };
		ssize_t n;
		char *s;

		if (poll(&p, 1, 1000) <= 0)
			continue;
		n = recv(fd, buf, sizeof(buf) - 1, 0);
		if (n <= 0)
			continue;
		buf[n] = '\0';
		/* "action@devpath", then NUL-separated KEY=VALUE strings. */
		for (s = buf; s < buf + n; s += strlen(s) + 1)
			if (!strcmp(s, argv[2]))
				break;
		if (s >= buf + n)
			continue;
		for (s = buf; s < buf + n; s += strlen(s) + 1)
			printf("%s\n", s);
		return 0;
	}
	return 1;
}
