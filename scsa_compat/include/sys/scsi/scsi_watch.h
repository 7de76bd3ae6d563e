/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Periodic device polling (scsi_watch): a kernel thread sends TEST UNIT
 * READY (or GET EVENT STATUS NOTIFICATION) at an interval and hands each
 * result to the driver's callback (scsa_watch.c).
 */
/* The SCSA headers depend on each other; enter through the common root. */
#include <sys/scsi/scsi_types.h>

#ifndef _SYS_SCSI_SCSI_WATCH_H
#define _SYS_SCSI_SCSI_WATCH_H


struct scsi_watch_result {
	struct scsi_status		*statusp;
	struct scsi_extended_sense	*sensep;
	uchar_t				actual_sense_length;
	uchar_t				mmc_data[8];
	struct scsi_pkt			*pkt;
};

#define SCSI_WATCH_IO_TIME		120

/* scsi_watch_request_terminate() flags and results */
#define SCSI_WATCH_TERMINATE_WAIT	0x0
#define SCSI_WATCH_TERMINATE_NOWAIT	0x1
#define SCSI_WATCH_TERMINATE_ALL_WAIT	0x2
#define SCSI_WATCH_TERMINATE_SUCCESS	0x0
#define SCSI_WATCH_TERMINATE_FAIL	0x1

#ifdef _KERNEL
/*
 * The callback is int (*)(caddr_t, struct scsi_watch_result *); it runs in
 * the request's own thread (illumos: in the command's completion context),
 * and a non-zero return stops the polling.  interval is in microseconds.
 */
__SCSA_KR_BEGIN
__SCSA_IMPL extern opaque_t scsi_watch_request_submit(struct scsi_device *devp,
    int interval, int sense_length, int (*callback)(), caddr_t cb_arg);
__SCSA_IMPL extern opaque_t scsi_mmc_watch_request_submit(struct scsi_device *devp,
    int interval, int sense_length, int (*callback)(), caddr_t cb_arg);
__SCSA_KR_END
__SCSA_PARTIAL("sleeps even with NOWAIT, until an idle worker exits: not for interrupts")
extern int scsi_watch_request_terminate(opaque_t token, int flags);
__SCSA_IMPL extern int scsi_watch_get_ref_count(opaque_t token);
__SCSA_IMPL extern void scsi_watch_resume(opaque_t token);
__SCSA_IMPL extern void scsi_watch_suspend(opaque_t token);
#endif

#endif /* _SYS_SCSI_SCSI_WATCH_H */
