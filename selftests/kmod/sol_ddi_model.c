// SPDX-License-Identifier: GPL-2.0
/*
 * The DDI device model as a nexus and a driver see it (Solaris world):
 * nodes, binding, entry-point order, properties, conf=, getinfo, minor
 * nodes, soft state, buf services, formats and kstats.  The driver is
 * ktdrv.c (tdrv.c), installed here the way its port glue would.
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/errno.h>
#include <sys/kmem.h>
#include <sys/buf.h>
#include <sys/uio.h>
#include <sys/file.h>
#include <sys/kstat.h>
#include <sys/modctl.h>
#include <sys/cmn_err.h>
#include <sys/ddi.h>
#include <sys/sunddi.h>
#include <sys/sunndi.h>
#include <sys/stat.h>
#include <sys/ddi_impldefs.h>
#include <scsa_ddi.h>
#include <scsa_mem.h>

#include "scsa_sol_ktap.h"
#include "ddi_model_lx.h"
#include "tdrv.h"
#include "../../scsa_compat/ddi_nexus.h"

const char scsa_sol_suite[] = "scsa_ddi_model";

extern char tdrv_events[];

static int sol_soft_state(void)
{
	void *st = NULL;
	int *p;

	SOL_EXPECT(ddi_soft_state_init(&st, 64, 1) == 0, "init");
	SOL_EXPECT(ddi_soft_state_zalloc(st, 0) == DDI_SUCCESS, "zalloc 0");
	SOL_EXPECT(ddi_soft_state_zalloc(st, 9) == DDI_SUCCESS, "zalloc 9 (grows)");
	SOL_EXPECT(ddi_soft_state_zalloc(st, 9) == DDI_FAILURE, "zalloc twice");
	p = ddi_get_soft_state(st, 9);
	SOL_EXPECT(p != NULL && p[0] == 0 && p[15] == 0, "zeroed item");
	SOL_EXPECT(ddi_get_soft_state(st, 3) == NULL, "absent item");
	SOL_EXPECT(ddi_get_soft_state(st, 1000) == NULL, "beyond the array");
	ddi_soft_state_free(st, 9);
	SOL_EXPECT(ddi_get_soft_state(st, 9) == NULL, "freed item");
	ddi_soft_state_fini(&st);
	SOL_EXPECT(st == NULL, "fini clears the handle");
	return (0);
}

static int sol_conf_syntax(void)
{
	static const char *const bad[] = {
		"a=1",			/* no ';' */
		"a=1,\"s\";",		/* mixed types */
		"a=\"open;",		/* unterminated string */
		"=3;",			/* no name */
		"a=12x;",		/* bad integer */
		"a=99999999999;",	/* out of range */
	};
	uint_t i;

	for (i = 0; i < sizeof (bad) / sizeof (bad[0]); i++) {
		SOL_EXPECT(scsa_port_begin("kbad", ddi_test_this_module(), NULL, bad[i]) ==
		    -EINVAL, "conf \"%s\" accepted", bad[i]);
	}
	SOL_EXPECT(scsa_port_begin("kbad", ddi_test_this_module(), "x y",
	    "# comment\n a=-0x10, 010 ; b=\"x\\\"y\",\"\";\n") == 0, "good conf");
	scsa_port_end();
	return (0);
}

