/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the SCSA packet-layer cases (Solaris world) need from Linux, done by
 * the harness (pkt_harness.c): scsi_debug's knobs and the removal and
 * re-addition of a SCSI device.  Plain C types only.
 */
#ifndef _PKT_LX_H
#define _PKT_LX_H

/* A scsi_debug module parameter, or -1. */
long tpkt_sdebug_param(const char *name);
/* Set a scsi_debug driver attribute (opts, every_nth, delay...); 0 or -errno. */
int tpkt_sdebug_set(const char *name, long val);

/*
 * Remove the SCSI device host:channel:target:lun from a worker, as
 * "echo 1 > .../delete" does, so that the caller can watch the removal
 * (it blocks until the SCSA child has detached).  tpkt_remove_wait()
 * waits for it and returns what it found (0, or -ENODEV).
 */
int tpkt_remove_start(unsigned int host, unsigned int channel, unsigned int target,
		      unsigned int lun);
int tpkt_remove_wait(void);
/* The same for scsi_debug's last host, all its LUNs (add_host=-1). */
int tpkt_remove_host_start(void);
int tpkt_remove_done(void);
/* Scan the device in again. */
int tpkt_add(unsigned int host, unsigned int channel, unsigned int target,
	     unsigned int lun);

#endif /* _PKT_LX_H */
