/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the Linux half of scsa_test_ddi_model.ko (ddi_model_lx.c) offers its
 * Solaris-world cases (sol_ddi_model.c).  Plain C types only.
 */
#ifndef _DDI_MODEL_LX_H
#define _DDI_MODEL_LX_H

void *ddi_test_this_module(void);
int ddi_test_path_exists(const char *path);
/* Opens /dev/<path> (flags: 0 plain, 1 O_EXCL); NULL and *errp on failure. */
void *ddi_test_open(const char *path, int excl, int *errp);
void ddi_test_close(void *file);

#endif /* _DDI_MODEL_LX_H */
