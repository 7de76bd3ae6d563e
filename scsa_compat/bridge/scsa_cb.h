/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The SCSA resource-callback list (scsi_init_pkt(9F) and
 * scsi_alloc_consistent_buf(9F) callbacks), implemented on the Linux side.
 *
 * illumos keeps one list for all HBAs and targets; an entry that is already
 * queued for the same (func, arg) is counted, not added again.  Each release
 * of resources runs the list asynchronously, never from inside the freeing
 * call: a callback returning 0 found no resources and stays queued with its
 * count; each non-zero return satisfies one request.  Callbacks run in a
 * kernel thread here (illumos: soft interrupt), which is a superset.
 */
#ifndef _SCSA_BRIDGE_CB_H
#define _SCSA_BRIDGE_CB_H

void scsa_callback_queue(int (*func)(char *), char *arg);
void scsa_callback_run(void);

#endif /* _SCSA_BRIDGE_CB_H */