static int sol_props(void)
{
	dev_info_t *dip;
	char *s, **sv, *sa[] = { "one", "two", "three" };
	int *iv, ia[] = { 7, 8 }, len, v;
	uchar_t *bv, ba[] = { 1, 2, 3 };
	uint_t n;
	caddr_t buf;

	SOL_EXPECT(ndi_devi_alloc(ddi_root_node(), "tprops", DEVI_PSEUDO_NODEID, &dip) ==
	    NDI_SUCCESS, "alloc");
	SOL_EXPECT(ddi_prop_update_int(DDI_DEV_T_NONE, dip, "i", 42) == DDI_PROP_SUCCESS,
	    "update int");
	SOL_EXPECT(ddi_prop_update_int(DDI_DEV_T_ANY, dip, "i", 1) == DDI_PROP_INVAL_ARG,
	    "DDI_DEV_T_ANY update");
	SOL_EXPECT(ddi_prop_get_int(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS, "i", -1) == 42,
	    "get int");
	SOL_EXPECT(ddi_getprop(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS, "i", -1) == 42,
	    "getprop");
	SOL_EXPECT(ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "nope", -1) == -1, "default");
	SOL_EXPECT(ddi_prop_update_string_array(DDI_DEV_T_NONE, dip, "sa", sa, 3) ==
	    DDI_PROP_SUCCESS, "update string array");
	SOL_EXPECT(ddi_prop_lookup_string_array(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS, "sa",
	    &sv, &n) == DDI_PROP_SUCCESS && n == 3 && strcmp(sv[2], "three") == 0,
	    "lookup string array");
	ddi_prop_free(sv);
	SOL_EXPECT(ddi_prop_lookup_string(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS, "sa", &s) ==
	    DDI_PROP_SUCCESS && strcmp(s, "one") == 0, "lookup string: first");
	ddi_prop_free(s);
	SOL_EXPECT(ddi_prop_lookup_string(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS, "i", &s) ==
	    DDI_PROP_NOT_FOUND, "an int is no string");
	SOL_EXPECT(ndi_prop_update_int_array(DDI_DEV_T_NONE, dip, "ia", ia, 2) ==
	    DDI_PROP_SUCCESS, "ndi int array");
	SOL_EXPECT(ddi_prop_lookup_int_array(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS, "ia", &iv,
	    &n) == DDI_PROP_SUCCESS && n == 2 && iv[1] == 8, "lookup int array");
	ddi_prop_free(iv);
	SOL_EXPECT(ddi_prop_update_byte_array(DDI_DEV_T_NONE, dip, "ba", ba, 3) ==
	    DDI_PROP_SUCCESS, "byte array");
	SOL_EXPECT(ddi_prop_lookup_byte_array(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS, "ba", &bv,
	    &n) == DDI_PROP_SUCCESS && n == 3 && bv[2] == 3, "lookup byte array");
	ddi_prop_free(bv);
	/* The driver's definition hides the system's. */
	SOL_EXPECT(ndi_prop_update_int(DDI_DEV_T_NONE, dip, "i", 5) == DDI_PROP_SUCCESS, "ndi");
	SOL_EXPECT(ddi_prop_get_int(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS, "i", -1) == 42,
	    "driver property first");
	SOL_EXPECT(ddi_prop_create(DDI_DEV_T_NONE, dip, DDI_PROP_CANSLEEP, "boolean", NULL, 0)
	    == DDI_PROP_SUCCESS, "create boolean");
	SOL_EXPECT(ddi_getprop(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS, "boolean", 0) == 1,
	    "boolean reads as 1");
	SOL_EXPECT(ddi_getlongprop(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS, "sa",
	    (caddr_t)&buf, &len) == DDI_PROP_SUCCESS && len == 14 && strcmp(buf + 4, "two") == 0,
	    "getlongprop len %d", len);
	kmem_free(buf, len);
	SOL_EXPECT(ddi_prop_undefine(DDI_DEV_T_NONE, dip, 0, "ia") == DDI_PROP_SUCCESS, "undef");
	SOL_EXPECT(ddi_prop_exists(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS, "ia") == 0,
	    "undefined hides the system's");
	SOL_EXPECT(ddi_prop_remove(DDI_DEV_T_NONE, dip, "ia") == DDI_PROP_SUCCESS, "remove");
	SOL_EXPECT(ddi_prop_exists(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS, "ia") == 1,
	    "the system's shows again");
	/* Without DONTPASS a lookup goes up to the parent. */
	SOL_EXPECT(ddi_prop_update_int(DDI_DEV_T_NONE, ddi_root_node(), "tprops-up", 3) ==
	    DDI_PROP_SUCCESS, "root prop");
	v = ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "tprops-up", -1);
	SOL_EXPECT(v == 3, "inherited %d", v);
	SOL_EXPECT(ddi_prop_get_int(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS, "tprops-up", -1) ==
	    -1, "DONTPASS");
	(void) ddi_prop_remove(DDI_DEV_T_NONE, ddi_root_node(), "tprops-up");
	SOL_EXPECT(ndi_devi_free(dip) == NDI_SUCCESS, "free");
	return (0);
}

/*
 * ddi_prop_op_nblocks_blksize() and friends, as a disk driver's
 * prop_op(9E) (cmlb's) answers with them, and the dynamic-property table
 * a node keeps for its driver.
 */
