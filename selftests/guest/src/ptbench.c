// SPDX-License-Identifier: GPL-2.0
/*
 * ptbench: pass-through commands per second, Linux SG_IO against illumos
 * USCSICMD, the same way for both: N threads, each issuing one synchronous
 * 4 KiB READ(10) at a random LBA after another, for a fixed time.  Both
 * ioctls are synchronous, so the queue depth is the number of threads.
 *
 *   ptbench sgio|uscsi DEVICE THREADS SECONDS BLOCKS
 *
 * BLOCKS is the device's capacity in 512-byte blocks (LBAs are drawn below
 * it).  Prints "ios=N secs=S errors=E"; exits 1 if any command failed.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <scsi/sg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "../../../tools/scsicmd/include/sys/scsi/impl/uscsi.h"

#define XFER	4096

static int use_uscsi;
static int fd;
static unsigned long long nblocks;
static atomic_int stop;
static atomic_ullong ios, errors;

static int read10_sgio(unsigned char *cdb, void *buf, unsigned char *sense)
{
	struct sg_io_hdr h = {
		.interface_id = 'S',
		.dxfer_direction = SG_DXFER_FROM_DEV,
		.cmd_len = 10,
		.mx_sb_len = 32,
		.dxfer_len = XFER,
		.dxferp = buf,
		.cmdp = cdb,
		.sbp = sense,
		.timeout = 30000,
	};

	if (ioctl(fd, SG_IO, &h) < 0)
		return -1;
	return (h.status || h.host_status || h.driver_status || h.resid) ? -1 : 0;
}

static int read10_uscsi(unsigned char *cdb, void *buf, unsigned char *sense)
{
	struct uscsi_cmd u = {
		.uscsi_flags = USCSI_READ | USCSI_SILENT | USCSI_RQENABLE,
		.uscsi_timeout = 30,
		.uscsi_cdb = (char *)cdb,
		.uscsi_cdblen = 10,
		.uscsi_bufaddr = buf,
		.uscsi_buflen = XFER,
		.uscsi_rqbuf = (char *)sense,
		.uscsi_rqlen = 32,
	};

	if (ioctl(fd, USCSICMD, &u) < 0)
		return -1;
	return (u.uscsi_status || u.uscsi_resid) ? -1 : 0;
}

static void *worker(void *arg)
{
	unsigned int seed = (unsigned int)(uintptr_t)arg * 2654435761u;
	unsigned char sense[32];
	unsigned char cdb[10];
	void *buf;

	if (posix_memalign(&buf, 4096, XFER))
		return NULL;
	while (!atomic_load_explicit(&stop, memory_order_relaxed)) {
		unsigned long long lba = ((unsigned long long)rand_r(&seed) << 16 ^
					  rand_r(&seed)) % (nblocks / 8) * 8;
		int rc;

		memset(cdb, 0, sizeof(cdb));
		cdb[0] = 0x28;
		cdb[2] = lba >> 24;
		cdb[3] = lba >> 16;
		cdb[4] = lba >> 8;
		cdb[5] = lba;
		cdb[8] = 8;	/* 8 x 512-byte blocks */
		rc = use_uscsi ? read10_uscsi(cdb, buf, sense) : read10_sgio(cdb, buf, sense);
		if (rc)
			atomic_fetch_add(&errors, 1);
		else
			atomic_fetch_add_explicit(&ios, 1, memory_order_relaxed);
	}
	free(buf);
	return NULL;
}

int main(int argc, char **argv)
{
	struct timespec t0, t1;
	pthread_t tid[256];
	int i, n, secs;
	double el;

	if (argc != 6 || (strcmp(argv[1], "sgio") && strcmp(argv[1], "uscsi"))) {
		fprintf(stderr, "usage: ptbench sgio|uscsi DEVICE THREADS SECONDS BLOCKS\n");
		return 2;
	}
	use_uscsi = !strcmp(argv[1], "uscsi");
	n = atoi(argv[3]);
	secs = atoi(argv[4]);
	nblocks = strtoull(argv[5], NULL, 0);
	if (n < 1 || n > 256 || secs < 1 || nblocks < 8) {
		fprintf(stderr, "ptbench: bad arguments\n");
		return 2;
	}
	fd = open(argv[2], O_RDWR);
	if (fd < 0) {
		fprintf(stderr, "ptbench: %s: %s\n", argv[2], strerror(errno));
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (i = 0; i < n; i++)
		if (pthread_create(&tid[i], NULL, worker, (void *)(uintptr_t)(i + 1)))
			return 2;
	sleep(secs);
	atomic_store(&stop, 1);
	for (i = 0; i < n; i++)
		pthread_join(tid[i], NULL);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	el = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
	printf("ios=%llu secs=%.3f errors=%llu\n", (unsigned long long)atomic_load(&ios), el,
	       (unsigned long long)atomic_load(&errors));
	return atomic_load(&errors) ? 1 : 0;
}
