// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_test_hba: in-kernel tests of scsa_hba's Linux half (hba_glue/lx_*.c)
 * against the guest's real devices: scsi_debug LUNs without an upper
 * driver (no_uld=1; written to) and virtio-scsi disks owned by sd (only
 * read).  Runs at load time and prints KTAP to the kernel log (scsa_ktap.h);
 * init fails if a case failed, after releasing what it took, as there is
 * no unload then.  Most rules are checked on every LUN of a kind: a case fails
 * if any LUN fails it and is skipped if there is no such LUN.
 *
 * No pr_fmt: the runner matches "ok N" at the start of the message.
 */
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/delay.h>
#include <linux/vmalloc.h>
#include <linux/completion.h>
#include <linux/spinlock.h>
#include <scsi/scsi_host.h>
#include <scsi/scsi_device.h>

#include "scsa_kcompat.h"
#include "hba_bridge.h"
#include "scsa_ktap.h"

#define T_MAX_LUNS	16
#define T_ASYNC		64
#define T_SENSE		96
#define T_TIMEOUT	(30 * HZ)

#define SAM_GOOD	0x00
#define SAM_CHECK	0x02
#define KEY_ILLEGAL	0x05
#define KEY_UA		0x06

/* The guest's LUNs, with references, collected at start. */
static struct hba_lx_lun *t_luns[T_MAX_LUNS];
static int t_nluns;

#define t_diag scsa_ktap_diag

/*
 * Helpers
 */

static bool t_is_sdebug(struct hba_lx_lun *lun)
{
	return !strcmp(hba_lx_lun_hba_name(lun), "scsi_debug");
}

static bool t_is_virtio_disk(struct hba_lx_lun *lun)
{
	return !strcmp(hba_lx_lun_hba_name(lun), "virtio_scsi") &&
	       hba_lx_lun_type(lun) == 0;
}

static const char *t_name(struct hba_lx_lun *lun, char *buf, size_t len)
{
	struct hba_lx_addr a;

	hba_lx_lun_addr(lun, &a);
	snprintf(buf, len, "%u:%u:%u:%llu", a.host, a.channel, a.target, a.lun);
	return buf;
}

/* A module parameter of scsi_debug, read from sysfs; -1 if unavailable. */
static long t_sdebug_param(const char *name)
{
	char path[96], buf[24] = {};
	struct file *f;
	loff_t pos = 0;
	long val = -1;

	snprintf(path, sizeof(path), "/sys/module/scsi_debug/parameters/%s",
		 name);
	f = filp_open(path, O_RDONLY, 0);
	if (IS_ERR(f))
		return -1;
	if (kernel_read(f, buf, sizeof(buf) - 1, &pos) > 0 &&
	    kstrtol(strim(buf), 0, &val))
		val = -1;
	filp_close(f, NULL);
	return val;
}

/* Set a scsi_debug driver attribute (its store checks, unlike params). */
static int t_sdebug_set(const char *name, long val)
{
	char path[96], buf[24];
	struct file *f;
	loff_t pos = 0;
	ssize_t n;

	snprintf(path, sizeof(path), "/sys/bus/pseudo/drivers/scsi_debug/%s",
		 name);
	f = filp_open(path, O_WRONLY, 0);
	if (IS_ERR(f))
		return PTR_ERR(f);
	n = kernel_write(f, buf, scnprintf(buf, sizeof(buf), "%ld", val), &pos);
	filp_close(f, NULL);
	return n < 0 ? n : 0;
}

/* scsi_debug's response delay, in jiffies; restored after each use. */
static int t_sdebug_delay(long ticks)
{
	static long saved = -1;

	if (saved < 0)
		saved = t_sdebug_param("delay");
	return t_sdebug_set("delay", ticks < 0 ? saved : ticks);
}

static void t_cmd_init(struct hba_lx_cmd *cmd, const u8 *cdb,
		       unsigned int cdb_len, unsigned int dir, u8 *sense)
{
	memset(cmd, 0, sizeof(*cmd));
	cmd->cdb = cdb;
	cmd->cdb_len = cdb_len;
	cmd->dir = dir;
	cmd->sense = sense;
	cmd->sense_max = sense ? T_SENSE : 0;
}

/* A command on a kernel buffer, synchronously; 0 if it ran. */
static int t_exec_kva(struct hba_lx_lun *lun, const u8 *cdb,
		      unsigned int cdb_len, unsigned int dir, void *buf,
		      unsigned int len, struct hba_lx_cmd *cmd, u8 *sense)
{
	t_cmd_init(cmd, cdb, cdb_len, len ? dir : HBA_LX_DIR_NONE, sense);
	cmd->kva = buf;
	cmd->data_len = len;
	return hba_lx_cmd_exec_sync(lun, cmd);
}

static bool t_good(const struct hba_lx_cmd *cmd)
{
	return cmd->reason == HBA_LX_R_OK && cmd->status == SAM_GOOD;
}

static unsigned int t_sense_key(const struct hba_lx_cmd *cmd, u8 *sense,
				u8 *asc)
{
	if (cmd->sense_len < 3)
		return 0xff;
	if ((sense[0] & 0x7f) >= 0x72) {		/* descriptor format */
		*asc = sense[2];
		return sense[1] & 0xf;
	}
	*asc = cmd->sense_len > 12 ? sense[12] : 0;
	return sense[2] & 0xf;
}

/* TEST UNIT READY until it is not a UNIT ATTENTION (at most 3 times). */
static int t_tur(struct hba_lx_lun *lun, struct hba_lx_cmd *cmd, u8 *sense)
{
	static const u8 cdb[6] = { 0x00 };
	int i, ret;
	u8 asc;

	for (i = 0; i < 3; i++) {
		ret = t_exec_kva(lun, cdb, 6, HBA_LX_DIR_NONE, NULL, 0, cmd,
				 sense);
		if (ret || cmd->status != SAM_CHECK ||
		    t_sense_key(cmd, sense, &asc) != KEY_UA)
			return ret;
	}
	return ret;
}

static void t_rw10_cdb(u8 *cdb, bool write, u32 lba, u16 blocks)
{
	memset(cdb, 0, 10);
	cdb[0] = write ? 0x2a : 0x28;
	put_unaligned_be32(lba, &cdb[2]);
	put_unaligned_be16(blocks, &cdb[7]);
}

static void t_fill(struct page *page, u32 stamp)
{
	u32 *p = page_address(page);
	unsigned int i;

	for (i = 0; i < PAGE_SIZE / 4; i++)
		p[i] = stamp << 16 | i;
}