static int sol_size_props(void)
{
	static i_ddi_prop_dyn_t dyn[] = {
		{ "Nblocks", DDI_PROP_TYPE_INT64, S_IFBLK },
		{ NULL, 0, 0 }
	};
	dev_info_t *dip;
	dev_t dev = makedevice(1, 2);
	uint64_t v64;
	uint32_t v32;
	caddr_t buf;
	int len, rv;

	SOL_EXPECT(ndi_devi_alloc(ddi_root_node(), "tsize", DEVI_PSEUDO_NODEID, &dip) ==
	    NDI_SUCCESS, "alloc");
	SOL_EXPECT(i_ddi_prop_dyn_driver_get(dip) == NULL, "no dynamic properties");
	i_ddi_prop_dyn_driver_set(dip, dyn);
	SOL_EXPECT(i_ddi_prop_dyn_driver_get(dip) == dyn, "table kept");
	i_ddi_prop_dyn_cache_invalidate(dip, dyn);	/* no block nodes: nothing */

	/* 1000 blocks of 4 KiB. */
	len = sizeof (v64);
	rv = ddi_prop_op_nblocks_blksize(dev, dip, PROP_LEN_AND_VAL_BUF, 0, "Nblocks",
	    (caddr_t)&v64, &len, 1000, 4096);
	SOL_EXPECT(rv == DDI_PROP_SUCCESS && len == 8 && v64 == 1000, "Nblocks %llu",
	    (u_longlong_t)v64);
	len = sizeof (v64);
	rv = ddi_prop_op_nblocks_blksize(dev, dip, PROP_LEN_AND_VAL_BUF, 0, "Size",
	    (caddr_t)&v64, &len, 1000, 4096);
	SOL_EXPECT(rv == DDI_PROP_SUCCESS && v64 == 4096000, "Size %llu", (u_longlong_t)v64);
	len = sizeof (v32);
	rv = ddi_prop_op_nblocks_blksize(dev, dip, PROP_LEN_AND_VAL_BUF, 0, "blksize",
	    (caddr_t)&v32, &len, 1000, 4096);
	SOL_EXPECT(rv == DDI_PROP_SUCCESS && len == 4 && v32 == 4096, "blksize %u", v32);
	len = sizeof (v32);
	rv = ddi_prop_op_nblocks_blksize(dev, dip, PROP_LEN_AND_VAL_BUF, 0, "nblocks",
	    (caddr_t)&v32, &len, 1000, 4096);
	SOL_EXPECT(rv == DDI_PROP_SUCCESS && v32 == 1000, "nblocks %u", v32);
	len = sizeof (v32);
	rv = ddi_prop_op_nblocks_blksize(dev, dip, PROP_LEN_AND_VAL_BUF, 0, "size",
	    (caddr_t)&v32, &len, 1000, 4096);
	SOL_EXPECT(rv == DDI_PROP_SUCCESS && v32 == 4096000, "size %u", v32);
	/* The exact length is asked for, or it is an invalid argument. */
	len = 16;
	SOL_EXPECT(ddi_prop_op_nblocks_blksize(dev, dip, PROP_LEN_AND_VAL_BUF, 0, "Nblocks",
	    (caddr_t)&v64, &len, 1000, 4096) == DDI_PROP_INVAL_ARG && len == 8,
	    "wrong length");
	len = 0;
	SOL_EXPECT(ddi_prop_op_nblocks(dev, dip, PROP_LEN, 0, "Nblocks", NULL, &len, 5) ==
	    DDI_PROP_SUCCESS && len == 8, "PROP_LEN");
	rv = ddi_prop_op_size(dev, dip, PROP_LEN_AND_VAL_ALLOC, DDI_PROP_CANSLEEP, "Size",
	    (caddr_t)&buf, &len, 12345);
	SOL_EXPECT(rv == DDI_PROP_SUCCESS && len == 8 && *(uint64_t *)(void *)buf == 12345,
	    "VAL_ALLOC");
	if (rv == DDI_PROP_SUCCESS)
		kmem_free(buf, len);
	/* DEV_BSIZE blocks: 8 GiB of 512-byte blocks. */
	len = sizeof (v64);
	rv = ddi_prop_op_nblocks(dev, dip, PROP_LEN_AND_VAL_BUF, 0, "Size", (caddr_t)&v64,
	    &len, 16777216ULL);
	SOL_EXPECT(rv == DDI_PROP_SUCCESS && v64 == 8589934592ULL, "Size of 512-byte blocks");
	/* 32-bit names only while they fit: then ddi_prop_op(), which has none. */
	len = sizeof (v32);
	SOL_EXPECT(ddi_prop_op_nblocks(dev, dip, PROP_LEN_AND_VAL_BUF, 0, "size",
	    (caddr_t)&v32, &len, 16777216ULL) == DDI_PROP_NOT_FOUND, "size over 32 bits");
	len = sizeof (v32);
	SOL_EXPECT(ddi_prop_op_size_blksize(dev, dip, PROP_LEN_AND_VAL_BUF, 0, "nblocks",
	    (caddr_t)&v32, &len, 0x100000000ULL * 512, 512) == DDI_PROP_NOT_FOUND,
	    "nblocks over 32 bits");
	/* A byte count past 64 bits is no size at all. */
	len = sizeof (v64);
	SOL_EXPECT(ddi_prop_op_nblocks_blksize(dev, dip, PROP_LEN_AND_VAL_BUF, 0, "Nblocks",
	    (caddr_t)&v64, &len, 1ULL << 60, 4096) == DDI_PROP_NOT_FOUND, "too large");
	/* Other names are the node's own properties. */
	SOL_EXPECT(ddi_prop_update_int(dev, dip, "other", 9) == DDI_PROP_SUCCESS, "update");
	len = sizeof (v32);
	rv = ddi_prop_op_nblocks_blksize(dev, dip, PROP_LEN_AND_VAL_BUF, 0, "other",
	    (caddr_t)&v32, &len, 1000, 4096);
	SOL_EXPECT(rv == DDI_PROP_SUCCESS && v32 == 9, "fallback to ddi_prop_op");
	(void) ddi_prop_remove(dev, dip, "other");

	/* A driver that declared none gets the size ones. */
	i_ddi_prop_dyn_driver_set(dip, NULL);
	len = sizeof (v64);
	(void) ddi_prop_op_size(dev, dip, PROP_LEN_AND_VAL_BUF, 0, "Size", (caddr_t)&v64,
	    &len, 512);
	SOL_EXPECT(i_ddi_prop_dyn_driver_get(dip) != NULL &&
	    strcmp(i_ddi_prop_dyn_driver_get(dip)[0].dp_name, "Size") == 0,
	    "implicit size table");
	i_ddi_prop_dyn_driver_set(dip, NULL);
	SOL_EXPECT(ndi_devi_free(dip) == NDI_SUCCESS, "free");
	return (0);
}

