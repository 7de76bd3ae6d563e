/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Statically defined tracing probes.  An illumos SDT probe has no effect on
 * the driver; Linux has no DTrace provider to attach it to, so a probe
 * evaluates its arguments (as the illumos call site does) and does nothing.
 */
#ifndef _SYS_SDT_H
#define _SYS_SDT_H

#define DTRACE_PROBE(name)	do { } while (0)
#define DTRACE_PROBE1(name, t1, a1)					\
	do { (void)(a1); } while (0)
#define DTRACE_PROBE2(name, t1, a1, t2, a2)				\
	do { (void)(a1); (void)(a2); } while (0)
#define DTRACE_PROBE3(name, t1, a1, t2, a2, t3, a3)			\
	do { (void)(a1); (void)(a2); (void)(a3); } while (0)
#define DTRACE_PROBE4(name, t1, a1, t2, a2, t3, a3, t4, a4)		\
	do { (void)(a1); (void)(a2); (void)(a3); (void)(a4); } while (0)

/*
 * An error return through the set-error probe, "return (SET_ERROR(EIO));".
 * Its value is err, which is evaluated twice (once for the probe), as on
 * illumos.
 */
#define SET_ERROR(err)		((void)(err), (err))

#endif /* _SYS_SDT_H */
