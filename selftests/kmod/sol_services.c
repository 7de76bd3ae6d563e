// SPDX-License-Identifier: GPL-2.0
/*
 * DDI/DKI services as a ported driver sees them: this file includes only
 * illumos headers and uses illumos names, macros and types.
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/kmem.h>
#include <sys/ksynch.h>
#include <sys/ddi.h>
#include <sys/sunddi.h>
#include <sys/ddi_implfuncs.h>
#include <sys/scsi/scsi.h>
#include <sys/thread.h>
#include <sys/var.h>
#include <sys/panic.h>
#include <sys/taskq.h>
#include <sys/proc.h>
#include <sys/atomic.h>
#include <sys/errno.h>

#include "scsa_sol_ktap.h"

const char scsa_sol_suite[] = "scsa_sol_services";

struct unit {
	kmutex_t	un_mutex;
	kcondvar_t	un_cv;
	int		un_flag;
};

static int sol_mutex_and_cv(void)
{
	struct unit *un = kmem_zalloc(sizeof (*un), KM_SLEEP);
	clock_t ret;

	mutex_init(&un->un_mutex, "unit", MUTEX_DRIVER, NULL);
	cv_init(&un->un_cv, NULL, CV_DRIVER, NULL);
	mutex_enter(&un->un_mutex);
	SOL_EXPECT(MUTEX_HELD(&un->un_mutex), "not held after mutex_enter");
	ret = cv_timedwait(&un->un_cv, &un->un_mutex, ddi_get_lbolt() + drv_usectohz(10000));
	SOL_EXPECT(ret == -1, "cv_timedwait returned %ld", ret);
	SOL_EXPECT(MUTEX_HELD(&un->un_mutex), "not held after cv_timedwait");
	mutex_exit(&un->un_mutex);
	SOL_EXPECT(MUTEX_NOT_HELD(&un->un_mutex), "held after mutex_exit");
	cv_destroy(&un->un_cv);
	mutex_destroy(&un->un_mutex);
	kmem_free(un, sizeof (*un));
	return 0;
}

static int sol_ctor_calls;

static int sol_ctor(void *buf, void *arg, int kmflags)
{
	bzero(buf, 64);
	((uint32_t *)buf)[0] = 0xfeedface;
	sol_ctor_calls++;
	return (0);
}

static int sol_kmem_cache(void)
{
	kmem_cache_t *cp;
	uint32_t *obj;

	cp = kmem_cache_create("sol_test_cache", 64, 0, sol_ctor, NULL, NULL, NULL, NULL, 0);
	SOL_EXPECT(cp != NULL, "kmem_cache_create failed");
	obj = kmem_cache_alloc(cp, KM_SLEEP);
	SOL_EXPECT(obj != NULL && obj[0] == 0xfeedface, "object not constructed");
	kmem_cache_free(cp, obj);
	kmem_cache_destroy(cp);
	SOL_EXPECT(sol_ctor_calls == 1, "constructor ran %d times", sol_ctor_calls);
	return 0;
}

static int sol_strings(void)
{
	char buf[8], copy[32], *last, *tok, *dup;
	size_t n;

	n = strlcpy(buf, "truncated string", sizeof (buf));
	SOL_EXPECT(n == 16 && strcmp(buf, "truncat") == 0, "strlcpy gave %zu '%s'", n, buf);
	(void) strlcpy(copy, "direct, sequential,,ses", sizeof (copy));
	tok = strtok_r(copy, ", ", &last);
	SOL_EXPECT(tok != NULL && strcmp(tok, "direct") == 0, "first token");
	tok = strtok_r(NULL, ", ", &last);
	SOL_EXPECT(tok != NULL && strcmp(tok, "sequential") == 0, "second token");
	tok = strtok_r(NULL, ", ", &last);
	SOL_EXPECT(tok != NULL && strcmp(tok, "ses") == 0, "third token");
	SOL_EXPECT(strtok_r(NULL, ", ", &last) == NULL, "no fourth token");
	dup = strdup("scsiclass,00");
	SOL_EXPECT(strcasecmp(dup, "SCSICLASS,00") == 0, "strdup copy '%s'", dup);
	strfree(dup);
	bcopy("abcdef", copy, 7);
	bcopy(copy, copy + 1, 6);	/* overlapping */
	SOL_EXPECT(bcmp(copy, "aabcdef", 7) == 0, "bcopy overlap gave '%s'", copy);
	bzero(copy, sizeof (copy));
	SOL_EXPECT(copy[0] == 0 && copy[31] == 0, "bzero");
	return 0;
}

static int sol_dev_t(void)
{
	dev_t dev = makedevice(240, 0x12345);

	SOL_EXPECT(getmajor(dev) == 240 && getminor(dev) == 0x12345,
	    "makedevice/getmajor/getminor round trip: %u %u", getmajor(dev), getminor(dev));
	SOL_EXPECT(sizeof (dev_t) == 8 && sizeof (daddr_t) == 8, "illumos LP64 sizes");
	return 0;
}

