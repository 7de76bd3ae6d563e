// SPDX-License-Identifier: GPL-2.0
/*
 * An illumos-style target driver that tests scsi_watch(9F) on the device
 * it attaches to (a scsi_debug LUN of the guest).  The cases check what a
 * driver relies on: results arrive periodically with the device's status,
 * CHECK CONDITION comes with sense data, a non-zero callback return stops
 * polling, requests are shared and counted, suspend holds polls, and
 * terminate waits for (or refuses to wait for) a running callback.
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/errno.h>
#include <sys/kmem.h>
#include <sys/ksynch.h>
#include <sys/conf.h>
#include <sys/modctl.h>
#include <sys/ddi.h>
#include <sys/sunddi.h>
#include <sys/scsi/scsi.h>

#include "scsa_sol_ktap.h"

#define TW_INTERVAL	50000		/* microseconds between polls */
#define TW_WAIT		10000000	/* microseconds a case waits at most */

static struct scsi_device *tw_sd;
static kmutex_t tw_lock;
static kcondvar_t tw_cv;

/* What the callbacks saw; tw_lock protects it. */
struct tw_seen {
	int		calls;
	int		good;
	int		check;
	uchar_t		key, asc, ascq;
	int		sense_len;
	boolean_t	pkt_ok;
	int		stop_on_check;	/* return non-zero after a CHECK CONDITION */
	boolean_t	hold;		/* the callback blocks while set */
	boolean_t	in_callback;
	boolean_t	finished;	/* the last callback returned */
};

static struct tw_seen tw_seen;

/* scsi_watch takes its callback the old way, as illumos declares it. */
__SCSA_KR_BEGIN
typedef int (*tw_kr_cb_t)();
__SCSA_KR_END

static void tw_reset(void)
{
	mutex_enter(&tw_lock);
	bzero(&tw_seen, sizeof (tw_seen));
	mutex_exit(&tw_lock);
}

static int tw_callback(caddr_t arg, struct scsi_watch_result *r)
{
	struct tw_seen *s = (struct tw_seen *)arg;
	struct scsi_extended_sense *es = r->sensep;
	uchar_t status = *(uchar_t *)r->statusp & STATUS_MASK;
	int stop = 0;

	mutex_enter(&tw_lock);
	s->in_callback = B_TRUE;
	s->finished = B_FALSE;
	s->calls++;
	s->pkt_ok = r->pkt != NULL && r->pkt->pkt_reason == CMD_CMPLT;
	if (status == STATUS_GOOD) {
		s->good++;
	} else if (status == STATUS_CHECK && es != NULL) {
		s->check++;
		s->key = es->es_key;
		s->asc = es->es_add_code;
		s->ascq = es->es_qual_code;
		s->sense_len = r->actual_sense_length;
		stop = s->stop_on_check;
	}
	cv_broadcast(&tw_cv);
	while (s->hold)
		cv_wait(&tw_cv, &tw_lock);
	s->in_callback = B_FALSE;
	s->finished = B_TRUE;
	cv_broadcast(&tw_cv);
	mutex_exit(&tw_lock);
	return (stop);
}

/* Wait until *counter reaches n; 0 if it did. */
static int tw_wait_count(int *counter, int n)
{
	clock_t deadline = ddi_get_lbolt() + drv_usectohz(TW_WAIT);

	mutex_enter(&tw_lock);
	while (*counter < n && cv_timedwait(&tw_cv, &tw_lock, deadline) != -1)
		;
	n = *counter >= n ? 0 : -1;
	mutex_exit(&tw_lock);
	return (n);
}

static int tw_calls(void)
{
	int n;

	mutex_enter(&tw_lock);
	n = tw_seen.calls;
	mutex_exit(&tw_lock);
	return (n);
}

/* START STOP UNIT, polled: a stopped scsi_debug LUN is NOT READY. */
static int tw_start_stop(int start)
{
	struct scsi_pkt *pkt;
	int rv;

	pkt = scsi_init_pkt(&tw_sd->sd_address, NULL, NULL, CDB_GROUP0,
	    sizeof (struct scsi_arq_status), 0, 0, SLEEP_FUNC, NULL);
	if (pkt == NULL)
		return (-1);
	makecom_g0(pkt, tw_sd, FLAG_NOINTR, SCMD_START_STOP, 0, start ? 1 : 0);
	pkt->pkt_time = 30;
	rv = scsi_poll(pkt);
	scsi_destroy_pkt(pkt);
	return (rv);
}

