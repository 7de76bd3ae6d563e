/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Atomic operations and memory barriers, atomic_ops(3C)/atomic_*(9F).
 * Each is an inline function on GCC's __atomic builtins, sequentially
 * consistent (a locked instruction on x86, as illumos's are), so none is
 * a symbol and nothing of Linux is needed.  The _nv forms return the new
 * value, atomic_cas_*() and atomic_swap_*() the old one.
 */
#ifndef _SYS_ATOMIC_H
#define _SYS_ATOMIC_H

#include <sys/types.h>
#include <sys/inttypes.h>

#define __SCSA_ATOMIC_ORDER	__ATOMIC_SEQ_CST

/* Increment *target. */
__SCSA_IMPL static inline void
atomic_inc_8(volatile uint8_t *target)
{
	(void) __atomic_add_fetch(target, 1, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_inc_uchar(volatile uchar_t *target)
{
	(void) __atomic_add_fetch(target, 1, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_inc_16(volatile uint16_t *target)
{
	(void) __atomic_add_fetch(target, 1, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_inc_ushort(volatile ushort_t *target)
{
	(void) __atomic_add_fetch(target, 1, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_inc_32(volatile uint32_t *target)
{
	(void) __atomic_add_fetch(target, 1, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_inc_uint(volatile uint_t *target)
{
	(void) __atomic_add_fetch(target, 1, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_inc_ulong(volatile ulong_t *target)
{
	(void) __atomic_add_fetch(target, 1, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_inc_64(volatile uint64_t *target)
{
	(void) __atomic_add_fetch(target, 1, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline uint8_t
atomic_inc_8_nv(volatile uint8_t *target)
{
	return (__atomic_add_fetch(target, 1, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uchar_t
atomic_inc_uchar_nv(volatile uchar_t *target)
{
	return (__atomic_add_fetch(target, 1, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uint16_t
atomic_inc_16_nv(volatile uint16_t *target)
{
	return (__atomic_add_fetch(target, 1, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline ushort_t
atomic_inc_ushort_nv(volatile ushort_t *target)
{
	return (__atomic_add_fetch(target, 1, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uint32_t
atomic_inc_32_nv(volatile uint32_t *target)
{
	return (__atomic_add_fetch(target, 1, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uint_t
atomic_inc_uint_nv(volatile uint_t *target)
{
	return (__atomic_add_fetch(target, 1, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline ulong_t
atomic_inc_ulong_nv(volatile ulong_t *target)
{
	return (__atomic_add_fetch(target, 1, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uint64_t
atomic_inc_64_nv(volatile uint64_t *target)
{
	return (__atomic_add_fetch(target, 1, __SCSA_ATOMIC_ORDER));
}

/* Decrement *target. */
__SCSA_IMPL static inline void
atomic_dec_8(volatile uint8_t *target)
{
	(void) __atomic_sub_fetch(target, 1, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_dec_uchar(volatile uchar_t *target)
{
	(void) __atomic_sub_fetch(target, 1, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_dec_16(volatile uint16_t *target)
{
	(void) __atomic_sub_fetch(target, 1, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_dec_ushort(volatile ushort_t *target)
{
	(void) __atomic_sub_fetch(target, 1, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_dec_32(volatile uint32_t *target)
{
	(void) __atomic_sub_fetch(target, 1, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_dec_uint(volatile uint_t *target)
{
	(void) __atomic_sub_fetch(target, 1, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_dec_ulong(volatile ulong_t *target)
{
	(void) __atomic_sub_fetch(target, 1, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_dec_64(volatile uint64_t *target)
{
	(void) __atomic_sub_fetch(target, 1, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline uint8_t
atomic_dec_8_nv(volatile uint8_t *target)
{
	return (__atomic_sub_fetch(target, 1, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uchar_t
atomic_dec_uchar_nv(volatile uchar_t *target)
{
	return (__atomic_sub_fetch(target, 1, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uint16_t
atomic_dec_16_nv(volatile uint16_t *target)
{
	return (__atomic_sub_fetch(target, 1, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline ushort_t
atomic_dec_ushort_nv(volatile ushort_t *target)
{
	return (__atomic_sub_fetch(target, 1, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uint32_t
atomic_dec_32_nv(volatile uint32_t *target)
{
	return (__atomic_sub_fetch(target, 1, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uint_t
atomic_dec_uint_nv(volatile uint_t *target)
{
	return (__atomic_sub_fetch(target, 1, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline ulong_t
atomic_dec_ulong_nv(volatile ulong_t *target)
{
	return (__atomic_sub_fetch(target, 1, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uint64_t
atomic_dec_64_nv(volatile uint64_t *target)
{
	return (__atomic_sub_fetch(target, 1, __SCSA_ATOMIC_ORDER));
}

/* Add delta to *target. */
__SCSA_IMPL static inline void
atomic_add_8(volatile uint8_t *target, int8_t delta)
{
	(void) __atomic_add_fetch(target, (uint8_t)delta, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_add_char(volatile uchar_t *target, signed char delta)
{
	(void) __atomic_add_fetch(target, (uchar_t)delta, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_add_16(volatile uint16_t *target, int16_t delta)
{
	(void) __atomic_add_fetch(target, (uint16_t)delta, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_add_short(volatile ushort_t *target, short delta)
{
	(void) __atomic_add_fetch(target, (ushort_t)delta, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_add_32(volatile uint32_t *target, int32_t delta)
{
	(void) __atomic_add_fetch(target, (uint32_t)delta, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_add_int(volatile uint_t *target, int delta)
{
	(void) __atomic_add_fetch(target, (uint_t)delta, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_add_long(volatile ulong_t *target, long delta)
{
	(void) __atomic_add_fetch(target, (ulong_t)delta, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_add_64(volatile uint64_t *target, int64_t delta)
{
	(void) __atomic_add_fetch(target, (uint64_t)delta, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_add_ptr(volatile void *target, ssize_t delta)
{
	(void) __atomic_add_fetch((volatile uintptr_t *)target,
	    (uintptr_t)delta, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline uint8_t
atomic_add_8_nv(volatile uint8_t *target, int8_t delta)
{
	return (__atomic_add_fetch(target, (uint8_t)delta, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uchar_t
atomic_add_char_nv(volatile uchar_t *target, signed char delta)
{
	return (__atomic_add_fetch(target, (uchar_t)delta, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uint16_t
atomic_add_16_nv(volatile uint16_t *target, int16_t delta)
{
	return (__atomic_add_fetch(target, (uint16_t)delta, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline ushort_t
atomic_add_short_nv(volatile ushort_t *target, short delta)
{
	return (__atomic_add_fetch(target, (ushort_t)delta, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uint32_t
atomic_add_32_nv(volatile uint32_t *target, int32_t delta)
{
	return (__atomic_add_fetch(target, (uint32_t)delta, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uint_t
atomic_add_int_nv(volatile uint_t *target, int delta)
{
	return (__atomic_add_fetch(target, (uint_t)delta, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline ulong_t
atomic_add_long_nv(volatile ulong_t *target, long delta)
{
	return (__atomic_add_fetch(target, (ulong_t)delta, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uint64_t
atomic_add_64_nv(volatile uint64_t *target, int64_t delta)
{
	return (__atomic_add_fetch(target, (uint64_t)delta, __SCSA_ATOMIC_ORDER));
}

/* A pointer moved by delta bytes. */
__SCSA_IMPL static inline void *
atomic_add_ptr_nv(volatile void *target, ssize_t delta)
{
	return ((void *)__atomic_add_fetch((volatile uintptr_t *)target,
	    (uintptr_t)delta, __SCSA_ATOMIC_ORDER));
}

/* OR bits into *target. */
__SCSA_IMPL static inline void
atomic_or_8(volatile uint8_t *target, uint8_t bits)
{
	(void) __atomic_or_fetch(target, bits, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_or_uchar(volatile uchar_t *target, uchar_t bits)
{
	(void) __atomic_or_fetch(target, bits, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_or_16(volatile uint16_t *target, uint16_t bits)
{
	(void) __atomic_or_fetch(target, bits, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_or_ushort(volatile ushort_t *target, ushort_t bits)
{
	(void) __atomic_or_fetch(target, bits, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_or_32(volatile uint32_t *target, uint32_t bits)
{
	(void) __atomic_or_fetch(target, bits, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_or_uint(volatile uint_t *target, uint_t bits)
{
	(void) __atomic_or_fetch(target, bits, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_or_ulong(volatile ulong_t *target, ulong_t bits)
{
	(void) __atomic_or_fetch(target, bits, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_or_64(volatile uint64_t *target, uint64_t bits)
{
	(void) __atomic_or_fetch(target, bits, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline uint8_t
atomic_or_8_nv(volatile uint8_t *target, uint8_t bits)
{
	return (__atomic_or_fetch(target, bits, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uchar_t
atomic_or_uchar_nv(volatile uchar_t *target, uchar_t bits)
{
	return (__atomic_or_fetch(target, bits, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uint16_t
atomic_or_16_nv(volatile uint16_t *target, uint16_t bits)
{
	return (__atomic_or_fetch(target, bits, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline ushort_t
atomic_or_ushort_nv(volatile ushort_t *target, ushort_t bits)
{
	return (__atomic_or_fetch(target, bits, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uint32_t
atomic_or_32_nv(volatile uint32_t *target, uint32_t bits)
{
	return (__atomic_or_fetch(target, bits, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uint_t
atomic_or_uint_nv(volatile uint_t *target, uint_t bits)
{
	return (__atomic_or_fetch(target, bits, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline ulong_t
atomic_or_ulong_nv(volatile ulong_t *target, ulong_t bits)
{
	return (__atomic_or_fetch(target, bits, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uint64_t
atomic_or_64_nv(volatile uint64_t *target, uint64_t bits)
{
	return (__atomic_or_fetch(target, bits, __SCSA_ATOMIC_ORDER));
}

/* AND bits into *target. */
__SCSA_IMPL static inline void
atomic_and_8(volatile uint8_t *target, uint8_t bits)
{
	(void) __atomic_and_fetch(target, bits, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_and_uchar(volatile uchar_t *target, uchar_t bits)
{
	(void) __atomic_and_fetch(target, bits, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_and_16(volatile uint16_t *target, uint16_t bits)
{
	(void) __atomic_and_fetch(target, bits, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_and_ushort(volatile ushort_t *target, ushort_t bits)
{
	(void) __atomic_and_fetch(target, bits, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_and_32(volatile uint32_t *target, uint32_t bits)
{
	(void) __atomic_and_fetch(target, bits, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_and_uint(volatile uint_t *target, uint_t bits)
{
	(void) __atomic_and_fetch(target, bits, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_and_ulong(volatile ulong_t *target, ulong_t bits)
{
	(void) __atomic_and_fetch(target, bits, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline void
atomic_and_64(volatile uint64_t *target, uint64_t bits)
{
	(void) __atomic_and_fetch(target, bits, __SCSA_ATOMIC_ORDER);
}

__SCSA_IMPL static inline uint8_t
atomic_and_8_nv(volatile uint8_t *target, uint8_t bits)
{
	return (__atomic_and_fetch(target, bits, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uchar_t
atomic_and_uchar_nv(volatile uchar_t *target, uchar_t bits)
{
	return (__atomic_and_fetch(target, bits, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uint16_t
atomic_and_16_nv(volatile uint16_t *target, uint16_t bits)
{
	return (__atomic_and_fetch(target, bits, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline ushort_t
atomic_and_ushort_nv(volatile ushort_t *target, ushort_t bits)
{
	return (__atomic_and_fetch(target, bits, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uint32_t
atomic_and_32_nv(volatile uint32_t *target, uint32_t bits)
{
	return (__atomic_and_fetch(target, bits, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uint_t
atomic_and_uint_nv(volatile uint_t *target, uint_t bits)
{
	return (__atomic_and_fetch(target, bits, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline ulong_t
atomic_and_ulong_nv(volatile ulong_t *target, ulong_t bits)
{
	return (__atomic_and_fetch(target, bits, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uint64_t
atomic_and_64_nv(volatile uint64_t *target, uint64_t bits)
{
	return (__atomic_and_fetch(target, bits, __SCSA_ATOMIC_ORDER));
}

/* If *target is cmp, make it newval; either way return what it was. */
__SCSA_IMPL static inline uint8_t
atomic_cas_8(volatile uint8_t *target, uint8_t cmp, uint8_t newval)
{
	(void) __atomic_compare_exchange_n(target, &cmp, newval, 0,
	    __SCSA_ATOMIC_ORDER, __SCSA_ATOMIC_ORDER);
	return (cmp);
}

__SCSA_IMPL static inline uchar_t
atomic_cas_uchar(volatile uchar_t *target, uchar_t cmp, uchar_t newval)
{
	(void) __atomic_compare_exchange_n(target, &cmp, newval, 0,
	    __SCSA_ATOMIC_ORDER, __SCSA_ATOMIC_ORDER);
	return (cmp);
}

__SCSA_IMPL static inline uint16_t
atomic_cas_16(volatile uint16_t *target, uint16_t cmp, uint16_t newval)
{
	(void) __atomic_compare_exchange_n(target, &cmp, newval, 0,
	    __SCSA_ATOMIC_ORDER, __SCSA_ATOMIC_ORDER);
	return (cmp);
}

__SCSA_IMPL static inline ushort_t
atomic_cas_ushort(volatile ushort_t *target, ushort_t cmp, ushort_t newval)
{
	(void) __atomic_compare_exchange_n(target, &cmp, newval, 0,
	    __SCSA_ATOMIC_ORDER, __SCSA_ATOMIC_ORDER);
	return (cmp);
}

__SCSA_IMPL static inline uint32_t
atomic_cas_32(volatile uint32_t *target, uint32_t cmp, uint32_t newval)
{
	(void) __atomic_compare_exchange_n(target, &cmp, newval, 0,
	    __SCSA_ATOMIC_ORDER, __SCSA_ATOMIC_ORDER);
	return (cmp);
}

__SCSA_IMPL static inline uint_t
atomic_cas_uint(volatile uint_t *target, uint_t cmp, uint_t newval)
{
	(void) __atomic_compare_exchange_n(target, &cmp, newval, 0,
	    __SCSA_ATOMIC_ORDER, __SCSA_ATOMIC_ORDER);
	return (cmp);
}

__SCSA_IMPL static inline ulong_t
atomic_cas_ulong(volatile ulong_t *target, ulong_t cmp, ulong_t newval)
{
	(void) __atomic_compare_exchange_n(target, &cmp, newval, 0,
	    __SCSA_ATOMIC_ORDER, __SCSA_ATOMIC_ORDER);
	return (cmp);
}

__SCSA_IMPL static inline uint64_t
atomic_cas_64(volatile uint64_t *target, uint64_t cmp, uint64_t newval)
{
	(void) __atomic_compare_exchange_n(target, &cmp, newval, 0,
	    __SCSA_ATOMIC_ORDER, __SCSA_ATOMIC_ORDER);
	return (cmp);
}

__SCSA_IMPL static inline void *
atomic_cas_ptr(volatile void *target, void *cmp, void *newval)
{
	(void) __atomic_compare_exchange_n((void *volatile *)target, &cmp,
	    newval, 0, __SCSA_ATOMIC_ORDER, __SCSA_ATOMIC_ORDER);
	return (cmp);
}

/* Store newval in *target and return what it was. */
__SCSA_IMPL static inline uint8_t
atomic_swap_8(volatile uint8_t *target, uint8_t newval)
{
	return (__atomic_exchange_n(target, newval, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uchar_t
atomic_swap_uchar(volatile uchar_t *target, uchar_t newval)
{
	return (__atomic_exchange_n(target, newval, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uint16_t
atomic_swap_16(volatile uint16_t *target, uint16_t newval)
{
	return (__atomic_exchange_n(target, newval, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline ushort_t
atomic_swap_ushort(volatile ushort_t *target, ushort_t newval)
{
	return (__atomic_exchange_n(target, newval, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uint32_t
atomic_swap_32(volatile uint32_t *target, uint32_t newval)
{
	return (__atomic_exchange_n(target, newval, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uint_t
atomic_swap_uint(volatile uint_t *target, uint_t newval)
{
	return (__atomic_exchange_n(target, newval, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline ulong_t
atomic_swap_ulong(volatile ulong_t *target, ulong_t newval)
{
	return (__atomic_exchange_n(target, newval, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline uint64_t
atomic_swap_64(volatile uint64_t *target, uint64_t newval)
{
	return (__atomic_exchange_n(target, newval, __SCSA_ATOMIC_ORDER));
}

__SCSA_IMPL static inline void *
atomic_swap_ptr(volatile void *target, void *newval)
{
	return (__atomic_exchange_n((void *volatile *)target, newval,
	    __SCSA_ATOMIC_ORDER));
}

/*
 * Set (clear) bit "bit" of *target: 0 if this call changed it, -1 if it
 * was set (clear) already.
 */
__SCSA_IMPL static inline int
atomic_set_long_excl(volatile ulong_t *target, uint_t bit)
{
	ulong_t m = 1UL << bit;

	return ((__atomic_fetch_or(target, m, __SCSA_ATOMIC_ORDER) & m) ?
	    -1 : 0);
}

__SCSA_IMPL static inline int
atomic_clear_long_excl(volatile ulong_t *target, uint_t bit)
{
	ulong_t m = 1UL << bit;

	return ((__atomic_fetch_and(target, ~m, __SCSA_ATOMIC_ORDER) & m) ?
	    0 : -1);
}

/*
 * Barriers.  membar_enter(), after taking a lock: later loads and stores
 * wait for it (store-load, a full fence).  membar_exit(), before releasing
 * one: earlier loads and stores complete first.  membar_producer(): earlier
 * stores before later ones.  membar_consumer(): earlier loads before later
 * ones.
 */
__SCSA_IMPL static inline void
membar_enter(void)
{
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
}

__SCSA_IMPL static inline void
membar_exit(void)
{
	__atomic_thread_fence(__ATOMIC_RELEASE);
}

__SCSA_IMPL static inline void
membar_producer(void)
{
	__atomic_thread_fence(__ATOMIC_RELEASE);
}

__SCSA_IMPL static inline void
membar_consumer(void)
{
	__atomic_thread_fence(__ATOMIC_ACQUIRE);
}

#ifdef _KERNEL
#define atomic_add_ip		atomic_add_long
#define atomic_add_ip_nv	atomic_add_long_nv
#define casip			atomic_cas_ulong
#endif

#endif /* _SYS_ATOMIC_H */
