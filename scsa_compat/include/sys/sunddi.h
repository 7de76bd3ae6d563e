/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Solaris DDI: device-tree nodes, properties, soft state, minor nodes,
 * DMA handles, task queues, device IDs and user copies.
 */
#ifndef _SYS_SUNDDI_H
#define _SYS_SUNDDI_H

#include <sys/isa_defs.h>
#include <sys/types.h>
#include <scsa_prims.h>
#include <sys/systm.h>
#include <sys/dditypes.h>
#include <sys/ddipropdefs.h>
#include <sys/devops.h>
#include <sys/time.h>
#include <sys/cmn_err.h>
#include <sys/ddidevmap.h>
#include <sys/ddi_impldefs.h>
#include <sys/ddi_implfuncs.h>
#include <sys/model.h>
#include <sys/sunpm.h>
#include <sys/nvpair.h>
#include <sys/sysevent.h>
#include <sys/thread.h>
#include <sys/atomic.h>

/* Generic results */
#define DDI_SUCCESS		(0)
#define DDI_FAILURE		(-1)
#define DDI_NOT_WELL_FORMED	(-2)
#define DDI_EAGAIN		(-3)
#define DDI_EINVAL		(-4)
#define DDI_ENOTSUP		(-5)
#define DDI_EPENDING		(-6)
#define DDI_EALREADY		(-7)

/* Fault-management style results */
#define DDI_ENOMEM		1
#define DDI_EBUSY		2
#define DDI_ETRANSPORT		3
#define DDI_ECONTEXT		4

#define DDI_SLEEP		0
#define DDI_NOSLEEP		1

#define DEVI_PSEUDO_NODEID		((int)-1)
#define DEVI_SID_NODEID			((int)-2)
#define DEVI_SID_HIDDEN_NODEID		((int)-3)
#define DEVI_SID_HP_NODEID		((int)-4)
#define DEVI_SID_HP_HIDDEN_NODEID	((int)-5)
#define DEVI_PSEUDO_NEXNAME		"pseudo"

/* ddi_create_minor_node() flags */
#define CLONE_DEV		1
#define PRIVONLY_DEV		0x10

/* Minor node types */
#define DDI_NT_SERIAL		"ddi_serial"
#define DDI_NT_BLOCK		"ddi_block"
#define DDI_NT_BLOCK_CHAN	"ddi_block:channel"
#define DDI_NT_BLOCK_WWN	"ddi_block:wwn"
#define DDI_NT_BLOCK_SAS	"ddi_block:sas"
#define DDI_NT_BLOCK_FABRIC	"ddi_block:fabric"
#define DDI_NT_BLOCK_BLKDEV	"ddi_block:blkdev"
#define DDI_NT_CD		"ddi_block:cdrom"
#define DDI_NT_CD_CHAN		"ddi_block:cdrom:channel"
#define DDI_NT_FD		"ddi_block:diskette"
#define DDI_NT_ENCLOSURE	"ddi_enclosure"
#define DDI_NT_SCSI_ENCLOSURE	"ddi_enclosure:scsi"
#define DDI_NT_TAPE		"ddi_byte:tape"
#define DDI_NT_SMP		"ddi_sas_smp"
#define DDI_PSEUDO		"ddi_pseudo"
#define DDI_NT_PRINTER		"ddi_printer"
#define DDI_NT_NEXUS		"ddi_ctl:devctl"
#define DDI_NT_SCSI_NEXUS	"ddi_ctl:devctl:scsi"
#define DDI_NT_ATTACHMENT_POINT	"ddi_ctl:attachment_point"
#define DDI_NT_SCSI_ATTACHMENT_POINT	"ddi_ctl:attachment_point:scsi"

/* Well-known property names */
#define DDI_FORCEATTACH		"ddi-forceattach"
#define DDI_NO_AUTODETACH	"ddi-no-autodetach"
#define DDI_OPEN_RETURNS_EINTR	"ddi-open-returns-eintr"
#define DDI_DEVID_REGISTRANT	"ddi-devid-registrant"
#define DDI_KERNEL_IOCTL	"ddi-kernel-ioctl"

