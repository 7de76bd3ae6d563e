// SPDX-License-Identifier: GPL-2.0
/*
 * What illumos sd's error and event paths use, as a ported driver sees it
 * (illumos headers and names only): nvlists, ENAs, ereports, sysevents'
 * context rule, DKIOCFREE lists, pm_trans_check, device events and the
 * node's devid string.
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/errno.h>
#include <sys/kmem.h>
#include <sys/file.h>
#include <sys/ddi.h>
#include <sys/sunddi.h>
#include <sys/sunndi.h>
#include <sys/sunpm.h>
#include <sys/ddi_impldefs.h>
#include <sys/nvpair.h>
#include <sys/fm/protocol.h>
#include <sys/dkio.h>
#include <sys/dkioc_free_util.h>

#include "scsa_sol_ktap.h"

const char scsa_sol_suite[] = "scsa_sol_fm";

static int sol_nvlist(void)
{
	nvlist_t *nvl, *inner, *got, *dup;
	char *s, **sa, *names[] = { "a", "bc" };
	uint8_t *u8a, bytes[] = { 1, 2, 3 };
	uint32_t u32;
	uint64_t u64;
	nvpair_t *nvp;
	uint_t n;
	int i;

	SOL_EXPECT(nvlist_alloc(&nvl, NV_UNIQUE_NAME, KM_SLEEP) == 0, "alloc");
	SOL_EXPECT(nvlist_empty(nvl), "new list not empty");
	SOL_EXPECT(nvlist_add_string(nvl, "s", "first") == 0, "add string");
	SOL_EXPECT(nvlist_add_uint32(nvl, "u32", 0xdeadbeef) == 0, "add u32");
	SOL_EXPECT(nvlist_add_uint64(nvl, "u64", 1ULL << 40) == 0, "add u64");
	SOL_EXPECT(nvlist_add_uint8_array(nvl, "bytes", bytes, 3) == 0, "add array");
	SOL_EXPECT(nvlist_add_string_array(nvl, "names", names, 2) == 0, "add strings");
	/* NV_UNIQUE_NAME: a second "s", even of another type, replaces it. */
	SOL_EXPECT(nvlist_add_string(nvl, "s", "second") == 0, "replace");
	SOL_EXPECT(nvlist_lookup_string(nvl, "s", &s) == 0 && strcmp(s, "second") == 0,
	    "lookup string");
	SOL_EXPECT(nvlist_lookup_uint32(nvl, "u32", &u32) == 0 && u32 == 0xdeadbeef, "u32");
	SOL_EXPECT(nvlist_lookup_uint64(nvl, "u64", &u64) == 0 && u64 == 1ULL << 40, "u64");
	SOL_EXPECT(nvlist_lookup_uint64(nvl, "u32", &u64) == ENOENT, "wrong type found");
	SOL_EXPECT(nvlist_lookup_string(nvl, "none", &s) == ENOENT, "missing found");
	SOL_EXPECT(nvlist_lookup_uint8_array(nvl, "bytes", &u8a, &n) == 0 && n == 3 &&
	    u8a[2] == 3 && u8a != bytes, "array copied");
	SOL_EXPECT(nvlist_lookup_string_array(nvl, "names", &sa, &n) == 0 && n == 2 &&
	    strcmp(sa[1], "bc") == 0 && sa[1] != names[1], "strings copied");

	/* Order of addition, with the replaced pair moved to the end. */
	nvp = nvlist_next_nvpair(nvl, NULL);
	SOL_EXPECT(nvp != NULL && strcmp(nvpair_name(nvp), "u32") == 0, "first pair");
	for (i = 1; (nvp = nvlist_next_nvpair(nvl, nvp)) != NULL; i++)
		s = nvpair_name(nvp);
	SOL_EXPECT(i == 5 && strcmp(s, "s") == 0, "%d pairs, last %s", i, s);

	/* Embedded lists are copies. */
	SOL_EXPECT(nvlist_alloc(&inner, NV_UNIQUE_NAME, KM_SLEEP) == 0, "alloc inner");
	SOL_EXPECT(nvlist_add_boolean(inner, "flag") == 0, "add boolean");
	SOL_EXPECT(nvlist_add_nvlist(nvl, "inner", inner) == 0, "add nvlist");
	nvlist_free(inner);
	SOL_EXPECT(nvlist_lookup_nvlist(nvl, "inner", &got) == 0 &&
	    nvlist_lookup_boolean(got, "flag") == 0, "embedded copy");

	SOL_EXPECT(nvlist_dup(nvl, &dup, KM_SLEEP) == 0, "dup");
	SOL_EXPECT(nvlist_remove(nvl, "u32", DATA_TYPE_UINT32) == 0, "remove");
	SOL_EXPECT(!nvlist_exists(nvl, "u32") && nvlist_exists(dup, "u32"), "dup shares");
	SOL_EXPECT(nvlist_lookup_nvlist(dup, "inner", &got) == 0 &&
	    nvlist_lookup_boolean(got, "flag") == 0, "dup of embedded");
	SOL_EXPECT(nvlist_remove_all(nvl, "nothing") == ENOENT, "remove_all none");
	SOL_EXPECT(nvlist_add_string(NULL, "x", "y") == EINVAL, "NULL list");
	SOL_EXPECT(nvlist_add_string(nvl, "", "y") == EINVAL, "empty name");
	nvlist_free(dup);
	nvlist_free(nvl);

	/* Without unique names, pairs of one name accumulate. */
	SOL_EXPECT(nvlist_alloc(&nvl, 0, KM_NOSLEEP) == 0, "alloc plain");
	SOL_EXPECT(nvlist_add_int32(nvl, "x", 1) == 0 && nvlist_add_int32(nvl, "x", 2) == 0,
	    "add twice");
	SOL_EXPECT(nvlist_remove_all(nvl, "x") == 0 && nvlist_empty(nvl), "remove all");
	nvlist_free(nvl);
	return (0);
}