/* The test nexus: initchild gives the child its private data. */
static int tnex_inits, tnex_uninits;
static int tnex_private = 0x5ca5a;

static int tnex_initchild(dev_info_t *parent, dev_info_t *child)
{
	tnex_inits++;
	ddi_set_driver_private(child, &tnex_private);
	return (DDI_SUCCESS);
}

static void tnex_uninitchild(dev_info_t *parent, dev_info_t *child)
{
	tnex_uninits++;
	ddi_set_driver_private(child, NULL);
}

static const struct scsa_nexus_ops tnex_ops = { tnex_initchild, tnex_uninitchild };

static dev_info_t *sol_child(dev_info_t *nex, char *name, char *compat, char *addr)
{
	dev_info_t *dip;

	if (ndi_devi_alloc(nex, name, DEVI_SID_NODEID, &dip) != NDI_SUCCESS)
		return (NULL);
	ddi_set_name_addr(dip, addr);
	if (compat != NULL)
		(void) ndi_prop_update_string_array(DDI_DEV_T_NONE, dip, "compatible",
		    &compat, 1);
	return (dip);
}

/* Checks the node's driver and instance; -1 for unbound. */
static int sol_bound(dev_info_t *dip, int instance)
{
	if (instance < 0)
		return (ddi_get_driver(dip) == NULL && ddi_get_instance(dip) == -1);
	return (ddi_get_driver(dip) != NULL && strcmp(ddi_driver_name(dip), "ktdrv") == 0 &&
	    ddi_get_instance(dip) == instance);
}

