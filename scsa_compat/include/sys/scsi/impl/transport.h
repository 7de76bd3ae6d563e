/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The HBA side of SCSA: scsi_hba_tran(9S), the vector of entry points an
 * HBA driver registers, and the framework routines HBA drivers call.
 * Member order is illumos's; a Linux HBA glue fills the same structure.
 */
/* The SCSA headers depend on each other; enter through the common root. */
#include <sys/scsi/scsi_types.h>

#ifndef _SYS_SCSI_IMPL_TRANSPORT_H
#define _SYS_SCSI_IMPL_TRANSPORT_H

#include <sys/types.h>
#include <sys/modctl.h>
#include <sys/note.h>
#include <sys/kmem.h>
#include <sys/mutex.h>
#include <sys/dditypes.h>
#include <sys/ddidmareq.h>
#include <sys/nexusdefs.h>

#ifdef _KERNEL
typedef struct __scsi_iportmap	scsi_hba_iportmap_t;
typedef struct __scsi_tgtmap	scsi_hba_tgtmap_t;
typedef struct scsi_hba_tran	scsi_hba_tran_t;

struct scsi_address;
struct scsi_pkt;
struct scsi_device;
struct scsi_inquiry;
struct buf;
struct modlinkage;

struct scsi_hba_tran {
	dev_info_t		*tran_hba_dip;
	void			*tran_hba_private;
	void			*tran_tgt_private;
	struct scsi_device	*tran_sd;

	int	(*tran_tgt_init)(dev_info_t *hba_dip, dev_info_t *tgt_dip,
				 scsi_hba_tran_t *tran, struct scsi_device *sd);
	int	(*tran_tgt_probe)(struct scsi_device *sd, int (*callback)(void));
	void	(*tran_tgt_free)(dev_info_t *hba_dip, dev_info_t *tgt_dip,
				 scsi_hba_tran_t *tran, struct scsi_device *sd);

	int	(*tran_start)(struct scsi_address *ap, struct scsi_pkt *pkt);
	int	(*tran_reset)(struct scsi_address *ap, int level);
	int	(*tran_abort)(struct scsi_address *ap, struct scsi_pkt *pkt);
	int	(*tran_getcap)(struct scsi_address *ap, char *cap, int whom);
	int	(*tran_setcap)(struct scsi_address *ap, char *cap, int value,
			       int whom);
	struct scsi_pkt *(*tran_init_pkt)(struct scsi_address *ap,
					  struct scsi_pkt *pkt, struct buf *bp,
					  int cmdlen, int statuslen, int tgtlen,
					  int flags, int (*callback)(caddr_t arg),
					  caddr_t callback_arg);
	void	(*tran_destroy_pkt)(struct scsi_address *ap, struct scsi_pkt *pkt);
	void	(*tran_dmafree)(struct scsi_address *ap, struct scsi_pkt *pkt);
	void	(*tran_sync_pkt)(struct scsi_address *ap, struct scsi_pkt *pkt);
	int	(*tran_reset_notify)(struct scsi_address *ap, int flag,
				     void (*callback)(caddr_t), caddr_t arg);
	int	(*tran_get_bus_addr)(struct scsi_device *sd, char *name, int len);
	int	(*tran_get_name)(struct scsi_device *sd, char *name, int len);
	int	(*tran_clear_aca)(struct scsi_address *ap);
	int	(*tran_clear_task_set)(struct scsi_address *ap);
	int	(*tran_terminate_task)(struct scsi_address *ap, struct scsi_pkt *pkt);
	int	(*tran_get_eventcookie)(dev_info_t *hba_dip, dev_info_t *tgt_dip,
					char *name, ddi_eventcookie_t *eventp);
	int	(*tran_add_eventcall)(dev_info_t *hba_dip, dev_info_t *tgt_dip,
				      ddi_eventcookie_t event,
				      void (*callback)(dev_info_t *tgt_dip,
						       ddi_eventcookie_t event,
						       void *arg, void *bus_impldata),
				      void *arg, ddi_callback_id_t *cb_id);
	int	(*tran_remove_eventcall)(dev_info_t *devi, ddi_callback_id_t cb_id);
	int	(*tran_post_event)(dev_info_t *hba_dip, dev_info_t *tgt_dip,
				   ddi_eventcookie_t event, void *bus_impldata);
	int	(*tran_quiesce)(dev_info_t *hba_dip);
	int	(*tran_unquiesce)(dev_info_t *hba_dip);
	int	(*tran_bus_reset)(dev_info_t *hba_dip, int level);

	int			tran_hba_flags;		/* SCSI_HBA_* */
	uint_t			tran_obs1;
	uchar_t			tran_obs2;
	uchar_t			tran_obs3;
	kmutex_t		tran_open_lock;
	uint64_t		tran_open_flag;

	int	(*tran_bus_config)(dev_info_t *hba_dip, uint_t flag,
				   ddi_bus_config_op_t op, void *arg,
				   dev_info_t **tgt_dipp);
	int	(*tran_bus_unconfig)(dev_info_t *hba_dip, uint_t flag,
				     ddi_bus_config_op_t op, void *arg);
	int	(*tran_bus_power)(dev_info_t *dip, void *impl_arg,
				  pm_bus_power_op_t op, void *arg, void *result);

