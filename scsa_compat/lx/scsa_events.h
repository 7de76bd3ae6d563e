/* SPDX-License-Identifier: GPL-2.0 */
/*
 * scsa_compat's tracepoints, TRACE_SYSTEM scsa (tracefs events/scsa/):
 *
 *   scsa_init_pkt	a packet made, or its next DMA window mapped
 *   scsa_transport	a packet handed to its HBA's tran_start
 *   scsa_complete	an HBA completed a packet (scsi_hba_pkt_comp)
 *   scsa_callback	the target driver's pkt_comp ran
 *   scsa_bounce	a window copied to or from its copy buffer
 *   scsa_blk_strategy	a block node's request handed to strategy(9E)
 *   scsa_blk_done	its buf's biodone() reached Linux
 *   scsa_sdt		an illumos SDT probe (DTRACE_PROBEn) fired
 *
 * The packet events are fired from the Solaris world through
 * <scsa_trace.h> (the bridge), which skips them on a bit of
 * scsa_trace_mask that their registration callbacks keep; the block and
 * SDT events are fired here, in the Linux world.  Defined (once) by
 * lx/trace.c; see Documentation/scsa.rst, "Tracing and debugging".
 */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM scsa

#if !defined(_SCSA_LX_EVENTS_H) || defined(TRACE_HEADER_MULTI_READ)
#define _SCSA_LX_EVENTS_H

#include <linux/tracepoint.h>
#include <scsa_trace.h>

#define SCSA_TRACE_CDB	16	/* CDB bytes recorded */
#define SCSA_TRACE_NAME	32	/* SDT probe and disk names, NUL included */

#ifndef _SCSA_LX_EVENTS_DECLS
#define _SCSA_LX_EVENTS_DECLS
/* The registration callbacks that keep scsa_trace_mask (lx/trace.c). */
int scsa_trace_reg_init_pkt(void);
void scsa_trace_unreg_init_pkt(void);
int scsa_trace_reg_transport(void);
void scsa_trace_unreg_transport(void);
int scsa_trace_reg_complete(void);
void scsa_trace_unreg_complete(void);
int scsa_trace_reg_callback(void);
void scsa_trace_unreg_callback(void);
int scsa_trace_reg_bounce(void);
void scsa_trace_unreg_bounce(void);
int scsa_trace_reg_sdt(void);
void scsa_trace_unreg_sdt(void);
/* An SDT probe's C name, as DTrace spells it, into SCSA_TRACE_NAME bytes. */
void scsa_trace_sdt_name(char *dst, const char *name);
/* What <sys/sdt.h> declares for the Solaris world. */
extern int scsa_sdt_enabled;
void scsa_sdt_probe(const char *name, unsigned long long arg0,
		    unsigned long long arg1, unsigned long long arg2,
		    unsigned long long arg3);
#endif

TRACE_EVENT_FN(scsa_init_pkt,
	TP_PROTO(const struct scsa_trace_pkt *t),
	TP_ARGS(t),
	TP_STRUCT__entry(
		__field(const void *, pkt)
		__field(int, target)
		__field(int, lun)
		__field(int, new)
		__field(unsigned int, window)
		__field(int, err)
		__field(unsigned long, bcount)
		__field(unsigned long, dma_offset)
		__field(unsigned long, dma_len)
		__field(unsigned int, ncookies)
		__field(int, copybuf)
		__field(long, resid)
	),
	TP_fast_assign(
		__entry->pkt = t->pkt;
		__entry->target = t->target;
		__entry->lun = t->lun;
		__entry->new = t->new;
		__entry->window = t->window;
		__entry->err = t->err;
		__entry->bcount = t->bcount;
		__entry->dma_offset = t->dma_offset;
		__entry->dma_len = t->dma_len;
		__entry->ncookies = t->ncookies;
		__entry->copybuf = t->copybuf;
		__entry->resid = t->resid;
	),
	TP_printk("pkt=%p tgt=%d lun=%d new=%d bcount=%lu window=%u win_off=%lu win_len=%lu cookies=%u copybuf=%d resid=%ld err=%d",
		  __entry->pkt, __entry->target, __entry->lun, __entry->new,
		  __entry->bcount, __entry->window, __entry->dma_offset, __entry->dma_len,
		  __entry->ncookies, __entry->copybuf, __entry->resid, __entry->err),
	scsa_trace_reg_init_pkt, scsa_trace_unreg_init_pkt
);