#define DDI_WALK_CONTINUE	0
#define DDI_WALK_PRUNECHILD	-1
#define DDI_WALK_PRUNESIB	-2
#define DDI_WALK_TERMINATE	-3
#define DDI_WALK_ERROR		-4

/* Data models for ddi_model_convert_from() and ddi_mmap_get_model() */
#define DDI_MODEL_MASK		DATAMODEL_MASK
#define DDI_MODEL_ILP32		DATAMODEL_ILP32
#define DDI_MODEL_LP64		DATAMODEL_LP64
#define DDI_MODEL_NATIVE	DATAMODEL_NATIVE
#define DDI_MODEL_NONE		DATAMODEL_NONE

#define DDI_DEVI_REMOVE_EVENT		"DDI:DEVI_REMOVE"
#define DDI_DEVI_INSERT_EVENT		"DDI:DEVI_INSERT"
#define DDI_DEVI_BUS_RESET_EVENT	"DDI:DEVI_BUS_RESET"
#define DDI_DEVI_DEVICE_RESET_EVENT	"DDI:DEVI_DEVICE_RESET"

#define DDI_VENDOR_SUNW		"SUNW"

typedef struct ddi_taskq	ddi_taskq_t;
#define TASKQ_DEFAULTPRI	-1

#define uiophysio		physio

#ifdef _KERNEL
/* Raw I/O.  The largest transfer minphys() allows. */
__SCSA_EXPORT extern int maxphys;
__SCSA_IMPL extern int physio(int (*)(struct buf *), struct buf *, dev_t, int,
    void (*)(struct buf *), struct uio *);
__SCSA_ABSENT extern void disksort(struct diskhd *, struct buf *);

/* Strings */
__SCSA_ABSENT extern char *ddi_strdup(const char *, int);
__SCSA_IMPL extern int ddi_strtol(const char *, char **, int, long *);
__SCSA_IMPL extern int ddi_strtoul(const char *, char **, int, unsigned long *);
__SCSA_IMPL extern int ddi_strtoll(const char *, char **, int, longlong_t *);
__SCSA_IMPL extern int ddi_strtoull(const char *, char **, int, u_longlong_t *);
__SCSA_ABSENT extern int ddi_ffs(long);
__SCSA_ABSENT extern int ddi_fls(long);

/* Properties */
__SCSA_IMPL extern int ddi_prop_get_int(dev_t match_dev, dev_info_t *dip, uint_t flags,
    char *name, int defvalue);
__SCSA_IMPL extern int64_t ddi_prop_get_int64(dev_t match_dev, dev_info_t *dip,
    uint_t flags, char *name, int64_t defvalue);
__SCSA_IMPL extern int ddi_prop_lookup_int_array(dev_t match_dev, dev_info_t *dip,
    uint_t flags, char *name, int **data, uint_t *nelements);
__SCSA_IMPL extern int ddi_prop_lookup_int64_array(dev_t match_dev, dev_info_t *dip,
    uint_t flags, char *name, int64_t **data, uint_t *nelements);
__SCSA_IMPL extern int ddi_prop_lookup_string(dev_t match_dev, dev_info_t *dip,
    uint_t flags, char *name, char **data);
__SCSA_IMPL extern int ddi_prop_lookup_string_array(dev_t match_dev, dev_info_t *dip,
    uint_t flags, char *name, char ***data, uint_t *nelements);
__SCSA_IMPL extern int ddi_prop_lookup_byte_array(dev_t match_dev, dev_info_t *dip,
    uint_t flags, char *name, uchar_t **data, uint_t *nelements);
__SCSA_IMPL extern int ddi_prop_update_int(dev_t match_dev, dev_info_t *dip, char *name,
    int data);
__SCSA_IMPL extern int ddi_prop_update_int64(dev_t match_dev, dev_info_t *dip,
    char *name, int64_t data);
__SCSA_IMPL extern int ddi_prop_update_int_array(dev_t match_dev, dev_info_t *dip,
    char *name, int *data, uint_t nelements);
__SCSA_IMPL extern int ddi_prop_update_int64_array(dev_t match_dev, dev_info_t *dip,
    char *name, int64_t *data, uint_t nelements);
