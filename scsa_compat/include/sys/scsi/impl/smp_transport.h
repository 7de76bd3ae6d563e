/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The Serial Management Protocol transport (SAS expanders), for smp(4D)
 * and SAS HBA drivers.  Layouts and names are illumos's.
 *
 * Not provided: Linux reaches SAS expanders through libsas and the SMP
 * bsg nodes of its SAS transport class, and scsa_compat's HBA offers no SMP
 * target nodes, so there is nothing to probe or send to; the functions
 * are absent and a port that calls them fails to build.
 */
/* The SCSA headers depend on each other; enter through the common root. */
#include <sys/scsi/scsi_types.h>

#ifndef _SYS_SCSI_IMPL_SMP_TRANSPORT_H
#define _SYS_SCSI_IMPL_SMP_TRANSPORT_H

#include <sys/types.h>
#include <sys/scsi/impl/usmp.h>

#ifdef _KERNEL
#define SMP_PROP			"smp-device"
#define SMP_WWN				"smp-wwn"
#define SMP_PROP_REPORT_MANUFACTURER	"report-manufacturer"

typedef struct smp_hba_tran	smp_hba_tran_t;

typedef struct smp_address {
	uint8_t		smp_a_wwn[SAS_WWN_BYTE_SIZE];
	smp_hba_tran_t	*smp_a_hba_tran;
} smp_address_t;

typedef struct smp_device {
	smp_address_t	smp_sd_address;
	dev_info_t	*smp_sd_dev;
	void		*smp_sd_hba_private;
	void		*smp_sd_private;
} smp_device_t;

typedef struct smp_pkt {
	smp_address_t	*smp_pkt_address;
	caddr_t		smp_pkt_req;
	caddr_t		smp_pkt_rsp;
	size_t		smp_pkt_reqsize;
	size_t		smp_pkt_rspsize;
	int		smp_pkt_timeout;
	uchar_t		smp_pkt_reason;		/* an errno value */
	uchar_t		smp_pkt_will_retry;	/* retried after EAGAIN */
} smp_pkt_t;

struct smp_hba_tran {
	void	*smp_tran_hba_private;
	int	(*smp_tran_init)(dev_info_t *self, dev_info_t *child, smp_hba_tran_t *tran,
				 smp_device_t *smp);
	void	(*smp_tran_free)(dev_info_t *self, dev_info_t *child, smp_hba_tran_t *tran,
				 smp_device_t *smp);
	int	(*smp_tran_start)(struct smp_pkt *pkt);
};

#define SMP_DEVICE_PROP_DEVICE		0x2
#define SMP_DEVICE_PROP_TYPE_MSK	0xF

__SCSA_ABSENT extern smp_hba_tran_t *smp_hba_tran_alloc(dev_info_t *dip);
__SCSA_ABSENT extern int smp_hba_attach_setup(dev_info_t *dip, smp_hba_tran_t *smp);
__SCSA_ABSENT extern int smp_hba_detach(dev_info_t *self);
__SCSA_ABSENT extern void smp_hba_tran_free(smp_hba_tran_t *smp);
__SCSA_ABSENT extern int smp_probe(struct smp_device *smp_devp);
__SCSA_ABSENT extern int smp_transport(struct smp_pkt *pkt);
__SCSA_ABSENT extern int smp_device_prop_get_int(struct smp_device *smp_sd, char *name,
						 int defvalue);
__SCSA_ABSENT extern int smp_device_prop_lookup_string(struct smp_device *smp_sd, char *name,
						       char **data);
__SCSA_ABSENT extern int smp_device_prop_update_string(struct smp_device *smp_sd, char *name,
						       char *data);
__SCSA_ABSENT extern int smp_device_prop_remove(struct smp_device *smp_sd, char *name);
__SCSA_ABSENT extern void smp_device_prop_free(struct smp_device *smp_sd, void *data);
#endif

#endif /* _SYS_SCSI_IMPL_SMP_TRANSPORT_H */