static int sol_ena(void)
{
	uint64_t ena = fm_ena_generate(0, FM_ENA_FMT1), e2;

	SOL_EXPECT(fm_ena_format_get(ena) == FM_ENA_FMT1, "format of %llx", (u_longlong_t)ena);
	SOL_EXPECT(fm_ena_time_get(ena) != 0, "no time in %llx", (u_longlong_t)ena);
	SOL_EXPECT(fm_ena_generation_get(ena) == 0, "generation of %llx", (u_longlong_t)ena);
	e2 = fm_ena_increment(ena);
	SOL_EXPECT(fm_ena_generation_get(e2) == 1 && fm_ena_id_get(e2) == fm_ena_id_get(ena),
	    "increment %llx -> %llx", (u_longlong_t)ena,
	    (u_longlong_t)e2);
	e2 = fm_ena_generate_cpu(5, 3, FM_ENA_FMT1);
	SOL_EXPECT(e2 == ((5ULL << ENA_FMT1_TIME_SHFT) | (3ULL << ENA_FMT1_CPUID_SHFT) | 1),
	    "%llx", (u_longlong_t)e2);
	SOL_EXPECT(fm_ena_generate(1, 3) == 0, "bad format");
	return (0);
}

static int sol_dkfree(void)
{
	dkioc_free_list_t *in = kmem_zalloc(DFL_SZ(3), KM_SLEEP), *out;

	in->dfl_num_exts = 3;
	in->dfl_offset = 4096;
	in->dfl_exts[2].dfle_start = 8192;
	in->dfl_exts[2].dfle_length = 512;
	SOL_EXPECT(dfl_copyin(in, &out, FKIOCTL, KM_SLEEP) == 0, "copyin");
	SOL_EXPECT(out != in && out->dfl_num_exts == 3 && out->dfl_offset == 4096 &&
	    out->dfl_exts[2].dfle_start == 8192 && out->dfl_exts[2].dfle_length == 512,
	    "copied list");
	dfl_free(out);
	in->dfl_num_exts = 0;
	SOL_EXPECT(dfl_copyin(in, &out, FKIOCTL, KM_SLEEP) == EINVAL, "no extents");
	in->dfl_num_exts = DFL_COPYIN_MAX_EXTS + 1;
	SOL_EXPECT(dfl_copyin(in, &out, FKIOCTL, KM_SLEEP) == EINVAL, "too many extents");
	kmem_free(in, DFL_SZ(3));
	return (0);
}

static int sol_pm_trans(void)
{
	struct pm_trans_data d;
	time_t t = -1;

	bzero(&d, sizeof (d));
	d.format = DC_SCSI_FORMAT;
	d.un.scsi_cycles.lifemax = 50000;
	d.un.scsi_cycles.ncycles = 10;
	SOL_EXPECT(pm_trans_check(&d, &t) == 1 && t == 0, "cycles left");
	d.un.scsi_cycles.ncycles = 50000;
	SOL_EXPECT(pm_trans_check(&d, &t) == 0, "used up");
	d.un.scsi_cycles.lifemax = 0;
	SOL_EXPECT(pm_trans_check(&d, &t) == -1, "bad lifemax");
	d.format = 7;
	SOL_EXPECT(pm_trans_check(&d, &t) == -1, "bad format");
	return (0);
}

