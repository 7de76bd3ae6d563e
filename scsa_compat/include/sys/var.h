/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The system configuration, struct var, which drivers read through the
 * kernel's "v" (sd and its xbuf layer take v.v_maxsyspri, the highest
 * priority of the system class, for their task queues).  On Linux only
 * v_maxsyspri has a meaning: it is illumos's value, 99, so that drivers
 * compute the same priorities as on illumos.  The other fields are 0:
 * Linux has no such tunables.
 */
#ifndef _SYS_VAR_H
#define _SYS_VAR_H

#include <sys/types.h>

struct var {
	int	v_buf;
	int	v_call;
	int	v_proc;
	int	v_maxupttl;
	int	v_nglobpris;
	int	v_maxsyspri;
	int	v_clist;
	int	v_maxup;
	int	v_hbuf;
	int	v_hmask;
	int	v_pbuf;
	int	v_sptmap;
	int	v_maxpmem;
	int	v_autoup;
	int	v_bufhwm;
};

__SCSA_EXPORT extern struct var v;

#endif /* _SYS_VAR_H */
