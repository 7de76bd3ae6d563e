// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_emu: a test SCSI host emulating what scsi_debug does not, a tape
 * drive (SSC) with an in-memory cartridge and an enclosure (SES-2), so that
 * tape and enclosure drivers, Linux's st and ses as well as the illumos st
 * and ses run through scsa_compat, can be tested without hardware.
 *
 * One Scsi_Host, one LUN 0 per target: targets 0 .. tapes-1 are tape
 * drives, the next ones enclosures.  Commands run one at a time, in arrival
 * order, from an ordered workqueue, so the device state needs no lock of its
 * own beyond emu_lock, which the module parameters that act on the devices
 * (write protect, cartridge, injected errors, element status) also take.
 *
 * The cartridge is a list of objects (data blocks with their payload, and
 * filemarks) followed by end of data; the position is the index of the next
 * object, which is also the logical object number READ POSITION and LOCATE
 * use.  Writing anywhere but at end of data truncates what follows.
 */

#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/device.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/mm.h>
#include <linux/workqueue.h>
#include <linux/mutex.h>
#include <linux/string.h>
#include <scsa_kcompat.h>	/* the unaligned helpers' header */
#include <scsi/scsi.h>
#include <scsi/scsi_cmnd.h>
#include <scsi/scsi_device.h>
#include <scsi/scsi_host.h>
#include <scsi/scsi_proto.h>

#define EMU_MAX_TAPES	4
#define EMU_MAX_ENCL	2
#define EMU_SENSE_LEN	18

/* SSC opcodes Linux's scsi_proto.h does not name. */
#define EMU_REWIND	0x01
#define EMU_LOCATE	0x2b
#define EMU_REPORT_DENSITY 0x44

/* Sense keys and the additional sense codes this emulator reports. */
#define SK_NO_SENSE	0x00
#define SK_NOT_READY	0x02
#define SK_MEDIUM	0x03
#define SK_ILLEGAL	0x05
#define SK_UA		0x06
#define SK_PROTECT	0x07
#define SK_BLANK	0x08
#define SK_OVERFLOW	0x0d

/* Flags of byte 2 of fixed-format sense. */
#define SENSE_FM	0x80
#define SENSE_EOM	0x40
#define SENSE_ILI	0x20

static int tapes = 1;
module_param(tapes, int, 0444);
MODULE_PARM_DESC(tapes, "Number of tape drives (targets 0..tapes-1), 0 to 4");

static int enclosures = 1;
module_param(enclosures, int, 0444);
MODULE_PARM_DESC(enclosures, "Number of SES enclosures (the targets after the tapes), 0 to 2");

static bool no_uld;
module_param(no_uld, bool, 0644);
MODULE_PARM_DESC(no_uld, "Keep Linux's upper-level drivers (st) off LUNs scanned from now on");

static int tape_kb = 8192;
module_param(tape_kb, int, 0444);
MODULE_PARM_DESC(tape_kb, "Cartridge capacity in KiB");

static int tape_ew_kb = 64;
module_param(tape_ew_kb, int, 0444);
MODULE_PARM_DESC(tape_ew_kb, "Early warning: KiB before the end of the cartridge");

static int tape_max_block = 262144;
module_param(tape_max_block, int, 0444);
MODULE_PARM_DESC(tape_max_block, "Largest record (READ BLOCK LIMITS maximum), bytes");

static char *tape_vendor = "IBM";
module_param(tape_vendor, charp, 0444);
MODULE_PARM_DESC(tape_vendor, "Tape INQUIRY vendor (the command set emulated is an LTO drive's)");

static char *tape_product = "ULTRIUM-TD1";
module_param(tape_product, charp, 0444);
MODULE_PARM_DESC(tape_product, "Tape INQUIRY product");

static DEFINE_MUTEX(emu_lock);

struct emu_obj {
	u64 off;		/* where the payload starts in the data buffer */
	u32 len;		/* payload length; 0 for a filemark */
	bool fm;
};

struct emu_tape {
	bool loaded;
	bool wp;
	bool prevent;
	u8 ua_asc, ua_ascq;	/* a pending unit attention, 0 if none */
	u8 density;
	u32 blklen;		/* mode block length, 0 = variable */
	bool dce;
	u8 sel_comp;
	u8 *data;
	u64 cap, ew, used;
	struct emu_obj *obj;
	u32 maxobj, nobj, pos;
	long medium_error;	/* object number that fails READ and WRITE, -1 none */
	u32 drop;		/* commands still to be dropped (timeouts) */
};

/* Enclosure: 4 slots, 1 power supply, 2 fans, 2 temperature sensors. */
#define SES_TYPES	4
#define SES_ELEMS	9
static const u8 ses_type_code[SES_TYPES] = { 0x01, 0x02, 0x03, 0x04 };
static const u8 ses_type_count[SES_TYPES] = { 4, 1, 2, 2 };
static const char *const ses_type_text[SES_TYPES] = {
	"Slots", "Power", "Cooling", "Temperatures" };
static const char *const ses_elem_text[SES_ELEMS] = {
	"SLOT 00", "SLOT 01", "SLOT 02", "SLOT 03", "PSU 0",
	"FAN 0", "FAN 1", "TEMP 0", "TEMP 1" };
#define SES_GEN		0x00000001

struct emu_encl {
	u8 elem[SES_ELEMS][4];
	u32 sends;		/* control pages applied (SEND DIAGNOSTIC) */
};

static struct emu_tape emu_tapes[EMU_MAX_TAPES];
static struct emu_encl emu_encls[EMU_MAX_ENCL];
static struct device *emu_root;
static struct Scsi_Host *emu_host;
static struct workqueue_struct *emu_wq;

struct emu_cmd {
	struct work_struct work;
	struct scsi_cmnd *scmd;
};

/* --- helpers --- */