__SCSA_IMPL extern int ddi_prop_update_string(dev_t match_dev, dev_info_t *dip,
    char *name, char *data);
__SCSA_IMPL extern int ddi_prop_update_string_array(dev_t match_dev, dev_info_t *dip,
    char *name, char **data, uint_t nelements);
__SCSA_IMPL extern int ddi_prop_update_byte_array(dev_t match_dev, dev_info_t *dip,
    char *name, uchar_t *data, uint_t nelements);
__SCSA_IMPL extern int ddi_prop_exists(dev_t match_dev, dev_info_t *dip, uint_t flags,
    char *name);
__SCSA_IMPL extern void ddi_prop_free(void *data);
__SCSA_IMPL extern int nopropop(dev_t dev, dev_info_t *dip, ddi_prop_op_t prop_op,
    int mod_flags, char *name, caddr_t valuep, int *lengthp);
__SCSA_IMPL extern int ddi_prop_op(dev_t dev, dev_info_t *dip, ddi_prop_op_t prop_op,
    int mod_flags, char *name, caddr_t valuep, int *lengthp);
__SCSA_IMPL extern int ddi_prop_op_size(dev_t dev, dev_info_t *dip,
    ddi_prop_op_t prop_op, int mod_flags, char *name, caddr_t valuep, int *lengthp,
    uint64_t size64);
__SCSA_IMPL extern int ddi_prop_op_size_blksize(dev_t dev, dev_info_t *dip,
    ddi_prop_op_t prop_op, int mod_flags, char *name, caddr_t valuep, int *lengthp,
    uint64_t size64, uint_t blksize);
__SCSA_IMPL extern int ddi_prop_op_nblocks(dev_t dev, dev_info_t *dip,
    ddi_prop_op_t prop_op, int mod_flags, char *name, caddr_t valuep, int *lengthp,
    uint64_t nblocks64);
__SCSA_IMPL extern int ddi_prop_op_nblocks_blksize(dev_t dev, dev_info_t *dip,
    ddi_prop_op_t prop_op, int mod_flags, char *name, caddr_t valuep, int *lengthp,
    uint64_t nblocks64, uint_t blksize);
__SCSA_IMPL extern int ddi_getlongprop(dev_t dev, dev_info_t *dip, int flags, char *name,
    caddr_t valuep, int *lengthp);
__SCSA_IMPL extern int ddi_getlongprop_buf(dev_t dev, dev_info_t *dip, int flags,
    char *name, caddr_t valuep, int *lengthp);
__SCSA_IMPL extern int ddi_getprop(dev_t dev, dev_info_t *dip, int flags, char *name,
    int defvalue);
__SCSA_IMPL extern int ddi_getproplen(dev_t dev, dev_info_t *dip, int flags, char *name,
    int *lengthp);
__SCSA_IMPL extern int ddi_prop_create(dev_t dev, dev_info_t *dip, int flag, char *name,
    caddr_t value, int length);
__SCSA_IMPL extern int ddi_prop_modify(dev_t dev, dev_info_t *dip, int flag, char *name,
    caddr_t value, int length);
__SCSA_IMPL extern int ddi_prop_remove(dev_t dev, dev_info_t *dip, char *name);
__SCSA_IMPL extern void ddi_prop_remove_all(dev_info_t *dip);
__SCSA_IMPL extern int ddi_prop_undefine(dev_t dev, dev_info_t *dip, int flag,
    char *name);

