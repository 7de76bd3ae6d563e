/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Counting semaphores.
 *
 * Linux forces a difference: the runtime embeds a Linux struct semaphore
 * (a raw spinlock, about 72 bytes with lockdep, a count and a wait list)
 * plus a state word, so 128 bytes of opaque storage are reserved instead
 * of illumos's two words.  All-zero memory is a valid semaphore with a
 * count of zero.
 */
#ifndef _SYS_SEMAPHORE_H
#define _SYS_SEMAPHORE_H

#include <sys/types.h>
#include <scsa_prims.h>

/* Storage for a Linux semaphore; zero-filled storage is a count of 0. */
typedef struct ksema	ksema_t;

#ifdef _KERNEL
#define SEMA_HELD(x)	(sema_held((x)))

__SCSA_IMPL extern void sema_init(ksema_t *, uint32_t, char *, ksema_type_t, void *);
/* Linux has a sema_init() of its own. */
#define sema_init(sp, count, name, type, arg)	\
	scsa_sema_init((sp), (count), (name), (type), (arg))
__SCSA_IMPL extern void sema_destroy(ksema_t *);
__SCSA_IMPL extern void sema_p(ksema_t *);
__SCSA_IMPL extern int sema_p_sig(ksema_t *);
__SCSA_IMPL extern void sema_v(ksema_t *);
__SCSA_IMPL extern int sema_tryp(ksema_t *);
__SCSA_ABSENT extern int sema_held(ksema_t *);
#endif

#endif /* _SYS_SEMAPHORE_H */