static opaque_t tw_submit(void)
{
	return (scsi_watch_request_submit(tw_sd, TW_INTERVAL, SENSE_LENGTH,
	    (tw_kr_cb_t)tw_callback, (caddr_t)&tw_seen));
}

/* Polls repeat and report the device's GOOD status with the packet. */
static int tw_polls_good(void)
{
	opaque_t t;

	tw_reset();
	t = tw_submit();
	SOL_EXPECT(t != NULL, "submit");
	SOL_EXPECT(tw_wait_count(&tw_seen.good, 3) == 0, "%d good of %d calls",
	    tw_seen.good, tw_seen.calls);
	SOL_EXPECT(tw_seen.pkt_ok, "result packet");
	SOL_EXPECT(scsi_watch_get_ref_count(t) == 1, "ref %d", scsi_watch_get_ref_count(t));
	SOL_EXPECT(scsi_watch_request_terminate(t, SCSI_WATCH_TERMINATE_WAIT) ==
	    SCSI_WATCH_TERMINATE_SUCCESS, "terminate");
	SOL_EXPECT(scsi_watch_get_ref_count(t) == 0, "still listed");
	return (0);
}

/* After terminate returns, the callback is never called again. */
static int tw_no_calls_after_terminate(void)
{
	opaque_t t;
	int n;

	tw_reset();
	t = tw_submit();
	SOL_EXPECT(t != NULL, "submit");
	SOL_EXPECT(tw_wait_count(&tw_seen.calls, 2) == 0, "calls %d", tw_calls());
	SOL_EXPECT(scsi_watch_request_terminate(t, SCSI_WATCH_TERMINATE_WAIT) ==
	    SCSI_WATCH_TERMINATE_SUCCESS, "terminate");
	n = tw_calls();
	delay(drv_usectohz(4 * TW_INTERVAL));
	SOL_EXPECT(tw_calls() == n, "%d calls after terminate", tw_calls() - n);
	return (0);
}

/*
 * A stopped unit answers CHECK CONDITION, NOT READY: the result carries
 * the sense data, and the callback's non-zero return stops the polling.
 */
static int tw_check_condition_sense_and_stop(void)
{
	opaque_t t;
	int n;

	SOL_EXPECT(tw_start_stop(0) == 0, "STOP UNIT");
	tw_reset();
	mutex_enter(&tw_lock);
	tw_seen.stop_on_check = 1;
	mutex_exit(&tw_lock);
	t = tw_submit();
	SOL_EXPECT(t != NULL, "submit");
	SOL_EXPECT(tw_wait_count(&tw_seen.check, 1) == 0, "no CHECK CONDITION in %d calls",
	    tw_calls());
	SOL_EXPECT(tw_seen.key == KEY_NOT_READY, "sense key %x", tw_seen.key);
	SOL_EXPECT(tw_seen.asc == 0x04, "asc %x", tw_seen.asc);
	SOL_EXPECT(tw_seen.sense_len >= 14, "sense length %d", tw_seen.sense_len);
	n = tw_calls();
	delay(drv_usectohz(4 * TW_INTERVAL));
	SOL_EXPECT(tw_calls() == n, "%d calls after the callback said stop", tw_calls() - n);
	SOL_EXPECT(scsi_watch_request_terminate(t, SCSI_WATCH_TERMINATE_WAIT) ==
	    SCSI_WATCH_TERMINATE_SUCCESS, "terminate");
	SOL_EXPECT(tw_start_stop(1) == 0, "START UNIT");
	return (0);
}

/* The same callback and argument make one request with a reference count. */
static int tw_shared_request_refcount(void)
{
	opaque_t t1, t2;

	tw_reset();
	t1 = tw_submit();
	t2 = tw_submit();
	SOL_EXPECT(t1 != NULL && t1 == t2, "tokens %p %p", t1, t2);
	SOL_EXPECT(scsi_watch_get_ref_count(t1) == 2, "ref %d", scsi_watch_get_ref_count(t1));
	SOL_EXPECT(scsi_watch_request_terminate(t1, SCSI_WATCH_TERMINATE_WAIT) ==
	    SCSI_WATCH_TERMINATE_SUCCESS, "first terminate");
	SOL_EXPECT(scsi_watch_get_ref_count(t1) == 1, "ref %d", scsi_watch_get_ref_count(t1));
	/* Still polling for the other user. */
	mutex_enter(&tw_lock);
	tw_seen.calls = 0;
	mutex_exit(&tw_lock);
	SOL_EXPECT(tw_wait_count(&tw_seen.calls, 2) == 0, "stopped with a user left");
	SOL_EXPECT(scsi_watch_request_terminate(t1, SCSI_WATCH_TERMINATE_WAIT) ==
	    SCSI_WATCH_TERMINATE_SUCCESS, "last terminate");
	SOL_EXPECT(scsi_watch_get_ref_count(t1) == 0, "still listed");
	SOL_EXPECT(scsi_watch_request_terminate(t1, SCSI_WATCH_TERMINATE_WAIT) ==
	    SCSI_WATCH_TERMINATE_FAIL, "terminate of a terminated request");
	return (0);
}

