/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel services used everywhere: callouts, null entry points, and the
 * kernel's copy of the C string and memory routines.
 */
#ifndef _SYS_SYSTM_H
#define _SYS_SYSTM_H

#include <sys/types.h>
#include <scsa_prims.h>
#include <sys/t_lock.h>
#include <sys/varargs.h>

#ifdef _KERNEL
__SCSA_IMPL extern timeout_id_t timeout(void (*)(void *), void *, clock_t);
__SCSA_ABSENT extern timeout_id_t realtime_timeout(void (*)(void *), void *, clock_t);
__SCSA_IMPL extern clock_t untimeout(timeout_id_t);

/* Entry points for cb_ops slots a driver does not support. */
__SCSA_KR_BEGIN
__SCSA_IMPL extern int nodev();
__SCSA_IMPL extern int nulldev();
__SCSA_KR_END
#ifdef __CHECKER__
/*
 * sparse does not know unprototyped declarations: it would report every
 * cb_ops slot holding nodev as a type error.  It sees a pointer instead.
 */
#define nodev	((void *)nodev)
#define nulldev	((void *)nulldev)
#endif

__SCSA_IMPL extern int copyin(const void *, void *, size_t);
__SCSA_IMPL extern int copyout(const void *, void *, size_t);
__SCSA_ABSENT extern int copyinstr(const char *, char *, size_t, size_t *);
__SCSA_ABSENT extern int copyoutstr(const char *, char *, size_t, size_t *);
__SCSA_ABSENT extern int kcopy(const void *, void *, size_t);

__SCSA_IMPL extern void bcopy(const void *, void *, size_t);
__SCSA_IMPL extern void ovbcopy(const void *, void *, size_t);
__SCSA_IMPL extern void bzero(void *, size_t);
__SCSA_IMPL extern int bcmp(const void *, const void *, size_t);

__SCSA_IMPL extern void *memcpy(void *, const void *, size_t);
__SCSA_IMPL extern void *memmove(void *, const void *, size_t);
__SCSA_IMPL extern void *memset(void *, int, size_t);
__SCSA_IMPL extern int memcmp(const void *, const void *, size_t);
__SCSA_IMPL extern void *memchr(const void *, int, size_t);

__SCSA_IMPL extern size_t strlen(const char *);
__SCSA_IMPL extern size_t strnlen(const char *, size_t);
__SCSA_IMPL extern int strcmp(const char *, const char *);
__SCSA_IMPL extern int strncmp(const char *, const char *, size_t);
__SCSA_IMPL extern int strcasecmp(const char *, const char *);
__SCSA_IMPL extern int strncasecmp(const char *, const char *, size_t);
__SCSA_IMPL extern char *strcpy(char *, const char *);
__SCSA_IMPL extern char *strncpy(char *, const char *, size_t);
__SCSA_IMPL extern char *strcat(char *, const char *);
__SCSA_IMPL extern char *strncat(char *, const char *, size_t);
__SCSA_IMPL extern size_t strlcpy(char *, const char *, size_t);
/* Linux 6.1 exports a strlcpy() and 6.12 none: ours is scsa_-prefixed. */
__SCSA_EXPORT extern size_t scsa_strlcpy(char *, const char *, size_t);
#define strlcpy(dst, src, len)	scsa_strlcpy((dst), (src), (len))
__SCSA_IMPL extern size_t strlcat(char *, const char *, size_t);
__SCSA_IMPL extern char *strchr(const char *, int);
__SCSA_IMPL extern char *strrchr(const char *, int);
__SCSA_IMPL extern char *strstr(const char *, const char *);
__SCSA_IMPL extern size_t strspn(const char *, const char *);
__SCSA_IMPL extern size_t strcspn(const char *, const char *);
__SCSA_IMPL extern char *strsep(char **, const char *);
__SCSA_IMPL extern char *strtok_r(char *, const char *, char **);
__SCSA_IMPL extern char *strdup(const char *);
__SCSA_IMPL extern void strfree(char *);
#endif

#endif /* _SYS_SYSTM_H */
