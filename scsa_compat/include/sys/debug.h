/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Assertions.  ASSERT* are compiled only with -DDEBUG; VERIFY* always are.
 * Both report through assfail()/assfail3(), which the runtime provides.
 */
#ifndef _SYS_DEBUG_H
#define _SYS_DEBUG_H

#include <sys/isa_defs.h>
#include <sys/types.h>
#include <sys/note.h>

__SCSA_ABSENT extern int assfail(const char *, const char *, int);
__SCSA_ABSENT extern void assfail3(const char *, uintmax_t, const char *, uintmax_t,
    const char *, int);

#define VERIFY(ex)	((void)((ex) || assfail(#ex, __FILE__, __LINE__)))

/* Compare two values converted to "type"; report both on failure. */
#define VERIFY3_IMPL(l, op, r, type)	do {				\
	const type __scsa_l = (type)(l);				\
	const type __scsa_r = (type)(r);				\
	if (!(__scsa_l op __scsa_r))					\
		assfail3(#l " " #op " " #r, (uintmax_t)__scsa_l, #op,	\
		    (uintmax_t)__scsa_r, __FILE__, __LINE__);		\
} while (0)

#define VERIFY3B(l, op, r)	VERIFY3_IMPL(l, op, r, boolean_t)
#define VERIFY3S(l, op, r)	VERIFY3_IMPL(l, op, r, int64_t)
#define VERIFY3U(l, op, r)	VERIFY3_IMPL(l, op, r, uint64_t)
#define VERIFY3P(l, op, r)	VERIFY3_IMPL(l, op, r, uintptr_t)
#define VERIFY0(x)		VERIFY3_IMPL(x, ==, 0, uintmax_t)

#ifdef DEBUG
#define ASSERT(ex)		VERIFY(ex)
#define ASSERT3B(l, op, r)	VERIFY3B(l, op, r)
#define ASSERT3S(l, op, r)	VERIFY3S(l, op, r)
#define ASSERT3U(l, op, r)	VERIFY3U(l, op, r)
#define ASSERT3P(l, op, r)	VERIFY3P(l, op, r)
#define ASSERT0(x)		VERIFY0(x)
#define IMPLY(a, b)		\
	((void)(!(a) || (b) || assfail("(" #a ") implies (" #b ")", __FILE__, __LINE__)))
#define EQUIV(a, b)		\
	((void)(!!(a) == !!(b) ||					\
	    assfail("(" #a ") is equivalent to (" #b ")", __FILE__, __LINE__)))
#else
#define ASSERT(ex)		((void)0)
#define ASSERT3B(l, op, r)	((void)0)
#define ASSERT3S(l, op, r)	((void)0)
#define ASSERT3U(l, op, r)	((void)0)
#define ASSERT3P(l, op, r)	((void)0)
#define ASSERT0(x)		((void)0)
#define IMPLY(a, b)		((void)0)
#define EQUIV(a, b)		((void)0)
#endif

#define ASSERT64(x)		ASSERT(x)
#define ASSERT32(x)

#define CTASSERT(x)		_Static_assert(x, "compile-time assertion failed")

#ifdef DEBUG
#define STATIC
#else
#define STATIC			static
#endif

#endif /* _SYS_DEBUG_H */
