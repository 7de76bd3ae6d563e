/* SPDX-License-Identifier: GPL-2.0 */
/* Time units, time structures and the kernel clocks. */
#ifndef _SYS_TIME_H
#define _SYS_TIME_H

#include <sys/types.h>
#include <sys/int_limits.h>
#include <scsa_prims.h>

#define SEC		1
#define MILLISEC	1000
#define MICROSEC	1000000
#define NANOSEC		1000000000LL

#define MSEC2NSEC(m)	((hrtime_t)(m) * (NANOSEC / MILLISEC))
#define NSEC2MSEC(n)	((n) / (NANOSEC / MILLISEC))
#define USEC2NSEC(u)	((hrtime_t)(u) * (NANOSEC / MICROSEC))
#define NSEC2USEC(n)	((n) / (NANOSEC / MICROSEC))
#define SEC2NSEC(s)	((hrtime_t)(s) * (NANOSEC / SEC))
#define NSEC2SEC(n)	((n) / (NANOSEC / SEC))

struct timeval {
	time_t		tv_sec;
	suseconds_t	tv_usec;
};

typedef struct timespec {
	time_t		tv_sec;
	long		tv_nsec;
} timespec_t;

typedef struct timespec	timestruc_t;

typedef struct timeval32 {
	time32_t	tv_sec;
	int32_t		tv_usec;
} timeval32_t;

typedef struct timespec32 {
	time32_t	tv_sec;
	int32_t		tv_nsec;
} timespec32_t;

#if defined(_SYSCALL32)
/* The range of a time32_t, what ILP32 callers can be given. */
#define TIME32_MAX	INT32_MAX
#define TIME32_MIN	INT32_MIN
#endif

#ifdef _KERNEL
__SCSA_IMPL extern hrtime_t gethrtime(void);
__SCSA_ABSENT extern void gethrestime(timespec_t *);
__SCSA_ABSENT extern time_t gethrestime_sec(void);
/*
 * illumos's hz, the clock-tick rate of lbolt and of timeout(9F): Linux's HZ.
 * The variable is ours under the scsa_ prefix.
 */
#define hz	scsa_hz

__SCSA_IMPL extern clock_t ddi_get_lbolt(void);
__SCSA_IMPL extern int64_t ddi_get_lbolt64(void);
#endif

#endif /* _SYS_TIME_H */