static void t_free_pages(struct page **pages, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		if (pages[i])
			__free_page(pages[i]);
}

static int t_alloc_pages(struct page **pages, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++) {
		pages[i] = alloc_page(GFP_KERNEL | __GFP_ZERO);
		if (!pages[i]) {
			t_free_pages(pages, i);
			return -ENOMEM;
		}
	}
	return 0;
}

/* Apply @fn to every collected LUN @want accepts; false if any failed. */
static bool t_each(bool (*want)(struct hba_lx_lun *),
		   bool (*fn)(struct hba_lx_lun *), int *count)
{
	bool ok = true;
	int i;

	*count = 0;
	for (i = 0; i < t_nluns; i++) {
		if (!want(t_luns[i]))
			continue;
		(*count)++;
		if (!fn(t_luns[i]))
			ok = false;
	}
	return ok;
}

/* A KTAP case result from t_each(). */
static int t_each_case(bool (*want)(struct hba_lx_lun *),
		       bool (*fn)(struct hba_lx_lun *))
{
	int count;
	bool ok = t_each(want, fn, &count);

	if (!count) {
		t_diag("no LUN of the kind this case needs");
		return -EOPNOTSUPP;
	}
	return ok ? 0 : -EIO;
}

/*
 * Discovery
 */

static int t_collect_one(struct hba_lx_lun *lun, void *arg)
{
	if (t_nluns < T_MAX_LUNS)
		t_luns[t_nluns++] = hba_lx_lun_get(lun);
	return 0;
}

static int t_count_one(struct hba_lx_lun *lun, void *arg)
{
	(*(int *)arg)++;
	return 0;
}

static int t_count_sdebug(struct hba_lx_lun *lun, void *arg)
{
	if (t_is_sdebug(lun))
		(*(int *)arg)++;
	return 0;
}

/* scsi_debug's scan may be asynchronous: wait (bounded) for all LUNs. */
static void t_wait_sdebug(void)
{
	long want = t_sdebug_param("num_tgts") * t_sdebug_param("max_luns") *
		    t_sdebug_param("add_host");
	int i, n = 0;

	for (i = 0; i < 100 && want > 0; i++) {
		n = 0;
		hba_lx_lun_foreach(t_count_sdebug, &n);
		if (n >= want)
			return;
		msleep(100);
	}
}

static int case_discovery(void)
{
	char buf[32];
	int i, sd = 0, vio = 0;

	for (i = 0; i < t_nluns; i++) {
		t_name(t_luns[i], buf, sizeof(buf));
		t_diag("lun %s type %u hba %s", buf,
		       hba_lx_lun_type(t_luns[i]),
		       hba_lx_lun_hba_name(t_luns[i]));
		sd += t_is_sdebug(t_luns[i]);
		vio += t_is_virtio_disk(t_luns[i]);
	}
	SCSA_EXPECT(sd > 0 && vio > 0, "%d scsi_debug, %d virtio", sd, vio);
	return 0;
}

static void t_count_added(struct hba_lx_lun *lun, void *arg)
{
	(*(int *)arg)++;
}

static const struct hba_lx_listener_ops t_count_ops = {
	.lun_added = t_count_added,
};

static int case_listener_replay(void)
{
	struct hba_lx_listener *l;
	int added = 0, present = 0;

	SCSA_EXPECT(!hba_lx_hba_register_listener(&t_count_ops, &added, &l),
		    "register");
	hba_lx_hba_unregister_listener(l);
	hba_lx_lun_foreach(t_count_one, &present);
	SCSA_EXPECT(added == present && added > 0, "replayed %d, present %d",
		    added, present);
	return 0;
}

/*
 * Limits
 */

static bool t_any(struct hba_lx_lun *lun)
{
	return true;
}

static bool t_limits_one(struct hba_lx_lun *lun)
{
	struct hba_lx_limits l;
	char buf[32];

	if (hba_lx_lun_get_limits(lun, &l))
		return false;
	t_name(lun, buf, sizeof(buf));
	t_diag("%s max_xfer %llu segs %u seg_size %u boundary %#lx virt %#lx",
	       buf, l.max_xfer_bytes, l.max_segments, l.max_segment_size,
	       l.seg_boundary_mask, l.virt_boundary_mask);
	t_diag("%s align %#x lbs %u can_queue %u depth %u cdb %u dma_mask %#llx",
	       buf, l.dma_alignment_mask, l.logical_block_size, l.can_queue,
	       l.queue_depth, l.max_cdb_len, l.dma_mask);
	return l.max_xfer_bytes >= 512 && l.max_segments >= 1 &&
	       l.max_segment_size >= 512 && l.max_cdb_len >= 10 &&
	       l.seg_boundary_mask >= PAGE_SIZE - 1 && l.can_queue >= 1 &&
	       l.queue_depth >= 1 && l.dma_mask;
}

/*
 * Basic commands on scsi_debug
 */

static bool t_inquiry_one(struct hba_lx_lun *lun)
{
	static const u8 cdb[6] = { 0x12, 0, 0, 0, 96, 0 };
	struct hba_lx_cmd cmd;
	u8 cached[36] = {};
	bool ok = false;
	u8 *inq;

	inq = kzalloc(96, GFP_KERNEL);
	if (!inq)
		return false;
	/* at the head of the queue, to cover HBA_LX_CMD_HEAD too */
	t_cmd_init(&cmd, cdb, 6, HBA_LX_DIR_READ, NULL);
	cmd.flags = HBA_LX_CMD_HEAD;
	cmd.kva = inq;
	cmd.data_len = 96;
	if (hba_lx_cmd_exec_sync(lun, &cmd) || !t_good(&cmd))
		goto out;
	t_diag("inquiry: '%.8s' '%.16s' resid %u", inq + 8, inq + 16,
	       cmd.resid);
	ok = !memcmp(inq + 8, "Linux   ", 8) &&
	     !memcmp(inq + 16, "scsi_debug      ", 16) &&
	     hba_lx_lun_inquiry(lun, cached, sizeof(cached)) == 36 &&
	     !memcmp(cached + 8, inq + 8, 24);
out:
	kfree(inq);
	return ok;
}

/*
 * A UNIT ATTENTION must come back as CHECK CONDITION with its sense bytes,
 * then clear.  Besides the power-on one (still pending on 6.1, consumed by
 * 6.12's scan), toggling scsi_debug's virtual_gb raises "capacity data has
 * changed" on every LUN, so the rule is tested on both kernels.
 */
