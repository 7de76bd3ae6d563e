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

#include <scsa_ddi.h>
#include <scsa_fastpath.h>

#include "hba.h"
#include "sol_nexus.h"

struct hba_child {
	struct hba_child	*hc_next;
	struct hba_lx_lun	*hc_lun;
	struct hba_node		*hc_node;
	dev_info_t		*hc_dip;
	void			*hc_lld;	/* pinned while a zombie */
};

/*
 * hba_children changes only from discovery events, which the Linux half
 * serialises.  Children whose LUN is gone but whose node was busy wait on
 * hba_zombies for the reaper; hba_lock covers that list, hba_nodes and
 * the HBA nodes' child counts, which the reaper changes too.  It is taken
 * before the device tree's lock.
 */
static kmutex_t hba_lock;
static kcondvar_t hba_reaped_cv;
static struct hba_node *hba_nodes;
static struct hba_child *hba_children;
static struct hba_child *hba_zombies;
static int hba_reaping;
static ddi_taskq_t *hba_reaper_tq;

/* How often the reaper tries again to detach a removed, busy child. */
#define	HBA_REAP_USEC	100000

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
	/* An open device below it keeps scsa_hba loaded: rmmod is refused. */
	scsa_ndi_set_owner(hn->hn_dip, hba_lx_module());
	hn->hn_tran = scsi_hba_tran_alloc(hn->hn_dip, SCSI_HBA_CANSLEEP);
	hba_tran_init(hn->hn_tran);
	hn->hn_tran->tran_hba_private = hn;
	if (scsi_hba_attach_setup(hn->hn_dip, &hn->hn_dma_attr, hn->hn_tran,
	    SCSI_HBA_TRAN_CLONE | SCSI_HBA_TRAN_CDB | SCSI_HBA_TRAN_SCB |
	    SCSA_HBA_TRAN_HANDOFF) != DDI_SUCCESS)
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

