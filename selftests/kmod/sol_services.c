// SPDX-License-Identifier: GPL-2.0
/*
 * DDI/DKI services as a ported driver sees them: this file includes only
 * illumos headers and uses illumos names, macros and types.
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/kmem.h>
#include <sys/ksynch.h>
#include <sys/ddi.h>
#include <sys/sunddi.h>
#include <sys/scsi/scsi.h>

#include "scsa_sol_ktap.h"

const char scsa_sol_suite[] = "scsa_sol_services";

struct unit {
	kmutex_t	un_mutex;
	kcondvar_t	un_cv;
	int		un_flag;
};

static int sol_mutex_and_cv(void)
{
	struct unit *un = kmem_zalloc(sizeof (*un), KM_SLEEP);
	clock_t ret;

	mutex_init(&un->un_mutex, "unit", MUTEX_DRIVER, NULL);
	cv_init(&un->un_cv, NULL, CV_DRIVER, NULL);
	mutex_enter(&un->un_mutex);
	SOL_EXPECT(MUTEX_HELD(&un->un_mutex), "not held after mutex_enter");
	ret = cv_timedwait(&un->un_cv, &un->un_mutex, ddi_get_lbolt() + drv_usectohz(10000));
	SOL_EXPECT(ret == -1, "cv_timedwait returned %ld", ret);
	SOL_EXPECT(MUTEX_HELD(&un->un_mutex), "not held after cv_timedwait");
	mutex_exit(&un->un_mutex);
	SOL_EXPECT(MUTEX_NOT_HELD(&un->un_mutex), "held after mutex_exit");
	cv_destroy(&un->un_cv);
	mutex_destroy(&un->un_mutex);
	kmem_free(un, sizeof (*un));
	return 0;
}

static int sol_ctor_calls;

static int sol_ctor(void *buf, void *arg, int kmflags)
{
	bzero(buf, 64);
	((uint32_t *)buf)[0] = 0xfeedface;
	sol_ctor_calls++;
	return (0);
}

static int sol_kmem_cache(void)
{
	kmem_cache_t *cp;
	uint32_t *obj;

	cp = kmem_cache_create("sol_test_cache", 64, 0, sol_ctor, NULL, NULL, NULL, NULL, 0);
	SOL_EXPECT(cp != NULL, "kmem_cache_create failed");
	obj = kmem_cache_alloc(cp, KM_SLEEP);
	SOL_EXPECT(obj != NULL && obj[0] == 0xfeedface, "object not constructed");
	kmem_cache_free(cp, obj);
	kmem_cache_destroy(cp);
	SOL_EXPECT(sol_ctor_calls == 1, "constructor ran %d times", sol_ctor_calls);
	return 0;
}

static int sol_strings(void)
{
	char buf[8], copy[32], *last, *tok, *dup;
	size_t n;

	n = strlcpy(buf, "truncated string", sizeof (buf));
	SOL_EXPECT(n == 16 && strcmp(buf, "truncat") == 0, "strlcpy gave %zu '%s'", n, buf);
	(void) strlcpy(copy, "direct, sequential,,ses", sizeof (copy));
	tok = strtok_r(copy, ", ", &last);
	SOL_EXPECT(tok != NULL && strcmp(tok, "direct") == 0, "first token");
	tok = strtok_r(NULL, ", ", &last);
	SOL_EXPECT(tok != NULL && strcmp(tok, "sequential") == 0, "second token");
	tok = strtok_r(NULL, ", ", &last);
	SOL_EXPECT(tok != NULL && strcmp(tok, "ses") == 0, "third token");
	SOL_EXPECT(strtok_r(NULL, ", ", &last) == NULL, "no fourth token");
	dup = strdup("scsiclass,00");
	SOL_EXPECT(strcasecmp(dup, "SCSICLASS,00") == 0, "strdup copy '%s'", dup);
	strfree(dup);
	bcopy("abcdef", copy, 7);
	bcopy(copy, copy + 1, 6);	/* overlapping */
	SOL_EXPECT(bcmp(copy, "aabcdef", 7) == 0, "bcopy overlap gave '%s'", copy);
	bzero(copy, sizeof (copy));
	SOL_EXPECT(copy[0] == 0 && copy[31] == 0, "bzero");
	return 0;
}

static int sol_dev_t(void)
{
	dev_t dev = makedevice(240, 0x12345);

	SOL_EXPECT(getmajor(dev) == 240 && getminor(dev) == 0x12345,
	    "makedevice/getmajor/getminor round trip: %u %u", getmajor(dev), getminor(dev));
	SOL_EXPECT(sizeof (dev_t) == 8 && sizeof (daddr_t) == 8, "illumos LP64 sizes");
	return 0;
}

static int sol_time(void)
{
	SOL_EXPECT(drv_usectohz(1000000) == hz, "1 s is %ld ticks, hz %d",
	    drv_usectohz(1000000), hz);
	SOL_EXPECT(drv_hztousec(hz) == 1000000, "hz ticks are %ld us", drv_hztousec(hz));
	SOL_EXPECT(gethrtime() > 0, "gethrtime");
	return 0;
}

static int sol_scsi_names(void)
{
	static struct scsi_key_strings cmds[] = {
		{ SCMD_READ_G1, "read(10)" }, { -1, NULL },
	};
	char tmp[64];

	SOL_EXPECT(strcmp(scsi_sname(KEY_ILLEGAL_REQUEST), "Illegal Request") == 0,
	    "sense key 5: %s", scsi_sname(KEY_ILLEGAL_REQUEST));
	SOL_EXPECT(strcmp(scsi_rname(CMD_TIMEOUT), "timeout") == 0, "reason: %s",
	    scsi_rname(CMD_TIMEOUT));
	SOL_EXPECT(strcmp(scsi_rname(200), "<unknown reason>") == 0, "bad reason");
	SOL_EXPECT(strcmp(scsi_cmd_name(SCMD_READ_G1, cmds, tmp), "read(10)") == 0, "cmd");
	SOL_EXPECT(strcmp(scsi_cmd_name(0xee, cmds, tmp), "<undecoded cmd 0xee>") == 0,
	    "unknown cmd: %s", tmp);
	SOL_EXPECT(strcmp(scsi_dname(DTYPE_SEQUENTIAL), "Sequential Access") == 0, "dtype");
	scsi_log(NULL, "sol_services", SCSI_DEBUG, "debug message %d", 42);
	scsi_log(NULL, "sol_services", CE_CONT, "!log-only message\n");
	return 0;
}

const struct scsa_sol_case scsa_sol_cases[] = {
	{ "mutex_and_cv", sol_mutex_and_cv },
	{ "kmem_cache", sol_kmem_cache },
	{ "strings", sol_strings },
	{ "dev_t", sol_dev_t },
	{ "time", sol_time },
	{ "scsi_names", sol_scsi_names },
};
const unsigned int scsa_sol_ncases = sizeof (scsa_sol_cases) / sizeof (scsa_sol_cases[0]);