/* Device-tree nodes */
__SCSA_IMPL extern char *ddi_get_name(dev_info_t *dip);
__SCSA_IMPL extern char *ddi_binding_name(dev_info_t *dip);
__SCSA_IMPL extern const char *ddi_driver_name(dev_info_t *dip);
__SCSA_IMPL extern major_t ddi_driver_major(dev_info_t *dip);
__SCSA_IMPL extern char *ddi_node_name(dev_info_t *dip);
__SCSA_IMPL extern int ddi_get_nodeid(dev_info_t *dip);
__SCSA_IMPL extern int ddi_get_instance(dev_info_t *dip);
__SCSA_IMPL extern struct dev_ops *ddi_get_driver(dev_info_t *dip);
__SCSA_IMPL extern void ddi_set_driver_private(dev_info_t *dip, void *data);
__SCSA_IMPL extern void *ddi_get_driver_private(dev_info_t *dip);
__SCSA_IMPL extern dev_info_t *ddi_get_parent(dev_info_t *dip);
__SCSA_IMPL extern dev_info_t *ddi_get_child(dev_info_t *dip);
__SCSA_IMPL extern dev_info_t *ddi_get_next_sibling(dev_info_t *dip);
__SCSA_IMPL extern dev_info_t *ddi_root_node(void);
__SCSA_IMPL extern void ddi_set_name_addr(dev_info_t *dip, char *name);
__SCSA_IMPL extern char *ddi_get_name_addr(dev_info_t *dip);
__SCSA_IMPL extern void ddi_set_parent_data(dev_info_t *dip, void *pd);
__SCSA_IMPL extern void *ddi_get_parent_data(dev_info_t *dip);
__SCSA_IMPL extern major_t ddi_name_to_major(char *name);
__SCSA_IMPL extern char *ddi_major_to_name(major_t major);
__SCSA_IMPL extern char *ddi_deviname(dev_info_t *dip, char *name);
__SCSA_IMPL extern char *ddi_pathname(dev_info_t *dip, char *path);
__SCSA_ABSENT extern int ddi_dev_pathname(dev_t devt, int spec_type, char *name);
__SCSA_IMPL extern void ddi_report_dev(dev_info_t *dev);
__SCSA_IMPL extern int ddi_dev_is_sid(dev_info_t *dev);
__SCSA_ABSENT extern int ddi_slaveonly(dev_info_t *);
__SCSA_ABSENT extern int ddi_power(dev_info_t *dip, int cmpt, int level);
__SCSA_PARTIAL("true once Linux panics: from the panic notifiers on, and from the start of panic() on kernels that say (6.12)") extern int ddi_in_panic(void);

/* Entry-point helpers */
__SCSA_IMPL extern int nochpoll(dev_t dev, short events, int anyyet, short *reventsp,
    struct pollhead **phpp);
__SCSA_IMPL extern int ddi_no_info(dev_info_t *dip, ddi_info_cmd_t infocmd, void *arg,
    void **result);
__SCSA_IMPL extern int ddi_getinfo_1to1(dev_info_t *dip, ddi_info_cmd_t infocmd,
    void *arg, void **result);
__SCSA_IMPL extern int ddi_quiesce_not_needed(dev_info_t *);
__SCSA_IMPL extern int ddi_quiesce_not_supported(dev_info_t *);

/* Resource callbacks */
__SCSA_ABSENT extern void ddi_set_callback(int (*funcp)(caddr_t), caddr_t arg,
    uintptr_t *listid);
__SCSA_ABSENT extern void ddi_run_callback(uintptr_t *listid);

/* Caller context */
__SCSA_IMPL extern cred_t *ddi_get_cred(void);
__SCSA_IMPL extern time_t ddi_get_time(void);
__SCSA_IMPL extern pid_t ddi_get_pid(void);
__SCSA_ABSENT extern boolean_t ddi_can_receive_sig(void);

/* Minor nodes */
__SCSA_PARTIAL("CLONE_DEV and PRIVONLY_DEV have no effect") extern int ddi_create_minor_node(dev_info_t *dip, const char *name,
    int spec_type, minor_t minor_num, const char *node_type, int flag);
__SCSA_ABSENT extern int ddi_create_priv_minor_node(dev_info_t *dip, const char *name,
    int spec_type, minor_t minor_num, const char *node_type, int flag,
    const char *rdpriv, const char *wrpriv, mode_t priv_mode);
__SCSA_IMPL extern void ddi_remove_minor_node(dev_info_t *dip, const char *name);

/* Soft state */
__SCSA_IMPL extern int ddi_soft_state_init(void **state_p, size_t size, size_t n_items);
__SCSA_IMPL extern int ddi_soft_state_zalloc(void *state, int item);
__SCSA_IMPL extern void *ddi_get_soft_state(void *state, int item);
__SCSA_IMPL extern void ddi_soft_state_free(void *state, int item);
__SCSA_IMPL extern void ddi_soft_state_fini(void **state_p);

