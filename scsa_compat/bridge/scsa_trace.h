/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The packet-lifecycle tracepoints (TRACE_SYSTEM scsa), seen from the
 * Solaris world.  The events are defined in the Linux world
 * (lx/scsa_events.h, lx/trace.c, a leaf); the packet layer describes a
 * packet in plain C and calls scsa_lx_trace_pkt() only when its event is
 * enabled.
 *
 * Cost when off: the Solaris world cannot use a static key, so each call
 * site reads scsa_trace_mask, one word that the events' registration
 * callbacks keep (a bit per event, set when the event gets its first
 * probe, cleared after its last), and skips the whole description on a
 * clear bit.  Inside, the tracepoint's own static key is tested again.
 */
#ifndef _SCSA_BRIDGE_TRACE_H
#define _SCSA_BRIDGE_TRACE_H

/* Bits of scsa_trace_mask: one per packet event. */
#define SCSA_TR_INIT_PKT	0x01	/* scsa_init_pkt */
#define SCSA_TR_TRANSPORT	0x02	/* scsa_transport */
#define SCSA_TR_COMPLETE	0x04	/* scsa_complete */
#define SCSA_TR_CALLBACK	0x08	/* scsa_callback */
#define SCSA_TR_BOUNCE		0x10	/* scsa_bounce */

/* The queue tag a packet asks for (scsa_transport's tag=). */
#define SCSA_TR_TAG_NONE	0
#define SCSA_TR_TAG_SIMPLE	1
#define SCSA_TR_TAG_ORDERED	2
#define SCSA_TR_TAG_HEAD	3

extern unsigned long scsa_trace_mask;

static inline int scsa_tracing(unsigned long ev)
{
	return __builtin_expect((__atomic_load_n(&scsa_trace_mask, __ATOMIC_RELAXED) & ev) != 0, 0);
}

/*
 * One packet, as an event records it.  pkt identifies the packet (it is
 * printed hashed, as %p); cdb points to cdblen bytes, valid for the call.
 * Each event reads the fields its comment names, and the common ones.
 */
struct scsa_trace_pkt {
	const void		*pkt;
	const unsigned char	*cdb;
	unsigned int		cdblen;
	int			target;
	int			lun;
	unsigned int		flags;		/* pkt_flags */
	unsigned int		tag;		/* SCSA_TR_TAG_* */
	/* scsa_init_pkt: the window after tran_init_pkt */
	int			new;		/* a new packet, not a next window */
	unsigned int		window;		/* windows mapped so far */
	int			err;		/* NULL packet: bp's b_error */
	unsigned long		bcount;		/* the buf's b_bcount, 0 without one */
	unsigned long		dma_offset;
	unsigned long		dma_len;
	unsigned int		ncookies;
	int			copybuf;	/* the window is in a copy buffer */
	/* scsa_complete; resid also for scsa_init_pkt */
	unsigned int		reason;
	unsigned int		state;
	unsigned int		statistics;
	int			status;		/* status byte, -1 without one */
	long			resid;
	int			sense_key;	/* ARQ sense: -1 without */
	int			asc;
	int			ascq;
	/* scsa_callback: pkt_comp and how long it ran */
	const void		*func;
	unsigned long long	ns;
	/* scsa_bounce: bytes copied, to the copy buffer (for the device) or out */
	unsigned long		len;
	int			to_device;
};

/* Records the event ev (one SCSA_TR_* bit). */
void scsa_lx_trace_pkt(unsigned long ev, const struct scsa_trace_pkt *t);

#endif /* _SCSA_BRIDGE_TRACE_H */
