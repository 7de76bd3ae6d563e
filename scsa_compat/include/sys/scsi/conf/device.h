/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The per-target/LUN device structure, scsi_device(9S).  The framework
 * creates one per child node before probe(9E) and returns it from
 * ddi_get_driver_private().  sd_mutex is the unit lock of most target
 * drivers and is initialised by the framework.
 *
 * This is illumos's structure; Linux's struct scsi_device never shares a
 * translation unit with it.
 */
/* The SCSA headers depend on each other; enter through the common root. */
#include <sys/scsi/scsi_types.h>

#ifndef _SYS_SCSI_CONF_DEVICE_H
#define _SYS_SCSI_CONF_DEVICE_H


struct scsi_device {
	struct scsi_address		sd_address;
	dev_info_t			*sd_dev;
	kmutex_t			sd_mutex;
	void				*sd_hba_private;
	struct scsi_inquiry		*sd_inq;
	struct scsi_extended_sense	*sd_sense;
	void				*sd_private;
	int				sd_fm_capable;
	void				*sd_pathinfo;
	unsigned			sd_uninit_prevent:16,
					sd_tran_tgt_free_done:1,
					sd_flags_pad:15;
	struct scsi_hba_tran		*sd_tran_safe;
};

#ifdef _KERNEL
__SCSA_IMPL extern int scsi_probe(struct scsi_device *sd, int (*callback)(void));
__SCSA_IMPL extern void scsi_unprobe(struct scsi_device *sd);
__SCSA_ABSENT extern int scsi_slave(struct scsi_device *sd, int (*callback)(void));
__SCSA_ABSENT extern void scsi_unslave(struct scsi_device *sd);
__SCSA_ABSENT extern char *scsi_device_unit_address(struct scsi_device *sd);

/* scsi_device_prop_*() flags: which node the property lives on */
#define SCSI_DEVICE_PROP_PATH		0x1
#define SCSI_DEVICE_PROP_DEVICE		0x2
#define SCSI_DEVICE_PROP_TYPE_MSK	0xF

__SCSA_ABSENT extern int scsi_device_prop_get_int(struct scsi_device *sd, uint_t flags,
    char *name, int defvalue);
__SCSA_ABSENT extern int64_t scsi_device_prop_get_int64(struct scsi_device *sd,
    uint_t flags, char *name, int64_t defvalue);
__SCSA_ABSENT extern int scsi_device_prop_lookup_string(struct scsi_device *sd,
    uint_t flags, char *name, char **data);
__SCSA_ABSENT extern int scsi_device_prop_update_int(struct scsi_device *sd, uint_t flags,
    char *name, int data);
__SCSA_ABSENT extern int scsi_device_prop_update_string(struct scsi_device *sd,
    uint_t flags, char *name, char *data);
__SCSA_ABSENT extern int scsi_device_prop_remove(struct scsi_device *sd, uint_t flags,
    char *name);
__SCSA_ABSENT extern void scsi_device_prop_free(struct scsi_device *sd, uint_t flags,
    void *data);
__SCSA_ABSENT extern struct scsi_device *scsi_address_device(struct scsi_address *sa);
__SCSA_ABSENT extern void scsi_device_hba_private_set(struct scsi_device *sd, void *data);
__SCSA_ABSENT extern void *scsi_device_hba_private_get(struct scsi_device *sd);
__SCSA_ABSENT extern size_t scsi_device_size(void);
#endif

#endif /* _SYS_SCSI_CONF_DEVICE_H */