static void emu_sense(struct scsi_cmnd *scmd, u8 key, u8 asc, u8 ascq,
		      u8 flags, bool valid, s32 info)
{
	u8 *s = scmd->sense_buffer;

	memset(s, 0, SCSI_SENSE_BUFFERSIZE);
	s[0] = 0x70 | (valid ? 0x80 : 0);
	s[2] = key | flags;
	put_unaligned_be32((u32)info, &s[3]);
	s[7] = EMU_SENSE_LEN - 8;
	s[12] = asc;
	s[13] = ascq;
	scmd->result = SAM_STAT_CHECK_CONDITION;
}

static void emu_illegal(struct scsi_cmnd *scmd, u8 asc)
{
	emu_sense(scmd, SK_ILLEGAL, asc, 0, 0, false, 0);
}

/* Copy @len bytes to the command's buffer; the rest is residual. */
static void emu_to_host(struct scsi_cmnd *scmd, const void *buf, u32 len)
{
	u32 n = min(len, scsi_bufflen(scmd));

	if (n)
		scsi_sg_copy_from_buffer(scmd, (void *)buf, n);
	scsi_set_resid(scmd, scsi_bufflen(scmd) - n);
}

/* The data-out buffer, at most @len bytes: returns how many were got. */
static u32 emu_from_host(struct scsi_cmnd *scmd, void *buf, u32 len)
{
	u32 n = min(len, scsi_bufflen(scmd));

	if (n)
		scsi_sg_copy_to_buffer(scmd, buf, n);
	return n;
}

static void emu_inq_str(u8 *dst, const char *src, int len)
{
	int n = min_t(int, strlen(src), len);

	memset(dst, ' ', len);
	memcpy(dst, src, n);
}

static void emu_inquiry(struct scsi_cmnd *scmd, int target, bool tape)
{
	const u8 *cdb = scmd->cmnd;
	u32 alloc = get_unaligned_be16(&cdb[3]);
	u8 buf[96];
	u32 len;

	memset(buf, 0, sizeof(buf));
	if (scmd->device->lun != 0) {
		buf[0] = 0x7f;	/* no LUN here */
		emu_to_host(scmd, buf, min_t(u32, alloc, 36));
		return;
	}
	buf[0] = tape ? TYPE_TAPE : TYPE_ENCLOSURE;
	if (cdb[1] & 1) {
		switch (cdb[2]) {
		case 0x00:
			buf[3] = 3;
			buf[5] = 0x80;
			buf[6] = 0x83;
			len = 7;
			break;
		case 0x80:
			buf[1] = 0x80;
			len = 4 + snprintf(&buf[4], 16, "EMU%c%08d",
					   tape ? 'T' : 'E', target);
			buf[3] = len - 4;
			break;
		case 0x83:
			buf[1] = 0x83;
			buf[3] = 12;
			buf[4] = 0x01;	/* binary */
			buf[5] = 0x03;	/* LU, NAA */
			buf[7] = 8;
			put_unaligned_be64(0x5000c50000e30000ULL |
					   (tape ? 0 : 0x100) | target, &buf[8]);
			len = 16;
			break;
		default:
			emu_illegal(scmd, 0x24);
			return;
		}
		buf[1] = cdb[2];
		emu_to_host(scmd, buf, min(alloc, len));
		return;
	}
	if (cdb[2]) {
		emu_illegal(scmd, 0x24);
		return;
	}
	buf[1] = tape ? 0x80 : 0;	/* RMB */
	buf[2] = 0x05;			/* SPC-3 */
	buf[3] = 0x02;			/* response data format 2 */
	buf[4] = sizeof(buf) - 5;
	buf[6] = tape ? 0 : 0x40;	/* EncServ */
	if (tape) {
		emu_inq_str(&buf[8], tape_vendor, 8);
		emu_inq_str(&buf[16], tape_product, 16);
	} else {
		emu_inq_str(&buf[8], "SCSAEMU", 8);
		emu_inq_str(&buf[16], "ENCLOSURE", 16);
	}
	emu_inq_str(&buf[32], "0001", 4);
	emu_to_host(scmd, buf, min_t(u32, alloc, sizeof(buf)));
}

static void emu_report_luns(struct scsi_cmnd *scmd)
{
	u8 buf[16] = { 0 };

	buf[3] = 8;	/* one LUN: 0 */
	emu_to_host(scmd, buf, min_t(u32, get_unaligned_be32(&scmd->cmnd[6]),
				     sizeof(buf)));
}

/* --- tape --- */

static u32 emu_files_before(struct emu_tape *t, u32 pos)
{
	u32 i, n = 0;

	for (i = 0; i < pos; i++)
		n += t->obj[i].fm;
	return n;
}

/* Cut the cartridge at the position: what follows is gone. */
static void emu_truncate(struct emu_tape *t)
{
	if (t->pos < t->nobj) {
		t->used = t->obj[t->pos].off;
		t->nobj = t->pos;
	}
}

/* Append an object; false when the cartridge (or the object table) is full. */
static bool emu_append(struct emu_tape *t, const u8 *data, u32 len, bool fm)
{
	struct emu_obj *o;

	if (t->nobj >= t->maxobj || t->used + len > t->cap)
		return false;
	o = &t->obj[t->nobj++];
	o->off = t->used;
	o->len = len;
	o->fm = fm;
	if (len)
		memcpy(t->data + t->used, data, len);
	t->used += len;
	t->pos = t->nobj;
	return true;
}

/* Sense for a write that went past early warning (done) or end (not). */
static void emu_write_end(struct scsi_cmnd *scmd, struct emu_tape *t,
			  bool full, s32 resid)
{
	if (full)
		emu_sense(scmd, SK_OVERFLOW, 0x00, 0x02, SENSE_EOM, true, resid);
	else if (t->used > t->ew)
		emu_sense(scmd, SK_NO_SENSE, 0x00, 0x02, SENSE_EOM, true, 0);
}

