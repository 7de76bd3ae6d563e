// SPDX-License-Identifier: GPL-2.0
/*
 * tnex: a test nexus for the in-guest DDI tests, written against the
 * illumos headers as a misc module (modlmisc).  Its _init creates the node
 * "tnex" under the root and two children that tdrv binds to through the
 * name "tdrv-node" (tdrv gets it with aliases=); _fini removes them.
 */
#include <sys/types.h>
#include <sys/errno.h>
#include <sys/modctl.h>
#include <sys/cmn_err.h>
#include <sys/ddi.h>
#include <sys/sunddi.h>
#include <sys/sunndi.h>

#define TNEX_CHILDREN	2

static dev_info_t *tnex_dip;
static dev_info_t *tnex_child[TNEX_CHILDREN];

static struct modlmisc tnex_modlmisc = {
	&mod_miscops,
	"scsa_compat test nexus"
};

static struct modlinkage tnex_modlinkage = {
	MODREV_1,
	{ &tnex_modlmisc, NULL }
};

static void tnex_teardown(void)
{
	int i;

	for (i = 0; i < TNEX_CHILDREN; i++) {
		if (tnex_child[i] != NULL &&
		    ndi_devi_offline(tnex_child[i], NDI_DEVI_REMOVE) == NDI_SUCCESS)
			tnex_child[i] = NULL;
	}
	if (tnex_dip != NULL && ndi_devi_offline(tnex_dip, NDI_DEVI_REMOVE) == NDI_SUCCESS)
		tnex_dip = NULL;
}

int _init(void)
{
	char *compat[] = { "tdrv-none", "tdrv-node" };
	char addr[8];
	int i, rv;

	if (ndi_devi_alloc(ddi_root_node(), "tnex", DEVI_PSEUDO_NODEID, &tnex_dip) !=
	    NDI_SUCCESS || ndi_devi_online(tnex_dip, 0) != NDI_SUCCESS)
		goto fail;
	for (i = 0; i < TNEX_CHILDREN; i++) {
		if (ndi_devi_alloc(tnex_dip, "tchild", DEVI_SID_NODEID, &tnex_child[i]) !=
		    NDI_SUCCESS)
			goto fail;
		(void) snprintf(addr, sizeof (addr), "%d,0", i);
		ddi_set_name_addr(tnex_child[i], addr);
		(void) ndi_prop_update_string_array(DDI_DEV_T_NONE, tnex_child[i],
		    "compatible", compat, 2);
		if (ndi_devi_online(tnex_child[i], 0) != NDI_SUCCESS)
			goto fail;
	}
	if ((rv = mod_install(&tnex_modlinkage)) != 0) {
		tnex_teardown();
		return (rv);
	}
	return (0);

fail:
	tnex_teardown();
	return (EIO);
}

int _fini(void)
{
	int rv;

	tnex_teardown();
	if (tnex_dip != NULL)
		return (EBUSY);
	if ((rv = mod_remove(&tnex_modlinkage)) != 0)
		return (rv);
	return (0);
}

int _info(struct modinfo *modinfop)
{
	return (mod_info(&tnex_modlinkage, modinfop));
}