TRACE_EVENT_FN(scsa_transport,
	TP_PROTO(const struct scsa_trace_pkt *t),
	TP_ARGS(t),
	TP_STRUCT__entry(
		__field(const void *, pkt)
		__field(int, target)
		__field(int, lun)
		__field(unsigned int, flags)
		__field(unsigned int, tag)
		__field(unsigned int, cdblen)
		__array(unsigned char, cdb, SCSA_TRACE_CDB)
	),
	TP_fast_assign(
		__entry->pkt = t->pkt;
		__entry->target = t->target;
		__entry->lun = t->lun;
		__entry->flags = t->flags;
		__entry->tag = t->tag;
		__entry->cdblen = min_t(unsigned int, t->cdblen, SCSA_TRACE_CDB);
		memset(__entry->cdb, 0, SCSA_TRACE_CDB);
		if (t->cdb)
			memcpy(__entry->cdb, t->cdb, __entry->cdblen);
	),
	TP_printk("pkt=%p tgt=%d lun=%d flags=0x%x tag=%s cdb=%s",
		  __entry->pkt, __entry->target, __entry->lun, __entry->flags,
		  __print_symbolic(__entry->tag,
				   { SCSA_TR_TAG_NONE, "none" },
				   { SCSA_TR_TAG_SIMPLE, "simple" },
				   { SCSA_TR_TAG_ORDERED, "ordered" },
				   { SCSA_TR_TAG_HEAD, "head" }),
		  __print_hex(__entry->cdb, __entry->cdblen)),
	scsa_trace_reg_transport, scsa_trace_unreg_transport
);

TRACE_EVENT_FN(scsa_complete,
	TP_PROTO(const struct scsa_trace_pkt *t),
	TP_ARGS(t),
	TP_STRUCT__entry(
		__field(const void *, pkt)
		__field(int, target)
		__field(int, lun)
		__field(unsigned char, opcode)
		__field(unsigned int, reason)
		__field(unsigned int, state)
		__field(unsigned int, statistics)
		__field(int, status)
		__field(long, resid)
		__field(int, sense_key)
		__field(int, asc)
		__field(int, ascq)
	),
	TP_fast_assign(
		__entry->pkt = t->pkt;
		__entry->target = t->target;
		__entry->lun = t->lun;
		__entry->opcode = t->cdb && t->cdblen ? t->cdb[0] : 0;
		__entry->reason = t->reason;
		__entry->state = t->state;
		__entry->statistics = t->statistics;
		__entry->status = t->status;
		__entry->resid = t->resid;
		__entry->sense_key = t->sense_key;
		__entry->asc = t->asc;
		__entry->ascq = t->ascq;
	),
	TP_printk("pkt=%p tgt=%d lun=%d opcode=0x%02x reason=%u state=0x%x stat=0x%x status=%d resid=%ld key=%d asc=%d ascq=%d",
		  __entry->pkt, __entry->target, __entry->lun, __entry->opcode,
		  __entry->reason, __entry->state, __entry->statistics,
		  __entry->status, __entry->resid, __entry->sense_key,
		  __entry->asc, __entry->ascq),
	scsa_trace_reg_complete, scsa_trace_unreg_complete
);

TRACE_EVENT_FN(scsa_callback,
	TP_PROTO(const struct scsa_trace_pkt *t),
	TP_ARGS(t),
	TP_STRUCT__entry(
		__field(const void *, pkt)
		__field(const void *, func)
		__field(unsigned long long, ns)
	),
	TP_fast_assign(
		__entry->pkt = t->pkt;
		__entry->func = t->func;
		__entry->ns = t->ns;
	),
	TP_printk("pkt=%p func=%ps ns=%llu", __entry->pkt, __entry->func,
		  __entry->ns),
	scsa_trace_reg_callback, scsa_trace_unreg_callback
);