static void emu_tape_write(struct scsi_cmnd *scmd, struct emu_tape *t)
{
	const u8 *cdb = scmd->cmnd;
	bool fixed = cdb[1] & 1;
	u32 count = get_unaligned_be24(&cdb[2]);
	u32 bytes, got, i, bl;
	u8 *buf;

	if (fixed && !t->blklen) {
		emu_illegal(scmd, 0x24);
		return;
	}
	bl = fixed ? t->blklen : count;
	bytes = fixed ? count * t->blklen : count;
	if (!fixed && count > tape_max_block) {
		emu_illegal(scmd, 0x24);
		return;
	}
	if (!count)
		return;
	if (t->wp) {
		emu_sense(scmd, SK_PROTECT, 0x27, 0x00, 0, false, 0);
		return;
	}
	buf = kvmalloc(bytes, GFP_KERNEL);
	if (!buf) {
		scmd->result = DID_ERROR << 16;
		return;
	}
	got = emu_from_host(scmd, buf, bytes);
	if (got < bytes)
		memset(buf + got, 0, bytes - got);
	emu_truncate(t);
	for (i = 0; i < (fixed ? count : 1); i++) {
		if (t->medium_error >= 0 && t->nobj == t->medium_error) {
			emu_sense(scmd, SK_MEDIUM, 0x0c, 0x00, 0, true,
				  fixed ? count - i : count);
			goto out;
		}
		if (!emu_append(t, buf + i * bl, bl, false)) {
			emu_write_end(scmd, t, true, fixed ? count - i : count);
			goto out;
		}
	}
	emu_write_end(scmd, t, false, 0);
out:
	kvfree(buf);
}

static void emu_tape_read(struct scsi_cmnd *scmd, struct emu_tape *t)
{
	const u8 *cdb = scmd->cmnd;
	bool fixed = cdb[1] & 1, sili = cdb[1] & 2;
	u32 count = get_unaligned_be24(&cdb[2]);
	u32 done = 0, i, n, want;
	struct emu_obj *o;

	if (fixed && sili) {
		emu_illegal(scmd, 0x24);
		return;
	}
	if (fixed && !t->blklen) {
		emu_illegal(scmd, 0x24);
		return;
	}
	scsi_set_resid(scmd, scsi_bufflen(scmd));
	if (!count)
		return;
	for (i = 0; i < (fixed ? count : 1); i++) {
		s32 left = fixed ? count - i : count;

		if (t->pos >= t->nobj) {
			emu_sense(scmd, SK_BLANK, 0x00, 0x05, 0, true, left);
			break;
		}
		o = &t->obj[t->pos];
		if (t->medium_error >= 0 && t->pos == t->medium_error) {
			t->pos++;
			emu_sense(scmd, SK_MEDIUM, 0x11, 0x00, 0, true, left);
			break;
		}
		if (o->fm) {
			t->pos++;
			emu_sense(scmd, SK_NO_SENSE, 0x00, 0x01, SENSE_FM, true, left);
			break;
		}
		t->pos++;
		want = fixed ? t->blklen : count;
		n = min(o->len, want);
		if (n && done + n <= scsi_bufflen(scmd))
			sg_pcopy_from_buffer(scsi_sglist(scmd), scsi_sg_count(scmd),
					     t->data + o->off, n, done);
		done += n;
		if (o->len != want) {
			if (fixed) {
				emu_sense(scmd, SK_NO_SENSE, 0, 0, SENSE_ILI, true, left);
				break;
			}
			if (!(sili && o->len < want))
				emu_sense(scmd, SK_NO_SENSE, 0, 0, SENSE_ILI, true,
					  (s32)want - (s32)o->len);
		}
	}
	scsi_set_resid(scmd, scsi_bufflen(scmd) - min(done, scsi_bufflen(scmd)));
}

static void emu_tape_wfm(struct scsi_cmnd *scmd, struct emu_tape *t)
{
	u32 count = get_unaligned_be24(&scmd->cmnd[2]);
	u32 i;

	if (!count)		/* a flush: no truncation, no movement */
		return;
	if (t->wp) {
		emu_sense(scmd, SK_PROTECT, 0x27, 0x00, 0, false, 0);
		return;
	}
	emu_truncate(t);
	for (i = 0; i < count; i++) {
		if (!emu_append(t, NULL, 0, true)) {
			emu_write_end(scmd, t, true, count - i);
			return;
		}
	}
	emu_write_end(scmd, t, false, 0);
}

static void emu_tape_space(struct scsi_cmnd *scmd, struct emu_tape *t)
{
	const u8 *cdb = scmd->cmnd;
	u8 code = cdb[1] & 0x0f;
	s32 count = sign_extend32(get_unaligned_be24(&cdb[2]), 23);
	u32 n = count < 0 ? -count : count, i;

	switch (code) {
	case 0:		/* blocks */
	case 1:		/* filemarks */
		for (i = 0; i < n; i++) {
			bool fm;

			if (count > 0) {
				if (t->pos >= t->nobj) {
					emu_sense(scmd, SK_BLANK, 0x00, 0x05, 0, true, n - i);
					return;
				}
				fm = t->obj[t->pos++].fm;
			} else {
				if (t->pos == 0) {
					emu_sense(scmd, SK_NO_SENSE, 0x00, 0x04,
						  SENSE_EOM, true, n - i);
					return;
				}
				fm = t->obj[--t->pos].fm;
			}
			if (code == 0 && fm) {
				/* Stopped by a filemark: past it, on the far side. */
				emu_sense(scmd, SK_NO_SENSE, 0x00, 0x01, SENSE_FM,
					  true, n - i);
				return;
			}
			if (code == 1 && !fm)
				i--;	/* a block: keep going */
		}
		return;
	case 3:		/* end of data */
		t->pos = t->nobj;
		return;
	default:
		emu_illegal(scmd, 0x24);
	}
}

