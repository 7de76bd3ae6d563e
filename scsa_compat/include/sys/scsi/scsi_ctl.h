/* SPDX-License-Identifier: GPL-2.0 */
/* Resets, aborts and transport capabilities. */
/* The SCSA headers depend on each other; enter through the common root. */
#include <sys/scsi/scsi_types.h>

#ifndef _SYS_SCSI_SCSI_CTL_H
#define _SYS_SCSI_SCSI_CTL_H


/* scsi_reset() levels */
#define RESET_ALL		0
#define RESET_TARGET		1
#define RESET_BUS		2
#define RESET_LUN		3

/* scsi_reset_notify() requests */
#define SCSI_RESET_NOTIFY	0x01
#define SCSI_RESET_CANCEL	0x02

#define SCSI_MAXNAMELEN		MAXNAMELEN
#define SCSI_NO_QUIESCE		"scsi-no-quiesce"

#ifdef _KERNEL
__SCSA_IMPL extern int scsi_ifgetcap(struct scsi_address *ap, char *cap, int whom);
__SCSA_IMPL extern int scsi_ifsetcap(struct scsi_address *ap, char *cap, int value,
    int whom);
/*
 * Both go to the HBA's tran_abort/tran_reset.  On scsa_hba (any Linux
 * host), aborting a packet expires its request so that Linux's error
 * handler aborts it and escalates to device, target and host resets as it
 * needs; aborting every command of a target, and resets asked for
 * directly, fail (0): Linux lets only its error handler, and user space
 * through SG_SCSI_RESET, reset a device.
 */
__SCSA_PARTIAL("scsa_hba: one packet only (pkt NULL fails); Linux's error handler escalates")
extern int scsi_abort(struct scsi_address *ap, struct scsi_pkt *pkt);
__SCSA_PARTIAL("scsa_hba refuses it: Linux has no reset for upper-level drivers")
extern int scsi_reset(struct scsi_address *ap, int level);
__SCSA_IMPL extern int scsi_reset_notify(struct scsi_address *ap, int flag,
    void (*callback)(caddr_t), caddr_t arg);
__SCSA_ABSENT extern int scsi_clear_task_set(struct scsi_address *ap);
__SCSA_ABSENT extern int scsi_terminate_task(struct scsi_address *ap, struct scsi_pkt *pkt);
__SCSA_ABSENT extern int scsi_clear_aca(struct scsi_address *ap);
__SCSA_ABSENT extern int scsi_ua_get_reportdev(struct scsi_device *sd, char *ba, int len);
__SCSA_ABSENT extern int scsi_ua_get(struct scsi_device *sd, char *ua, int len);
#endif

#endif /* _SYS_SCSI_SCSI_CTL_H */
