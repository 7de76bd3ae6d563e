// SPDX-License-Identifier: GPL-2.0
/* Exports of ddi_string.c (see sol_export.h). */
#include "sol_export.h"

/* ddi_string.c */
SCSA_SOL_EXPORT(bcopy);
SCSA_SOL_EXPORT(ovbcopy);
SCSA_SOL_EXPORT(bzero);
SCSA_SOL_EXPORT(scsa_strlcpy);
SCSA_SOL_EXPORT(strdup);
SCSA_SOL_EXPORT(strfree);
SCSA_SOL_EXPORT(strtok_r);