static int sol_lifecycle(void)
{
	dev_info_t *nex, *a, *b, *c, *found;
	struct modinfo *mi;
	char *s, path[MAXPATHLEN];
	void *f1, *f2, *res;
	dev_t dev;
	int err = 0;
	extern int _init(void), _fini(void), _info(struct modinfo *);

	SOL_EXPECT(ndi_devi_alloc(ddi_root_node(), "tnex", DEVI_PSEUDO_NODEID, &nex) ==
	    NDI_SUCCESS && ndi_devi_online(nex, 0) == NDI_SUCCESS, "nexus");
	scsa_devi_set_nexus_ops(nex, &tnex_ops);
	a = sol_child(nex, "tchild", "ktdrv-compat", "0,0");
	SOL_EXPECT(a != NULL && ndi_devi_online(a, 0) == NDI_SUCCESS, "online a");
	SOL_EXPECT(tnex_inits == 1 && ddi_get_driver_private(a) == &tnex_private, "initchild");
	SOL_EXPECT(sol_bound(a, -1), "no driver yet");
	SOL_EXPECT(ddi_dev_is_sid(a) == DDI_SUCCESS, "self-identifying");

	/* _init() as the port glue runs it: the driver binds to a. */
	SOL_EXPECT(scsa_port_begin("ktdrv", ddi_test_this_module(), "ktdrv-compat",
	    "tdrv-bufsize=4096; tdrv-greeting=\"hello\";") == 0, "port begin");
	err = _init();
	scsa_port_end();
	SOL_EXPECT(err == 0, "_init: %d", err);
	SOL_EXPECT(sol_bound(a, 0), "a bound");
	SOL_EXPECT(strcmp(ddi_binding_name(a), "ktdrv-compat") == 0, "binding name");
	SOL_EXPECT(strcmp(ddi_get_name_addr(a), "0,0") == 0, "unit address");
	SOL_EXPECT(ddi_prop_lookup_string(DDI_DEV_T_ANY, a, DDI_PROP_DONTPASS,
	    "tdrv-greeting", &s) == DDI_PROP_SUCCESS && strcmp(s, "hello") == 0, "conf string");
	ddi_prop_free(s);
	SOL_EXPECT(ddi_pathname(a, path) == path && strcmp(path, "/tnex/tchild@0,0") == 0,
	    "pathname %s", path);

	/* b binds by node name, c fails probe and stays unbound. */
	b = sol_child(nex, "ktdrv", NULL, "1,0");
	SOL_EXPECT(b != NULL && ndi_devi_online(b, 0) == NDI_SUCCESS && sol_bound(b, 1), "b");
	c = sol_child(nex, "tchild", "ktdrv-compat", "2,0");
	SOL_EXPECT(c != NULL && ndi_prop_update_int(DDI_DEV_T_NONE, c, "tdrv-fail-probe", 1)
	    == DDI_PROP_SUCCESS, "c");
	SOL_EXPECT(ndi_devi_online(c, 0) == NDI_SUCCESS && sol_bound(c, -1), "c unbound");

	/* getinfo, through ddi_getinfo_1to1's rules and the driver's own. */
	dev = makedevice(ddi_driver_major(b), 1);
	SOL_EXPECT(ddi_getinfo_1to1(NULL, DDI_INFO_DEVT2DEVINFO, (void *)dev, &res) ==
	    DDI_SUCCESS && res == b, "getinfo_1to1");
	found = NULL;
	SOL_EXPECT(ddi_get_driver(b)->devo_getinfo(NULL, DDI_INFO_DEVT2DEVINFO, (void *)dev,
	    (void **)&found) == DDI_SUCCESS && found == b, "driver getinfo");
	SOL_EXPECT(ddi_test_path_exists("/dev/scsa/ktdrv/1:ctl"), "/dev/scsa/ktdrv/1:ctl");

	/* open, open, close, close: close(9E) once; open blocks detach. */
	f1 = ddi_test_open("/dev/scsa/ktdrv/1:ctl", 0, &err);
	SOL_EXPECT(f1 != NULL, "open: %d", err);
	f2 = ddi_test_open("/dev/scsa/ktdrv/1:ctl", 0, &err);
	SOL_EXPECT(f2 != NULL, "second open: %d", err);
	SOL_EXPECT(ddi_test_open("/dev/scsa/ktdrv/1:ctl", 1, &err) == NULL && err == EBUSY,
	    "O_EXCL while open: %d", err);
	ddi_test_close(f1);
	SOL_EXPECT(ndi_devi_offline(b, 0) == NDI_BUSY && sol_bound(b, 1), "busy while open");
	ddi_test_close(f2);
	SOL_EXPECT(ndi_devi_offline(b, NDI_DEVI_REMOVE) == NDI_SUCCESS, "offline b");
	SOL_EXPECT(!ddi_test_path_exists("/dev/scsa/ktdrv/1:ctl"), "node gone");

	mi = scsa_port_modinfo_alloc();
	SOL_EXPECT(_info(mi) != 0 && strcmp(mi->mi_name, "ktdrv") == 0 &&
	    strcmp(mi->mi_msinfo[0].msi_linkinfo, "scsa_compat test driver") == 0 &&
	    mi->mi_msinfo[0].msi_p0 == (int)ddi_driver_major(a), "_info");
	scsa_port_modinfo_free(mi);

	SOL_EXPECT(_fini() == 0, "_fini");
	SOL_EXPECT(sol_bound(a, -1), "a unbound after _fini");
	SOL_EXPECT(strcmp(tdrv_events, "init probe attach0 probe attach1 probe open1 open1 "
	    "close1 detach1 detach0 fini") == 0, "entry points: %s", tdrv_events);

	SOL_EXPECT(ndi_devi_offline(nex, 0) == NDI_SUCCESS && tnex_uninits == 3,
	    "offline nexus: %d uninits", tnex_uninits);
	SOL_EXPECT(ndi_devi_free(nex) == NDI_FAILURE, "children still there");
	(void) ndi_devi_free(a);
	(void) ndi_devi_free(c);
	SOL_EXPECT(ndi_devi_free(nex) == NDI_SUCCESS, "free nexus");
	return (0);
}