/* Suspended, a request makes no calls; resumed, it polls again. */
static int tw_suspend_resume(void)
{
	opaque_t t;
	int n;

	tw_reset();
	t = tw_submit();
	SOL_EXPECT(t != NULL, "submit");
	SOL_EXPECT(tw_wait_count(&tw_seen.calls, 1) == 0, "no call");
	scsi_watch_suspend(t);
	n = tw_calls();
	delay(drv_usectohz(4 * TW_INTERVAL));
	SOL_EXPECT(tw_calls() == n, "%d calls while suspended", tw_calls() - n);
	scsi_watch_resume(t);
	SOL_EXPECT(tw_wait_count(&tw_seen.calls, n + 2) == 0, "no calls after resume");
	SOL_EXPECT(scsi_watch_request_terminate(t, SCSI_WATCH_TERMINATE_WAIT) ==
	    SCSI_WATCH_TERMINATE_SUCCESS, "terminate");
	return (0);
}

/* Released from a timeout: the callback is held until then. */
static void tw_release(void *arg)
{
	mutex_enter(&tw_lock);
	tw_seen.hold = B_FALSE;
	cv_broadcast(&tw_cv);
	mutex_exit(&tw_lock);
}

/*
 * With a callback running, NOWAIT fails (and changes nothing), and WAIT
 * returns only after the callback has returned.
 */
static int tw_terminate_vs_running_callback(void)
{
	clock_t deadline = ddi_get_lbolt() + drv_usectohz(TW_WAIT);
	boolean_t done;
	opaque_t t;
	int rv;

	tw_reset();
	mutex_enter(&tw_lock);
	tw_seen.hold = B_TRUE;
	mutex_exit(&tw_lock);
	t = tw_submit();
	SOL_EXPECT(t != NULL, "submit");
	mutex_enter(&tw_lock);
	while (!tw_seen.in_callback && cv_timedwait(&tw_cv, &tw_lock, deadline) != -1)
		;
	rv = tw_seen.in_callback;
	mutex_exit(&tw_lock);
	SOL_EXPECT(rv, "callback never ran");

	SOL_EXPECT(scsi_watch_request_terminate(t, SCSI_WATCH_TERMINATE_NOWAIT) ==
	    SCSI_WATCH_TERMINATE_FAIL, "NOWAIT with a callback running");
	SOL_EXPECT(scsi_watch_get_ref_count(t) == 1, "NOWAIT changed the count");

	(void) timeout(tw_release, NULL, drv_usectohz(2 * TW_INTERVAL));
	rv = scsi_watch_request_terminate(t, SCSI_WATCH_TERMINATE_WAIT);
	mutex_enter(&tw_lock);
	done = tw_seen.finished && !tw_seen.in_callback;
	mutex_exit(&tw_lock);
	SOL_EXPECT(done, "WAIT returned before the callback did");
	SOL_EXPECT(rv == SCSI_WATCH_TERMINATE_SUCCESS, "WAIT: %d", rv);
	return (0);
}

/* An INQUIRY VPD page of the device, polled; its length, or -1. */
static int tw_inquiry_vpd(uchar_t page, uchar_t *data, int len)
{
	struct buf *bp;
	struct scsi_pkt *pkt;
	int got = -1;

	bp = scsi_alloc_consistent_buf(&tw_sd->sd_address, NULL, len, B_READ, SLEEP_FUNC,
	    NULL);
	if (bp == NULL)
		return (-1);
	pkt = scsi_init_pkt(&tw_sd->sd_address, NULL, bp, CDB_GROUP0,
	    sizeof (struct scsi_arq_status), 0, PKT_CONSISTENT, SLEEP_FUNC, NULL);
	if (pkt != NULL) {
		makecom_g0(pkt, tw_sd, FLAG_NOINTR, SCMD_INQUIRY, 0, len);
		pkt->pkt_cdbp[1] = 0x01;	/* EVPD */
		pkt->pkt_cdbp[2] = page;
		pkt->pkt_time = 30;
		if (scsi_poll(pkt) == 0) {
			got = len - (int)pkt->pkt_resid;
			bcopy(bp->b_un.b_addr, data, got);
		}
		scsi_destroy_pkt(pkt);
	}
	scsi_free_consistent_buf(bp);
	return (got);
}

