/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Test cases written in the Solaris world (they see only illumos headers),
 * run by a Linux-world harness in the same module.  Plain C types only.
 */
#ifndef _SCSA_SOL_KTAP_H
#define _SCSA_SOL_KTAP_H

struct scsa_sol_case {
	const char *name;
	int (*run)(void);	/* 0: pass; -1: fail */
};

/* Defined by each Solaris-world case file. */
extern const struct scsa_sol_case scsa_sol_cases[];
extern const unsigned int scsa_sol_ncases;
extern const char scsa_sol_suite[];

/*
 * Runs scsa_sol_cases[], printing KTAP (sol_ktap.c); returns what module
 * init should: 0, or -EINVAL if a case failed (scsa_ktap_run()).
 */
int scsa_sol_run_cases(void);

/*
 * A test driver bound to scsi_debug LUNs (sol_devtest.c): install it and
 * run the cases if @attached() says it found its device; remove it.  If a
 * case fails, init fails and the module is never unloaded: @remove, which
 * the module's exit also calls, is run then, before init returns.
 */
int scsa_sol_devtest_init(const char *name, void *owner, const char *aliases,
			  int (*attached)(void), void (*remove)(void));
void scsa_sol_devtest_exit(const char *name);

/*
 * Runs @fn(@arg) in interrupt context (a timer's softirq) and returns when
 * it has run (sol_harness.c, in scsa_test_sol_services.ko only).
 */
void scsa_sol_in_interrupt(void (*fn)(void *), void *arg);

/* A "# ..." diagnostic line, from the Linux-world harness. */
void scsa_sol_diag(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#define SOL_EXPECT(cond, fmt, ...)					\
	do {								\
		if (!(cond)) {						\
			scsa_sol_diag("%s:%d: expected %s: " fmt, __func__, \
				      __LINE__, #cond, ##__VA_ARGS__);	\
			return -1;					\
		}							\
	} while (0)

#endif /* _SCSA_SOL_KTAP_H */