static bool t_tur_one(struct hba_lx_lun *lun)
{
	static const u8 cdb[6] = { 0x00 };
	u8 sense[T_SENSE] = {}, asc = 0;
	struct hba_lx_cmd cmd;
	int i, ua = 0;

	for (i = 0; i < 4; i++) {
		if (t_exec_kva(lun, cdb, 6, HBA_LX_DIR_NONE, NULL, 0, &cmd,
			       sense) || cmd.reason != HBA_LX_R_OK)
			return false;
		if (cmd.status == SAM_GOOD)
			break;
		if (cmd.status != SAM_CHECK || cmd.sense_len < 8 ||
		    t_sense_key(&cmd, sense, &asc) != KEY_UA)
			return false;
		t_diag("tur: unit attention, asc %#x, %u sense bytes", asc,
		       cmd.sense_len);
		ua++;
	}
	return ua && cmd.status == SAM_GOOD;
}

/* Raise the UNIT ATTENTION once for all LUNs, then see it on each. */
static int case_tur_ua(void)
{
	SCSA_EXPECT(!t_sdebug_set("virtual_gb", 1) &&
		    !t_sdebug_set("virtual_gb", 0), "toggle virtual_gb");
	return t_each_case(t_is_sdebug, t_tur_one);
}

static u64 t_sdebug_blocks(unsigned int *bs)
{
	long mb = t_sdebug_param("dev_size_mb");
	long sz = t_sdebug_param("sector_size");

	if (mb <= 0 || sz <= 0)
		return 0;
	*bs = sz;
	return (u64)mb * 1024 * 1024 / sz;
}

static bool t_readcap10_one(struct hba_lx_lun *lun)
{
	static const u8 cdb[10] = { 0x25 };
	struct hba_lx_cmd cmd;
	unsigned int bs = 0;
	u64 blocks = t_sdebug_blocks(&bs);
	bool ok = false;
	u8 *d;

	d = kzalloc(8, GFP_KERNEL);
	if (!d)
		return false;
	if (!t_exec_kva(lun, cdb, 10, HBA_LX_DIR_READ, d, 8, &cmd, NULL) &&
	    t_good(&cmd)) {
		t_diag("rc10: last lba %u block %u (expect %llu x %u)",
		       get_unaligned_be32(d), get_unaligned_be32(d + 4),
		       blocks, bs);
		ok = get_unaligned_be32(d) + 1ULL == blocks &&
		     get_unaligned_be32(d + 4) == bs;
	}
	kfree(d);
	return ok;
}

static bool t_readcap16_one(struct hba_lx_lun *lun)
{
	static const u8 cdb[16] = { 0x9e, 0x10, [13] = 32 };
	struct hba_lx_cmd cmd;
	unsigned int bs = 0;
	u64 blocks = t_sdebug_blocks(&bs);
	bool ok = false;
	u8 *d;

	d = kzalloc(32, GFP_KERNEL);
	if (!d)
		return false;
	if (!t_exec_kva(lun, cdb, 16, HBA_LX_DIR_READ, d, 32, &cmd, NULL) &&
	    t_good(&cmd)) {
		t_diag("rc16: last lba %llu block %u", get_unaligned_be64(d),
		       get_unaligned_be32(d + 8));
		ok = get_unaligned_be64(d) + 1 == blocks &&
		     get_unaligned_be32(d + 8) == bs;
	}
	kfree(d);
	return ok;
}

/*
 * Data through page segments (the zero-copy path)
 */

/* Three segments with nonzero offsets, 16 blocks: 4096 + 2048 + 2048. */
static void t_segs3(struct scsa_lx_seg *s, struct page **pages)
{
	s[0] = (struct scsa_lx_seg){ pages[0], 4096, 0 };
	s[1] = (struct scsa_lx_seg){ pages[1], 2048, 1024 };
	s[2] = (struct scsa_lx_seg){ pages[2], 2048, 0 };
}

static int t_rw_segs(struct hba_lx_lun *lun, bool write, u32 lba,
		     struct scsa_lx_seg *segs, unsigned int n, unsigned int len)
{
	struct hba_lx_cmd cmd;
	u8 cdb[10];
	int ret;

	t_rw10_cdb(cdb, write, lba, len / 512);
	t_cmd_init(&cmd, cdb, 10, write ? HBA_LX_DIR_WRITE : HBA_LX_DIR_READ,
		   NULL);
	cmd.segs = segs;
	cmd.nsegs = n;
	cmd.data_len = len;
	ret = hba_lx_cmd_exec_sync(lun, &cmd);
	if (ret)
		return ret;
	return t_good(&cmd) && !cmd.resid ? 0 : -EIO;
}

static bool t_segs_equal(struct scsa_lx_seg *a, struct scsa_lx_seg *b,
			 unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		if (memcmp(page_address(a[i].page) + a[i].offset,
			   page_address(b[i].page) + b[i].offset, a[i].len))
			return false;
	return true;
}

static bool t_write_read_one(struct hba_lx_lun *lun)
{
	struct scsa_lx_seg w[3], r[3];
	struct page *pages[6];
	bool ok;

	if (t_alloc_pages(pages, 6))
		return false;
	t_fill(pages[0], 0xa0);
	t_fill(pages[1], 0xa1);
	t_fill(pages[2], 0xa2);
	t_segs3(w, pages);
	t_segs3(r, pages + 3);
	ok = !t_rw_segs(lun, true, 2048, w, 3, 8192) &&
	     !t_rw_segs(lun, false, 2048, r, 3, 8192) &&
	     t_segs_equal(w, r, 3);
	t_free_pages(pages, 6);
	return ok;
}

/*
 * Data as a kernel address: vmalloc memory, three pages spanned, written
 * through @kva and read back through page segments.  Stack memory is
 * refused (no DMA to stacks).
 */
