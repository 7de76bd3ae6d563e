/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Entry points between hba_glue's Linux-world module code and its
 * Solaris-world device tree.  Plain C types only.
 */
#ifndef _HBA_GLUE_SOL_NEXUS_H
#define _HBA_GLUE_SOL_NEXUS_H

struct hba_lx_lun;

int hba_nexus_init(void);
void hba_nexus_fini(void);

#endif /* _HBA_GLUE_SOL_NEXUS_H */
