// SPDX-License-Identifier: GPL-2.0
/*
 * The C string and memory routines illumos kernels have and Linux does not
 * export.  memcpy(), strlen() and the rest of <sys/systm.h> are Linux's own
 * exports, with the same signatures and semantics.  Solaris-world file;
 * the generated lx/sol_exports.c exports what it defines.
 */
#include <sys/types.h>
#include <sys/systm.h>
#include <sys/kmem.h>
#include <sys/errno.h>
#include <sys/int_limits.h>
#include <sys/sunddi.h>

/* bcopy(9F): illumos does not promise overlap; memmove() costs nothing more. */
void bcopy(const void *from, void *to, size_t len)
{
	memmove(to, from, len);
}

void ovbcopy(const void *from, void *to, size_t len)
{
	memmove(to, from, len);
}

void bzero(void *addr, size_t len)
{
	memset(addr, 0, len);
}

/* Returns strlen(src), like illumos and BSD; dst is always terminated. */
size_t scsa_strlcpy(char *dst, const char *src, size_t len)
{
	size_t n = strlen(src);

	if (len) {
		size_t c = n < len ? n : len - 1;

		memcpy(dst, src, c);
		dst[c] = '\0';
	}
	return n;
}

/* strdup() memory is kmem_alloc(KM_SLEEP)ed and freed by strfree(). */
char *strdup(const char *s)
{
	size_t len = strlen(s) + 1;
	char *d = kmem_alloc(len, KM_SLEEP);

	memcpy(d, s, len);
	return d;
}

void strfree(char *s)
{
	kmem_free(s, strlen(s) + 1);
}

char *strtok_r(char *s, const char *sep, char **lasts)
{
	char *tok;

	if (!s)
		s = *lasts;
	if (!s)
		return NULL;
	s += strspn(s, sep);
	if (*s == '\0') {
		*lasts = NULL;
		return NULL;
	}
	tok = s;
	s += strcspn(s, sep);
	if (*s == '\0') {
		*lasts = NULL;
	} else {
		*s = '\0';
		*lasts = s + 1;
	}
	return tok;
}

/*
 * ddi_strtol(9F) and its family.  Leading blanks, a sign, then digits of
 * the base: 2 to 36, or 0 for C's prefixes (0x or 0X: 16, 0: 8, else 10);
 * base 16 also skips a 0x before a hex digit.  On success *result is the
 * value (negated, for unsigned results, as strtoul() does) and *endptr
 * the first character not converted.  EINVAL: a NULL str or result, a bad
 * base, or no digit (*endptr is str).  ERANGE: the value does not fit
 * (*endptr is past the digits, *result is left alone).
 */
static int ddi_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	return 36;
}

/* The magnitude, at most poslim (neglim after a minus sign), and the sign. */
static int ddi_strto(const char *str, char **endptr, int base, u_longlong_t poslim,
		     u_longlong_t neglim, u_longlong_t *valp, boolean_t *negp)
{
	const char *s = str;
	u_longlong_t v = 0, lim;
	boolean_t any = B_FALSE, over = B_FALSE;
	int d;

	if (endptr != NULL)
		*endptr = (char *)str;
	if (str == NULL || base < 0 || base == 1 || base > 36)
		return EINVAL;
	while (*s == ' ' || (*s >= '\t' && *s <= '\r'))
		s++;
	*negp = B_FALSE;
	if (*s == '-') {
		*negp = B_TRUE;
		s++;
	} else if (*s == '+') {
		s++;
	}
	if ((base == 0 || base == 16) && s[0] == '0' &&
	    (s[1] == 'x' || s[1] == 'X') && ddi_digit(s[2]) < 16) {
		base = 16;
		s += 2;
	} else if (base == 0) {
		base = (s[0] == '0') ? 8 : 10;
	}
	lim = *negp ? neglim : poslim;
	for (; (d = ddi_digit(*s)) < base; s++) {
		any = B_TRUE;
		if (over)
			continue;
		if (v > (lim - d) / base)
			over = B_TRUE;
		else
			v = v * base + d;
	}
	if (!any)
		return EINVAL;
	if (endptr != NULL)
		*endptr = (char *)s;
	if (over)
		return ERANGE;
	*valp = v;
	return 0;
}

int ddi_strtol(const char *str, char **endptr, int base, long *result)
{
	u_longlong_t v;
	boolean_t neg;
	int err;

	if (result == NULL)
		return EINVAL;
	err = ddi_strto(str, endptr, base, LONG_MAX, (u_longlong_t)LONG_MAX + 1, &v, &neg);
	if (err == 0)
		*result = neg ? (long)(0 - (ulong_t)v) : (long)v;
	return err;
}

int ddi_strtoul(const char *str, char **endptr, int base, unsigned long *result)
{
	u_longlong_t v;
	boolean_t neg;
	int err;

	if (result == NULL)
		return EINVAL;
	err = ddi_strto(str, endptr, base, ULONG_MAX, ULONG_MAX, &v, &neg);
	if (err == 0)
		*result = neg ? 0 - (ulong_t)v : (ulong_t)v;
	return err;
}

int ddi_strtoll(const char *str, char **endptr, int base, longlong_t *result)
{
	u_longlong_t v;
	boolean_t neg;
	int err;

	if (result == NULL)
		return EINVAL;
	err = ddi_strto(str, endptr, base, LLONG_MAX, (u_longlong_t)LLONG_MAX + 1, &v, &neg);
	if (err == 0)
		*result = neg ? (longlong_t)(0 - v) : (longlong_t)v;
	return err;
}

int ddi_strtoull(const char *str, char **endptr, int base, u_longlong_t *result)
{
	u_longlong_t v;
	boolean_t neg;
	int err;

	if (result == NULL)
		return EINVAL;
	err = ddi_strto(str, endptr, base, ULLONG_MAX, ULLONG_MAX, &v, &neg);
	if (err == 0)
		*result = neg ? 0 - v : v;
	return err;
}
