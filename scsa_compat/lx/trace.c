// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_compat's tracepoints (lx/scsa_events.h), defined here; a leaf.
 *
 * The Solaris world cannot test a static key, so it tests scsa_trace_mask
 * (<scsa_trace.h>) before describing a packet, and illumos SDT probes test
 * scsa_sdt_enabled (<sys/sdt.h>).  The events' registration callbacks keep
 * both: the tracepoint core calls them, serialised, before an event's first
 * probe is added and after its last is removed.
 */
#include <linux/bitops.h>
#include <linux/export.h>
#include <linux/kernel.h>
#include <linux/log2.h>
#include <linux/string.h>

#define CREATE_TRACE_POINTS
#include "scsa_events.h"

unsigned long scsa_trace_mask __read_mostly;

#define SCSA_TRACE_REG(ev, bit)						\
int scsa_trace_reg_##ev(void)						\
{									\
	set_bit(ilog2(bit), &scsa_trace_mask);				\
	return 0;							\
}									\
void scsa_trace_unreg_##ev(void)					\
{									\
	clear_bit(ilog2(bit), &scsa_trace_mask);			\
}

SCSA_TRACE_REG(init_pkt, SCSA_TR_INIT_PKT)
SCSA_TRACE_REG(transport, SCSA_TR_TRANSPORT)
SCSA_TRACE_REG(complete, SCSA_TR_COMPLETE)
SCSA_TRACE_REG(callback, SCSA_TR_CALLBACK)
SCSA_TRACE_REG(bounce, SCSA_TR_BOUNCE)

void scsa_lx_trace_pkt(unsigned long ev, const struct scsa_trace_pkt *t)
{
	switch (ev) {
	case SCSA_TR_INIT_PKT:
		trace_scsa_init_pkt(t);
		break;
	case SCSA_TR_TRANSPORT:
		trace_scsa_transport(t);
		break;
	case SCSA_TR_COMPLETE:
		trace_scsa_complete(t);
		break;
	case SCSA_TR_CALLBACK:
		trace_scsa_callback(t);
		break;
	case SCSA_TR_BOUNCE:
		trace_scsa_bounce(t);
		break;
	}
}

/*
 * illumos SDT probes.  Exported plainly: unchanged (CDDL) illumos drivers
 * reach them through DTRACE_PROBEn.
 */
int scsa_sdt_enabled __read_mostly;
EXPORT_SYMBOL(scsa_sdt_enabled);

int scsa_trace_reg_sdt(void)
{
	WRITE_ONCE(scsa_sdt_enabled, 1);
	return 0;
}

void scsa_trace_unreg_sdt(void)
{
	WRITE_ONCE(scsa_sdt_enabled, 0);
}

/* "sd__cmd__done" is the probe DTrace calls sd-cmd-done. */
void scsa_trace_sdt_name(char *dst, const char *name)
{
	char *end = dst + SCSA_TRACE_NAME - 1;

	while (*name && dst < end) {
		if (name[0] == '_' && name[1] == '_') {
			*dst++ = '-';
			name += 2;
		} else {
			*dst++ = *name++;
		}
	}
	*dst = '\0';
}

/* The probe site is our caller: the ip recorded is in the driver. */
noinline void scsa_sdt_probe(const char *name, unsigned long long arg0,
			     unsigned long long arg1, unsigned long long arg2,
			     unsigned long long arg3)
{
	trace_scsa_sdt(name, _RET_IP_, arg0, arg1, arg2, arg3);
}
EXPORT_SYMBOL(scsa_sdt_probe);
