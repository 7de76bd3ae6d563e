/* SPDX-License-Identifier: GPL-2.0 */
/*
 * State of the panic code that drivers test.  Only do_polled_io is
 * provided: it is set while a panicking illumos kernel dumps, when drivers
 * must poll instead of sleeping.  Linux never dumps through scsa_compat's
 * drivers, so it is always 0.
 */
#ifndef _SYS_PANIC_H
#define _SYS_PANIC_H

#include <sys/types.h>

#ifdef _KERNEL
__SCSA_EXPORT extern int do_polled_io;
#endif

#endif /* _SYS_PANIC_H */
