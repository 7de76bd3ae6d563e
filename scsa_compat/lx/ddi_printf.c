// SPDX-License-Identifier: GPL-2.0
/*
 * illumos kernel printf formats, cmn_err(9F) and the printf family.
 *
 * Formats are illumos's: the C conversions and length modifiers, plus %b
 * (bit-field decoding: "%b", value, "\020\1BIT0\2BIT1" prints
 * "3<BIT0,BIT1>").  Each conversion is handed to Linux's snprintf() on
 * its own, so Linux's %p extensions never apply to an illumos format
 * ("%ps" prints a pointer and an "s").  %p prints hashed, as Linux does.
 *
 * cmn_err() destinations: illumos has a log and a console; Linux has one
 * kernel log, whose console output is filtered by level.  So "!" (log only)
 * and "?" (console only when booted verbose) messages are printed at
 * KERN_INFO at most, which keeps them off consoles with the usual log
 * levels, and "^" (console only) prints normally.  CE_WARN prints
 * "warning: ", not illumos's "WARNING: ", which Linux tooling reads as a
 * kernel WARN() report.  CE_PANIC does not panic Linux: it prints the
 * message and a stack trace at KERN_EMERG and returns (a driver's panic is
 * its own bug, and the rest of the system need not die of it).
 */
#include <linux/kernel.h>
#include <linux/printk.h>
#include <linux/string.h>
#include <linux/export.h>
#include <linux/stdarg.h>
#include <linux/notifier.h>
#include <linux/panic_notifier.h>

#include <scsa_ddi.h>
#include "scsa_kcompat.h"
#include "scsa_lx.h"

struct scsa_fmt_out {
	char *buf;
	size_t size;
	size_t len;		/* would-be length */
};

static char *scsa_fmt_pos(struct scsa_fmt_out *o, size_t *avail)
{
	if (!o->buf || o->len >= o->size) {
		*avail = 0;
		return NULL;
	}
	*avail = o->size - o->len;
	return o->buf + o->len;
}

static void scsa_fmt_emit(struct scsa_fmt_out *o, const char *s, size_t n)
{
	size_t avail;
	char *p = scsa_fmt_pos(o, &avail);

	if (p)
		memcpy(p, s, min(n, avail));
	o->len += n;
}

/* One conversion through Linux's snprintf(), which counts when out of room. */
static void scsa_fmt_one(struct scsa_fmt_out *o, const char *spec, ...)
{
	size_t avail;
	char *p = scsa_fmt_pos(o, &avail);
	va_list ap;
	int n;

	va_start(ap, spec);
	n = vsnprintf(p, avail, spec, ap);
	va_end(ap);
	o->len += n;
}

/* %b: value in the base its first byte gives, then the set bits' names. */
static void scsa_fmt_bits(struct scsa_fmt_out *o, unsigned int v, const char *bits)
{
	int any = 0, bit;

	if (!bits) {
		scsa_fmt_one(o, "%x", v);
		return;
	}
	scsa_fmt_one(o, *bits == 8 ? "%o" : *bits == 10 ? "%u" : "%x", v);
	bits++;
	while ((bit = (unsigned char)*bits++) != 0) {
		const char *name = bits;

		while ((unsigned char)*bits > ' ')
			bits++;
		if (bit > 32 || !(v & (1u << (bit - 1))))
			continue;
		scsa_fmt_emit(o, any ? "," : "<", 1);
		scsa_fmt_emit(o, name, bits - name);
		any = 1;
	}
	if (any)
		scsa_fmt_emit(o, ">", 1);
}

enum scsa_len { L_INT, L_CHAR, L_SHORT, L_LONG, L_LLONG, L_SIZE };

/* Parses flags, width and precision into @spec; returns the format after. */
static const char *scsa_fmt_spec(const char *f, char *spec, size_t size, va_list *ap)
{
	size_t n = 1;

	spec[0] = '%';
	while (*f && strchr("-+ #0", *f) && n < size - 24)
		spec[n++] = *f++;
	if (*f == '*') {
		n += scnprintf(spec + n, size - n, "%d", va_arg(*ap, int));
		f++;
	} else {
		while (*f >= '0' && *f <= '9' && n < size - 24)
			spec[n++] = *f++;
	}
	if (*f == '.') {
		spec[n++] = *f++;
		if (*f == '*') {
			n += scnprintf(spec + n, size - n, "%d", va_arg(*ap, int));
			f++;
		} else {
			while (*f >= '0' && *f <= '9' && n < size - 24)
				spec[n++] = *f++;
		}
	}
	spec[n] = '\0';
	return f;
}