static void emu_tape_read_position(struct scsi_cmnd *scmd, struct emu_tape *t)
{
	u8 sa = scmd->cmnd[1] & 0x1f;
	u8 buf[32];

	memset(buf, 0, sizeof(buf));
	if (t->pos == 0)
		buf[0] |= 0x80;				/* BOP */
	if (t->used > t->ew && t->pos == t->nobj)
		buf[0] |= 0x01;				/* BPEW */
	switch (sa) {
	case 0:		/* short form, logical object numbers */
	case 1:		/* short form, vendor-specific (the same here) */
		put_unaligned_be32(t->pos, &buf[4]);
		put_unaligned_be32(t->pos, &buf[8]);
		emu_to_host(scmd, buf, 20);
		return;
	case 6:		/* long form */
		buf[0] &= ~0x01;
		put_unaligned_be64(t->pos, &buf[8]);
		put_unaligned_be64(emu_files_before(t, t->pos), &buf[16]);
		emu_to_host(scmd, buf, 32);
		return;
	default:
		emu_illegal(scmd, 0x24);
	}
}

static void emu_tape_locate(struct scsi_cmnd *scmd, struct emu_tape *t)
{
	const u8 *cdb = scmd->cmnd;
	u32 target = get_unaligned_be32(&cdb[3]);

	if ((cdb[1] & 0x02) && cdb[8]) {	/* one partition only */
		emu_illegal(scmd, 0x24);
		return;
	}
	if (target > t->nobj) {
		t->pos = t->nobj;
		emu_sense(scmd, SK_BLANK, 0x00, 0x05, 0, false, 0);
		return;
	}
	t->pos = target;
}

/* Mode pages: block descriptor, 0Fh data compression, 10h device config. */
static u32 emu_mode_page(struct emu_tape *t, u8 page, u8 pc, u8 *p)
{
	bool chg = pc == 1;

	switch (page) {
	case 0x0f:
		memset(p, 0, 16);
		p[0] = 0x0f;
		p[1] = 0x0e;
		p[2] = chg ? 0x80 : (0x40 | (t->dce ? 0x80 : 0));	/* DCE, DCC */
		p[3] = chg ? 0 : 0x80;					/* DDE */
		if (!chg) {
			put_unaligned_be32(0x10, &p[4]);		/* LZS */
			put_unaligned_be32(0x10, &p[8]);
		}
		return 16;
	case 0x10:
		memset(p, 0, 16);
		p[0] = 0x10;
		p[1] = 0x0e;
		p[14] = chg ? 0xff : t->sel_comp;
		return 16;
	}
	return 0;
}

static void emu_tape_mode_sense(struct scsi_cmnd *scmd, struct emu_tape *t)
{
	const u8 *cdb = scmd->cmnd;
	bool ten = cdb[0] == MODE_SENSE_10;
	bool dbd = cdb[1] & 0x08;
	u8 page = cdb[2] & 0x3f, pc = cdb[2] >> 6;
	u32 alloc = ten ? get_unaligned_be16(&cdb[7]) : cdb[4];
	u32 hl = ten ? 8 : 4, len;
	u8 buf[64];

	if (pc == 3) {
		emu_sense(scmd, SK_ILLEGAL, 0x39, 0x00, 0, false, 0);
		return;
	}
	if (page != 0 && page != 0x0f && page != 0x10 && page != 0x3f) {
		emu_illegal(scmd, 0x24);
		return;
	}
	memset(buf, 0, sizeof(buf));
	len = hl;
	if (!dbd) {
		u8 *bd = &buf[hl];

		bd[0] = pc == 1 ? 0 : t->density;
		put_unaligned_be24(pc == 1 ? 0xffffff : t->blklen, &bd[5]);
		len += 8;
	}
	if (page == 0x0f || page == 0x3f)
		len += emu_mode_page(t, 0x0f, pc, &buf[len]);
	if (page == 0x10 || page == 0x3f)
		len += emu_mode_page(t, 0x10, pc, &buf[len]);
	if (ten) {
		put_unaligned_be16(len - 2, &buf[0]);
		buf[3] = (t->wp ? 0x80 : 0) | 0x10;	/* WP, buffered mode 1 */
		buf[7] = dbd ? 0 : 8;
	} else {
		buf[0] = len - 1;
		buf[2] = (t->wp ? 0x80 : 0) | 0x10;
		buf[3] = dbd ? 0 : 8;
	}
	emu_to_host(scmd, buf, min(alloc, len));
}

static void emu_tape_mode_select(struct scsi_cmnd *scmd, struct emu_tape *t)
{
	const u8 *cdb = scmd->cmnd;
	bool ten = cdb[0] == MODE_SELECT_10;
	u32 plen = ten ? get_unaligned_be16(&cdb[7]) : cdb[4];
	u32 hl = ten ? 8 : 4, bdl, got, off;
	u8 buf[256];

	if (plen > sizeof(buf)) {
		emu_illegal(scmd, 0x24);
		return;
	}
	got = emu_from_host(scmd, buf, plen);
	if (got < hl) {
		if (plen)
			emu_sense(scmd, SK_ILLEGAL, 0x1a, 0x00, 0, false, 0);
		return;
	}
	bdl = ten ? get_unaligned_be16(&buf[6]) : buf[3];
	if (bdl && (bdl != 8 || hl + bdl > got)) {
		emu_sense(scmd, SK_ILLEGAL, 0x26, 0x00, 0, false, 0);
		return;
	}
	if (bdl) {
		u32 bl = get_unaligned_be24(&buf[hl + 5]);

		if (bl > (u32)tape_max_block) {
			emu_sense(scmd, SK_ILLEGAL, 0x26, 0x00, 0, false, 0);
			return;
		}
		if (buf[hl] && buf[hl] != 0x7f)
			t->density = buf[hl];
		t->blklen = bl;
	}
	off = hl + bdl;
	while (off + 2 <= got) {
		u8 *p = &buf[off];
		u32 l = p[1] + 2;

		if (off + l > got) {
			emu_sense(scmd, SK_ILLEGAL, 0x1a, 0x00, 0, false, 0);
			return;
		}
		switch (p[0] & 0x3f) {
		case 0x0f:
			if (l >= 4)
				t->dce = p[2] & 0x80;
			break;
		case 0x10:
			if (l >= 15)
				t->sel_comp = p[14];
			break;
		default:
			emu_sense(scmd, SK_ILLEGAL, 0x26, 0x00, 0, false, 0);
			return;
		}
		off += l;
	}
}

