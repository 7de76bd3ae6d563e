// SPDX-License-Identifier: GPL-2.0
/*
 * ddi_cdev DEVICE: cb_ops(9S) semantics through a Linux character device,
 * against the test driver tdrv (selftests/kmod/tdrv.c): open flags, the
 * last-close rule, O_EXCL, ioctl results and errnos, ddi_copyin() of a bad
 * pointer, the data model, physio on user pages, and rmmod refused while
 * the device is open.  Prints TAP lines (scsa_tap.h).  With -priv, prints
 * only what drv_priv(9F) answers for the caller ("priv=ERRNO").
 */
#include <errno.h>
#include <stdio.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "scsa_tap.h"
#include "../../kmod/tdrv.h"

static int info(int fd, struct tdrv_info *ti)
{
	memset(ti, 0, sizeof(*ti));
	return ioctl(fd, TDRV_IOC_INFO, ti);
}

static void test_open_close(const char *dev)
{
	struct tdrv_info ti;
	int fd1, fd2, fd3;

	fd1 = open(dev, O_RDWR);
	tap_result(fd1 >= 0 && info(fd1, &ti) == 0 && ti.ti_opens == 1 && ti.ti_closes == 0,
		   "open(9E) on open(2)");
	tap_result((ti.ti_last_flag & (TDRV_FREAD | TDRV_FWRITE)) == (TDRV_FREAD | TDRV_FWRITE) &&
		   !(ti.ti_last_flag & TDRV_FEXCL), "open flag FREAD|FWRITE (0x%x)",
		   ti.ti_last_flag);
	tap_result((ti.ti_mode & TDRV_DATAMODEL_MASK) == TDRV_DATAMODEL_LP64 &&
		   (ti.ti_mode & TDRV_FWRITE) && ti.ti_model == 0,
		   "ioctl mode carries FWRITE and DATAMODEL_LP64 (0x%x, model %d)",
		   ti.ti_mode, ti.ti_model);
	fd2 = open(dev, O_RDONLY | O_NONBLOCK);
	info(fd1, &ti);
	tap_result(fd2 >= 0 && ti.ti_opens == 2 && (ti.ti_last_flag & TDRV_FNDELAY) &&
		   !(ti.ti_last_flag & TDRV_FWRITE), "second open: O_RDONLY|O_NONBLOCK");
	close(fd2);
	info(fd1, &ti);
	tap_result(ti.ti_closes == 0, "close(9E) not called before the last close");
	fd3 = open(dev, O_RDWR | O_EXCL);
	tap_result(fd3 < 0 && errno == EBUSY, "O_EXCL while open: EBUSY (FEXCL seen)");
	close(fd1);
	fd1 = open(dev, O_RDWR | O_EXCL);
	info(fd1, &ti);
	tap_result(fd1 >= 0 && ti.ti_closes == 1 && (ti.ti_last_flag & TDRV_FEXCL),
		   "last close ran close(9E) once; O_EXCL alone opens with FEXCL");
	close(fd1);
}

static void test_ioctls(int fd)
{
	char good[16] = "Q";
	int rv;

	rv = ioctl(fd, TDRV_IOC_RVAL, 1234);
	tap_result(rv == 1234, "ioctl returns *rvalp (%d)", rv);
	rv = ioctl(fd, TDRV_IOC_ERRNO, EINVAL);
	tap_result(rv == -1 && errno == EINVAL, "ioctl error becomes errno");
	rv = ioctl(fd, TDRV_IOC_COPYIN, (void *)16);
	tap_result(rv == -1 && errno == EFAULT, "ddi_copyin of a bad pointer: EFAULT");
	rv = ioctl(fd, TDRV_IOC_COPYIN, good);
	tap_result(rv == 'Q', "ddi_copyin of a good pointer");
	rv = ioctl(fd, 0x7777, 0);
	tap_result(rv == -1 && errno == ENOTTY, "unknown ioctl: the driver's ENOTTY");
}

static void test_physio(int fd)
{
	size_t len = 3 * 4096 + 100;
	char *mem = malloc(len + 64), *wbuf = mem + 13;	/* misaligned on purpose */
	char *rbuf = malloc(len);
	struct tdrv_info ti;
	ssize_t w, r;
	size_t i;

	for (i = 0; i < len; i++)
		wbuf[i] = (char)(i * 7 + 3);
	memset(rbuf, 0, len);
	w = pwrite(fd, wbuf, len, 1024);
	r = pread(fd, rbuf, len, 1024);
	tap_result(w == (ssize_t)len && r == (ssize_t)len && !memcmp(wbuf, rbuf, len),
		   "write/read through physio on user pages (%zd, %zd)", w, r);
	r = pread(fd, rbuf, 4096, 64 * 1024 - 512);
	tap_result(r == 512, "short transfer at the end: resid (%zd)", r);
	info(fd, &ti);
	tap_result(ti.ti_physio_ok >= 2, "strategy saw B_PHYS|B_SHADOW bufs (%d)",
		   ti.ti_physio_ok);
	tap_result(ti.ti_bufsize == 2048, "conf= property tdrv-bufsize (%d)", ti.ti_bufsize);
	tap_result(ti.ti_priv == 0, "drv_priv() for root");
	free(mem);
	free(rbuf);
}

int main(int argc, char **argv)
{
	int fd, rv;

	/* ddi_cdev -priv DEVICE: what drv_priv(9F) says of the caller. */
	if (argc == 3 && !strcmp(argv[1], "-priv")) {
		struct tdrv_info ti;

		fd = open(argv[2], O_RDWR);
		if (fd < 0 || info(fd, &ti) < 0)
			return 2;
		printf("priv=%d\n", ti.ti_priv);
		return 0;
	}
	if (argc != 2) {
		tap_result(0, "usage: ddi_cdev [-priv] DEVICE");
		return 1;
	}
	test_open_close(argv[1]);
	fd = open(argv[1], O_RDWR);
	if (fd < 0) {
		tap_result(0, "open %s", argv[1]);
		return 1;
	}
	test_ioctls(fd);
	test_physio(fd);
	rv = syscall(SYS_delete_module, "tdrv", O_NONBLOCK);
	tap_result(rv == -1 && (errno == EWOULDBLOCK || errno == EBUSY),
		   "rmmod refused while open (%s)", strerror(errno));
	close(fd);
	return tap_status();
}