static bool t_kva_one(struct hba_lx_lun *lun)
{
	static const unsigned int len = 8192, off = 512;
	struct scsa_lx_seg r[2];
	struct page *pages[2];
	struct hba_lx_cmd cmd;
	u8 cdb[10], stackbuf[512];
	bool ok = false;
	u8 *v;

	v = vmalloc(3 * PAGE_SIZE);
	if (!v || t_alloc_pages(pages, 2)) {
		vfree(v);
		return false;
	}
	memset(v + off, 0xc3, len / 2);
	memset(v + off + len / 2, 0x3c, len / 2);
	t_rw10_cdb(cdb, true, 4096, len / 512);
	if (t_exec_kva(lun, cdb, 10, HBA_LX_DIR_WRITE, v + off, len, &cmd,
		       NULL) || !t_good(&cmd))
		goto out;
	r[0] = (struct scsa_lx_seg){ pages[0], PAGE_SIZE, 0 };
	r[1] = (struct scsa_lx_seg){ pages[1], PAGE_SIZE, 0 };
	ok = !t_rw_segs(lun, false, 4096, r, 2, len) &&
	     !memcmp(page_address(pages[0]), v + off, PAGE_SIZE) &&
	     !memcmp(page_address(pages[1]), v + off + PAGE_SIZE, PAGE_SIZE);
	t_rw10_cdb(cdb, false, 0, 1);
	ok &= t_exec_kva(lun, cdb, 10, HBA_LX_DIR_READ, stackbuf,
			 sizeof(stackbuf), &cmd, NULL) == -EINVAL;
out:
	t_free_pages(pages, 2);
	vfree(v);
	return ok;
}

/*
 * Refusals: never split, never sent
 */

static bool t_small_xfer(struct hba_lx_lun *lun)
{
	struct hba_lx_limits l;

	return !hba_lx_lun_get_limits(lun, &l) &&
	       l.max_xfer_bytes + PAGE_SIZE <= UINT_MAX;
}

static bool t_oversize_one(struct hba_lx_lun *lun)
{
	struct hba_lx_stats before = {}, after = {};
	struct hba_lx_limits l;
	struct scsa_lx_seg *segs;
	struct hba_lx_cmd cmd;
	u8 cdb[10];
	unsigned int i, n;
	struct page *page;
	int ret;

	hba_lx_lun_get_limits(lun, &l);
	n = l.max_xfer_bytes / PAGE_SIZE + 1;
	segs = kvcalloc(n, sizeof(*segs), GFP_KERNEL);
	page = alloc_page(GFP_KERNEL);
	ret = -ENOMEM;
	if (segs && page) {
		for (i = 0; i < n; i++)
			segs[i] = (struct scsa_lx_seg){ page, PAGE_SIZE, 0 };
		t_rw10_cdb(cdb, false, 0, 0);
		t_cmd_init(&cmd, cdb, 10, HBA_LX_DIR_READ, NULL);
		cmd.segs = segs;
		cmd.nsegs = n;
		cmd.data_len = n * PAGE_SIZE;
		hba_lx_hba_get_stats(&before);
		ret = hba_lx_cmd_exec_sync(lun, &cmd);
		hba_lx_hba_get_stats(&after);
		t_diag("%u bytes: %d", n * (unsigned int)PAGE_SIZE, ret);
	}
	if (page)
		__free_page(page);
	kvfree(segs);
	return ret == -EINVAL && after.submitted == before.submitted;
}

/* Data that breaks the rules is refused: crossing a page, misaligned. */
static bool t_bad_segs_one(struct hba_lx_lun *lun)
{
	struct scsa_lx_seg s;
	struct page *page;
	bool ok;

	page = alloc_page(GFP_KERNEL);
	if (!page)
		return false;
	s = (struct scsa_lx_seg){ page, 1024, PAGE_SIZE - 512 };
	ok = t_rw_segs(lun, false, 0, &s, 1, 1024) == -EINVAL;
	s = (struct scsa_lx_seg){ page, 510, 1 };
	ok &= t_rw_segs(lun, false, 0, &s, 1, 510) == -EINVAL;
	s = (struct scsa_lx_seg){ page, 512, 0 };
	ok &= t_rw_segs(lun, false, 0, &s, 1, 1024) == -EINVAL;
	__free_page(page);
	return ok;
}

/*
 * The last segment may end at an odd length, as in Linux's own copy path:
 * INQUIRY of 5 bytes, and of 36 bytes in two segments, 32 + 4 and 8 + 28.
 * An odd length anywhere but last is refused: 6 + 30.
 */
static int t_inquiry_segs(struct hba_lx_lun *lun, struct scsa_lx_seg *s,
			  unsigned int n, unsigned int len)
{
	u8 cdb[6] = { 0x12, 0, 0, 0, len, 0 };
	struct hba_lx_cmd cmd;
	int ret;

	t_cmd_init(&cmd, cdb, 6, HBA_LX_DIR_READ, NULL);
	cmd.segs = s;
	cmd.nsegs = n;
	cmd.data_len = len;
	ret = hba_lx_cmd_exec_sync(lun, &cmd);
	if (ret)
		return ret;
	return t_good(&cmd) && !cmd.resid ? 0 : -EIO;
}

static bool t_odd_tail_one(struct hba_lx_lun *lun)
{
	u8 inq[36];
	struct scsa_lx_seg s[2];
	struct page *pages[2];
	bool ok;

	if (t_alloc_pages(pages, 2))
		return false;
	hba_lx_lun_inquiry(lun, inq, sizeof(inq));
	memset(page_address(pages[0]), 0xee, PAGE_SIZE);
	s[0] = (struct scsa_lx_seg){ pages[0], 5, 0 };
	ok = !t_inquiry_segs(lun, s, 1, 5) && !memcmp(page_address(pages[0]), inq, 5);
	s[0] = (struct scsa_lx_seg){ pages[0], 32, 0 };
	s[1] = (struct scsa_lx_seg){ pages[1], 4, 0 };
	ok &= !t_inquiry_segs(lun, s, 2, 36) &&
	      !memcmp(page_address(pages[0]), inq, 32) &&
	      !memcmp(page_address(pages[1]), inq + 32, 4);
	s[0] = (struct scsa_lx_seg){ pages[0], 6, 0 };
	s[1] = (struct scsa_lx_seg){ pages[1], 30, 0 };
	ok &= t_inquiry_segs(lun, s, 2, 36) == -EINVAL;
	t_free_pages(pages, 2);
	return ok;
}

static bool t_bad_opcode_one(struct hba_lx_lun *lun)
{
	static const u8 cdb[6] = { 0xc0 };
	u8 sense[T_SENSE] = {}, asc = 0;
	struct hba_lx_cmd cmd;
	unsigned int key = 0;
	int i;

	for (i = 0; i < 3; i++) {	/* a pending UNIT ATTENTION comes first */
		if (t_exec_kva(lun, cdb, 6, HBA_LX_DIR_NONE, NULL, 0, &cmd,
			       sense))
			return false;
		key = t_sense_key(&cmd, sense, &asc);
		if (key != KEY_UA)
			break;
	}
	t_diag("opcode 0xc0: status %#x key %#x asc %#x", cmd.status, key, asc);
	return cmd.reason == HBA_LX_R_OK && cmd.status == SAM_CHECK &&
	       key == KEY_ILLEGAL && asc == 0x20;
}