/*
 * A devid made from the device's own page 83 registers on its node: it is
 * the node's "devid" property, ddi_devid_get() returns it, and unregister
 * removes it.  Fabricated devids are valid and unique.
 */
static int tw_devid_register(void)
{
	dev_info_t *dip = tw_sd->sd_dev;
	uchar_t p83[252];
	ddi_devid_t d, got, f1, f2;
	char *s, *prop;
	int n;

	n = tw_inquiry_vpd(0x83, p83, sizeof (p83));
	SOL_EXPECT(n > 4, "INQUIRY page 83: %d", n);
	SOL_EXPECT(scsi_probe(tw_sd, SLEEP_FUNC) == SCSIPROBE_EXISTS, "probe");
	SOL_EXPECT(ddi_devid_scsi_encode(DEVID_SCSI_ENCODE_VERSION_LATEST,
	    (char *)ddi_driver_name(dip), (uchar_t *)tw_sd->sd_inq, SUN_INQSIZE, NULL, 0,
	    p83, n, &d) == DDI_SUCCESS, "encode");
	SOL_EXPECT(ddi_devid_get(dip, &got) == DDI_FAILURE, "a devid before register");
	SOL_EXPECT(ddi_devid_register(dip, d) == DDI_SUCCESS, "register");
	SOL_EXPECT(ddi_devid_get(dip, &got) == DDI_SUCCESS, "get");
	SOL_EXPECT(ddi_devid_compare(d, got) == 0, "got another devid");
	ddi_devid_free(got);
	s = ddi_devid_str_encode(d, NULL);
	SOL_EXPECT(ddi_prop_lookup_string(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS, "devid",
	    &prop) == DDI_PROP_SUCCESS, "devid property");
	n = strcmp(prop, s);
	scsa_sol_diag("devid %s", prop);
	ddi_prop_free(prop);
	ddi_devid_str_free(s);
	SOL_EXPECT(n == 0, "property is not the devid's string form");
	ddi_devid_unregister(dip);
	SOL_EXPECT(ddi_devid_get(dip, &got) == DDI_FAILURE, "a devid after unregister");
	ddi_devid_free(d);

	SOL_EXPECT(ddi_devid_init(dip, DEVID_FAB, 0, NULL, &f1) == DDI_SUCCESS, "fab 1");
	SOL_EXPECT(ddi_devid_init(dip, DEVID_FAB, 0, NULL, &f2) == DDI_SUCCESS, "fab 2");
	SOL_EXPECT(ddi_devid_valid(f1) == DDI_SUCCESS, "fab valid");
	SOL_EXPECT(ddi_devid_compare(f1, f2) != 0, "two fabricated devids are equal");
	ddi_devid_free(f1);
	ddi_devid_free(f2);
	SOL_EXPECT(ddi_devid_init(dip, DEVID_SCSI_SERIAL, 0, NULL, &f1) == DDI_FAILURE,
	    "serial devid without an id");
	return (0);
}

/* No power management: power requests fail as for an unmanaged node, visibly. */
static int tw_power_management(void)
{
	dev_info_t *dip = tw_sd->sd_dev;

	SOL_EXPECT(ddi_removing_power(dip) == 0, "removing power");
	SOL_EXPECT(pm_busy_component(dip, 0) == DDI_FAILURE, "busy");
	SOL_EXPECT(pm_idle_component(dip, 0) == DDI_FAILURE, "idle");
	SOL_EXPECT(pm_raise_power(dip, 0, 1) == DDI_FAILURE, "raise");
	SOL_EXPECT(pm_lower_power(dip, 0, 0) == DDI_FAILURE, "lower");
	SOL_EXPECT(ddi_dev_is_needed(dip, 0, 1) == DDI_FAILURE, "dev_is_needed");
	SOL_EXPECT(ddi_prop_exists(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS,
	    "scsa-pm-not-supported"), "the node does not say why");
	return (0);
}