static const char *scsa_fmt_len(const char *f, enum scsa_len *len)
{
	*len = L_INT;
	if (f[0] == 'h' && f[1] == 'h') {
		*len = L_CHAR;
		return f + 2;
	}
	if (f[0] == 'l' && f[1] == 'l') {
		*len = L_LLONG;
		return f + 2;
	}
	switch (*f) {
	case 'h':
		*len = L_SHORT;
		return f + 1;
	case 'l':
	case 't':
		*len = L_LONG;
		return f + 1;
	case 'z':
		*len = L_SIZE;
		return f + 1;
	case 'j':
	case 'L':
		*len = L_LLONG;
		return f + 1;
	default:
		return f;
	}
}

static long long scsa_fmt_sarg(enum scsa_len len, va_list *ap)
{
	switch (len) {
	case L_CHAR:
		return (signed char)va_arg(*ap, int);
	case L_SHORT:
		return (short)va_arg(*ap, int);
	case L_LONG:
	case L_SIZE:
		return va_arg(*ap, long);
	case L_LLONG:
		return va_arg(*ap, long long);
	default:
		return va_arg(*ap, int);
	}
}

static unsigned long long scsa_fmt_uarg(enum scsa_len len, va_list *ap)
{
	switch (len) {
	case L_CHAR:
		return (unsigned char)va_arg(*ap, unsigned int);
	case L_SHORT:
		return (unsigned short)va_arg(*ap, unsigned int);
	case L_LONG:
	case L_SIZE:
		return va_arg(*ap, unsigned long);
	case L_LLONG:
		return va_arg(*ap, unsigned long long);
	default:
		return va_arg(*ap, unsigned int);
	}
}

/* One conversion, at @f (just after the '%'); returns what follows it. */
static const char *scsa_fmt_conv(struct scsa_fmt_out *o, const char *f, va_list *ap)
{
	const char *start = f - 1, *s;
	char spec[48];
	enum scsa_len len;
	size_t n;
	unsigned int v;

	f = scsa_fmt_spec(f, spec, sizeof(spec), ap);
	f = scsa_fmt_len(f, &len);
	n = strlen(spec);
	switch (*f) {
	case 'd':
	case 'i':
		strscpy(spec + n, "lld", sizeof(spec) - n);
		scsa_fmt_one(o, spec, scsa_fmt_sarg(len, ap));
		break;
	case 'u':
	case 'o':
	case 'x':
	case 'X':
		spec[n] = 'l';
		spec[n + 1] = 'l';
		spec[n + 2] = *f;
		spec[n + 3] = '\0';
		scsa_fmt_one(o, spec, scsa_fmt_uarg(len, ap));
		break;
	case 'c':
		strscpy(spec + n, "c", sizeof(spec) - n);
		scsa_fmt_one(o, spec, va_arg(*ap, int));
		break;
	case 's':
		s = va_arg(*ap, const char *);
		strscpy(spec + n, "s", sizeof(spec) - n);
		scsa_fmt_one(o, spec, s ? s : "<null string>");
		break;
	case 'p':
		scsa_fmt_one(o, "%p", va_arg(*ap, void *));
		break;
	case 'b':
		v = va_arg(*ap, unsigned int);
		scsa_fmt_bits(o, v, va_arg(*ap, const char *));
		break;
	case '%':
		scsa_fmt_emit(o, "%", 1);
		break;
	case '\0':
		scsa_fmt_emit(o, start, f - start);
		return f;
	default:	/* not a conversion: print it as written */
		scsa_fmt_emit(o, start, f + 1 - start);
		break;
	}
	return f + 1;
}

unsigned long scsa_vsnprintf(char *buf, unsigned long size, const char *fmt, va_list ap)
{
	struct scsa_fmt_out o = { buf, size, 0 };
	const char *pct;
	va_list aq;

	va_copy(aq, ap);
	while (*fmt) {
		pct = strchrnul(fmt, '%');
		scsa_fmt_emit(&o, fmt, pct - fmt);
		if (!*pct)
			break;
		fmt = scsa_fmt_conv(&o, pct + 1, &aq);
	}
	va_end(aq);
	if (buf && size)
		buf[min_t(size_t, o.len, size - 1)] = '\0';
	return o.len;
}
EXPORT_SYMBOL(scsa_vsnprintf);

unsigned long scsa_snprintf(char *buf, unsigned long size, const char *fmt, ...)
{
	unsigned long n;
	va_list ap;

	va_start(ap, fmt);
	n = scsa_vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}
EXPORT_SYMBOL(scsa_snprintf);

/* illumos's sprintf() has no bound either: the caller sized the buffer. */
char *scsa_vsprintf(char *buf, const char *fmt, va_list ap)
{
	(void)scsa_vsnprintf(buf, INT_MAX, fmt, ap);
	return buf;
}
EXPORT_SYMBOL(scsa_vsprintf);