static void t_nop_done(struct hba_lx_cmd *cmd)
{
}

static bool t_cdb_len_one(struct hba_lx_lun *lun)
{
	static const u8 cdb[33] = { 0x00 };
	struct hba_lx_cmd cmd;
	bool ok = true;

	t_cmd_init(&cmd, cdb, 0, HBA_LX_DIR_NONE, NULL);
	cmd.done = t_nop_done;
	ok &= hba_lx_cmd_submit(lun, &cmd) == -EINVAL;
	ok &= hba_lx_cmd_exec_sync(lun, &cmd) == -EINVAL;
	cmd.cdb_len = 33;
	ok &= hba_lx_cmd_submit(lun, &cmd) == -EINVAL;
	ok &= hba_lx_cmd_exec_sync(lun, &cmd) == -EINVAL;
	return ok;
}

/*
 * Many commands in flight
 */

/*
 * @chain_lun: if set, done() resubmits the command there, as illumos
 * completion routines do, until the submit is refused
 */
struct t_async_set {
	atomic_t remaining;
	atomic_t bad_context;
	struct completion all;
	struct hba_lx_lun *chain_lun;
};

struct t_async {
	struct hba_lx_cmd cmd;
	u8 cdb[10];
	struct scsa_lx_seg seg;
	struct page *page;
	atomic_t done_calls;
	int rounds;
	int chain_err;
	struct t_async_set *set;
};

static struct t_async *t_async_cmds;
static int t_async_n;
static struct t_async_set t_set;

static void t_async_done(struct hba_lx_cmd *cmd)
{
	struct t_async *a = container_of(cmd, struct t_async, cmd);

	if (!in_task() || irqs_disabled() || !preemptible())
		atomic_inc(&a->set->bad_context);
	if (a->set->chain_lun) {
		a->rounds++;
		a->chain_err = hba_lx_cmd_submit(a->set->chain_lun, cmd);
		if (!a->chain_err)
			return;
	}
	atomic_inc(&a->done_calls);
	if (atomic_dec_and_test(&a->set->remaining))
		complete(&a->set->all);
}

static void t_async_prep(struct t_async *a, u32 lba)
{
	t_rw10_cdb(a->cdb, false, lba, PAGE_SIZE / 512);
	t_cmd_init(&a->cmd, a->cdb, 10, HBA_LX_DIR_READ, NULL);
	a->seg = (struct scsa_lx_seg){ a->page, PAGE_SIZE, 0 };
	a->cmd.segs = &a->seg;
	a->cmd.nsegs = 1;
	a->cmd.data_len = PAGE_SIZE;
	a->cmd.done = t_async_done;
	a->set = &t_set;
	a->rounds = 0;
	a->chain_err = 0;
	atomic_set(&a->done_calls, 0);
	memset(page_address(a->page), 0, PAGE_SIZE);
}

static void t_async_free(void)
{
	int i;

	if (!t_async_cmds)
		return;
	for (i = 0; i < t_async_n; i++)
		if (t_async_cmds[i].page)
			__free_page(t_async_cmds[i].page);
	kvfree(t_async_cmds);
	t_async_cmds = NULL;
}

static int t_async_alloc(int n)
{
	int i;

	t_async_cmds = kvcalloc(n, sizeof(*t_async_cmds), GFP_KERNEL);
	if (!t_async_cmds)
		return -ENOMEM;
	t_async_n = n;
	for (i = 0; i < n; i++) {
		t_async_cmds[i].page = alloc_page(GFP_KERNEL);
		if (!t_async_cmds[i].page) {
			t_async_free();
			return -ENOMEM;
		}
	}
	return 0;
}

/* Write T_ASYNC stamped pages at @lba in one command of T_ASYNC segments. */
static int t_async_write_pattern(struct hba_lx_lun *lun, u32 lba)
{
	struct scsa_lx_seg *segs;
	int i, ret;

	segs = kcalloc(T_ASYNC, sizeof(*segs), GFP_KERNEL);
	if (!segs)
		return -ENOMEM;
	for (i = 0; i < T_ASYNC; i++) {
		t_fill(t_async_cmds[i].page, 0xb000 + i);
		segs[i] = (struct scsa_lx_seg){ t_async_cmds[i].page,
						PAGE_SIZE, 0 };
	}
	ret = t_rw_segs(lun, true, lba, segs, T_ASYNC, T_ASYNC * PAGE_SIZE);
	kfree(segs);
	return ret;
}

/*
 * Submit the page reads at @lba (all of them at @lba if !@spread) until one
 * is refused; the number accepted.  *@err gets the refusal, if any.
 */
static int t_async_submit_flags(struct hba_lx_lun *lun, u32 lba, bool spread,
				unsigned int flags, int *err)
{
	const u32 step = spread ? PAGE_SIZE / 512 : 0;
	int i, ret = 0;

	atomic_set(&t_set.remaining, t_async_n);
	atomic_set(&t_set.bad_context, 0);
	init_completion(&t_set.all);
	for (i = 0; i < t_async_n; i++) {
		t_async_prep(&t_async_cmds[i], lba + i * step);
		t_async_cmds[i].cmd.flags = flags;
	}
	for (i = 0; i < t_async_n; i++) {
		ret = hba_lx_cmd_submit(lun, &t_async_cmds[i].cmd);
		if (ret)
			break;
	}
	/* account for the ones never accepted */
	if (i < t_async_n && atomic_sub_and_test(t_async_n - i,
						 &t_set.remaining))
		complete(&t_set.all);
	if (err)
		*err = ret;
	return i;
}

static int t_async_submit(struct hba_lx_lun *lun, u32 lba)
{
	return t_async_submit_flags(lun, lba, true, 0, NULL);
}

static bool t_async_check(void)
{
	struct page *expect;
	bool ok = true;
	int i;

	expect = alloc_page(GFP_KERNEL);
	if (!expect)
		return false;
	for (i = 0; i < t_async_n; i++) {
		struct t_async *a = &t_async_cmds[i];

		t_fill(expect, 0xb000 + i);
		if (atomic_read(&a->done_calls) != 1 || !t_good(&a->cmd) ||
		    a->cmd.resid ||
		    memcmp(page_address(expect), page_address(a->page),
			   PAGE_SIZE)) {
			t_diag("cmd %d: done %d reason %u status %#x",
			       i, atomic_read(&a->done_calls), a->cmd.reason,
			       a->cmd.status);
			ok = false;
		}
	}
	__free_page(expect);
	return ok;
}