	int			tran_interconnect_type;

	/* Packet-cache model (see tran_setup_pkt(9E)). */
	int	(*tran_pkt_constructor)(struct scsi_pkt *pkt, scsi_hba_tran_t *tran,
					int kmflag);
	void	(*tran_pkt_destructor)(struct scsi_pkt *pkt, scsi_hba_tran_t *tran);
	kmem_cache_t		*tran_pkt_cache_ptr;
	uint_t			tran_hba_len;
	int	(*tran_setup_pkt)(struct scsi_pkt *pkt, int (*callback)(caddr_t arg),
				  caddr_t callback_arg);
	void	(*tran_teardown_pkt)(struct scsi_pkt *pkt);
	ddi_dma_attr_t		tran_dma_attr;

	void			*tran_extension;
	int			tran_fm_capable;
	dev_info_t		*tran_iport_dip;
	scsi_hba_iportmap_t	*tran_iportmap;
	scsi_hba_tgtmap_t	*tran_tgtmap;
};

/* tran_hba_flags and scsi_hba_attach_setup() flags */
#define SCSI_HBA_TRAN_CLONE	0x01
#define SCSI_HBA_TRAN_PHCI	0x02
#define SCSI_HBA_TRAN_CDB	0x04
#define SCSI_HBA_TRAN_SCB	0x08
#define SCSI_HBA_HBA		0x10
#define SCSI_HBA_ADDR_SPI	0x20
#define SCSI_HBA_ADDR_COMPLEX	0x40
#define SCSI_HBA_SCSA_PHCI	0x10000
#define SCSI_HBA_SCSA_TA	0x20000
#define SCSI_HBA_SCSA_FM	0x40000

/* scsi_hba_tran_alloc() flags */
#define SCSI_HBA_CANSLEEP	0x01

#define SCSA_FLAVOR_SCSI_DEVICE	0
#define SCSA_FLAVOR_SMP		1
#define SCSA_FLAVOR_IPORT	2
#define SCSA_NFLAVORS		3

#define SCSI_HBA_MAX_IPORTS	32

/* Minor numbers of an HBA's devctl and scsi nodes */
#define INST_MINOR_SHIFT	6
#define TRAN_MINOR_MASK		((1 << INST_MINOR_SHIFT) - 1)
#define TRAN_OPEN_EXCL		(uint64_t)-1
#define DEVCTL_MINOR		0
#define SCSI_MINOR		1
#define INST2DEVCTL(x)		(((x) << INST_MINOR_SHIFT) | DEVCTL_MINOR)
#define INST2SCSI(x)		(((x) << INST_MINOR_SHIFT) | SCSI_MINOR)
#define MINOR2INST(x)		((x) >> INST_MINOR_SHIFT)

#define SCSI_HBA_PROP_RECEPTACLE_LABEL	"receptacle-label"

__SCSA_IMPL extern size_t scsi_hba_tran_size(void);
__SCSA_ABSENT extern int scsi_hba_init(struct modlinkage *modlp);
__SCSA_ABSENT extern void scsi_hba_fini(struct modlinkage *modlp);
__SCSA_PARTIAL("cache model only: tran_setup_pkt required, tran_init_pkt refused") extern int scsi_hba_attach_setup(dev_info_t *hba_dip,
    ddi_dma_attr_t *hba_dma_attr, scsi_hba_tran_t *tran, int flags);
__SCSA_IMPL extern int scsi_hba_detach(dev_info_t *hba_dip);
__SCSA_IMPL extern scsi_hba_tran_t *scsi_hba_tran_alloc(dev_info_t *hba_dip, int flags);
__SCSA_IMPL extern void scsi_hba_tran_free(scsi_hba_tran_t *tran);
__SCSA_IMPL extern int scsi_hba_probe(struct scsi_device *sd, int (*callback)(void));
__SCSA_ABSENT extern struct scsi_pkt *scsi_hba_pkt_alloc(dev_info_t *hba_dip,
    struct scsi_address *ap, int cmdlen, int statuslen, int tgtlen, int hbalen,
    int (*callback)(caddr_t), caddr_t arg);
__SCSA_ABSENT extern void scsi_hba_pkt_free(struct scsi_address *ap, struct scsi_pkt *pkt);
__SCSA_IMPL extern int scsi_hba_lookup_capstr(char *capstr);
__SCSA_ABSENT extern int scsi_hba_in_panic(void);
__SCSA_IMPL extern void scsi_hba_pkt_comp(struct scsi_pkt *pkt);
__SCSA_ABSENT extern int scsi_device_identity(struct scsi_device *sd, int (*callback)(void));
__SCSA_ABSENT extern int scsi_get_scsi_maxluns(struct scsi_device *sd);
__SCSA_ABSENT extern int scsi_get_scsi_options(struct scsi_device *sd,
    int default_scsi_options);
#endif

#endif /* _SYS_SCSI_IMPL_TRANSPORT_H */
