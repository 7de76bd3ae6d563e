// SPDX-License-Identifier: GPL-2.0
/*
 * /proc/scsa/devinfo: the device tree as prtconf(8) -D shows it, for people
 * (Solaris world).  One line per node: name@unit-address, the instance and
 * driver bound, the state, and the most specific compatible name.
 */
#include <sys/types.h>
#include <sys/systm.h>
#include <sys/sunddi.h>

#include <scsa_ddi.h>
#include "ddi_impl.h"

static const char *scsa_prtconf_state(const struct dev_info *dip)
{
	if (dip->devi_state & DEVI_S_REMOVED)
		return ("removed");
	if (dip->devi_state & DEVI_S_ATTACHED)
		return ("attached");
	if (dip->devi_state & DEVI_S_ONLINE)
		return ("online");
	return ("offline");
}

static void scsa_prtconf_node(void *seq, struct dev_info *dip, int depth)
{
	char **compat = NULL;
	uint_t ncompat = 0;
	struct dev_info *c;

	scsa_lx_seq_printf(seq, "%*s%s%s%s", depth * 4, "", dip->devi_node_name,
	    dip->devi_addr != NULL ? "@" : "", dip->devi_addr != NULL ? dip->devi_addr : "");
	if (dip->devi_drv != NULL)
		scsa_lx_seq_printf(seq, ", instance #%d (driver name: %s)", dip->devi_instance,
		    dip->devi_drv->drv_name);
	scsa_lx_seq_printf(seq, " [%s]", scsa_prtconf_state(dip));
	if (ddi_prop_lookup_string_array(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS,
	    "compatible", &compat, &ncompat) == DDI_PROP_SUCCESS) {
		if (ncompat > 0)
			scsa_lx_seq_printf(seq, " %s", compat[0]);
		ddi_prop_free(compat);
	}
	scsa_lx_seq_printf(seq, "\n");
	for (c = dip->devi_child; c != NULL; c = c->devi_sibling)
		scsa_prtconf_node(seq, c, depth + 1);
}

void scsa_devinfo_show(void *seq)
{
	scsa_tree_enter();
	scsa_prtconf_node(seq, ddi_root_node(), 0);
	scsa_tree_exit();
}