static void emu_tape_log_sense(struct scsi_cmnd *scmd)
{
	const u8 *cdb = scmd->cmnd;
	u8 buf[5] = { 0x00, 0x00, 0x00, 0x01, 0x00 };	/* supported: 00h */

	if ((cdb[2] & 0x3f) != 0) {
		emu_illegal(scmd, 0x24);
		return;
	}
	emu_to_host(scmd, buf, min_t(u32, get_unaligned_be16(&cdb[7]), sizeof(buf)));
}

static void emu_tape_density(struct scsi_cmnd *scmd, struct emu_tape *t)
{
	u8 buf[4 + 52];
	u8 *d = &buf[4];

	memset(buf, 0, sizeof(buf));
	put_unaligned_be16(sizeof(buf) - 2, &buf[0]);
	d[0] = 0x40;			/* primary density code */
	d[1] = 0x40;
	d[2] = 0x80 | 0x20;		/* WRTOK, DEFLT */
	put_unaligned_be16(52 - 5, &d[3]);
	put_unaligned_be24(4880, &d[5]);	/* bits per mm */
	put_unaligned_be16(127, &d[8]);		/* media width, 0.1 mm */
	put_unaligned_be16(384, &d[10]);	/* tracks */
	put_unaligned_be32((u32)(t->cap >> 20), &d[12]);
	memcpy(&d[16], "LTO-CVE ", 8);
	memcpy(&d[24], "U-18    ", 8);
	emu_inq_str(&d[32], "scsa_emu cartridge", 20);
	emu_to_host(scmd, buf, min_t(u32, get_unaligned_be16(&scmd->cmnd[7]),
				     sizeof(buf)));
}

/* Whether an opcode needs a cartridge in the drive. */
static bool emu_needs_medium(u8 op)
{
	switch (op) {
	case TEST_UNIT_READY:
	case EMU_REWIND:
	case READ_6:
	case WRITE_6:
	case WRITE_FILEMARKS:
	case SPACE:
	case ERASE:
	case READ_POSITION:
	case EMU_LOCATE:
		return true;
	}
	return false;
}

static void emu_tape_cmd(struct scsi_cmnd *scmd, struct emu_tape *t, int target)
{
	const u8 *cdb = scmd->cmnd;
	u8 op = cdb[0];

	if (op == INQUIRY) {
		emu_inquiry(scmd, target, true);
		return;
	}
	if (op == REPORT_LUNS) {
		emu_report_luns(scmd);
		return;
	}
	if (op == REQUEST_SENSE) {
		u8 s[EMU_SENSE_LEN] = { 0x70, 0, 0, 0, 0, 0, 0, EMU_SENSE_LEN - 8 };

		if (!t->loaded) {
			s[2] = SK_NOT_READY;
			s[12] = 0x3a;
		}
		emu_to_host(scmd, s, min_t(u32, cdb[4], sizeof(s)));
		return;
	}
	if (t->ua_asc) {
		emu_sense(scmd, SK_UA, t->ua_asc, t->ua_ascq, 0, false, 0);
		t->ua_asc = 0;
		return;
	}
	if (!t->loaded && emu_needs_medium(op)) {
		emu_sense(scmd, SK_NOT_READY, 0x3a, 0x00, 0, false, 0);
		return;
	}
	switch (op) {
	case TEST_UNIT_READY:
	case RESERVE:
	case RELEASE:
		return;
	case EMU_REWIND:
		t->pos = 0;
		return;
	case READ_BLOCK_LIMITS: {
		u8 buf[6] = { 0 };

		put_unaligned_be24(tape_max_block, &buf[1]);
		put_unaligned_be16(1, &buf[4]);
		emu_to_host(scmd, buf, sizeof(buf));
		return;
	}
	case READ_6:
		emu_tape_read(scmd, t);
		return;
	case WRITE_6:
		emu_tape_write(scmd, t);
		return;
	case WRITE_FILEMARKS:
		emu_tape_wfm(scmd, t);
		return;
	case SPACE:
		emu_tape_space(scmd, t);
		return;
	case ERASE:
		if (t->wp) {
			emu_sense(scmd, SK_PROTECT, 0x27, 0x00, 0, false, 0);
			return;
		}
		emu_truncate(t);
		return;
	case START_STOP:	/* LOAD UNLOAD */
		if (cdb[4] & 1) {
			t->loaded = true;
		} else if (t->prevent) {
			emu_sense(scmd, SK_ILLEGAL, 0x53, 0x02, 0, false, 0);
			return;
		} else if (!(cdb[4] & 2)) {
			t->loaded = false;	/* unload, unless a retension */
		}
		t->pos = 0;
		return;
	case ALLOW_MEDIUM_REMOVAL:
		t->prevent = cdb[4] & 1;
		return;
	case MODE_SENSE:
	case MODE_SENSE_10:
		emu_tape_mode_sense(scmd, t);
		return;
	case MODE_SELECT:
	case MODE_SELECT_10:
		emu_tape_mode_select(scmd, t);
		return;
	case READ_POSITION:
		emu_tape_read_position(scmd, t);
		return;
	case EMU_LOCATE:
		emu_tape_locate(scmd, t);
		return;
	case LOG_SENSE:
		emu_tape_log_sense(scmd);
		return;
	case EMU_REPORT_DENSITY:
		emu_tape_density(scmd, t);
		return;
	}
	emu_illegal(scmd, 0x20);
}

/* --- enclosure --- */

static u32 emu_ses_page1(u8 *b)
{
	u32 len = 64, i;

	memset(b, 0, 64);
	b[0] = 0x01;
	put_unaligned_be32(SES_GEN, &b[4]);
	b[8] = 0x11;
	b[10] = SES_TYPES;
	b[11] = 36;
	put_unaligned_be64(0x5000c50000e3e000ULL, &b[12]);
	emu_inq_str(&b[20], "SCSAEMU", 8);
	emu_inq_str(&b[28], "ENCLOSURE", 16);
	emu_inq_str(&b[44], "0001", 4);
	for (i = 0; i < SES_TYPES; i++) {
		u8 *h = &b[48 + 4 * i];

		h[0] = ses_type_code[i];
		h[1] = ses_type_count[i];
		h[3] = strlen(ses_type_text[i]);
	}
	for (i = 0; i < SES_TYPES; i++) {
		memcpy(&b[len], ses_type_text[i], strlen(ses_type_text[i]));
		len += strlen(ses_type_text[i]);
	}
	put_unaligned_be16(len - 4, &b[2]);
	return len;
}