static bool t_async_done_ctx;

static bool t_async_one(struct hba_lx_lun *lun)
{
	const u32 lba = 8192;
	bool ok;

	if (t_async_alloc(T_ASYNC))
		return false;
	ok = !t_async_write_pattern(lun, lba) &&
	     t_async_submit(lun, lba) == T_ASYNC &&
	     wait_for_completion_timeout(&t_set.all, T_TIMEOUT);
	if (ok) {
		msleep(20);	/* a second done() would show up by now */
		ok = t_async_check();
		t_async_done_ctx = !atomic_read(&t_set.bad_context);
	}
	t_async_free();
	return ok;
}

/* From atomic context the command is deferred, still accepted. */
static bool t_atomic_submit_one(struct hba_lx_lun *lun)
{
	struct hba_lx_stats before, after;
	unsigned long flags;
	int ret;

	if (t_async_alloc(1))
		return false;
	atomic_set(&t_set.remaining, 1);
	atomic_set(&t_set.bad_context, 0);
	init_completion(&t_set.all);
	t_async_prep(&t_async_cmds[0], 0);
	hba_lx_hba_get_stats(&before);
	local_irq_save(flags);
	ret = hba_lx_cmd_submit(lun, &t_async_cmds[0].cmd);
	local_irq_restore(flags);
	ret = ret ?: !wait_for_completion_timeout(&t_set.all, T_TIMEOUT);
	hba_lx_hba_get_stats(&after);
	ret = ret ?: !t_good(&t_async_cmds[0].cmd) ||
		     atomic_read(&t_set.bad_context) ||
		     after.deferred != before.deferred + 1;
	t_async_free();
	return !ret;
}

/* Every accepted command completed exactly once, the others never. */
static bool t_async_once(int accepted)
{
	int i, want;

	for (i = 0; i < t_async_n; i++) {
		want = i < accepted ? 1 : 0;
		if (atomic_read(&t_async_cmds[i].done_calls) != want)
			return false;
	}
	return true;
}

/*
 * With every tag of the host taken (scsi_debug slowed down so that none
 * comes back meanwhile), a NOWAIT submit is refused with -EAGAIN at once.
 */
static bool t_nowait_one(struct hba_lx_lun *lun)
{
	struct hba_lx_limits l;
	int accepted, err = 0;
	bool ok = false;

	if (hba_lx_lun_get_limits(lun, &l) || t_async_alloc(l.can_queue + 8))
		return false;
	if (!t_sdebug_delay(HZ / 2)) {
		accepted = t_async_submit_flags(lun, 0, false,
						HBA_LX_CMD_NOWAIT, &err);
		ok = wait_for_completion_timeout(&t_set.all, T_TIMEOUT);
		t_diag("nowait: %d accepted, then %d", accepted, err);
		ok = ok && err == -EAGAIN && accepted > 0 &&
		     t_async_once(accepted);
		ok &= !t_sdebug_delay(-1);
	}
	t_async_free();
	return ok;
}

/* An in-flight command is aborted through the error handler. */
static bool t_abort_one(struct hba_lx_lun *lun)
{
	struct hba_lx_cmd *cmd;
	int accepted, ret = -1;
	bool ok = false;

	if (t_async_alloc(1))
		return false;
	cmd = &t_async_cmds[0].cmd;
	if (!t_sdebug_delay(20 * HZ)) {
		accepted = t_async_submit(lun, 0);
		msleep(20);
		ret = hba_lx_cmd_abort(cmd);
		ok = accepted == 1 && !ret &&
		     wait_for_completion_timeout(&t_set.all, T_TIMEOUT);
		t_diag("abort: %d, reason %u result %#x", ret, cmd->reason,
		       cmd->result);
		ok = ok && cmd->reason == HBA_LX_R_ABORTED &&
		     t_async_once(1) && hba_lx_cmd_abort(cmd) == -ENOENT;
		ok &= !t_sdebug_delay(-1);
	}
	t_async_free();
	return ok;
}

/* A command that outlives its timeout_sec ends as a timeout (sync path). */
static bool t_timeout_one(struct hba_lx_lun *lun)
{
	static const u8 cdb[6] = { 0x00 };
	struct hba_lx_cmd cmd;
	bool ok = false;

	if (t_sdebug_delay(10 * HZ))
		return false;
	t_cmd_init(&cmd, cdb, 6, HBA_LX_DIR_NONE, NULL);
	cmd.timeout_sec = 1;
	if (!hba_lx_cmd_exec_sync(lun, &cmd)) {
		t_diag("timeout: reason %u result %#x", cmd.reason, cmd.result);
		ok = cmd.reason == HBA_LX_R_TIMEOUT;
	}
	ok &= !t_sdebug_delay(-1);
	return ok;
}

/*
 * virtio-scsi disks, owned by sd: pass-through reads alongside
 */

static bool t_virtio_read_one(struct hba_lx_lun *lun)
{
	struct scsa_lx_seg seg;
	struct page *page;
	int ret;

	page = alloc_page(GFP_KERNEL);
	if (!page)
		return false;
	seg = (struct scsa_lx_seg){ page, PAGE_SIZE, 0 };
	ret = t_rw_segs(lun, false, 0, &seg, 1, PAGE_SIZE);
	__free_page(page);
	return !ret;
}

/* Completions from virtio-scsi's interrupt still reach done() in a task. */
static bool t_virtio_async_one(struct hba_lx_lun *lun)
{
	int i, accepted;
	bool ok;

	if (t_async_alloc(T_ASYNC))
		return false;
	accepted = t_async_submit(lun, 0);
	ok = accepted == T_ASYNC &&
	     wait_for_completion_timeout(&t_set.all, T_TIMEOUT);
	for (i = 0; ok && i < T_ASYNC; i++)
		ok = t_good(&t_async_cmds[i].cmd) && !t_async_cmds[i].cmd.resid;
	ok = ok && t_async_once(T_ASYNC) && !atomic_read(&t_set.bad_context);
	t_async_free();
	return ok;
}

static bool t_reset_one(struct hba_lx_lun *lun)
{
	return hba_lx_lun_reset(lun, HBA_LX_RESET_LUN) == -EOPNOTSUPP;
}

/*
 * Hot removal and addition of a scsi_debug LUN
 */

