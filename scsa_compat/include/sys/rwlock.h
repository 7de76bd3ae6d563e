/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Reader/writer locks.
 *
 * Linux forces a difference: the runtime embeds a Linux rw_semaphore
 * (about 170 bytes with lockdep) plus owner bookkeeping, so 256 bytes of
 * opaque storage are reserved instead of illumos's one word.  All-zero
 * memory is a valid initialised lock.
 */
#ifndef _SYS_RWLOCK_H
#define _SYS_RWLOCK_H

#include <sys/types.h>
#include <scsa_prims.h>

/* Storage for a Linux rw_semaphore; zero-filled storage is initialised. */
typedef struct krwlock	krwlock_t;

#ifdef _KERNEL
#define RW_READ_HELD(x)		(rw_read_held((x)))
#define RW_WRITE_HELD(x)	(rw_write_held((x)))
#define RW_LOCK_HELD(x)		(rw_lock_held((x)))
#define RW_ISWRITER(x)		(rw_iswriter(x))

/* A macro, for a lock class per call site (see mutex_init()). */
__SCSA_IMPL extern void rw_init(krwlock_t *, char *, krw_type_t, void *);
#define rw_init(rwlp, name, type, arg)	do {				\
	static struct scsa_lockkey __scsa_rw_key;			\
	scsa_rw_init((rwlp), (name), (type), (arg), &__scsa_rw_key);	\
} while (0)
__SCSA_IMPL extern void rw_destroy(krwlock_t *);
__SCSA_IMPL extern void rw_enter(krwlock_t *, krw_t);
__SCSA_IMPL extern int rw_tryenter(krwlock_t *, krw_t);
/* Macros, for the lock class of a zero-filled lock (see mutex_enter()). */
#define rw_enter(rwlp, t)	({					\
	static struct scsa_lockkey __scsa_rw_ekey;			\
	scsa_rw_enter((rwlp), (t), &__scsa_rw_ekey);			\
})
#define rw_tryenter(rwlp, t)	({					\
	static struct scsa_lockkey __scsa_rw_ekey;			\
	scsa_rw_tryenter((rwlp), (t), &__scsa_rw_ekey);			\
})
__SCSA_IMPL extern void rw_exit(krwlock_t *);
__SCSA_IMPL extern void rw_downgrade(krwlock_t *);
__SCSA_PARTIAL("always fails: Linux cannot upgrade an rw_semaphore in place; illumos allows failure") extern int rw_tryupgrade(krwlock_t *);
__SCSA_IMPL extern int rw_read_held(krwlock_t *);
__SCSA_IMPL extern int rw_write_held(krwlock_t *);
__SCSA_IMPL extern int rw_lock_held(krwlock_t *);
__SCSA_ABSENT extern int rw_iswriter(krwlock_t *);
#endif

#endif /* _SYS_RWLOCK_H */