/* Byte 1 of page 02h, from the elements' status codes. */
static u8 emu_ses_summary(struct emu_encl *e)
{
	u8 s = 0;
	int i;

	for (i = 0; i < SES_ELEMS; i++) {
		switch (e->elem[i][0] & 0x0f) {
		case 2:
			s |= 0x02;
			break;
		case 3:
			s |= 0x04;
			break;
		case 4:
			s |= 0x01;
			break;
		}
	}
	return s;
}

static u32 emu_ses_page2(struct emu_encl *e, u8 *b)
{
	u32 len = 8;
	int t, i, el = 0;

	memset(b, 0, 8);
	b[0] = 0x02;
	b[1] = emu_ses_summary(e);
	put_unaligned_be32(SES_GEN, &b[4]);
	for (t = 0; t < SES_TYPES; t++) {
		memset(&b[len], 0, 4);		/* overall element */
		len += 4;
		for (i = 0; i < ses_type_count[t]; i++, el++) {
			memcpy(&b[len], e->elem[el], 4);
			len += 4;
		}
	}
	put_unaligned_be16(len - 4, &b[2]);
	return len;
}

static u32 emu_ses_page7(u8 *b)
{
	u32 len = 8;
	int t, i, el = 0;

	memset(b, 0, 8);
	b[0] = 0x07;
	put_unaligned_be32(SES_GEN, &b[4]);
	for (t = 0; t < SES_TYPES; t++) {
		for (i = -1; i < ses_type_count[t]; i++) {
			const char *s = i < 0 ? ses_type_text[t] : ses_elem_text[el++];
			u32 n = strlen(s);

			memset(&b[len], 0, 4);
			put_unaligned_be16(n, &b[len + 2]);
			memcpy(&b[len + 4], s, n);
			len += 4 + n;
		}
	}
	put_unaligned_be16(len - 4, &b[2]);
	return len;
}

/* Apply one control element (SELECT set) to a status element. */
static void emu_ses_control(u8 *st, const u8 *c, int type)
{
	st[0] = (st[0] & ~0x60) | (c[0] & 0x60);	/* PRDFAIL, DISABLED */
	if (c[0] & 0x10)
		st[0] &= ~0x10;				/* RST SWAP */
	switch (type) {
	case 0x01:	/* device slot */
		st[2] = (st[2] & ~0x42) | (c[2] & 0x42);	/* DO NOT REMOVE, IDENT */
		st[3] = (st[3] & ~0x30) | (c[3] & 0x30);	/* FAULT REQSTD, OFF */
		break;
	case 0x02:	/* power supply */
	case 0x03:	/* cooling */
		st[1] = (st[1] & ~0x80) | (c[1] & 0x80);	/* IDENT */
		st[3] = (st[3] & ~0x60) | (c[3] & 0x60);	/* FAIL, RQSTED ON */
		break;
	case 0x04:	/* temperature */
		st[1] = (st[1] & ~0xc0) | (c[1] & 0xc0);	/* IDENT, FAIL */
		break;
	}
}

static void emu_ses_send(struct scsi_cmnd *scmd, struct emu_encl *e)
{
	const u8 *cdb = scmd->cmnd;
	u32 plen = get_unaligned_be16(&cdb[3]), got, off = 8;
	int t, i, el = 0;
	u8 buf[128];

	if (!plen)
		return;		/* self-test, or nothing */
	if (plen > sizeof(buf)) {
		emu_sense(scmd, SK_ILLEGAL, 0x1a, 0x00, 0, false, 0);
		return;
	}
	got = emu_from_host(scmd, buf, plen);
	if (got >= 2 && buf[0] == 0x00)
		return;		/* page 00h: illumos's SESIOC_SETENCSTAT form */
	if (buf[0] != 0x02) {
		emu_sense(scmd, SK_ILLEGAL, 0x26, 0x00, 0, false, 0);
		return;
	}
	if (got < 8 + 4 * (SES_TYPES + SES_ELEMS) ||
	    get_unaligned_be16(&buf[2]) + 4 != got) {
		emu_sense(scmd, SK_ILLEGAL, 0x1a, 0x00, 0, false, 0);
		return;
	}
	for (t = 0; t < SES_TYPES; t++) {
		off += 4;	/* overall control element: ignored */
		for (i = 0; i < ses_type_count[t]; i++, el++, off += 4) {
			if (buf[off] & 0x80)
				emu_ses_control(e->elem[el], &buf[off],
						ses_type_code[t]);
		}
	}
	e->sends++;
}

static void emu_encl_cmd(struct scsi_cmnd *scmd, struct emu_encl *e, int target)
{
	const u8 *cdb = scmd->cmnd;
	u8 buf[256];
	u32 len;

	switch (cdb[0]) {
	case INQUIRY:
		emu_inquiry(scmd, target, false);
		return;
	case REPORT_LUNS:
		emu_report_luns(scmd);
		return;
	case TEST_UNIT_READY:
		return;
	case REQUEST_SENSE: {
		u8 s[EMU_SENSE_LEN] = { 0x70, 0, 0, 0, 0, 0, 0, EMU_SENSE_LEN - 8 };

		emu_to_host(scmd, s, min_t(u32, cdb[4], sizeof(s)));
		return;
	}
	case RECEIVE_DIAGNOSTIC:
		if (!(cdb[1] & 1)) {
			emu_illegal(scmd, 0x24);
			return;
		}
		switch (cdb[2]) {
		case 0x00:
			memset(buf, 0, 8);
			buf[3] = 4;
			buf[5] = 0x01;
			buf[6] = 0x02;
			buf[7] = 0x07;
			len = 8;
			break;
		case 0x01:
			len = emu_ses_page1(buf);
			break;
		case 0x02:
			len = emu_ses_page2(e, buf);
			break;
		case 0x07:
			len = emu_ses_page7(buf);
			break;
		default:
			emu_illegal(scmd, 0x24);
			return;
		}
		emu_to_host(scmd, buf, min_t(u32, get_unaligned_be16(&cdb[3]), len));
		return;
	case SEND_DIAGNOSTIC:
		emu_ses_send(scmd, e);
		return;
	}
	emu_illegal(scmd, 0x20);
}