static int sol_time(void)
{
	SOL_EXPECT(drv_usectohz(1000000) == hz, "1 s is %ld ticks, hz %d",
	    drv_usectohz(1000000), hz);
	SOL_EXPECT(drv_hztousec(hz) == 1000000, "hz ticks are %ld us", drv_hztousec(hz));
	SOL_EXPECT(gethrtime() > 0, "gethrtime");
	return 0;
}

static int sol_scsi_names(void)
{
	static struct scsi_key_strings cmds[] = {
		{ SCMD_READ_G1, "read(10)" }, { -1, NULL },
	};
	char tmp[64];

	SOL_EXPECT(strcmp(scsi_sname(KEY_ILLEGAL_REQUEST), "Illegal Request") == 0,
	    "sense key 5: %s", scsi_sname(KEY_ILLEGAL_REQUEST));
	SOL_EXPECT(strcmp(scsi_rname(CMD_TIMEOUT), "timeout") == 0, "reason: %s",
	    scsi_rname(CMD_TIMEOUT));
	SOL_EXPECT(strcmp(scsi_rname(200), "<unknown reason>") == 0, "bad reason");
	SOL_EXPECT(strcmp(scsi_cmd_name(SCMD_READ_G1, cmds, tmp), "read(10)") == 0, "cmd");
	SOL_EXPECT(strcmp(scsi_cmd_name(0xee, cmds, tmp), "<undecoded cmd 0xee>") == 0,
	    "unknown cmd: %s", tmp);
	SOL_EXPECT(strcmp(scsi_dname(DTYPE_SEQUENTIAL), "Sequential Access") == 0, "dtype");
	scsi_log(NULL, "sol_services", SCSI_DEBUG, "debug message %d", 42);
	scsi_log(NULL, "sol_services", CE_CONT, "!log-only message\n");
	return 0;
}

/* Standard INQUIRY data of a made-up device, for the devid encodings. */
static void sol_fake_inquiry(uchar_t *inq)
{
	bzero(inq, SUN_INQSIZE);
	bcopy("ACME    ", &inq[8], 8);
	bcopy("WIDGET          ", &inq[16], 16);
}

/* devid_str_encode(dev) must be want; the devid is freed. */
static int sol_devid_str_is(ddi_devid_t devid, char *minor, const char *want)
{
	char *s = ddi_devid_str_encode(devid, minor);
	int same = s != NULL && strcmp(s, want) == 0;

	if (!same)
		scsa_sol_diag("devid string %s, want %s", s ? s : "(null)", want);
	ddi_devid_str_free(s);
	return (same ? 0 : -1);
}

/*
 * ddi_devid_scsi_encode(9F) and the string form, against illumos's
 * encoding: page 83 NAA wins over T10 whatever the order, version 1 calls
 * every page 83 id a WWN, numbers are in hex and names in ASCII.
 */
