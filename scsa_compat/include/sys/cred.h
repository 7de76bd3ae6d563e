/* SPDX-License-Identifier: GPL-2.0 */
/* Credentials: an opaque handle onto the Linux caller's credentials. */
#ifndef _SYS_CRED_H
#define _SYS_CRED_H

#include <sys/types.h>

typedef struct cred	cred_t;

#ifdef _KERNEL
__SCSA_IMPL extern uid_t crgetuid(const cred_t *);
__SCSA_IMPL extern uid_t crgetruid(const cred_t *);
__SCSA_IMPL extern gid_t crgetgid(const cred_t *);
__SCSA_IMPL extern gid_t crgetrgid(const cred_t *);
__SCSA_ABSENT extern zoneid_t crgetzoneid(const cred_t *);
#endif

#endif /* _SYS_CRED_H */