struct t_hotplug {
	struct hba_lx_addr addr;
	atomic_t added;
	atomic_t removed;
	int pending_at_remove;
};

static struct t_hotplug t_hp;

static bool t_hp_match(struct hba_lx_lun *lun)
{
	struct hba_lx_addr a;

	hba_lx_lun_addr(lun, &a);
	return a.host == t_hp.addr.host && a.channel == t_hp.addr.channel &&
	       a.target == t_hp.addr.target && a.lun == t_hp.addr.lun;
}

static void t_hp_added(struct hba_lx_lun *lun, void *arg)
{
	if (t_hp_match(lun))
		atomic_inc(&t_hp.added);
}

static void t_hp_removed(struct hba_lx_lun *lun, void *arg)
{
	if (t_hp_match(lun)) {
		t_hp.pending_at_remove = atomic_read(&t_set.remaining);
		atomic_inc(&t_hp.removed);
	}
}

static const struct hba_lx_listener_ops t_hp_ops = {
	.lun_added = t_hp_added,
	.lun_removed = t_hp_removed,
};

static bool t_hp_findable(void)
{
	struct hba_lx_lun *lun = hba_lx_lun_find(t_hp.addr.host,
			t_hp.addr.channel, t_hp.addr.target, t_hp.addr.lun);

	if (lun)
		hba_lx_lun_put(lun);
	return !!lun;
}

static int t_scsi_remove(const struct hba_lx_addr *a)
{
	struct Scsi_Host *shost = scsi_host_lookup(a->host);
	struct scsi_device *sdev;

	if (!shost)
		return -ENODEV;
	sdev = scsi_device_lookup(shost, a->channel, a->target, a->lun);
	if (sdev) {
		scsi_remove_device(sdev);
		scsi_device_put(sdev);
	}
	scsi_host_put(shost);
	return sdev ? 0 : -ENODEV;
}

static int t_scsi_add(const struct hba_lx_addr *a)
{
	struct Scsi_Host *shost = scsi_host_lookup(a->host);
	int ret;

	if (!shost)
		return -ENODEV;
	ret = scsi_add_device(shost, a->channel, a->target, a->lun);
	scsi_host_put(shost);
	return ret;
}

static struct hba_lx_lun *t_last_sdebug(void)
{
	int i;

	for (i = t_nluns - 1; i >= 0; i--)
		if (t_is_sdebug(t_luns[i]))
			return t_luns[i];
	return NULL;
}

/* What a removed LUN must answer. */
static bool t_gone_refuses(struct hba_lx_lun *lun)
{
	struct hba_lx_limits l;

	t_async_prep(&t_async_cmds[0], 0);
	return hba_lx_lun_is_gone(lun) && !t_hp_findable() &&
	       hba_lx_cmd_submit(lun, &t_async_cmds[0].cmd) == -ENODEV &&
	       hba_lx_cmd_exec_sync(lun, &t_async_cmds[0].cmd) == -ENODEV &&
	       hba_lx_lun_get_limits(lun, &l) == -ENODEV &&
	       hba_lx_lun_open(lun) == -ENODEV;
}

/* Let every chain resubmit at least once (bounded wait). */
static void t_chains_wait(void)
{
	int i, tries;

	for (tries = 0; tries < 200; tries++) {
		for (i = 0; i < t_async_n; i++)
			if (READ_ONCE(t_async_cmds[i].rounds) < 1)
				break;
		if (i == t_async_n)
			return;
		msleep(50);
	}
}

/* Every chain resubmitted at least once, then ended on -ENODEV. */
static bool t_chains_ended(void)
{
	int i;

	for (i = 0; i < t_async_n; i++)
		if (t_async_cmds[i].rounds < 2 ||
		    t_async_cmds[i].chain_err != -ENODEV)
			return false;
	return true;
}

/*
 * Remove the LUN, opened (as by an attached target instance), with T_ASYNC
 * commands in flight that resubmit themselves from done(): when removal
 * returns, every chain has ended on -ENODEV and every done() has run, the
 * listener was told after that, and the LUN refuses everything.
 */
static bool t_hot_remove(struct hba_lx_lun *lun)
{
	int accepted;
	bool ok;

	t_hp.pending_at_remove = -1;
	if (t_async_alloc(T_ASYNC))
		return false;
	if (hba_lx_lun_open(lun)) {
		t_async_free();
		return false;
	}
	/* slow: all are still outstanding when removal starts */
	ok = !t_sdebug_delay(HZ / 4);
	t_set.chain_lun = lun;
	accepted = t_async_submit(lun, 0);
	t_chains_wait();
	ok &= !t_scsi_remove(&t_hp.addr);
	t_set.chain_lun = NULL;
	hba_lx_lun_close(lun);
	t_diag("accepted %d, rounds %d, pending at remove %d, removed %d",
	       accepted, t_async_cmds[0].rounds, t_hp.pending_at_remove,
	       atomic_read(&t_hp.removed));
	ok &= !t_sdebug_delay(-1);
	ok = ok && accepted == T_ASYNC && atomic_read(&t_set.remaining) == 0 &&
	     t_async_once(T_ASYNC) && t_chains_ended() &&
	     t_hp.pending_at_remove == 0 && atomic_read(&t_hp.removed) == 1 &&
	     t_gone_refuses(lun);
	t_async_free();
	return ok;
}

static struct hba_lx_listener *t_hp_listener;

static int case_hot_remove(void)
{
	struct hba_lx_lun *lun = t_last_sdebug();

	if (!lun)
		return -EOPNOTSUPP;
	hba_lx_lun_addr(lun, &t_hp.addr);
	SCSA_EXPECT(!hba_lx_hba_register_listener(&t_hp_ops, NULL,
						  &t_hp_listener), "register");
	atomic_set(&t_hp.added, 0);	/* forget the replay */
	atomic_set(&t_hp.removed, 0);
	return t_hot_remove(lun) ? 0 : -EIO;
}

/* Re-add what case_hot_remove() removed: announced, and it works. */
static int case_hot_add(void)
{
	u8 sense[T_SENSE];
	struct hba_lx_cmd cmd;
	struct hba_lx_lun *lun;
	bool works = false;

	if (!t_hp_listener)
		return -EOPNOTSUPP;
	SCSA_EXPECT(!t_scsi_add(&t_hp.addr), "scsi_add_device");
	hba_lx_hba_unregister_listener(t_hp_listener);
	t_hp_listener = NULL;
	SCSA_EXPECT(atomic_read(&t_hp.added) == 1, "added %d",
		    atomic_read(&t_hp.added));
	lun = hba_lx_lun_find(t_hp.addr.host, t_hp.addr.channel,
			      t_hp.addr.target, t_hp.addr.lun);
	SCSA_EXPECT(lun, "find");
	works = !t_tur(lun, &cmd, sense) && t_good(&cmd);
	hba_lx_lun_put(lun);
	SCSA_EXPECT(works, "reason %u status %#x", cmd.reason, cmd.status);
	return 0;
}

