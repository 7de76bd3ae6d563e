// SPDX-License-Identifier: GPL-2.0
/*
 * Exports of the SCSA framework's Solaris-world files (see sol_export.h
 * for why they are exported from here).
 */
#include "sol_export.h"

/* scsa_hba.c */
SCSA_SOL_EXPORT(scsi_hba_tran_alloc);
SCSA_SOL_EXPORT(scsi_hba_tran_free);
SCSA_SOL_EXPORT(scsi_hba_tran_size);
SCSA_SOL_EXPORT(scsi_hba_attach_setup);
SCSA_SOL_EXPORT(scsi_hba_detach);
SCSA_SOL_EXPORT(scsi_hba_pkt_comp);

/* scsa_resource.c */
SCSA_SOL_EXPORT(scsi_init_pkt);
SCSA_SOL_EXPORT(scsi_destroy_pkt);
SCSA_SOL_EXPORT(scsi_dmafree);
SCSA_SOL_EXPORT(scsi_sync_pkt);
SCSA_SOL_EXPORT(scsi_pkt_allocated_correctly);
SCSA_SOL_EXPORT(scsi_pkt_size);

/* scsa_transport.c */
SCSA_SOL_EXPORT(scsi_transport);
SCSA_SOL_EXPORT(scsi_poll);
SCSA_SOL_EXPORT(scsi_abort);
SCSA_SOL_EXPORT(scsi_reset);
SCSA_SOL_EXPORT(scsi_reset_notify);
SCSA_SOL_EXPORT(scsi_hba_lookup_capstr);
SCSA_SOL_EXPORT(scsi_ifgetcap);
SCSA_SOL_EXPORT(scsi_ifsetcap);

/* scsa_cdb.c */
SCSA_SOL_EXPORT(scsi_setup_cdb);
SCSA_SOL_EXPORT(makecom_g0);
SCSA_SOL_EXPORT(makecom_g0_s);
SCSA_SOL_EXPORT(makecom_g1);
SCSA_SOL_EXPORT(makecom_g5);

/* scsa_sense.c */
SCSA_SOL_EXPORT(scsi_find_sense_descr);
SCSA_SOL_EXPORT(scsi_sense_key);
SCSA_SOL_EXPORT(scsi_sense_asc);
SCSA_SOL_EXPORT(scsi_sense_ascq);
SCSA_SOL_EXPORT(scsi_sense_info_uint64);
SCSA_SOL_EXPORT(scsi_sense_cmdspecific_uint64);

/* scsa_probe.c */
SCSA_SOL_EXPORT(scsi_alloc_consistent_buf);
SCSA_SOL_EXPORT(scsi_free_consistent_buf);
SCSA_SOL_EXPORT(scsi_hba_probe);
SCSA_SOL_EXPORT(scsi_probe);
SCSA_SOL_EXPORT(scsi_unprobe);

/* scsa_uscsi.c */
SCSA_SOL_EXPORT(scsi_uscsi_alloc);
SCSA_SOL_EXPORT(scsi_uscsi_free);
SCSA_SOL_EXPORT(scsi_uscsi_copyin);
SCSA_SOL_EXPORT(scsi_uscsi_alloc_and_copyin);
SCSA_SOL_EXPORT(scsi_uscsi_handle_cmd);
SCSA_SOL_EXPORT(scsi_uscsi_pktinit);
SCSA_SOL_EXPORT(scsi_uscsi_pktfini);
SCSA_SOL_EXPORT(scsi_uscsi_copyout);
SCSA_SOL_EXPORT(scsi_uscsi_copyout_and_free);

/* scsa_names.c */
SCSA_SOL_EXPORT(scsi_sname);
SCSA_SOL_EXPORT(scsi_rname);
SCSA_SOL_EXPORT(scsi_dname);
SCSA_SOL_EXPORT(scsi_cmd_name);
SCSA_SOL_EXPORT(scsi_log);

/* scsa_dma.c: the fast path to scsa_hba (<scsa_fastpath.h>) */
SCSA_SOL_EXPORT_GPL(scsa_pkt_segs);
SCSA_SOL_EXPORT_GPL(scsa_pkt_copybuf);