char *scsa_sprintf(char *buf, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	(void)scsa_vsnprintf(buf, INT_MAX, fmt, ap);
	va_end(ap);
	return buf;
}
EXPORT_SYMBOL(scsa_sprintf);

/* Messages longer than this are truncated, as illumos's LOG_MSGSIZE does. */
#define SCSA_MSG_MAX	256

void scsa_lx_log(int level, const char *text)
{
	switch (level) {
	case SCSA_LOG_CONT:
		pr_cont("%s", text);
		break;
	case SCSA_LOG_DEBUG:
		pr_debug("%s", text);
		break;
	case SCSA_LOG_INFO:
		pr_info("%s", text);
		break;
	case SCSA_LOG_NOTICE:
		pr_notice("%s", text);
		break;
	case SCSA_LOG_WARN:
		pr_warn("%s", text);
		break;
	default:
		pr_emerg("%s", text);
		break;
	}
}

void scsa_vprintf(const char *fmt, va_list ap)
{
	char msg[SCSA_MSG_MAX];

	scsa_vsnprintf(msg, sizeof(msg), fmt, ap);
	scsa_lx_log(SCSA_LOG_CONT, msg);
}
EXPORT_SYMBOL(scsa_vprintf);

void scsa_printf(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	scsa_vprintf(fmt, ap);
	va_end(ap);
}
EXPORT_SYMBOL(scsa_printf);

/* illumos CE_* */
enum { SCSA_CE_CONT, SCSA_CE_NOTE, SCSA_CE_WARN, SCSA_CE_PANIC, SCSA_CE_IGNORE };

void vcmn_err(int ce, const char *fmt, va_list ap)
{
	static const char *const prefix[] = { "", "NOTICE: ", "warning: ", "PANIC: " };
	static const int level[] = { SCSA_LOG_CONT, SCSA_LOG_NOTICE, SCSA_LOG_WARN,
				     SCSA_LOG_EMERG };
	char msg[SCSA_MSG_MAX];
	size_t n;
	int quiet = 0, lvl;

	if (ce < SCSA_CE_CONT || ce > SCSA_CE_PANIC)
		return;
	if (*fmt == '!' || *fmt == '?') {
		quiet = 1;
		fmt++;
	} else if (*fmt == '^') {
		fmt++;
	}
	n = strscpy(msg, prefix[ce], sizeof(msg));
	scsa_vsnprintf(msg + n, sizeof(msg) - n - 1, fmt, ap);
	if (ce != SCSA_CE_CONT) {
		n = strnlen(msg, sizeof(msg) - 2);
		msg[n] = '\n';
		msg[n + 1] = '\0';
	}
	lvl = level[ce];
	if (quiet && (lvl == SCSA_LOG_CONT || lvl > SCSA_LOG_INFO))
		lvl = SCSA_LOG_INFO;
	scsa_lx_log(lvl, msg);
	if (ce == SCSA_CE_PANIC)
		dump_stack();
}
EXPORT_SYMBOL(vcmn_err);

void cmn_err(int ce, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vcmn_err(ce, fmt, ap);
	va_end(ap);
}
EXPORT_SYMBOL(cmn_err);

/*
 * panic(): the message, formatted as cmn_err() formats it, is Linux's
 * panic message.
 */
void scsa_vpanic(const char *fmt, va_list ap)
{
	char msg[SCSA_MSG_MAX];

	scsa_vsnprintf(msg, sizeof(msg), fmt, ap);
	panic("%s\n", msg);
}
EXPORT_SYMBOL(scsa_vpanic);

void scsa_panic(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	scsa_vpanic(fmt, ap);
	va_end(ap);
}
EXPORT_SYMBOL(scsa_panic);

/* Set by the panic notifier: Linux is panicking. */
static int scsa_panicking;

static int scsa_panic_notify(struct notifier_block *nb, unsigned long event, void *msg)
{
	WRITE_ONCE(scsa_panicking, 1);
	return NOTIFY_DONE;
}

static struct notifier_block scsa_panic_nb = {
	.notifier_call = scsa_panic_notify,
	.priority = INT_MAX,
};

int ddi_in_panic(void)
{
	return READ_ONCE(scsa_panicking) || scsa_panic_in_progress();
}
EXPORT_SYMBOL(ddi_in_panic);

void __init scsa_panic_init(void)
{
	atomic_notifier_chain_register(&panic_notifier_list, &scsa_panic_nb);
}

void scsa_panic_exit(void)
{
	atomic_notifier_chain_unregister(&panic_notifier_list, &scsa_panic_nb);
}
