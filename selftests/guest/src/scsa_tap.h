/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Results of the in-guest test programs, through kselftest.h: its counters,
 * "ok N ..." lines and exit codes (KSFT_PASS, KSFT_FAIL).  The programs are
 * steps of the shell tests (selftests/guest/tests.d), several runs per test,
 * so they print no header or plan: the test's ksft_main (lib.sh) numbers
 * the results of all of them and prints the plan.  These take descriptions
 * without the trailing newline kselftest.h's functions want, and a diagnostic
 * comes before the result it explains.
 */
#ifndef _SCSA_TAP_H
#define _SCSA_TAP_H

#include <stdarg.h>
#include <stdio.h>
#include "kselftest.h"

static inline void tap_diag(const char *fmt, ...)
{
	char buf[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	ksft_print_msg("%s\n", buf);
}

static inline void tap_result(int ok, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	ksft_test_result(ok, "%s\n", buf);
	fflush(stdout);
}

static inline void tap_skip(const char *why, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	ksft_test_result_skip("%s (%s)\n", buf, why);
	fflush(stdout);
}

/* KSFT_FAIL if a result of this process failed, else KSFT_PASS. */
static inline int tap_status(void)
{
	return ksft_get_fail_cnt() ? KSFT_FAIL : KSFT_PASS;
}

#endif /* _SCSA_TAP_H */