/* --- the host --- */

static void emu_work(struct work_struct *work)
{
	struct emu_cmd *c = container_of(work, struct emu_cmd, work);
	struct scsi_cmnd *scmd = c->scmd;
	int target = scmd->device->id;

	scmd->result = 0;
	scsi_set_resid(scmd, 0);
	mutex_lock(&emu_lock);
	if (target < tapes) {
		struct emu_tape *t = &emu_tapes[target];

		if (t->drop) {
			/* Injected timeout: the command is never completed. */
			t->drop--;
			mutex_unlock(&emu_lock);
			return;
		}
		emu_tape_cmd(scmd, t, target);
	} else {
		emu_encl_cmd(scmd, &emu_encls[target - tapes], target);
	}
	mutex_unlock(&emu_lock);
	scsi_done(scmd);
}

static int emu_queuecommand(struct Scsi_Host *shost, struct scsi_cmnd *scmd)
{
	struct emu_cmd *c = scsi_cmd_priv(scmd);

	if (scmd->device->id >= tapes + enclosures) {
		scmd->result = DID_NO_CONNECT << 16;
		scsi_done(scmd);
		return 0;
	}
	c->scmd = scmd;
	INIT_WORK(&c->work, emu_work);
	queue_work(emu_wq, &c->work);
	return 0;
}

static int emu_slave_alloc(struct scsi_device *sdev)
{
	sdev->no_uld_attach = READ_ONCE(no_uld);
	return 0;
}

/* A dropped command is nobody's: aborting it always succeeds. */
static int emu_abort(struct scsi_cmnd *scmd)
{
	return SUCCESS;
}

static int emu_reset(struct scsi_cmnd *scmd)
{
	return SUCCESS;
}

static struct scsi_host_template emu_sht = {
	.module = THIS_MODULE,
	.name = "scsa_emu",
	.proc_name = "scsa_emu",
	.queuecommand = emu_queuecommand,
	.slave_alloc = emu_slave_alloc,
	.eh_abort_handler = emu_abort,
	.eh_device_reset_handler = emu_reset,
	.eh_host_reset_handler = emu_reset,
	.can_queue = 64,
	.this_id = -1,
	.sg_tablesize = 512,
	.max_sectors = 2048,
	.cmd_per_lun = 8,
	.cmd_size = sizeof(struct emu_cmd),
	.skip_settle_delay = 1,
};

/* --- test hooks (module parameters) --- */

/* tape_wp=N,V: write protect of tape N (a unit attention 28/00 follows). */
static int emu_set_wp(const char *val, const struct kernel_param *kp)
{
	unsigned int n, v;

	if (sscanf(val, "%u,%u", &n, &v) != 2 || n >= (unsigned int)tapes)
		return -EINVAL;
	mutex_lock(&emu_lock);
	emu_tapes[n].wp = v;
	emu_tapes[n].ua_asc = 0x28;
	emu_tapes[n].ua_ascq = 0;
	mutex_unlock(&emu_lock);
	return 0;
}

static const struct kernel_param_ops emu_wp_ops = { .set = emu_set_wp };
module_param_cb(tape_wp, &emu_wp_ops, NULL, 0200);
MODULE_PARM_DESC(tape_wp, "N,V: set tape N's write-protect switch to V (UA 28/00)");

/* tape_loaded=N,V: insert (1) or remove (0) tape N's cartridge. */
static int emu_set_loaded(const char *val, const struct kernel_param *kp)
{
	unsigned int n, v;

	if (sscanf(val, "%u,%u", &n, &v) != 2 || n >= (unsigned int)tapes)
		return -EINVAL;
	mutex_lock(&emu_lock);
	emu_tapes[n].loaded = v;
	emu_tapes[n].pos = 0;
	if (v) {
		emu_tapes[n].ua_asc = 0x28;
		emu_tapes[n].ua_ascq = 0;
	}
	mutex_unlock(&emu_lock);
	return 0;
}

static const struct kernel_param_ops emu_loaded_ops = { .set = emu_set_loaded };
module_param_cb(tape_loaded, &emu_loaded_ops, NULL, 0200);
MODULE_PARM_DESC(tape_loaded, "N,V: insert (1) or take out (0) tape N's cartridge");

/* tape_medium_error=N,OBJ: READ and WRITE of object OBJ fail (-1: none). */
static int emu_set_merr(const char *val, const struct kernel_param *kp)
{
	unsigned int n;
	long obj;

	if (sscanf(val, "%u,%ld", &n, &obj) != 2 || n >= (unsigned int)tapes)
		return -EINVAL;
	mutex_lock(&emu_lock);
	emu_tapes[n].medium_error = obj < 0 ? -1 : obj;
	mutex_unlock(&emu_lock);
	return 0;
}

static const struct kernel_param_ops emu_merr_ops = { .set = emu_set_merr };
module_param_cb(tape_medium_error, &emu_merr_ops, NULL, 0200);
MODULE_PARM_DESC(tape_medium_error, "N,OBJ: MEDIUM ERROR on tape N's object OBJ (-1 none)");

/* tape_drop=N,COUNT: tape N ignores its next COUNT commands (timeouts). */
static int emu_set_drop(const char *val, const struct kernel_param *kp)
{
	unsigned int n, v;

	if (sscanf(val, "%u,%u", &n, &v) != 2 || n >= (unsigned int)tapes)
		return -EINVAL;
	mutex_lock(&emu_lock);
	emu_tapes[n].drop = v;
	mutex_unlock(&emu_lock);
	return 0;
}