static int sol_devid_encoding(void)
{
	static uchar_t p83[] = {
		0x00, 0x83, 0x00, 24,
		0x02, 0x01, 0x00, 8, 'A', 'C', 'M', 'E', ' ', 'a', 'b', 'c',
		0x01, 0x03, 0x00, 8, 0x60, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0xab,
	};
	static uchar_t p83zero[] = {
		0x00, 0x83, 0x00, 12, 0x01, 0x03, 0x00, 8, 0, 0, 0, 0, 0, 0, 0, 0,
	};
	static uchar_t p80[] = { 0x00, 0x80, 0x00, 7, ' ', ' ', 'S', 'N', '1', '2', '3' };
	static uchar_t p80blank[] = { 0x00, 0x80, 0x00, 4, ' ', ' ', ' ', ' ' };
	uchar_t inq[SUN_INQSIZE];
	ddi_devid_t d1, d2, d3;
	char *enc, *minor;

	sol_fake_inquiry(inq);
	SOL_EXPECT(ddi_devid_scsi_encode(DEVID_SCSI_ENCODE_VERSION_LATEST, "sd", inq,
	    sizeof (inq), NULL, 0, p83, sizeof (p83), &d1) == DDI_SUCCESS, "NAA encode");
	SOL_EXPECT(ddi_devid_valid(d1) == DDI_SUCCESS, "valid");
	SOL_EXPECT(ddi_devid_sizeof(d1) == ddi_devid_sizeof(NULL) + 8, "size %lu",
	    (ulong_t)ddi_devid_sizeof(d1));
	SOL_EXPECT(sol_devid_str_is(d1, NULL, "id1,sd@n60010203040506ab") == 0, "NAA string");
	SOL_EXPECT(ddi_devid_scsi_encode(DEVID_SCSI_ENCODE_VERSION1, "sd", inq, sizeof (inq),
	    NULL, 0, p83, sizeof (p83), &d2) == DDI_SUCCESS, "version 1 encode");
	SOL_EXPECT(sol_devid_str_is(d2, NULL, "id1,sd@w60010203040506ab") == 0, "WWN string");
	SOL_EXPECT(ddi_devid_compare(d1, d2) == 0, "WWN and NAA of the same bytes differ");
	ddi_devid_free(d2);

	/* Page 80: vendor, product and serial number, blanks shown as '_'. */
	SOL_EXPECT(ddi_devid_scsi_encode(DEVID_SCSI_ENCODE_VERSION_LATEST, "longname", inq,
	    sizeof (inq), p80, sizeof (p80), NULL, 0, &d2) == DDI_SUCCESS, "serial encode");
	SOL_EXPECT(sol_devid_str_is(d2, NULL,
	    "id1,name@SACME____WIDGET____________SN123") == 0, "serial string");
	SOL_EXPECT(ddi_devid_compare(d1, d2) != 0, "different ids compare equal");

	/* The string form decodes to the same devid, minor name apart. */
	enc = ddi_devid_str_encode(d1, "a,raw");
	SOL_EXPECT(enc != NULL, "encode with minor");
	SOL_EXPECT(ddi_devid_str_decode(enc, &d3, &minor) == DDI_SUCCESS, "decode %s", enc);
	ddi_devid_str_free(enc);
	SOL_EXPECT(minor != NULL && strcmp(minor, "a,raw") == 0, "minor %s", minor);
	ddi_devid_str_free(minor);
	SOL_EXPECT(ddi_devid_compare(d1, d3) == 0, "decoded devid differs");
	ddi_devid_free(d3);
	SOL_EXPECT(ddi_devid_str_decode("id1,sd@q1234", &d3, NULL) == DDI_FAILURE,
	    "bad type letter");
	SOL_EXPECT(ddi_devid_str_decode("id1,sd@n123", &d3, NULL) == DDI_FAILURE, "odd hex");
	SOL_EXPECT(sol_devid_str_is(NULL, NULL, "id0") == 0, "no devid");
	ddi_devid_free(d1);
	ddi_devid_free(d2);

	/* No usable id: all zeros is not yet an id, blanks are no serial. */
	SOL_EXPECT(ddi_devid_scsi_encode(DEVID_SCSI_ENCODE_VERSION_LATEST, "sd", inq,
	    sizeof (inq), NULL, 0, p83zero, sizeof (p83zero), &d1) == DDI_NOT_WELL_FORMED,
	    "zero NAA");
	SOL_EXPECT(ddi_devid_scsi_encode(DEVID_SCSI_ENCODE_VERSION_LATEST, "sd", inq,
	    sizeof (inq), p80blank, sizeof (p80blank), NULL, 0, &d1) == DDI_FAILURE,
	    "blank serial");
	SOL_EXPECT(ddi_devid_scsi_encode(DEVID_SCSI_ENCODE_VERSION_LATEST + 1, "sd", inq,
	    sizeof (inq), NULL, 0, p83, sizeof (p83), &d1) == DDI_FAILURE, "bad version");
	return (0);
}

/* The sense key and code names drivers print (st), illumos's spellings. */
static int sol_sense_key_names(void)
{
	char tmp[64];

	SOL_EXPECT(strcmp(sense_keys[KEY_NOT_READY], "Not_Ready") == 0, "%s",
	    sense_keys[KEY_NOT_READY]);
	SOL_EXPECT(strcmp(sense_keys[KEY_MISCOMPARE], "Miscompare_Error") == 0, "miscompare");
	SOL_EXPECT(strcmp(sense_keys[SUN_KEY_WRONGMEDIA], "wrong_tape_media") == 0, "last");
	SOL_EXPECT(strcmp(scsi_asc_name(0x24, 0, tmp), "invalid field in cdb") == 0, "%s",
	    scsi_asc_name(0x24, 0, tmp));
	SOL_EXPECT(strcmp(scsi_asc_name(0x99, 1, tmp), "<vendor unique code 0x99>") == 0, "%s",
	    tmp);
	SOL_EXPECT(strcmp(scsi_esname(0x3a, tmp), "medium not present") == 0, "esname");
	/* The tables st reads directly. */
	SOL_EXPECT(strcmp(scsi_cmd_name(SCMD_READ_G1, scsi_cmds, tmp), "read(10)") == 0, "%s",
	    scsi_cmd_name(SCMD_READ_G1, scsi_cmds, tmp));
	SOL_EXPECT(strcmp(scsi_cmd_name(SCMD_SPACE, scsi_cmds, tmp), "space") == 0, "space");
	SOL_EXPECT(scsi_cdb_size[CDB_GROUPID(SCMD_READ_G4)] == 16 &&
	    scsi_cdb_size[CDB_GROUPID(SCMD_INQUIRY)] == 6 &&
	    scsi_cdb_size[CDB_GROUPID(SCMD_READ_G5)] == 12, "cdb sizes");
	return (0);
}

