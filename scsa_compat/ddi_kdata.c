// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel data that illumos drivers read directly, by name: the system
 * configuration (v), the number of CPUs and the panic code's polled-I/O
 * flag.  Solaris-world file.
 */
#include <sys/types.h>
#include <sys/t_lock.h>
#include <sys/var.h>
#include <sys/panic.h>
#include <scsa_ddi.h>

#include "ddi_impl.h"

/* Only v_maxsyspri means anything here: illumos's value (<sys/var.h>). */
struct var v = {
	.v_maxsyspri	= 99,
};

/* Set when scsa_compat loads (scsa_kdata_init()). */
int ncpus = 1;

/* Never set: there is no panic dump through scsa_compat's drivers. */
int do_polled_io;

void scsa_kdata_init(void)
{
	ncpus = scsa_lx_ncpus();
}
