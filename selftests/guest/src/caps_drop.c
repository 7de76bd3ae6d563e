// SPDX-License-Identifier: GPL-2.0
/*
 * caps_drop CAP COMMAND [ARGS]: run COMMAND as root without capability
 * CAP (its number: 17 CAP_SYS_RAWIO, 21 CAP_SYS_ADMIN), for the tests of
 * drv_priv(9F).  The capability leaves the bounding set, so the command
 * (exec'd by root) never gets it back.  busybox has no capsh.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: caps_drop CAP COMMAND [ARGS]\n");
		return 2;
	}
	if (prctl(PR_CAPBSET_DROP, atoi(argv[1]), 0, 0, 0) < 0) {
		perror("PR_CAPBSET_DROP");
		return 2;
	}
	execvp(argv[2], argv + 2);
	perror(argv[2]);
	return 127;
}