/* One child fewer under @hn: the HBA node goes with its last. */
static void hba_node_rele(struct hba_node *hn)
{
	mutex_enter(&hba_lock);
	if (--hn->hn_children == 0)
		hba_node_destroy(hn);
	mutex_exit(&hba_lock);
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
	mutex_enter(&hba_lock);
	hn = a.lun > 255 || a.target > 0xffff ? NULL : hba_node_get(lun, &a);
	if (hn != NULL)
		hn->hn_children++;	/* keeps it while the child is made */
	mutex_exit(&hba_lock);
	if (hn == NULL) {
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
	/* An open device of the LUN keeps its host driver loaded. */
	scsa_ndi_set_owner(c->hc_dip, hba_lx_lun_module(lun));
	if (ndi_prop_update_int(DDI_DEV_T_NONE, c->hc_dip, SCSI_ADDR_PROP_TARGET,
	    (int)a.target) != DDI_PROP_SUCCESS ||
	    ndi_prop_update_int(DDI_DEV_T_NONE, c->hc_dip, SCSI_ADDR_PROP_LUN,
	    (int)a.lun) != DDI_PROP_SUCCESS ||
	    hba_child_compatible(c->hc_dip, &inq) != DDI_PROP_SUCCESS)
		goto free_dip;
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
	hba_node_rele(hn);
}

/* A child that is offline: free it. */
static void hba_child_free(struct hba_child *c)
{
	struct hba_node *hn = c->hc_node;
	void *lld = c->hc_lld;

	(void) ndi_devi_free(c->hc_dip);
	hba_lx_lun_put(c->hc_lun);	/* may release the scsi_device */
	if (lld != NULL)
		hba_lx_lun_unpin(lld);
	kmem_free(c, sizeof (*c));
	hba_node_rele(hn);
}

/*
 * The reaper, in its own task queue: it tries again to take each busy
 * child offline, until each is closed and detached, and stops when none
 * is left.  It holds no lock of Linux's while it waits.
 */
static void hba_reap(void *arg)
{
	struct hba_child *list, *busy, *c;

	for (;;) {
		mutex_enter(&hba_lock);
		if ((list = hba_zombies) == NULL) {
			hba_reaping = 0;
			cv_broadcast(&hba_reaped_cv);
			mutex_exit(&hba_lock);
			return;
		}
		hba_zombies = NULL;
		mutex_exit(&hba_lock);
		for (busy = NULL; (c = list) != NULL; ) {
			list = c->hc_next;
			if (ndi_devi_offline(c->hc_dip, 0) == NDI_SUCCESS) {
				cmn_err(CE_NOTE, "!scsa_hba: %s@%s closed and detached",
				    ddi_node_name(c->hc_dip), ddi_get_name_addr(c->hc_dip));
				hba_child_free(c);
			} else {
				c->hc_next = busy;
				busy = c;
			}
		}
		if (busy == NULL)
			continue;
		mutex_enter(&hba_lock);
		for (c = busy; c->hc_next != NULL; c = c->hc_next)
			;
		c->hc_next = hba_zombies;
		hba_zombies = busy;
		mutex_exit(&hba_lock);
		delay(drv_usectohz(HBA_REAP_USEC));
	}
}

/*
 * Take a child out of the tree: its device is gone (illumos's
 * DEVI_DEVICE_REMOVED), and the Linux LUN already fails its commands with
 * CMD_DEV_GONE.  A child whose target driver cannot detach now (a node
 * open, a mounted file system) is left to the reaper, which detaches it
 * once its users have closed it: Linux's removal, which waits for this
 * function, never waits for user space.
 */
static void hba_child_remove(struct hba_child *c)
{
	int warned = 0;

	(void) ndi_devi_device_remove(c->hc_dip);
	/*
	 * A zombie keeps the LUN's scsi_device, whose release calls into the
	 * host driver: that stays loaded meanwhile.  An open device has it
	 * pinned already; only a driver refusing to detach while the host
	 * driver itself is being unloaded leaves nothing to do but wait.
	 */
	while (ndi_devi_offline(c->hc_dip, 0) != NDI_SUCCESS) {
		if (hba_lx_lun_pin(c->hc_lun) == 0) {
			c->hc_lld = hba_lx_lun_module(c->hc_lun);
			break;
		}
		if (!warned++)
			cmn_err(CE_WARN, "scsa_hba: %s@%s will not detach while its host "
			    "driver unloads; waiting", ddi_node_name(c->hc_dip),
			    ddi_get_name_addr(c->hc_dip));
		delay(drv_usectohz(HBA_REAP_USEC));
	}
	if (c->hc_lld == NULL) {
		hba_child_free(c);
		return;
	}
	cmn_err(CE_WARN, "scsa_hba: %s@%s removed while in use; it detaches when closed",
	    ddi_node_name(c->hc_dip), ddi_get_name_addr(c->hc_dip));
	mutex_enter(&hba_lock);
	c->hc_next = hba_zombies;
	hba_zombies = c;
	if (!hba_reaping) {
		hba_reaping = 1;
		(void) ddi_taskq_dispatch(hba_reaper_tq, hba_reap, NULL, DDI_SLEEP);
	}
	mutex_exit(&hba_lock);
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
	int err;

	hba_reaper_tq = ddi_taskq_create(NULL, "scsa_hba_reaper", 1, TASKQ_DEFAULTPRI, 0);
	if (hba_reaper_tq == NULL)
		return (-ENOMEM);
	err = hba_lx_hba_register_listener(&hba_listener_ops, NULL, &hba_listener);
	if (err != 0)
		ddi_taskq_destroy(hba_reaper_tq);
	return (err);
}

/*
 * Every child goes, then the HBAs.  Unloading cannot be refused here: a
 * child still open keeps the unload waiting until it is closed.
 */
void hba_nexus_fini(void)
{
	struct hba_child *c;

	hba_lx_hba_unregister_listener(hba_listener);
	while ((c = hba_children) != NULL) {
		hba_children = c->hc_next;
		hba_child_remove(c);
	}
	mutex_enter(&hba_lock);
	if (hba_reaping)
		cmn_err(CE_WARN, "scsa_hba: unloading waits for its removed nodes to be "
		    "closed");
	while (hba_reaping)
		cv_wait(&hba_reaped_cv, &hba_lock);
	mutex_exit(&hba_lock);
	ddi_taskq_destroy(hba_reaper_tq);
}