static int sol_iodone_calls;

static int sol_iodone(struct buf *bp)
{
	sol_iodone_calls++;
	return (0);
}

static int sol_bufs(void)
{
	struct buf *bp = getrbuf(KM_SLEEP), *cl;
	char *data = kmem_zalloc(8192, KM_SLEEP);

	bp->b_flags = B_BUSY | B_READ;
	bp->b_un.b_addr = data;
	bp->b_bcount = 8192;
	bioerror(bp, 0);
	bp->b_flags |= B_ERROR;
	SOL_EXPECT(geterror(bp) == EIO, "B_ERROR without b_error is EIO");
	bioerror(bp, ENXIO);
	biodone(bp);
	SOL_EXPECT(biowait(bp) == ENXIO && (bp->b_flags & B_DONE), "biodone/biowait");
	cl = bioclone(bp, 4096, 512, bp->b_edev, 8, sol_iodone, NULL, KM_SLEEP);
	SOL_EXPECT(cl != NULL && cl->b_un.b_addr == data + 4096 && cl->b_bcount == 512 &&
	    cl->b_lblkno == 8 && (cl->b_flags & B_READ), "bioclone of a kernel buffer");
	biodone(cl);
	SOL_EXPECT(sol_iodone_calls == 1, "b_iodone called");
	freerbuf(cl);
	bp->b_bcount = 64 * 1024 * 1024;
	minphys(bp);
	SOL_EXPECT(bp->b_bcount == (size_t)maxphys, "minphys");
	bioreset(bp);
	SOL_EXPECT(bp->b_flags == 0 && bp->b_error == 0, "bioreset");
	SOL_EXPECT(biosize() == sizeof (struct buf), "biosize");
	freerbuf(bp);
	kmem_free(data, 8192);
	return (0);
}

/* Byte i of test page pg, as first filled. */
static uchar_t sol_pg_byte(int pg, size_t i)
{
	return ((uchar_t)(pg * 37 + i * 3 + (i >> 8)));
}

/*
 * B_PAGEIO bufs as block requests make them: bp_mapin() gives the data
 * whatever the segments' offsets (a bounce buffer for pieces of pages,
 * copied back for B_READ at bp_mapout(); a mapping of whole pages
 * otherwise), and bioclone() takes part of one.
 */