/*
 * DMA (ddi_dma_mem.c).  A target driver's DMA memory reaches the HBA in a
 * buf through scsi_init_pkt(), which maps it; so handles exist to allocate
 * such memory, and binding them (an HBA driver's business) is absent.
 */
__SCSA_PARTIAL("the handle serves ddi_dma_mem_alloc only: binding it is absent")
extern int ddi_dma_alloc_handle(dev_info_t *dip, ddi_dma_attr_t *attr,
    int (*waitfp)(caddr_t), caddr_t arg, ddi_dma_handle_t *handlep);
__SCSA_IMPL extern void ddi_dma_free_handle(ddi_dma_handle_t *handlep);
__SCSA_PARTIAL("kernel memory aligned per the attributes; a callback waitfp sleeps instead")
extern int ddi_dma_mem_alloc(ddi_dma_handle_t handle, size_t length,
    ddi_device_acc_attr_t *accattrp, uint_t xfermodes, int (*waitfp)(caddr_t),
    caddr_t arg, caddr_t *kaddrp, size_t *real_length, ddi_acc_handle_t *handlep);
__SCSA_IMPL extern void ddi_dma_mem_free(ddi_acc_handle_t *hp);
__SCSA_ABSENT extern int ddi_dma_addr_bind_handle(ddi_dma_handle_t handle, struct as *as,
    caddr_t addr, size_t len, uint_t flags, int (*waitfp)(caddr_t), caddr_t arg,
    ddi_dma_cookie_t *cookiep, uint_t *ccountp);
__SCSA_ABSENT extern int ddi_dma_buf_bind_handle(ddi_dma_handle_t handle, struct buf *bp,
    uint_t flags, int (*waitfp)(caddr_t), caddr_t arg, ddi_dma_cookie_t *cookiep,
    uint_t *ccountp);
__SCSA_ABSENT extern int ddi_dma_unbind_handle(ddi_dma_handle_t handle);
__SCSA_ABSENT extern void ddi_dma_nextcookie(ddi_dma_handle_t handle,
    ddi_dma_cookie_t *cookiep);
__SCSA_ABSENT extern int ddi_dma_numwin(ddi_dma_handle_t handle, uint_t *nwinp);
__SCSA_ABSENT extern int ddi_dma_getwin(ddi_dma_handle_t handle, uint_t win, off_t *offp,
    size_t *lenp, ddi_dma_cookie_t *cookiep, uint_t *ccountp);
__SCSA_ABSENT extern int ddi_dma_sync(ddi_dma_handle_t handle, off_t offset, size_t len,
    uint_t flags);
__SCSA_ABSENT extern int ddi_dma_ncookies(ddi_dma_handle_t);
__SCSA_ABSENT extern const ddi_dma_cookie_t *ddi_dma_cookie_iter(ddi_dma_handle_t,
    const ddi_dma_cookie_t *);
__SCSA_ABSENT extern const ddi_dma_cookie_t *ddi_dma_cookie_get(ddi_dma_handle_t, uint_t);
__SCSA_ABSENT extern const ddi_dma_cookie_t *ddi_dma_cookie_one(ddi_dma_handle_t);
__SCSA_ABSENT extern int ddi_check_acc_handle(ddi_acc_handle_t);
__SCSA_ABSENT extern int ddi_check_dma_handle(ddi_dma_handle_t);

/* User copies and data models */
__SCSA_IMPL extern int ddi_copyin(const void *, void *, size_t, int);
__SCSA_IMPL extern int ddi_copyout(const void *, void *, size_t, int);
__SCSA_IMPL extern model_t ddi_mmap_get_model(void);
__SCSA_IMPL extern model_t ddi_model_convert_from(model_t);

/*
 * Power management (ddi_pm.c): the pm_* interfaces are in <sys/sunpm.h>,
 * which says how scsa_compat answers them; these follow the same rule.
 */
