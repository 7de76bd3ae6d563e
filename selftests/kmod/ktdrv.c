// SPDX-License-Identifier: GPL-2.0
/* tdrv.c again, as the KTAP test's own driver "ktdrv" (sol_ddi_model.c). */
#include "tdrv.c"
