// SPDX-License-Identifier: GPL-2.0
/*
 * insmod_once FILE.ko: loads a module with finit_module(2), and only with
 * it.  busybox's insmod and modprobe retry with init_module(2) whenever
 * finit_module(2) fails, for compressed modules, so a module whose init
 * fails (a test module with a failed case) is initialised, and its cases
 * run, twice.  No parameters, no dependencies: run-guest loads those with
 * modprobe first.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int fd;

	if (argc != 2) {
		fprintf(stderr, "usage: insmod_once FILE.ko\n");
		return 2;
	}
	fd = open(argv[1], O_RDONLY | O_CLOEXEC);
	if (fd < 0 || syscall(SYS_finit_module, fd, "", 0) != 0) {
		fprintf(stderr, "insmod_once: %s: %s\n", argv[1], strerror(errno));
		return 1;
	}
	close(fd);
	return 0;
}