__SCSA_PARTIAL("no component is power-managed: returns DDI_FAILURE, with a note")
extern int ddi_dev_is_needed(dev_info_t *dip, int cmpt, int level);
/* Power is removed only by suspend/CPR, which never happens here: 0. */
__SCSA_IMPL extern int ddi_removing_power(dev_info_t *dip);

/* Device IDs (illumos's binary and string forms; ddi_devid.c) */
__SCSA_IMPL extern int ddi_devid_valid(ddi_devid_t devid);
__SCSA_IMPL extern int ddi_devid_register(dev_info_t *dip, ddi_devid_t devid);
__SCSA_IMPL extern void ddi_devid_unregister(dev_info_t *dip);
__SCSA_IMPL extern int ddi_devid_init(dev_info_t *dip, ushort_t devid_type,
    ushort_t nbytes, void *id, ddi_devid_t *ret_devid);
__SCSA_IMPL extern int ddi_devid_get(dev_info_t *dip, ddi_devid_t *ret_devid);
__SCSA_IMPL extern size_t ddi_devid_sizeof(ddi_devid_t devid);
__SCSA_IMPL extern void ddi_devid_free(ddi_devid_t devid);
__SCSA_IMPL extern int ddi_devid_compare(ddi_devid_t id1, ddi_devid_t id2);
__SCSA_PARTIAL("page 83 NAA/EUI-64/T10 ids and page 80 serial numbers; no EMC or Sun-disk quirks")
extern int ddi_devid_scsi_encode(int version, char *driver_name, uchar_t *inq,
    size_t inq_len, uchar_t *inq80, size_t inq80_len, uchar_t *inq83, size_t inq83_len,
    ddi_devid_t *ret_devid);
__SCSA_ABSENT extern int ddi_devid_smp_encode(int version, char *driver_name,
    char *wwnstr, uchar_t *srmir_buf, size_t srmir_len, ddi_devid_t *ret_devid);
__SCSA_IMPL extern char *ddi_devid_str_encode(ddi_devid_t devid, char *minor_name);
__SCSA_IMPL extern int ddi_devid_str_decode(char *devidstr, ddi_devid_t *retdevid,
    char **retminor_name);
__SCSA_IMPL extern void ddi_devid_str_free(char *devidstr);

/* Events: the framework's DDI_DEVI_REMOVE_EVENT and DDI_DEVI_INSERT_EVENT */
__SCSA_IMPL extern int ddi_remove_event_handler(ddi_callback_id_t id);
__SCSA_PARTIAL("only the remove and insert events the framework posts")
extern int ddi_add_event_handler(dev_info_t *dip, ddi_eventcookie_t event,
    void (*handler)(dev_info_t *, ddi_eventcookie_t, void *, void *), void *arg,
    ddi_callback_id_t *id);
__SCSA_PARTIAL("only the remove and insert events the framework posts")
extern int ddi_get_eventcookie(dev_info_t *dip, char *name,
    ddi_eventcookie_t *event_cookiep);
/* System events (<sys/sysevent.h>): none are delivered on Linux yet. */
__SCSA_PARTIAL("posted as a Linux change uevent of the node's first character minor node")
extern int ddi_log_sysevent(dev_info_t *dip, char *vendor, char *class_name,
    char *subclass_name, nvlist_t *attr_list, sysevent_id_t *eidp, int sleep_flag);

/* Task queues */
__SCSA_IMPL extern ddi_taskq_t *ddi_taskq_create(dev_info_t *dip, const char *name,
    int nthreads, pri_t pri, uint_t cflags);
__SCSA_IMPL extern void ddi_taskq_destroy(ddi_taskq_t *tq);
__SCSA_IMPL extern int ddi_taskq_dispatch(ddi_taskq_t *tq, void (*func)(void *),
    void *arg, uint_t dflags);
__SCSA_IMPL extern void ddi_taskq_wait(ddi_taskq_t *tq);
__SCSA_ABSENT extern void ddi_taskq_suspend(ddi_taskq_t *tq);
__SCSA_ABSENT extern void ddi_taskq_resume(ddi_taskq_t *tq);
__SCSA_ABSENT extern boolean_t ddi_taskq_suspended(ddi_taskq_t *tq);
#endif

#endif /* _SYS_SUNDDI_H */
