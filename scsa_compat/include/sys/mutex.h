/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel mutexes (illumos adaptive mutexes).
 *
 * Linux forces a difference: illumos keeps a mutex in one pointer-sized
 * word, but here the implementation embeds a Linux struct mutex plus owner
 * bookkeeping (for mutex_owned()) and an initialisation state.  With
 * lockdep and mutex debugging a struct mutex reaches about 160 bytes on
 * x86-64 (owner, raw spinlock with its own lockdep map, OSQ, wait list,
 * magic, lockdep map), so 256 bytes of opaque storage are reserved; the
 * runtime checks the fit at build time.
 *
 * The storage is NOT a pointer and needs no allocation: drivers embed it,
 * and all-zero memory is a valid, unlocked, initialised mutex (the runtime
 * initialises lazily), because some drivers never call mutex_init() on
 * zero-filled soft state.
 */
#ifndef _SYS_MUTEX_H
#define _SYS_MUTEX_H

#include <sys/types.h>
#include <scsa_prims.h>

/*
 * Storage for a Linux mutex (struct kmutex, in scsa_prims.h).  Zero-filled
 * storage is an initialised, unowned mutex, as in illumos.
 */
typedef struct kmutex	kmutex_t;

#ifdef _KERNEL
#define MUTEX_HELD(x)		(mutex_owned(x))
#define MUTEX_NOT_HELD(x)	(!mutex_owned(x))

__SCSA_IMPL extern void mutex_init(kmutex_t *, char *, kmutex_type_t, void *);
__SCSA_IMPL extern void mutex_destroy(kmutex_t *);
__SCSA_IMPL extern void mutex_enter(kmutex_t *);
__SCSA_IMPL extern int mutex_tryenter(kmutex_t *);
__SCSA_IMPL extern void mutex_exit(kmutex_t *);
__SCSA_IMPL extern int mutex_owned(const kmutex_t *);

/*
 * Linux has its own mutex_init() and mutex_destroy(): ours are scsa_-prefixed
 * symbols.  mutex_init() gives each call site its own lock class, as Linux's
 * does, so lockdep tells a driver's mutexes apart.
 */
#define mutex_init(mp, name, type, arg)	do {				\
	static struct scsa_lockkey __scsa_mutex_key;			\
	scsa_mutex_init((mp), (name), (type), (arg), &__scsa_mutex_key);	\
} while (0)
#define mutex_destroy(mp)	scsa_mutex_destroy(mp)
/*
 * A zero-filled mutex is initialised by its first mutex_enter() or
 * mutex_tryenter(), and that call site gives it its lock class: two
 * never-initialised mutexes nested one in the other are not one class
 * locked twice.  The functions remain, for callers that take their address.
 */
#define mutex_enter(mp)	({						\
	static struct scsa_lockkey __scsa_mutex_ekey;			\
	scsa_mutex_enter((mp), &__scsa_mutex_ekey);			\
})
#define mutex_tryenter(mp)	({					\
	static struct scsa_lockkey __scsa_mutex_ekey;			\
	scsa_mutex_tryenter((mp), &__scsa_mutex_ekey);			\
})
__SCSA_ABSENT extern kthread_t *mutex_owner(const kmutex_t *);
#endif

#endif /* _SYS_MUTEX_H */
