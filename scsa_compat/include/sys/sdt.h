/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Statically defined tracing probes.  Linux has no DTrace provider, so
 * every illumos SDT probe fires one tracepoint, scsa:scsa_sdt, with the
 * probe's name (DTrace's spelling: "__" becomes "-"), its site and up to
 * four arguments, each as a 64-bit integer (a pointer's address, an
 * integer's value).  The arguments are evaluated, as on illumos; while the
 * event is off a probe costs one load and a branch not taken
 * (scsa_sdt_enabled, kept by the event's registration).
 */
#ifndef _SYS_SDT_H
#define _SYS_SDT_H

extern int scsa_sdt_enabled;
extern void scsa_sdt_probe(const char *, unsigned long long, unsigned long long,
    unsigned long long, unsigned long long);

#define	SCSA_SDT_ON()	\
	__builtin_expect(__atomic_load_n(&scsa_sdt_enabled, __ATOMIC_RELAXED) != 0, 0)
#define	SCSA_SDT_ARG(a)	((unsigned long long)(unsigned long)(a))

#define DTRACE_PROBE(name)						\
	do {								\
		if (SCSA_SDT_ON())					\
			scsa_sdt_probe(#name, 0, 0, 0, 0);		\
	} while (0)
#define DTRACE_PROBE1(name, t1, a1)					\
	do {								\
		unsigned long long __sdt_a1 = SCSA_SDT_ARG(a1);		\
		if (SCSA_SDT_ON())					\
			scsa_sdt_probe(#name, __sdt_a1, 0, 0, 0);	\
	} while (0)
#define DTRACE_PROBE2(name, t1, a1, t2, a2)				\
	do {								\
		unsigned long long __sdt_a1 = SCSA_SDT_ARG(a1);		\
		unsigned long long __sdt_a2 = SCSA_SDT_ARG(a2);		\
		if (SCSA_SDT_ON())					\
			scsa_sdt_probe(#name, __sdt_a1, __sdt_a2, 0, 0); \
	} while (0)
#define DTRACE_PROBE3(name, t1, a1, t2, a2, t3, a3)			\
	do {								\
		unsigned long long __sdt_a1 = SCSA_SDT_ARG(a1);		\
		unsigned long long __sdt_a2 = SCSA_SDT_ARG(a2);		\
		unsigned long long __sdt_a3 = SCSA_SDT_ARG(a3);		\
		if (SCSA_SDT_ON())					\
			scsa_sdt_probe(#name, __sdt_a1, __sdt_a2,	\
			    __sdt_a3, 0);				\
	} while (0)
#define DTRACE_PROBE4(name, t1, a1, t2, a2, t3, a3, t4, a4)		\
	do {								\
		unsigned long long __sdt_a1 = SCSA_SDT_ARG(a1);		\
		unsigned long long __sdt_a2 = SCSA_SDT_ARG(a2);		\
		unsigned long long __sdt_a3 = SCSA_SDT_ARG(a3);		\
		unsigned long long __sdt_a4 = SCSA_SDT_ARG(a4);		\
		if (SCSA_SDT_ON())					\
			scsa_sdt_probe(#name, __sdt_a1, __sdt_a2,	\
			    __sdt_a3, __sdt_a4);			\
	} while (0)

/*
 * An error return through the set-error probe, "return (SET_ERROR(EIO));".
 * Its value is err, which is evaluated twice (once for the probe), as on
 * illumos.
 */
#define SET_ERROR(err)		((void)(err), (err))

#endif /* _SYS_SDT_H */