static int sol_pageio_bufs(void)
{
	struct scsa_pageio_seg seg[3];
	struct scsa_pageio pio;
	struct buf *bp = getrbuf(KM_SLEEP), *cl;
	uchar_t *pg[3], *exp, *p;
	unsigned long bounces;
	size_t i, n;
	int k, ok;

	for (k = 0; k < 3; k++) {
		pg[k] = kmem_alloc(PAGESIZE, KM_SLEEP);
		for (i = 0; i < PAGESIZE; i++)
			pg[k][i] = sol_pg_byte(k, i);
	}
	exp = kmem_alloc(3 * PAGESIZE, KM_SLEEP);

	/* Pieces: 1 KiB at 512, 512 bytes across nothing at 3584, a page. */
	seg[0].page = scsa_lx_kva_page(pg[0]);
	seg[0].off = 512;
	seg[0].len = 1024;
	seg[1].page = scsa_lx_kva_page(pg[1]);
	seg[1].off = 3584;
	seg[1].len = 512;
	seg[2].page = scsa_lx_kva_page(pg[2]);
	seg[2].off = 0;
	seg[2].len = PAGESIZE;
	bzero(&pio, sizeof (pio));
	pio.segs = seg;
	pio.nsegs = 3;
	pio.start = 256;			/* the data starts 256 bytes in */
	n = 1024 + 512 + PAGESIZE - 256;
	bcopy(pg[0] + 512 + 256, exp, 768);
	bcopy(pg[1] + 3584, exp + 768, 512);
	bcopy(pg[2], exp + 1280, PAGESIZE);

	bp->b_flags = B_BUSY | B_PAGEIO | B_READ;
	bp->b_pages = (struct page *)(void *)&pio;
	bp->b_un.b_addr = (caddr_t)(uintptr_t)(512 + 256);
	bp->b_bcount = n;
	bounces = scsa_lx_pageio_bounces();
	bp_mapin(bp);
	SOL_EXPECT(bp->b_flags & B_REMAPPED, "bp_mapin did not map");
	SOL_EXPECT(bcmp(bp->b_un.b_addr, exp, n) == 0, "mapped data differs");
	SOL_EXPECT(scsa_lx_pageio_bounces() == bounces + 1, "pieces of pages not bounced");
	/* As a driver's read would: fill the buf, which lands in the pages. */
	for (i = 0; i < n; i++)
		bp->b_un.b_addr[i] = (char)(i * 5);
	bp_mapout(bp);
	SOL_EXPECT(!(bp->b_flags & B_REMAPPED) && bp->b_un.b_addr == (caddr_t)(512 + 256),
	    "bp_mapout did not restore b_addr (%p)", (void *)bp->b_un.b_addr);
	ok = pg[0][767] == sol_pg_byte(0, 767) && pg[0][768] == 0 &&
	    pg[0][1535] == ((767 * 5) & 0xff) && pg[0][1536] == sol_pg_byte(0, 1536) &&
	    pg[1][3583] == sol_pg_byte(1, 3583) && pg[1][3584] == ((768 * 5) & 0xff) &&
	    pg[2][0] == ((1280 * 5) & 0xff) && pg[2][PAGESIZE - 1] == (((n - 1) * 5) & 0xff);
	SOL_EXPECT(ok, "B_READ bounce not copied back exactly");

	/* bioclone(): 1 KiB from byte 512 of the data, across segments. */
	cl = bioclone(bp, 512, 1024, bp->b_edev, 9, NULL, NULL, KM_SLEEP);
	SOL_EXPECT(cl != NULL && (cl->b_flags & B_PAGEIO) && cl->b_bcount == 1024 &&
	    cl->b_un.b_addr == (caddr_t)(512 + 256 + 512), "bioclone of a B_PAGEIO buf");
	bp_mapin(cl);
	p = (uchar_t *)cl->b_un.b_addr;
	for (i = 0, ok = 1; i < 1024; i++)
		ok &= p[i] == (uchar_t)((512 + i) * 5);
	SOL_EXPECT(ok, "the clone maps the wrong bytes");
	freerbuf(cl);				/* maps out, drops its page list */

	/* Whole pages but at the ends: mapped, not bounced. */
	seg[0].off = 2048;
	seg[0].len = PAGESIZE - 2048;
	seg[1].off = 0;
	seg[1].len = PAGESIZE;
	seg[2].len = 1000;
	bzero(&pio, sizeof (pio));
	pio.segs = seg;
	pio.nsegs = 3;
	bp->b_flags = B_BUSY | B_PAGEIO | B_WRITE;
	bp->b_bcount = PAGESIZE - 2048 + PAGESIZE + 1000;
	bounces = scsa_lx_pageio_bounces();
	bp_mapin(bp);
	p = (uchar_t *)bp->b_un.b_addr;
	SOL_EXPECT((bp->b_flags & B_REMAPPED) && scsa_lx_pageio_bounces() == bounces,
	    "whole pages bounced");
	SOL_EXPECT(p[0] == pg[0][2048] && p[PAGESIZE - 2048] == pg[1][0] &&
	    p[bp->b_bcount - 1] == pg[2][999], "mapped pages differ");
	p[PAGESIZE - 2048 + 10] = 0x5a;
	SOL_EXPECT(pg[1][10] == 0x5a, "the mapping is not of the pages themselves");
	bp_mapout(bp);

	bp->b_flags = 0;
	freerbuf(bp);
	for (k = 0; k < 3; k++)
		kmem_free(pg[k], PAGESIZE);
	kmem_free(exp, 3 * PAGESIZE);
	return (0);
}

static int sol_uio_and_models(void)
{
	char src[8] = "abcdefg", dst[8];
	struct iovec iov[2] = { { dst, 3 }, { dst + 3, 5 } };
	struct uio uio;

	bzero(&uio, sizeof (uio));
	uio.uio_iov = iov;
	uio.uio_iovcnt = 2;
	uio.uio_segflg = UIO_SYSSPACE;
	uio.uio_resid = 8;
	SOL_EXPECT(uiomove(src, 8, UIO_READ, &uio) == 0 && uio.uio_resid == 0 &&
	    uio.uio_loffset == 8 && strcmp(dst, "abcdefg") == 0, "uiomove");
	SOL_EXPECT(ddi_copyin(src, dst, 4, FKIOCTL) == 0, "FKIOCTL copyin");
	SOL_EXPECT(ddi_copyin((void *)16, dst, 4, 0) == -1, "bad user pointer gives -1");
	SOL_EXPECT(ddi_model_convert_from(FREAD | DATAMODEL_ILP32) == DDI_MODEL_ILP32,
	    "ILP32");
	SOL_EXPECT(ddi_model_convert_from(FREAD | DATAMODEL_LP64) == DDI_MODEL_NONE, "LP64");
	SOL_EXPECT(get_udatamodel() == DATAMODEL_LP64, "native");
	SOL_EXPECT(drv_priv(ddi_get_cred()) == 0, "modprobe runs privileged");
	return (0);
}

