/* SPDX-License-Identifier: GPL-2.0 */
/*
 * System events, sysevent(7): what ddi_log_sysevent(9F) posts to the
 * event daemon (a class, a subclass and an nvlist of attributes; the
 * classes are in <sys/sysevent/eventdefs.h>).  There is no event channel
 * on Linux yet: the kernel interfaces are absent.
 */
#ifndef _SYS_SYSEVENT_H
#define _SYS_SYSEVENT_H

#include <sys/types.h>
#include <sys/int_limits.h>
#include <sys/nvpair.h>

/* Internal registration class and subclass */
#define EC_ALL			"register_all_classes"
#define EC_SUB_ALL		"register_all_subclasses"

/* Allocation flags */
#define SE_SLEEP		0
#define SE_NOSLEEP		1

/* Framework errors */
#define SE_EINVAL		1
#define SE_ENOMEM		2
#define SE_EQSIZE		3
#define SE_EFAULT		4
#define SE_NOTFOUND		5
#define SE_NO_TRANSPORT		6

/* Attribute value types */
#define SE_DATA_TYPE_BYTE	DATA_TYPE_BYTE
#define SE_DATA_TYPE_INT16	DATA_TYPE_INT16
#define SE_DATA_TYPE_UINT16	DATA_TYPE_UINT16
#define SE_DATA_TYPE_INT32	DATA_TYPE_INT32
#define SE_DATA_TYPE_UINT32	DATA_TYPE_UINT32
#define SE_DATA_TYPE_INT64	DATA_TYPE_INT64
#define SE_DATA_TYPE_UINT64	DATA_TYPE_UINT64
#define SE_DATA_TYPE_STRING	DATA_TYPE_STRING
#define SE_DATA_TYPE_BYTES	DATA_TYPE_BYTE_ARRAY
#define SE_DATA_TYPE_TIME	DATA_TYPE_HRTIME

#define SE_KERN_PID		0

/* Publishers */
#define SUNW_VENDOR		"SUNW"
#define SE_USR_PUB		"usr:"
#define SE_KERN_PUB		"kern:"
#define SUNW_KERN_PUB		SUNW_VENDOR ":" SE_KERN_PUB
#define SUNW_USR_PUB		SUNW_VENDOR ":" SE_USR_PUB

/* Limits of an event's header and attributes */
#define MAX_ATTR_NAME		1024
#define MAX_STRING_SZ		1024
#define MAX_BYTE_ARRAY		1024
#define MAX_CLASS_LEN		64
#define MAX_SUBCLASS_LEN	64
#define MAX_PUB_LEN		128
#define MAX_CHNAME_LEN		128
#define MAX_SUBID_LEN		16
#define MAX_EV_SIZE_LEN		(SHRT_MAX / 4)

typedef void			*sysevent_t;
typedef void			evchan_t;
typedef nvlist_t		sysevent_attr_list_t;
typedef nvpair_t		sysevent_attr_t;

/* An event's unique id: sequence number and time it was logged */
typedef struct sysevent_id {
	uint64_t	eid_seq;
	hrtime_t	eid_ts;
} sysevent_id_t;

typedef struct sysevent_bytes {
	int32_t		size;
	uchar_t		*data;
} sysevent_bytes_t;

typedef struct sysevent_value {
	int32_t		value_type;		/* SE_DATA_TYPE_* */
	union {
		uchar_t			sv_byte;
		int16_t			sv_int16;
		uint16_t		sv_uint16;
		int32_t			sv_int32;
		uint32_t		sv_uint32;
		int64_t			sv_int64;
		uint64_t		sv_uint64;
		hrtime_t		sv_time;
		char			*sv_string;
		sysevent_bytes_t	sv_bytes;
	} value;
} sysevent_value_t;

/* Event channels: publication flags */
#define EVCH_NOSLEEP		0x0001
#define EVCH_SLEEP		0x0002
#define EVCH_TRYHARD		0x0004
#define EVCH_QWAIT		0x0008

/* Subscription flags and limits */
#define EVCH_SUB_KEEP		0x01
#define EVCH_WILDCARD_MAX	10
#define EVCH_ALLSUB		"all_subs"

/* Channel bind flags */
#define EVCH_CREAT		0x0001
#define EVCH_HOLD_PEND		0x0002
#define EVCH_HOLD_PEND_INDEF	0x0004
#define EVCH_B_FLAGS		0x0007

/* Channel control commands */
#define EVCH_GET_CHAN_LEN_MAX	1
#define EVCH_GET_CHAN_LEN	2
#define EVCH_SET_CHAN_LEN	3
#define EVCH_CMD_LAST		EVCH_SET_CHAN_LEN

#ifdef _KERNEL
__SCSA_ABSENT extern int sysevent_evc_bind(const char *channel, evchan_t **scpp,
    uint32_t flags);
__SCSA_ABSENT extern int sysevent_evc_unbind(evchan_t *scp);
__SCSA_ABSENT extern int sysevent_evc_publish(evchan_t *scp, const char *class,
    const char *subclass, const char *vendor, const char *pubname, nvlist_t *attr_list,
    uint32_t flags);

__SCSA_ABSENT extern int log_sysevent(sysevent_t *ev, int flag, sysevent_id_t *eid);
__SCSA_ABSENT extern sysevent_t *sysevent_alloc(char *class, char *subclass, char *pub,
    int flag);
__SCSA_ABSENT extern void sysevent_free(sysevent_t *ev);
__SCSA_ABSENT extern int sysevent_add_attr(sysevent_attr_list_t **ev_attr_list, char *name,
    sysevent_value_t *value, int flag);
__SCSA_ABSENT extern void sysevent_free_attr(sysevent_attr_list_t *ev_attr_list);
__SCSA_ABSENT extern int sysevent_attach_attributes(sysevent_t *ev,
    sysevent_attr_list_t *ev_attr_list);
__SCSA_ABSENT extern void sysevent_detach_attributes(sysevent_t *ev);
#endif

#endif /* _SYS_SYSEVENT_H */