/* Memory for DMA: aligned as the attributes ask, usable, freed. */
static int sol_dma_memory(void)
{
	ddi_dma_attr_t attr = {
		.dma_attr_version = DMA_ATTR_V0,
		.dma_attr_addr_hi = 0xffffffffffffffffULL,
		.dma_attr_count_max = 0xffffff,
		.dma_attr_align = 512,
		.dma_attr_burstsizes = 1,
		.dma_attr_minxfer = 1,
		.dma_attr_maxxfer = 0xffffff,
		.dma_attr_seg = 0xffffffffULL,
		.dma_attr_sgllen = 1,
		.dma_attr_granular = 512,
	};
	ddi_device_acc_attr_t acc = { DDI_DEVICE_ATTR_V0, DDI_NEVERSWAP_ACC, DDI_STRICTORDER_ACC };
	ddi_dma_handle_t h;
	ddi_acc_handle_t ah;
	caddr_t a, b;
	size_t len;
	int i;

	SOL_EXPECT(ddi_dma_alloc_handle(NULL, &attr, DDI_DMA_SLEEP, NULL, &h) == DDI_SUCCESS,
	    "handle");
	for (i = 0; i < 4; i++) {
		SOL_EXPECT(ddi_dma_mem_alloc(h, 1000 + i, &acc, DDI_DMA_STREAMING, DDI_DMA_SLEEP,
		    NULL, &a, &len, &ah) == DDI_SUCCESS, "mem_alloc");
		SOL_EXPECT(((uintptr_t)a & 511) == 0 && len >= 1000 + (size_t)i, "%p %lu",
		    (void *)a, (ulong_t)len);
		(void) memset(a, 0xa5, len);
		ddi_dma_mem_free(&ah);
		SOL_EXPECT(ah == NULL, "access handle not cleared");
	}
	ddi_dma_free_handle(&h);
	SOL_EXPECT(h == NULL, "handle not cleared");
	attr.dma_attr_version = 7;
	SOL_EXPECT(ddi_dma_alloc_handle(NULL, &attr, DDI_DMA_SLEEP, NULL, &h) == DDI_DMA_BADATTR,
	    "bad version");

	attr.dma_attr_version = DMA_ATTR_V0;
	attr.dma_attr_align = 64;
	SOL_EXPECT(i_ddi_mem_alloc(NULL, &attr, 100, 1, 0, NULL, &b, &len, NULL) ==
	    DDI_SUCCESS, "i_ddi_mem_alloc");
	SOL_EXPECT(((uintptr_t)b & 63) == 0 && len >= 100, "%p", (void *)b);
	(void) memset(b, 0, len);
	i_ddi_mem_free(b, NULL);
	return (0);
}

/* curthread seen from a task queue's thread. */
struct sol_thread_seen {
	kthread_t	*t;
	ushort_t	flag;
	kthread_t	*again;
};

static void sol_thread_look(void *arg)
{
	struct sol_thread_seen *seen = arg;

	seen->t = curthread;
	seen->flag = curthread->t_flag;
	seen->again = curthread;
}

/* curthread identifies the thread; none is an interrupt thread. */
static int sol_curthread(void)
{
	struct sol_thread_seen seen = { NULL, 0xffff, NULL };
	kthread_t *me = curthread;
	ddi_taskq_t *tq;

	SOL_EXPECT(me != NULL && me == curthread, "%p", (void *)me);
	SOL_EXPECT((me->t_flag & T_INTR_THREAD) == 0, "t_flag %#x", me->t_flag);
	tq = ddi_taskq_create(NULL, "sol_curthread", 1, TASKQ_DEFAULTPRI, 0);
	SOL_EXPECT(tq != NULL, "ddi_taskq_create");
	(void) ddi_taskq_dispatch(tq, sol_thread_look, &seen, DDI_SLEEP);
	ddi_taskq_wait(tq);
	ddi_taskq_destroy(tq);
	SOL_EXPECT(seen.t != NULL && seen.t == seen.again && seen.t != me, "%p %p %p",
	    (void *)seen.t, (void *)seen.again, (void *)me);
	SOL_EXPECT(seen.flag == 0, "t_flag %#x in a task", seen.flag);
	return (0);
}

/* What drivers read of the kernel by name. */
static int sol_kernel_data(void)
{
	SOL_EXPECT(v.v_maxsyspri == 99, "v_maxsyspri %d", v.v_maxsyspri);
	SOL_EXPECT(ncpus >= 1, "ncpus %d", ncpus);
	SOL_EXPECT(do_polled_io == 0, "do_polled_io %d", do_polled_io);
	return (0);
}

/* Task queues, taskq_*(): what sd and its xbuf layer rely on. */
struct sol_tq_state {
	kmutex_t	lock;
	kcondvar_t	cv;
	volatile uint32_t running;
	volatile uint32_t maxrun;
	volatile uint32_t done;
	volatile uint32_t next;
	int		order[32];
	boolean_t	release;
	taskq_t		*tq;
	int		member;
	ushort_t	flag;
	taskqid_t	id;
};