static int sol_formats(void)
{
	char buf[64];
	size_t n;

	n = snprintf(buf, sizeof (buf), "%b", 3, "\020\1BIT0\2BIT1\3BIT2");
	SOL_EXPECT(strcmp(buf, "3<BIT0,BIT1>") == 0 && n == 12, "%%b gave %s", buf);
	(void) snprintf(buf, sizeof (buf), "%5s|%-3d|%x|%llu|%zu|%c|%%|%s", "ab", 7, 255,
	    12345678901ULL, (size_t)9, 'z', (char *)NULL);
	SOL_EXPECT(strcmp(buf, "   ab|7  |ff|12345678901|9|z|%|<null string>") == 0,
	    "formats gave %s", buf);
	n = snprintf(buf, 4, "%d", 123456);
	SOL_EXPECT(n == 6 && strcmp(buf, "123") == 0, "truncation");
	SOL_EXPECT(sprintf(buf, "%s-%d", "x", 1) == buf && strcmp(buf, "x-1") == 0, "sprintf");
	cmn_err(CE_CONT, "!scsa_ddi_model: cmn_err %b\n", 5, "\010\1A\3C");
	return (0);
}

static int sol_kstats(void)
{
	kstat_t *ks = kstat_create("ktest", 0, "ktest0", "disk", KSTAT_TYPE_IO, 1, 0);
	kstat_t *kn = kstat_create("ktest", 0, "ktest0,err", "misc", KSTAT_TYPE_NAMED, 2,
	    KSTAT_FLAG_PERSISTENT);
	kstat_io_t *io;
	kstat_named_t *nm;

	SOL_EXPECT(ks != NULL && kn != NULL, "create");
	io = KSTAT_IO_PTR(ks);
	kstat_waitq_enter(io);
	kstat_waitq_to_runq(io);
	SOL_EXPECT(io->wcnt == 0 && io->rcnt == 1, "to runq");
	kstat_runq_back_to_waitq(io);
	SOL_EXPECT(io->wcnt == 1 && io->rcnt == 0, "back to waitq");
	kstat_waitq_exit(io);
	kstat_runq_enter(io);
	kstat_runq_exit(io);
	SOL_EXPECT(io->wcnt == 0 && io->rcnt == 0, "queues empty");
	nm = KSTAT_NAMED_PTR(kn);
	kstat_named_init(&nm[0], "errors", KSTAT_DATA_UINT32);
	kstat_named_init(&nm[1], "model", KSTAT_DATA_STRING);
	kstat_named_setstr(&nm[1], "tdrv");
	nm[0].value.ui32 = 3;
	kstat_install(ks);
	kstat_install(kn);
	kstat_delete(ks);
	kstat_delete(kn);

	/* No name: <module><instance>, truncated to KSTAT_STRLEN as a whole. */
	ks = kstat_create("ktest", 7, NULL, "disk", KSTAT_TYPE_IO, 1, 0);
	SOL_EXPECT(ks != NULL && strcmp(ks->ks_name, "ktest7") == 0,
	    "NULL name is <module><instance>");
	kstat_delete(ks);
	ks = kstat_create("a_module_name_of_thirty_chars", 12345, NULL, "disk",
	    KSTAT_TYPE_IO, 1, 0);
	SOL_EXPECT(ks != NULL && strlen(ks->ks_name) == KSTAT_STRLEN - 1 &&
	    strncmp(ks->ks_name, "a_module_name_of_thirty_chars1", KSTAT_STRLEN - 1) == 0,
	    "long <module><instance> truncated");
	kstat_delete(ks);
	return (0);
}

const struct scsa_sol_case scsa_sol_cases[] = {
	{ "soft_state", sol_soft_state },
	{ "conf_syntax", sol_conf_syntax },
	{ "properties", sol_props },
	{ "size_properties", sol_size_props },
	{ "lifecycle", sol_lifecycle },
	{ "bufs", sol_bufs },
	{ "pageio_bufs", sol_pageio_bufs },
	{ "uio_and_models", sol_uio_and_models },
	{ "formats", sol_formats },
	{ "kstats", sol_kstats },
};
const unsigned int scsa_sol_ncases = sizeof (scsa_sol_cases) / sizeof (scsa_sol_cases[0]);
