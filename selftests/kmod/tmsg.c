// SPDX-License-Identifier: GPL-2.0
/*
 * tmsg: cmn_err(9F) messages with each destination prefix, for the
 * in-guest test tests.d/31-cmn_err.sh, which checks the Linux log level
 * and text of each.  An illumos-style misc module: the messages are
 * printed by _init.
 */
#include <sys/types.h>
#include <sys/errno.h>
#include <sys/modctl.h>
#include <sys/cmn_err.h>
#include <sys/ddi.h>
#include <sys/sunddi.h>

static struct modlmisc tmsg_modlmisc = {
	&mod_miscops,
	"scsa_compat cmn_err test"
};

static struct modlinkage tmsg_modlinkage = {
	MODREV_1,
	{ &tmsg_modlmisc, NULL }
};

int _init(void)
{
	cmn_err(CE_NOTE, "tmsg plain note %d", 1);
	cmn_err(CE_NOTE, "!tmsg log-only note %s", "two");
	cmn_err(CE_NOTE, "?tmsg verbose-boot note %x", 0x3f);
	cmn_err(CE_NOTE, "^tmsg console-only note");
	cmn_err(CE_WARN, "tmsg warning %b", 5, "\020\1ONE\2TWO\3THREE");
	cmn_err(CE_WARN, "!tmsg log-only warning");
	return (mod_install(&tmsg_modlinkage));
}

int _fini(void)
{
	return (mod_remove(&tmsg_modlinkage));
}

int _info(struct modinfo *modinfop)
{
	return (mod_info(&tmsg_modlinkage, modinfop));
}
