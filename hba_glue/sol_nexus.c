// SPDX-License-Identifier: GPL-2.0
/*
 * hba_glue's device tree (Solaris world): an SCSA HBA node for each Linux
 * (host, channel), and a child for each LUN, named and described the way
 * illumos names SCSI children, so target drivers bind to them by
 * "scsiclass,..." aliases.  Driven by the Linux half's discovery events,
 * which arrive in process context, one at a time.
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/kmem.h>
#include <sys/cmn_err.h>
#include <sys/sunddi.h>
#include <sys/sunndi.h>
#include <sys/scsi/scsi.h>

#include "hba.h"
#include "sol_nexus.h"

struct hba_child {
	struct hba_child	*hc_next;
	struct hba_lx_lun	*hc_lun;
	struct hba_node		*hc_node;
	dev_info_t		*hc_dip;
};

/* Changed only from discovery events, which the Linux half serialises. */
static struct hba_node *hba_nodes;
static struct hba_child *hba_children;

/* illumos's node names for SCSI children, by peripheral device type. */
static const char *hba_child_nodename(uint_t dtype)
{
	switch (dtype & DTYPE_MASK) {
	case DTYPE_DIRECT:
	case DTYPE_OPTICAL:
	case DTYPE_RODIRECT:
		return ("disk");
	case DTYPE_SEQUENTIAL:
		return ("tape");
	case DTYPE_CHANGER:
		return ("changer");
	case DTYPE_ESI:
		return ("enclosure");
	default:
		return ("generic");
	}
}

/* An INQUIRY string as a name component: trailing blanks off, others '_'. */
static void hba_inq_str(char *dst, const char *src, int len)
{
	int i;

	while (len > 0 && (src[len - 1] == ' ' || src[len - 1] == '\0'))
		len--;
	for (i = 0; i < len; i++)
		dst[i] = (src[i] == ' ' || src[i] == ',') ? '_' : src[i];
	dst[i] = '\0';
}

/*
 * "compatible", most specific first, as illumos forms it for SCSI
 * children: scsiclass,DD.vVID.pPID.rREV, scsiclass,DD.vVID.pPID,
 * scsiclass,DD, scsiclass.
 */
static int hba_child_compatible(dev_info_t *dip, const struct scsi_inquiry *inq)
{
	char vid[9], pid[17], rev[5], *names[4];
	char buf[4][64];
	uint_t dt = inq->inq_dtype & DTYPE_MASK;
	int i;

	hba_inq_str(vid, inq->inq_vid, sizeof (inq->inq_vid));
	hba_inq_str(pid, inq->inq_pid, sizeof (inq->inq_pid));
	hba_inq_str(rev, inq->inq_revision, sizeof (inq->inq_revision));
	(void) snprintf(buf[0], sizeof (buf[0]), "scsiclass,%02x.v%s.p%s.r%s", dt, vid, pid, rev);
	(void) snprintf(buf[1], sizeof (buf[1]), "scsiclass,%02x.v%s.p%s", dt, vid, pid);
	(void) snprintf(buf[2], sizeof (buf[2]), "scsiclass,%02x", dt);
	(void) snprintf(buf[3], sizeof (buf[3]), "scsiclass");
	for (i = 0; i < 4; i++)
		names[i] = buf[i];
	return (ndi_prop_update_string_array(DDI_DEV_T_NONE, dip, "compatible", names, 4));
}

static struct hba_node *hba_node_find(uint_t host, uint_t channel)
{
	struct hba_node *hn;

	for (hn = hba_nodes; hn != NULL; hn = hn->hn_next)
		if (hn->hn_host == host && hn->hn_channel == channel)
			return (hn);
	return (NULL);
}

static void hba_node_destroy(struct hba_node *hn)
{
	struct hba_node **pp;

	for (pp = &hba_nodes; *pp != hn; pp = &(*pp)->hn_next)
		;
	*pp = hn->hn_next;
	(void) scsi_hba_detach(hn->hn_dip);
	(void) ndi_devi_offline(hn->hn_dip, 0);
	(void) ndi_devi_free(hn->hn_dip);
	scsi_hba_tran_free(hn->hn_tran);
	kmem_free(hn, sizeof (*hn));
}

/* The SCSA HBA for a LUN's Linux host and channel, made on first use. */
static struct hba_node *hba_node_get(struct hba_lx_lun *lun, const struct hba_lx_addr *a)
{
	struct hba_lx_limits lim;
	struct hba_node *hn;
	char addr[32];