static const struct kernel_param_ops emu_drop_ops = { .set = emu_set_drop };
module_param_cb(tape_drop, &emu_drop_ops, NULL, 0200);
MODULE_PARM_DESC(tape_drop, "N,COUNT: tape N never completes its next COUNT commands");

/*
 * ses_element="N E B0 B1 B2 B3": enclosure N's element E (0-3 slots, 4 the
 * power supply, 5-6 fans, 7-8 sensors, illumos ses's object numbers) gets
 * the status bytes B0..B3.  Reading lists every element of every enclosure,
 * "N E B0 B1 B2 B3 SENDS" a line, SENDS the control pages applied so far.
 */
static int emu_set_elem(const char *val, const struct kernel_param *kp)
{
	unsigned int n, e, b[4];
	int i;

	if (sscanf(val, "%u %u %x %x %x %x", &n, &e, &b[0], &b[1], &b[2], &b[3]) != 6 ||
	    n >= (unsigned int)enclosures || e >= SES_ELEMS)
		return -EINVAL;
	mutex_lock(&emu_lock);
	for (i = 0; i < 4; i++)
		emu_encls[n].elem[e][i] = b[i];
	mutex_unlock(&emu_lock);
	return 0;
}

static int emu_get_elem(char *buf, const struct kernel_param *kp)
{
	int n, e, len = 0;

	mutex_lock(&emu_lock);
	for (n = 0; n < enclosures; n++) {
		for (e = 0; e < SES_ELEMS; e++) {
			const u8 *b = emu_encls[n].elem[e];

			len += scnprintf(buf + len, PAGE_SIZE - len,
					 "%d %d %02x %02x %02x %02x %u\n", n, e,
					 b[0], b[1], b[2], b[3], emu_encls[n].sends);
		}
	}
	mutex_unlock(&emu_lock);
	return len;
}

static const struct kernel_param_ops emu_elem_ops = {
	.set = emu_set_elem,
	.get = emu_get_elem,
};
module_param_cb(ses_element, &emu_elem_ops, NULL, 0600);
MODULE_PARM_DESC(ses_element, "\"N E B0 B1 B2 B3\": status bytes of enclosure N's element E");

/* --- module --- */

static const u8 emu_elem_init[SES_ELEMS][4] = {
	{ 0x01, 0x00, 0x00, 0x00 }, { 0x01, 0x01, 0x00, 0x00 },
	{ 0x01, 0x02, 0x00, 0x00 }, { 0x05, 0x03, 0x00, 0x00 },	/* slot 3 empty */
	{ 0x01, 0x00, 0x00, 0x20 },				/* PSU on */
	{ 0x01, 0x01, 0x2c, 0x23 }, { 0x01, 0x01, 0x2c, 0x23 },	/* 3000 rpm */
	{ 0x01, 0x00, 0x2d, 0x00 }, { 0x01, 0x00, 0x2e, 0x00 },	/* 25, 26 C */
};

static void emu_free(void)
{
	int i;

	for (i = 0; i < EMU_MAX_TAPES; i++) {
		kvfree(emu_tapes[i].data);
		kvfree(emu_tapes[i].obj);
		emu_tapes[i].data = NULL;
		emu_tapes[i].obj = NULL;
	}
}

static int __init emu_init(void)
{
	int i, ret;

	if (tapes < 0 || tapes > EMU_MAX_TAPES || enclosures < 0 ||
	    enclosures > EMU_MAX_ENCL || tapes + enclosures == 0 ||
	    tape_kb < 64 || tape_ew_kb < 0 || tape_ew_kb >= tape_kb ||
	    tape_max_block < 1 || tape_max_block > 1 << 20)
		return -EINVAL;
	for (i = 0; i < tapes; i++) {
		struct emu_tape *t = &emu_tapes[i];

		t->cap = (u64)tape_kb << 10;
		t->ew = t->cap - ((u64)tape_ew_kb << 10);
		t->maxobj = t->cap / 512 + 4096;
		t->data = kvzalloc(t->cap, GFP_KERNEL);
		t->obj = kvcalloc(t->maxobj, sizeof(*t->obj), GFP_KERNEL);
		if (!t->data || !t->obj) {
			ret = -ENOMEM;
			goto err_free;
		}
		t->loaded = true;
		t->density = 0x40;
		t->dce = true;
		t->sel_comp = 1;
		t->medium_error = -1;
	}
	for (i = 0; i < enclosures; i++)
		memcpy(emu_encls[i].elem, emu_elem_init, sizeof(emu_elem_init));

	emu_wq = alloc_ordered_workqueue("scsa_emu", WQ_MEM_RECLAIM);
	if (!emu_wq) {
		ret = -ENOMEM;
		goto err_free;
	}
	emu_root = root_device_register("scsa_emu");
	if (IS_ERR(emu_root)) {
		ret = PTR_ERR(emu_root);
		goto err_wq;
	}
	emu_host = scsi_host_alloc(&emu_sht, 0);
	if (!emu_host) {
		ret = -ENOMEM;
		goto err_root;
	}
	emu_host->max_id = tapes + enclosures;
	emu_host->max_lun = 1;
	emu_host->max_channel = 0;
	ret = scsi_add_host(emu_host, emu_root);
	if (ret)
		goto err_host;
	scsi_scan_host(emu_host);
	return 0;

err_host:
	scsi_host_put(emu_host);
err_root:
	root_device_unregister(emu_root);
err_wq:
	destroy_workqueue(emu_wq);
err_free:
	emu_free();
	return ret;
}

static void __exit emu_exit(void)
{
	scsi_remove_host(emu_host);
	flush_workqueue(emu_wq);
	scsi_host_put(emu_host);
	root_device_unregister(emu_root);
	destroy_workqueue(emu_wq);
	emu_free();
}

module_init(emu_init);
module_exit(emu_exit);
MODULE_DESCRIPTION("scsa_compat selftests: an emulated SSC tape drive and SES-2 enclosure");
MODULE_LICENSE("GPL");