struct sol_tq_task {
	struct sol_tq_state *st;
	int		n;
};

static void
sol_tq_record(void *arg)
{
	struct sol_tq_task *t = arg;
	uint32_t slot = atomic_inc_32_nv(&t->st->next) - 1;

	if (slot < 32)
		t->st->order[slot] = t->n;
	atomic_inc_32(&t->st->done);
}

/* Runs until released, counting the tasks running at once. */
static void
sol_tq_block(void *arg)
{
	struct sol_tq_state *st = arg;
	uint32_t now = atomic_inc_32_nv(&st->running), old;

	do {
		old = st->maxrun;
	} while (now > old && atomic_cas_32(&st->maxrun, old, now) != old);
	mutex_enter(&st->lock);
	while (!st->release)
		(void) cv_reltimedwait(&st->cv, &st->lock, drv_usectohz(10000),
		    TR_CLOCK_TICK);
	mutex_exit(&st->lock);
	atomic_dec_32(&st->running);
	atomic_inc_32(&st->done);
}

static void
sol_tq_release(struct sol_tq_state *st)
{
	mutex_enter(&st->lock);
	st->release = B_TRUE;
	cv_broadcast(&st->cv);
	mutex_exit(&st->lock);
}

static struct sol_tq_state *
sol_tq_state(void)
{
	struct sol_tq_state *st = kmem_zalloc(sizeof (*st), KM_SLEEP);

	mutex_init(&st->lock, NULL, MUTEX_DRIVER, NULL);
	cv_init(&st->cv, NULL, CV_DRIVER, NULL);
	return (st);
}

static void
sol_tq_state_free(struct sol_tq_state *st)
{
	cv_destroy(&st->cv);
	mutex_destroy(&st->lock);
	kmem_free(st, sizeof (*st));
}

/* One thread: tasks run one at a time, in order; TQ_FRONT goes first. */
static int
sol_taskq_order(void)
{
	struct sol_tq_state *st = sol_tq_state();
	struct sol_tq_task tasks[20];
	taskq_t *tq;
	int i;

	tq = taskq_create("sol_order", 1, v.v_maxsyspri - 2, 4, 64,
	    TASKQ_PREPOPULATE);
	SOL_EXPECT(tq != NULL, "taskq_create");
	for (i = 0; i < 20; i++) {
		tasks[i].st = st;
		tasks[i].n = i;
		SOL_EXPECT(taskq_dispatch(tq, sol_tq_record, &tasks[i],
		    TQ_SLEEP) != TASKQID_INVALID, "dispatch %d", i);
	}
	taskq_wait(tq);
	SOL_EXPECT(taskq_empty(tq), "not empty after taskq_wait");
	SOL_EXPECT(st->done == 20, "%u done", st->done);
	for (i = 0; i < 20; i++)
		SOL_EXPECT(st->order[i] == i, "task %d ran %dth", st->order[i],
		    i);

	/* Suspended, tasks queue; on resume the TQ_FRONT one runs first. */
	st->next = 0;
	taskq_suspend(tq);
	SOL_EXPECT(taskq_suspended(tq), "not suspended");
	(void) taskq_dispatch(tq, sol_tq_record, &tasks[1], TQ_SLEEP);
	(void) taskq_dispatch(tq, sol_tq_record, &tasks[2], TQ_SLEEP);
	(void) taskq_dispatch(tq, sol_tq_record, &tasks[3], TQ_SLEEP | TQ_FRONT);
	delay(drv_usectohz(20000));
	SOL_EXPECT(st->next == 0 && !taskq_empty(tq), "ran while suspended");
	taskq_resume(tq);
	taskq_wait(tq);
	SOL_EXPECT(st->order[0] == 3 && st->order[1] == 1 && st->order[2] == 2,
	    "order %d %d %d", st->order[0], st->order[1], st->order[2]);
	taskq_destroy(tq);
	sol_tq_state_free(st);
	return (0);
}

/*
 * N threads run N tasks at once, and no more.  The runners are work items of
 * an unbound workqueue, whose kworkers start on demand: under KASAN on TCG a
 * new one can take seconds, hence the long bound.  The blocked tasks run this
 * module's code, so they are released and the queue destroyed before any
 * verdict: a failure must not leave them running past the unload.
 */
static int
sol_taskq_concurrency(void)
{
	struct sol_tq_state *st = sol_tq_state();
	uint32_t running, maxrun, done;
	taskq_t *tq;
	int i;

	tq = taskq_create("sol_conc", 4, v.v_maxsyspri - 2, 8, 64, 0);
	for (i = 0; i < 6; i++)
		(void) taskq_dispatch(tq, sol_tq_block, st, TQ_SLEEP);
	for (i = 0; i < 3000 && st->running < 4; i++)
		delay(drv_usectohz(10000));
	delay(drv_usectohz(50000));
	running = st->running;
	maxrun = st->maxrun;
	sol_tq_release(st);
	taskq_wait(tq);
	done = st->done;
	taskq_destroy(tq);
	SOL_EXPECT(running == 4 && maxrun == 4, "running %u, at most %u",
	    running, maxrun);
	SOL_EXPECT(done == 6 && st->maxrun == 4,
	    "%u done, at most %u together", done, st->maxrun);
	sol_tq_state_free(st);
	return (0);
}

