/* SPDX-License-Identifier: GPL-2.0 */
/*
 * illumos's legacy vtrace points.  On illumos this header only names the
 * facility and tag numbers of trace points that DTrace now serves; no
 * driver scsa_compat builds uses them, and there is no vtrace (nor DTrace)
 * provider, so it brings nothing but what illumos's includes with it.
 */
#ifndef _SYS_VTRACE_H
#define _SYS_VTRACE_H

#include <sys/types.h>
#include <sys/time.h>

#endif /* _SYS_VTRACE_H */
