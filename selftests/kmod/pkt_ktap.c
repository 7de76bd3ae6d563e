// SPDX-License-Identifier: GPL-2.0
/* The case runner and the device-test frame, compiled once per module. */
#include "sol_ktap.c"
#include "sol_devtest.c"
