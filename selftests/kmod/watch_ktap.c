// SPDX-License-Identifier: GPL-2.0
/* The case runner, compiled once per module that needs it. */
#include "sol_ktap.c"
