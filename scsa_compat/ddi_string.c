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