/* maxalloc entries outstanding: TQ_NOSLEEP then fails with 0. */
static int
sol_taskq_nosleep_exhaustion(void)
{
	struct sol_tq_state *st = sol_tq_state();
	struct sol_tq_task task = { st, 7 };
	taskqid_t blocker, more[2], fourth, noalloc;
	boolean_t empty;
	taskq_t *tq;
	int i;

	tq = taskq_create("sol_exh", 1, v.v_maxsyspri - 2, 3, 3,
	    TASKQ_PREPOPULATE);
	blocker = taskq_dispatch(tq, sol_tq_block, st, TQ_NOSLEEP);
	for (i = 0; i < 2; i++)
		more[i] = taskq_dispatch(tq, sol_tq_record, &task, TQ_NOSLEEP);
	fourth = taskq_dispatch(tq, sol_tq_record, &task, TQ_NOSLEEP);
	noalloc = taskq_dispatch(tq, sol_tq_record, &task, TQ_NOALLOC);
	empty = taskq_empty(tq);
	/* Released before any verdict: the blocker runs this module's code. */
	sol_tq_release(st);
	taskq_wait(tq);
	SOL_EXPECT(blocker != TASKQID_INVALID, "blocker");
	for (i = 0; i < 2; i++)
		SOL_EXPECT(more[i] != TASKQID_INVALID, "entry %d", i + 2);
	SOL_EXPECT(fourth == TASKQID_INVALID, "a 4th entry of 3: %lx",
	    (ulong_t)fourth);
	SOL_EXPECT(noalloc == TASKQID_INVALID,
	    "TQ_NOALLOC with no free entry");
	SOL_EXPECT(!empty, "empty with tasks queued");
	SOL_EXPECT(st->done == 3, "%u done", st->done);
	SOL_EXPECT(taskq_dispatch(tq, sol_tq_record, &task, TQ_NOSLEEP) !=
	    TASKQID_INVALID, "again after the tasks ended");
	taskq_destroy(tq);
	SOL_EXPECT(st->done == 4, "%u done after destroy", st->done);
	sol_tq_state_free(st);
	return (0);
}

static void
sol_tq_slow(void *arg)
{
	struct sol_tq_state *st = arg;

	delay(drv_usectohz(20000));
	atomic_inc_32(&st->done);
}

/* taskq_destroy() waits for every task dispatched. */
static int
sol_taskq_destroy_waits(void)
{
	struct sol_tq_state *st = sol_tq_state();
	taskq_t *tq;
	int i;

	tq = taskq_create("sol_destroy", 50, v.v_maxsyspri - 2, 0, INT_MAX,
	    TASKQ_THREADS_CPU_PCT);
	for (i = 0; i < 8; i++)
		(void) taskq_dispatch(tq, sol_tq_slow, st, TQ_SLEEP);
	taskq_destroy(tq);
	SOL_EXPECT(st->done == 8, "%u of 8 done", st->done);
	sol_tq_state_free(st);
	return (0);
}

static void
sol_tq_look(void *arg)
{
	struct sol_tq_state *st = arg;

	st->member = taskq_member(st->tq, curthread);
	atomic_inc_32(&st->done);
}

static void
sol_tq_from_irq(void *arg)
{
	struct sol_tq_state *st = arg;

	st->flag = curthread->t_flag;
	st->id = taskq_dispatch(st->tq, sol_tq_look, st, TQ_NOSLEEP);
}

/* TQ_NOSLEEP from interrupt context; taskq_member() in and out. */
static int
sol_taskq_interrupt_dispatch(void)
{
	struct sol_tq_state *st = sol_tq_state();
	taskq_t *tq;
	int i;

	tq = st->tq = taskq_create("sol_irq", 2, v.v_maxsyspri - 2, 2, 2,
	    TASKQ_PREPOPULATE);
	scsa_sol_in_interrupt(sol_tq_from_irq, st);
	SOL_EXPECT(st->flag & T_INTR_THREAD, "t_flag %#x in a timer", st->flag);
	SOL_EXPECT(st->id != TASKQID_INVALID, "dispatch from a timer failed");
	taskq_wait(tq);
	SOL_EXPECT(st->done == 1 && st->member == 1, "done %u member %d",
	    st->done, st->member);
	SOL_EXPECT(!taskq_member(tq, curthread), "member outside the queue");
	taskq_destroy(tq);

	SOL_EXPECT(system_taskq != NULL, "no system_taskq");
	st->tq = system_taskq;
	st->member = 0;
	SOL_EXPECT(taskq_dispatch(system_taskq, sol_tq_look, st, TQ_SLEEP) !=
	    TASKQID_INVALID, "system_taskq");
	for (i = 0; i < 100 && st->done < 2; i++)
		delay(drv_usectohz(10000));
	SOL_EXPECT(st->done == 2 && st->member == 1, "system_taskq: done %u",
	    st->done);
	sol_tq_state_free(st);
	return (0);
}