TRACE_EVENT_FN(scsa_bounce,
	TP_PROTO(const struct scsa_trace_pkt *t),
	TP_ARGS(t),
	TP_STRUCT__entry(
		__field(const void *, pkt)
		__field(unsigned long, len)
		__field(unsigned long, dma_offset)
		__field(int, to_device)
	),
	TP_fast_assign(
		__entry->pkt = t->pkt;
		__entry->len = t->len;
		__entry->dma_offset = t->dma_offset;
		__entry->to_device = t->to_device;
	),
	TP_printk("pkt=%p %s len=%lu win_off=%lu", __entry->pkt,
		  __entry->to_device ? "to_device" : "to_cpu", __entry->len,
		  __entry->dma_offset),
	scsa_trace_reg_bounce, scsa_trace_unreg_bounce
);

TRACE_EVENT(scsa_blk_strategy,
	TP_PROTO(const void *rq, const char *disk, unsigned int devt, int write,
		 unsigned long long blkno, unsigned long bytes),
	TP_ARGS(rq, disk, devt, write, blkno, bytes),
	TP_STRUCT__entry(
		__field(const void *, rq)
		__array(char, disk, SCSA_TRACE_NAME)
		__field(unsigned int, devt)
		__field(int, write)
		__field(unsigned long long, blkno)
		__field(unsigned long, bytes)
	),
	TP_fast_assign(
		__entry->rq = rq;
		strscpy(__entry->disk, disk, SCSA_TRACE_NAME);
		__entry->devt = devt;
		__entry->write = write;
		__entry->blkno = blkno;
		__entry->bytes = bytes;
	),
	TP_printk("rq=%p disk=%s dev=%u,%u %s blkno=%llu bytes=%lu",
		  __entry->rq, __entry->disk, __entry->devt >> 20,
		  __entry->devt & 0xfffff, __entry->write ? "write" : "read",
		  __entry->blkno, __entry->bytes)
);

TRACE_EVENT(scsa_blk_done,
	TP_PROTO(const void *rq, const char *disk, int err, unsigned long resid),
	TP_ARGS(rq, disk, err, resid),
	TP_STRUCT__entry(
		__field(const void *, rq)
		__array(char, disk, SCSA_TRACE_NAME)
		__field(int, err)
		__field(unsigned long, resid)
	),
	TP_fast_assign(
		__entry->rq = rq;
		strscpy(__entry->disk, disk, SCSA_TRACE_NAME);
		__entry->err = err;
		__entry->resid = resid;
	),
	TP_printk("rq=%p disk=%s err=%d resid=%lu", __entry->rq, __entry->disk,
		  __entry->err, __entry->resid)
);

/*
 * An SDT probe: its name as illumos's DTrace spells it ("__" in the C
 * name becomes "-"), the probe site, and up to four arguments.
 */
TRACE_EVENT_FN(scsa_sdt,
	TP_PROTO(const char *name, unsigned long ip, u64 arg0, u64 arg1, u64 arg2,
		 u64 arg3),
	TP_ARGS(name, ip, arg0, arg1, arg2, arg3),
	TP_STRUCT__entry(
		__array(char, name, SCSA_TRACE_NAME)
		__field(unsigned long, ip)
		__field(u64, arg0)
		__field(u64, arg1)
		__field(u64, arg2)
		__field(u64, arg3)
	),
	TP_fast_assign(
		scsa_trace_sdt_name(__entry->name, name);
		__entry->ip = ip;
		__entry->arg0 = arg0;
		__entry->arg1 = arg1;
		__entry->arg2 = arg2;
		__entry->arg3 = arg3;
	),
	TP_printk("%s at %pS arg0=0x%llx arg1=0x%llx arg2=0x%llx arg3=0x%llx",
		  __entry->name, (void *)__entry->ip, __entry->arg0,
		  __entry->arg1, __entry->arg2, __entry->arg3),
	scsa_trace_reg_sdt, scsa_trace_unreg_sdt
);

#endif /* _SCSA_LX_EVENTS_H */

/* Outside the guard: define_trace.h includes this file again. */
#undef TRACE_INCLUDE_PATH
#define TRACE_INCLUDE_PATH .
#undef TRACE_INCLUDE_FILE
#define TRACE_INCLUDE_FILE scsa_events
#include <trace/define_trace.h>