	if ((hn = hba_node_find(a->host, a->channel)) != NULL)
		return (hn);
	if (hba_lx_lun_get_limits(lun, &lim) != 0)
		return (NULL);
	hn = kmem_zalloc(sizeof (*hn), KM_SLEEP);
	hn->hn_host = a->host;
	hn->hn_channel = a->channel;
	hn->hn_max_cdb = lim.max_cdb_len;
	hba_dma_attr_from_limits(&lim, &hn->hn_dma_attr);
	if (ndi_devi_alloc(ddi_root_node(), "scsa_hba", (pnode_t)DEVI_SID_NODEID,
	    &hn->hn_dip) != NDI_SUCCESS)
		goto free_hn;
	(void) snprintf(addr, sizeof (addr), "%x,%x", a->host, a->channel);
	ddi_set_name_addr(hn->hn_dip, addr);
	hn->hn_tran = scsi_hba_tran_alloc(hn->hn_dip, SCSI_HBA_CANSLEEP);
	hba_tran_init(hn->hn_tran);
	hn->hn_tran->tran_hba_private = hn;
	if (scsi_hba_attach_setup(hn->hn_dip, &hn->hn_dma_attr, hn->hn_tran,
	    SCSI_HBA_TRAN_CLONE | SCSI_HBA_TRAN_CDB | SCSI_HBA_TRAN_SCB) != DDI_SUCCESS)
		goto free_tran;
	(void) ndi_devi_online(hn->hn_dip, 0);
	hn->hn_next = hba_nodes;
	hba_nodes = hn;
	return (hn);

free_tran:
	scsi_hba_tran_free(hn->hn_tran);
	(void) ndi_devi_free(hn->hn_dip);
free_hn:
	kmem_free(hn, sizeof (*hn));
	return (NULL);
}

static void hba_lun_added(struct hba_lx_lun *lun, void *arg)
{
	struct scsi_inquiry inq;
	struct hba_lx_addr a;
	struct hba_child *c;
	struct hba_node *hn;
	char addr[32];

	if (!hba_lx_lun_wanted(lun))
		return;
	hba_lx_lun_addr(lun, &a);
	bzero(&inq, sizeof (inq));
	(void) hba_lx_lun_inquiry(lun, &inq, sizeof (inq));
	if (a.lun > 255 || a.target > 0xffff ||
	    (hn = hba_node_get(lun, &a)) == NULL) {
		cmn_err(CE_WARN, "scsa_hba: no SCSA child for %u:%u:%u:%llu",
		    a.host, a.channel, a.target, a.lun);
		return;
	}
	c = kmem_zalloc(sizeof (*c), KM_SLEEP);
	c->hc_lun = hba_lx_lun_get(lun);
	c->hc_node = hn;
	if (ndi_devi_alloc(hn->hn_dip, (char *)hba_child_nodename(inq.inq_dtype),
	    (pnode_t)DEVI_SID_NODEID, &c->hc_dip) != NDI_SUCCESS)
		goto free_child;
	(void) snprintf(addr, sizeof (addr), "%x,%x", a.target, (uint_t)a.lun);
	ddi_set_name_addr(c->hc_dip, addr);
	if (ndi_prop_update_int(DDI_DEV_T_NONE, c->hc_dip, SCSI_ADDR_PROP_TARGET,
	    (int)a.target) != DDI_PROP_SUCCESS ||
	    ndi_prop_update_int(DDI_DEV_T_NONE, c->hc_dip, SCSI_ADDR_PROP_LUN,
	    (int)a.lun) != DDI_PROP_SUCCESS ||
	    hba_child_compatible(c->hc_dip, &inq) != DDI_PROP_SUCCESS)
		goto free_dip;
	hn->hn_children++;
	c->hc_next = hba_children;
	hba_children = c;
	/* Binds a target driver now if one is loaded and configured for it. */
	(void) ndi_devi_online(c->hc_dip, 0);
	return;

free_dip:
	(void) ndi_devi_free(c->hc_dip);
free_child:
	hba_lx_lun_put(c->hc_lun);
	kmem_free(c, sizeof (*c));
	if (hn->hn_children == 0)
		hba_node_destroy(hn);
}

/*
 * Take a child out of the tree.  Its target driver may refuse to detach
 * while its device is open: then wait, saying so once.  The Linux LUN is
 * already failing commands (CMD_DEV_GONE), so the driver's users see
 * errors, and only closing the device lets the child go.
 */
static void hba_child_remove(struct hba_child *c)
{
	struct hba_node *hn = c->hc_node;
	int warned = 0;

	while (ndi_devi_offline(c->hc_dip, 0) != NDI_SUCCESS) {
		if (!warned++)
			cmn_err(CE_WARN, "scsa_hba: %s@%s is in use; waiting for it to be "
			    "closed", ddi_node_name(c->hc_dip), ddi_get_name_addr(c->hc_dip));
		delay(drv_usectohz(100000));
	}
	(void) ndi_devi_free(c->hc_dip);
	hba_lx_lun_put(c->hc_lun);
	kmem_free(c, sizeof (*c));
	if (--hn->hn_children == 0)
		hba_node_destroy(hn);
}

static void hba_lun_removed(struct hba_lx_lun *lun, void *arg)
{
	struct hba_child **pp, *c;

	for (pp = &hba_children; (c = *pp) != NULL; pp = &c->hc_next) {
		if (c->hc_lun == lun) {
			*pp = c->hc_next;
			hba_child_remove(c);
			return;
		}
	}
}

static const struct hba_lx_listener_ops hba_listener_ops = {
	.lun_added = hba_lun_added,
	.lun_removed = hba_lun_removed,
};

static struct hba_lx_listener *hba_listener;

int hba_nexus_init(void)
{
	return (hba_lx_hba_register_listener(&hba_listener_ops, NULL, &hba_listener));
}

/* Every child goes, waiting for open ones to close; then the HBAs. */
void hba_nexus_fini(void)
{
	struct hba_child *c;

	hba_lx_hba_unregister_listener(hba_listener);
	while ((c = hba_children) != NULL) {
		hba_children = c->hc_next;
		hba_child_remove(c);
	}
}