/* thread_create(): a copied argument, curthread, thread_exit(). */
struct sol_thr_arg {
	struct sol_tq_state *st;
	kthread_t	*self;
	void		*where;
	int		magic;
	boolean_t	use_exit;
};

static void
sol_thr_main(struct sol_thr_arg *a)
{
	struct sol_tq_state *st = a->st;
	boolean_t use_exit = a->use_exit;

	mutex_enter(&st->lock);
	st->order[st->next] = a->magic;
	st->tq = (taskq_t *)a->self;	/* unused as a queue: the address */
	st->id = (taskqid_t)curthread;
	st->member = (a->where != (void *)a);
	st->next++;
	cv_broadcast(&st->cv);
	mutex_exit(&st->lock);
	if (use_exit)
		thread_exit();
}

static int
sol_thread_create(void)
{
	struct sol_tq_state *st = sol_tq_state();
	struct sol_thr_arg a;
	kthread_t *t;
	int i;

	for (i = 0; i < 2; i++) {
		bzero(&a, sizeof (a));
		a.st = st;
		a.where = &a;
		a.magic = 0x5ca + i;
		a.use_exit = (i == 0);
		mutex_enter(&st->lock);
		t = thread_create(NULL, 0, sol_thr_main, &a, sizeof (a), &p0,
		    TS_RUN, v.v_maxsyspri - 2);
		SOL_EXPECT(t != NULL, "thread_create");
		while (st->next == (uint32_t)i)
			(void) cv_reltimedwait(&st->cv, &st->lock,
			    drv_usectohz(10000), TR_CLOCK_TICK);
		mutex_exit(&st->lock);
		SOL_EXPECT(st->order[i] == 0x5ca + i, "magic %#x", st->order[i]);
		SOL_EXPECT(st->member == 1, "arg was not a copy");
		SOL_EXPECT(st->id == (taskqid_t)t && t != curthread,
		    "curthread %p in the thread, %p returned", (void *)st->id,
		    (void *)t);
	}
	/* Both end soon (the test module's unload needs them gone). */
	delay(drv_usectohz(50000));
	sol_tq_state_free(st);
	return (0);
}

/* The atomic_*() family. */
static int
sol_atomics(void)
{
	volatile uint64_t u64 = 10;
	volatile uint32_t u32 = 0;
	volatile uint16_t u16 = 0xfff0;
	volatile uint8_t u8 = 0xff;
	volatile ulong_t ul = 0;
	char buf[8];
	void *volatile p = buf;

	atomic_inc_64(&u64);
	atomic_add_64(&u64, -3);
	SOL_EXPECT(u64 == 8, "u64 %llu", (u_longlong_t)u64);
	SOL_EXPECT(atomic_add_64_nv(&u64, 1ULL << 40) == (1ULL << 40) + 8,
	    "add_64_nv");
	SOL_EXPECT(atomic_dec_32_nv(&u32) == UINT32_MAX, "dec wraps");
	SOL_EXPECT(atomic_cas_32(&u32, 5, 6) == UINT32_MAX && u32 == UINT32_MAX,
	    "cas on a mismatch stored");
	SOL_EXPECT(atomic_cas_32(&u32, UINT32_MAX, 6) == UINT32_MAX && u32 == 6,
	    "cas on a match");
	SOL_EXPECT(atomic_swap_32(&u32, 9) == 6 && u32 == 9, "swap_32");
	SOL_EXPECT(atomic_or_16_nv(&u16, 0x000f) == 0xffff, "or_16_nv");
	atomic_and_16(&u16, 0x0ff0);
	SOL_EXPECT(u16 == 0x0ff0, "and_16 %#x", u16);
	SOL_EXPECT(atomic_inc_8_nv(&u8) == 0, "inc_8 wraps");
	atomic_add_ptr(&p, 3);
	SOL_EXPECT(p == buf + 3, "add_ptr");
	SOL_EXPECT(atomic_cas_ptr(&p, buf + 3, buf) == buf + 3 && p == buf,
	    "cas_ptr");
	SOL_EXPECT(atomic_swap_ptr(&p, NULL) == buf && p == NULL, "swap_ptr");
	SOL_EXPECT(atomic_set_long_excl(&ul, 63) == 0 &&
	    atomic_set_long_excl(&ul, 63) == -1 && ul == (1UL << 63),
	    "set_long_excl");
	SOL_EXPECT(atomic_clear_long_excl(&ul, 63) == 0 &&
	    atomic_clear_long_excl(&ul, 63) == -1 && ul == 0, "clear_long_excl");
	membar_enter();
	membar_exit();
	membar_producer();
	membar_consumer();
	return (0);
}

