/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The test driver tdrv's ioctls (tdrv.c), shared with the in-guest test
 * program (selftests/guest/src/ddi_cdev.c).  Plain C types only.
 */
#ifndef _TDRV_H
#define _TDRV_H

#define TDRV_IOC		(('T' << 16) | ('D' << 8))
#define TDRV_IOC_INFO		(TDRV_IOC | 1)	/* struct tdrv_info * out */
#define TDRV_IOC_RVAL		(TDRV_IOC | 2)	/* ioctl returns arg */
#define TDRV_IOC_ERRNO		(TDRV_IOC | 3)	/* ioctl fails with errno arg */
#define TDRV_IOC_COPYIN		(TDRV_IOC | 4)	/* ddi_copyin(arg, 16 bytes) */

struct tdrv_info {
	int	ti_opens;	/* open(9E) calls */
	int	ti_closes;	/* close(9E) calls */
	int	ti_last_flag;	/* flag of the last open(9E) */
	int	ti_mode;	/* mode of this ioctl(9E) */
	int	ti_model;	/* ddi_model_convert_from(mode & FMODELS) */
	int	ti_instance;
	int	ti_bufsize;	/* conf property tdrv-bufsize */
	int	ti_physio_ok;	/* strategy calls with pinned user pages */
	int	ti_priv;	/* drv_priv(credp) */
};

/* illumos values the test program checks against */
#define TDRV_FREAD		0x01
#define TDRV_FWRITE		0x02
#define TDRV_FEXCL		0x0400
#define TDRV_FNDELAY		0x04
#define TDRV_DATAMODEL_MASK	0x0FF00000
#define TDRV_DATAMODEL_LP64	0x00200000

#define TDRV_EVENTS_LEN		512

#endif /* _TDRV_H */