struct sol_ev_seen {
	int		calls;
	dev_info_t	*dip;
	ddi_eventcookie_t c;
	void		*arg;
};

static void sol_ev_handler(dev_info_t *dip, ddi_eventcookie_t c, void *arg, void *impl)
{
	struct sol_ev_seen *s = arg;

	s->calls++;
	s->dip = dip;
	s->c = c;
	s->arg = arg;
}

/* The framework's remove and insert events on a node, and its devid string. */
static int sol_events_and_devid(void)
{
	struct sol_ev_seen rm = { 0 }, ins = { 0 };
	ddi_eventcookie_t crm, cins, cbad;
	ddi_callback_id_t idrm, idins;
	uchar_t wwn[8] = { 0x50, 0, 0, 0, 0, 0, 0, 1 };
	ddi_devid_t devid;
	dev_info_t *dip;
	char *s;

	SOL_EXPECT(ndi_devi_alloc(ddi_root_node(), "tevents", DEVI_PSEUDO_NODEID, &dip) ==
	    NDI_SUCCESS, "alloc");
	SOL_EXPECT(ddi_get_eventcookie(dip, DDI_DEVI_REMOVE_EVENT, &crm) == DDI_SUCCESS,
	    "remove cookie");
	SOL_EXPECT(ddi_get_eventcookie(dip, DDI_DEVI_INSERT_EVENT, &cins) == DDI_SUCCESS,
	    "insert cookie");
	SOL_EXPECT(ddi_get_eventcookie(dip, "SUNW,no-such-event", &cbad) == DDI_FAILURE,
	    "unknown event");
	SOL_EXPECT(ddi_add_event_handler(dip, crm, sol_ev_handler, &rm, &idrm) ==
	    DDI_SUCCESS, "add remove handler");
	SOL_EXPECT(ddi_add_event_handler(dip, cins, sol_ev_handler, &ins, &idins) ==
	    DDI_SUCCESS, "add insert handler");
	(void) ndi_devi_device_remove(dip);
	SOL_EXPECT(rm.calls == 1 && rm.dip == dip && rm.c == crm && rm.arg == &rm &&
	    ins.calls == 0, "remove: %d %d", rm.calls, ins.calls);
	(void) ndi_devi_device_remove(dip);
	SOL_EXPECT(rm.calls == 1, "removed twice: %d", rm.calls);
	(void) ndi_devi_device_insert(dip);
	SOL_EXPECT(ins.calls == 1 && ins.c == cins && rm.calls == 1, "insert");
	SOL_EXPECT(ddi_remove_event_handler(idrm) == DDI_SUCCESS, "remove handler");
	(void) ndi_devi_device_remove(dip);
	SOL_EXPECT(rm.calls == 1, "called after removal");
	SOL_EXPECT(ddi_remove_event_handler(idins) == DDI_SUCCESS, "remove insert handler");

	/* DEVI(dip)->devi_devid_str follows the registered devid. */
	SOL_EXPECT(DEVI(dip)->devi_devid_str == NULL, "devid string before");
	SOL_EXPECT(ddi_devid_init(dip, DEVID_SCSI3_WWN, sizeof (wwn), wwn, &devid) ==
	    DDI_SUCCESS, "devid init");
	SOL_EXPECT(ddi_devid_register(dip, devid) == DDI_SUCCESS, "register");
	s = ddi_devid_str_encode(devid, NULL);
	SOL_EXPECT(s != NULL && DEVI(dip)->devi_devid_str != NULL &&
	    strcmp(s, DEVI(dip)->devi_devid_str) == 0, "devid string %s", s);
	ddi_devid_str_free(s);
	ddi_devid_unregister(dip);
	SOL_EXPECT(DEVI(dip)->devi_devid_str == NULL, "devid string after");
	SOL_EXPECT(ddi_devid_register(dip, devid) == DDI_SUCCESS, "register again");
	ddi_devid_free(devid);
	/* A node freed with a devid registered frees its string too (kmemleak). */
	SOL_EXPECT(ndi_devi_free(dip) == NDI_SUCCESS, "free");
	return (0);
}

const struct scsa_sol_case scsa_sol_cases[] = {
	{ "nvlist", sol_nvlist },
	{ "ena", sol_ena },
	{ "dkioc_free_list", sol_dkfree },
	{ "pm_trans_check", sol_pm_trans },
	{ "events_and_devid_str", sol_events_and_devid },
};
const unsigned int scsa_sol_ncases = sizeof (scsa_sol_cases) / sizeof (scsa_sol_cases[0]);