/* /sys/kernel/debug/scsa_hba/luns: a header and one line per LUN. */
static int case_debugfs(void)
{
	struct file *f;
	loff_t pos = 0;
	int lines = 0, present = 0;
	ssize_t n, i;
	char *buf;

	f = filp_open("/sys/kernel/debug/scsa_hba/luns", O_RDONLY, 0);
	if (IS_ERR(f)) {
		t_diag("debugfs: %ld", PTR_ERR(f));
		return -EOPNOTSUPP;	/* not mounted */
	}
	buf = kzalloc(PAGE_SIZE, GFP_KERNEL);
	n = buf ? kernel_read(f, buf, PAGE_SIZE - 1, &pos) : -ENOMEM;
	filp_close(f, NULL);
	for (i = 0; i < n; i++)
		lines += buf[i] == '\n';
	for (i = 0; i < n; i += strcspn(buf + i, "\n") + 1)
		t_diag("| %.*s", (int)strcspn(buf + i, "\n"), buf + i);
	hba_lx_lun_foreach(t_count_one, &present);
	t_diag("debugfs: %d lines, %d LUNs", lines, present);
	kfree(buf);
	SCSA_EXPECT(n > 0 && lines == present + 1, "read %zd", n);
	return 0;
}

static int case_no_copies(void)
{
	struct hba_lx_stats st;

	hba_lx_hba_get_stats(&st);
	t_diag("submitted %llu completed %llu busy %llu deferred %llu copies %llu bounced %llu",
	       st.submitted, st.completed, st.busy, st.deferred, st.copies, st.bounced);
	SCSA_EXPECT(st.copies == 0 && st.submitted == st.completed, "");
	return 0;
}

static int case_done_context(void)
{
	SCSA_EXPECT(t_async_done_ctx, "done() ran in atomic context");
	return 0;
}

/* One-line adapters: the rule, on every LUN of a kind. */
#define T_EACH(name, want, fn)						\
	static int name(void) { return t_each_case(want, fn); }

T_EACH(case_limits, t_any, t_limits_one)
T_EACH(case_inquiry, t_is_sdebug, t_inquiry_one)
T_EACH(case_readcap10, t_is_sdebug, t_readcap10_one)
T_EACH(case_readcap16, t_is_sdebug, t_readcap16_one)
T_EACH(case_write_read, t_is_sdebug, t_write_read_one)
T_EACH(case_kva, t_is_sdebug, t_kva_one)
T_EACH(case_oversize, t_small_xfer, t_oversize_one)
T_EACH(case_bad_segs, t_is_sdebug, t_bad_segs_one)
T_EACH(case_odd_tail, t_is_sdebug, t_odd_tail_one)
T_EACH(case_bad_opcode, t_is_sdebug, t_bad_opcode_one)
T_EACH(case_cdb_len, t_is_sdebug, t_cdb_len_one)
T_EACH(case_async, t_is_sdebug, t_async_one)
T_EACH(case_atomic_submit, t_is_sdebug, t_atomic_submit_one)
T_EACH(case_nowait, t_is_sdebug, t_nowait_one)
T_EACH(case_abort, t_is_sdebug, t_abort_one)
T_EACH(case_timeout, t_is_sdebug, t_timeout_one)
T_EACH(case_virtio_read, t_is_virtio_disk, t_virtio_read_one)
T_EACH(case_virtio_async, t_is_virtio_disk, t_virtio_async_one)
T_EACH(case_reset, t_any, t_reset_one)

/* In this order: later cases rely on the state earlier ones leave. */
static const struct scsa_ktap_case t_cases[] = {
	{ "discovery_sees_scsi_debug_and_virtio_luns", case_discovery },
	{ "listener_replays_existing_luns", case_listener_replay },
	{ "limits_are_sane", case_limits },
	{ "inquiry_matches_scsi_debug", case_inquiry },
	{ "tur_unit_attention_has_sense", case_tur_ua },
	{ "read_capacity10_matches_size", case_readcap10 },
	{ "read_capacity16_matches_size", case_readcap16 },
	{ "write_read_page_segments", case_write_read },
	{ "kva_vmalloc_roundtrip_stack_refused", case_kva },
	{ "oversize_transfer_rejected", case_oversize },
	{ "bad_segments_rejected", case_bad_segs },
	{ "odd_length_last_segment_accepted", case_odd_tail },
	{ "unsupported_opcode_illegal_request", case_bad_opcode },
	{ "cdb_length_0_and_33_rejected", case_cdb_len },
	{ "async_64_in_flight_complete_once", case_async },
	{ "done_runs_in_process_context", case_done_context },
	{ "atomic_context_submit_deferred", case_atomic_submit },
	{ "nowait_without_tags_is_eagain", case_nowait },
	{ "abort_in_flight_reports_aborted", case_abort },
	{ "timeout_reports_timeout", case_timeout },
	{ "virtio_read_alongside_sd", case_virtio_read },
	{ "virtio_async_reads_done_in_task", case_virtio_async },
	{ "debugfs_lists_every_lun", case_debugfs },
	{ "reset_reports_not_supported", case_reset },
	{ "hot_remove_drains_resubmitters_then_notifies", case_hot_remove },
	{ "hot_add_notifies_and_works", case_hot_add },
	{ "no_data_copies_or_bounces", case_no_copies },
};

static int __init scsa_test_hba_init(void)
{
	int i, ret;

	t_wait_sdebug();
	hba_lx_lun_foreach(t_collect_one, NULL);
	ret = scsa_ktap_run("scsa_hba", t_cases, ARRAY_SIZE(t_cases));
	if (t_hp_listener)
		hba_lx_hba_unregister_listener(t_hp_listener);
	for (i = 0; i < t_nluns; i++)
		hba_lx_lun_put(t_luns[i]);
	return ret;
}

static void __exit scsa_test_hba_exit(void)
{
}

module_init(scsa_test_hba_init);
module_exit(scsa_test_hba_exit);

MODULE_DESCRIPTION("KTAP tests of the scsa_hba Linux half");
MODULE_LICENSE("GPL");
