/* SPDX-License-Identifier: GPL-2.0 */
/*
 * KTAP output for in-kernel test modules.  Debian's kernels have no KUnit,
 * so each test module runs its cases at load time, as Linux's lib/test_*.ko
 * do, and the in-guest runner reads this output back from the kernel log.
 *
 *	static const struct scsa_ktap_case cases[] = { { "name", fn }, ... };
 *	scsa_ktap_run("suite", cases, ARRAY_SIZE(cases));
 *
 * A case returns 0 for success, -EOPNOTSUPP to be skipped, or any other
 * negative errno for failure; it prints why with scsa_ktap_diag().
 * scsa_ktap_run() returns what module init should: 0, or -EINVAL when a
 * case failed, so that the load fails too, as with Linux's lib/test_*.ko.
 * The KTAP is in the kernel log either way.
 */
#ifndef _SCSA_KTAP_H
#define _SCSA_KTAP_H

#include <linux/printk.h>
#include <linux/errno.h>

struct scsa_ktap_case {
	const char *name;
	int (*run)(void);
};

#define scsa_ktap_diag(fmt, ...)	pr_info("# " fmt "\n", ##__VA_ARGS__)

/* Fails the current case with a diagnostic unless cond holds. */
#define SCSA_EXPECT(cond, fmt, ...)					\
	do {								\
		if (!(cond)) {						\
			scsa_ktap_diag("%s:%d: expected %s: " fmt,	\
				       __func__, __LINE__, #cond, ##__VA_ARGS__); \
			return -EINVAL;					\
		}							\
	} while (0)

static inline int scsa_ktap_run(const char *suite, const struct scsa_ktap_case *cases,
				unsigned int n)
{
	unsigned int i, failed = 0;

	pr_info("KTAP version 1\n");
	pr_info("# suite: %s\n", suite);
	pr_info("1..%u\n", n);
	for (i = 0; i < n; i++) {
		int ret = cases[i].run();

		if (ret == -EOPNOTSUPP) {
			pr_info("ok %u %s # SKIP\n", i + 1, cases[i].name);
		} else if (ret) {
			pr_info("not ok %u %s\n", i + 1, cases[i].name);
			failed++;
		} else {
			pr_info("ok %u %s\n", i + 1, cases[i].name);
		}
	}
	return failed ? -EINVAL : 0;
}

#endif /* _SCSA_KTAP_H */