static int tw_bad_arguments(void)
{
	SOL_EXPECT(scsi_watch_request_submit(NULL, TW_INTERVAL, SENSE_LENGTH,
	    (tw_kr_cb_t)tw_callback, NULL) == NULL, "NULL device");
	SOL_EXPECT(scsi_watch_request_submit(tw_sd, TW_INTERVAL, SENSE_LENGTH, NULL, NULL) ==
	    NULL, "NULL callback");
	SOL_EXPECT(scsi_watch_request_terminate(NULL, SCSI_WATCH_TERMINATE_WAIT) ==
	    SCSI_WATCH_TERMINATE_FAIL, "NULL token");
	SOL_EXPECT(scsi_watch_get_ref_count(NULL) == 0, "NULL token count");
	return (0);
}

/* The driver: attach(9E) takes the first device for the cases. */
static int tw_attach(dev_info_t *dip, ddi_attach_cmd_t cmd)
{
	struct scsi_device *sd = ddi_get_driver_private(dip);

	if (cmd != DDI_ATTACH || sd == NULL)
		return (DDI_FAILURE);
	mutex_enter(&tw_lock);
	if (tw_sd == NULL)
		tw_sd = sd;
	mutex_exit(&tw_lock);
	return (DDI_SUCCESS);
}

static int tw_detach(dev_info_t *dip, ddi_detach_cmd_t cmd)
{
	if (cmd != DDI_DETACH)
		return (DDI_FAILURE);
	mutex_enter(&tw_lock);
	if (tw_sd != NULL && tw_sd->sd_dev == dip)
		tw_sd = NULL;
	mutex_exit(&tw_lock);
	return (DDI_SUCCESS);
}

static struct cb_ops tw_cb_ops = {
	.cb_open = nodev,
	.cb_close = nodev,
	.cb_strategy = nodev,
	.cb_print = nodev,
	.cb_dump = nodev,
	.cb_read = nodev,
	.cb_write = nodev,
	.cb_ioctl = nodev,
	.cb_devmap = nodev,
	.cb_mmap = nodev,
	.cb_segmap = nodev,
	.cb_chpoll = nochpoll,
	.cb_prop_op = ddi_prop_op,
	.cb_str = NULL,
	.cb_flag = D_MP | D_NEW,
	.cb_rev = CB_REV,
	.cb_aread = nodev,
	.cb_awrite = nodev,
};

static struct dev_ops tw_dev_ops = {
	.devo_rev = DEVO_REV,
	.devo_refcnt = 0,
	.devo_getinfo = ddi_no_info,
	.devo_identify = nulldev,
	.devo_probe = nulldev,
	.devo_attach = tw_attach,
	.devo_detach = tw_detach,
	.devo_reset = nodev,
	.devo_cb_ops = &tw_cb_ops,
	.devo_bus_ops = NULL,
	.devo_power = NULL,
	.devo_quiesce = ddi_quiesce_not_needed,
};

static struct modldrv tw_modldrv = { &mod_driverops, "scsi_watch tests", &tw_dev_ops };
static struct modlinkage tw_modlinkage = { MODREV_1, { &tw_modldrv, NULL } };

int _init(void)
{
	return (mod_install(&tw_modlinkage));
}

int _fini(void)
{
	return (mod_remove(&tw_modlinkage));
}

int _info(struct modinfo *modinfop)
{
	return (mod_info(&tw_modlinkage, modinfop));
}

/* For the harness: the cases need a device attached. */
int tw_device_attached(void);

int tw_device_attached(void)
{
	return (tw_sd != NULL);
}

const char scsa_sol_suite[] = "scsa_watch";
const struct scsa_sol_case scsa_sol_cases[] = {
	{ "polls_good", tw_polls_good },
	{ "no_calls_after_terminate", tw_no_calls_after_terminate },
	{ "check_condition_sense_and_stop", tw_check_condition_sense_and_stop },
	{ "shared_request_refcount", tw_shared_request_refcount },
	{ "suspend_resume", tw_suspend_resume },
	{ "terminate_vs_running_callback", tw_terminate_vs_running_callback },
	{ "bad_arguments", tw_bad_arguments },
	{ "devid_register", tw_devid_register },
	{ "power_management", tw_power_management },
};
const unsigned int scsa_sol_ncases = sizeof (scsa_sol_cases) / sizeof (scsa_sol_cases[0]);