/* ddi_strtol(9F) and its family. */
static int
sol_strtol(void)
{
	char *end;
	long l = 0;
	unsigned long ul = 0;
	longlong_t ll = 0;
	u_longlong_t ull = 0;
	const char *s;

	SOL_EXPECT(ddi_strtol("  -42abc", &end, 10, &l) == 0 && l == -42 &&
	    *end == 'a', "base 10: %ld", l);
	SOL_EXPECT(ddi_strtol("0x1f", &end, 0, &l) == 0 && l == 31 &&
	    *end == '\0', "base 0, hex: %ld", l);
	SOL_EXPECT(ddi_strtol("017", NULL, 0, &l) == 0 && l == 15,
	    "base 0, octal: %ld", l);
	SOL_EXPECT(ddi_strtol("0x", &end, 0, &l) == 0 && l == 0 && *end == 'x',
	    "a lone 0x: %ld", l);
	SOL_EXPECT(ddi_strtol("1F", NULL, 16, &l) == 0 && l == 31, "base 16");
	SOL_EXPECT(ddi_strtol("0X1F", NULL, 16, &l) == 0 && l == 31,
	    "base 16, 0X");
	SOL_EXPECT(ddi_strtol("789", &end, 8, &l) == 0 && l == 7 &&
	    *end == '8', "base 8: %ld", l);
	SOL_EXPECT(ddi_strtol("zz", NULL, 36, &l) == 0 && l == 1295, "base 36");
	SOL_EXPECT(ddi_strtol("101", NULL, 2, &l) == 0 && l == 5, "base 2");
	s = "xyz";
	SOL_EXPECT(ddi_strtol(s, &end, 10, &l) == EINVAL && end == s,
	    "no digits");
	SOL_EXPECT(ddi_strtol("1", NULL, 1, &l) == EINVAL, "base 1");
	SOL_EXPECT(ddi_strtol("1", NULL, 37, &l) == EINVAL, "base 37");
	SOL_EXPECT(ddi_strtol("1", NULL, 10, NULL) == EINVAL, "NULL result");
	SOL_EXPECT(ddi_strtol(NULL, NULL, 10, &l) == EINVAL, "NULL string");
	l = 5;
	SOL_EXPECT(ddi_strtol("9223372036854775808x", &end, 10, &l) == ERANGE &&
	    *end == 'x' && l == 5, "LONG_MAX + 1");
	SOL_EXPECT(ddi_strtol("-9223372036854775808", NULL, 10, &l) == 0 &&
	    l == LONG_MIN, "LONG_MIN");
	SOL_EXPECT(ddi_strtol("-9223372036854775809", NULL, 10, &l) == ERANGE,
	    "LONG_MIN - 1");
	SOL_EXPECT(ddi_strtoul("18446744073709551615", NULL, 10, &ul) == 0 &&
	    ul == ULONG_MAX, "ULONG_MAX");
	SOL_EXPECT(ddi_strtoul("18446744073709551616", NULL, 10, &ul) ==
	    ERANGE, "ULONG_MAX + 1");
	SOL_EXPECT(ddi_strtoul("-1", NULL, 10, &ul) == 0 && ul == ULONG_MAX,
	    "strtoul of -1");
	SOL_EXPECT(ddi_strtoll("-0x10", NULL, 16, &ll) == 0 && ll == -16,
	    "strtoll");
	SOL_EXPECT(ddi_strtoull("0xffffffffffffffff", NULL, 0, &ull) == 0 &&
	    ull == ULLONG_MAX, "strtoull");
	SOL_EXPECT(ddi_in_panic() == 0, "ddi_in_panic");
	return (0);
}

const struct scsa_sol_case scsa_sol_cases[] = {
	{ "mutex_and_cv", sol_mutex_and_cv },
	{ "kmem_cache", sol_kmem_cache },
	{ "strings", sol_strings },
	{ "dev_t", sol_dev_t },
	{ "time", sol_time },
	{ "scsi_names", sol_scsi_names },
	{ "devid_encoding", sol_devid_encoding },
	{ "sense_key_names", sol_sense_key_names },
	{ "dma_memory", sol_dma_memory },
	{ "curthread", sol_curthread },
	{ "kernel_data", sol_kernel_data },
	{ "taskq_order", sol_taskq_order },
	{ "taskq_concurrency", sol_taskq_concurrency },
	{ "taskq_nosleep_exhaustion", sol_taskq_nosleep_exhaustion },
	{ "taskq_destroy_waits", sol_taskq_destroy_waits },
	{ "taskq_interrupt_dispatch", sol_taskq_interrupt_dispatch },
	{ "thread_create", sol_thread_create },
	{ "atomics", sol_atomics },
	{ "strtol", sol_strtol },
};
const unsigned int scsa_sol_ncases = sizeof (scsa_sol_cases) / sizeof (scsa_sol_cases[0]);
