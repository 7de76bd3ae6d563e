/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Basic illumos kernel types for the LP64 data model.
 *
 * Where Linux forces a difference:
 *  - dev_t keeps the illumos type (unsigned long) so printf formats in
 *    drivers stay right, but its value is Linux's encoding (12-bit major,
 *    20-bit minor); see getmajor()/getminor()/makedevice() in <sys/ddi.h>.
 *  - errno values are Linux's; see <sys/errno.h>.
 */
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

#include <sys/isa_defs.h>
#include <sys/int_types.h>
#ifdef _KERNEL
/* As on illumos, kernel code gets all of <sys/inttypes.h> (limits, PRI*). */
#include <sys/inttypes.h>
#endif
#include <sys/scsa_status.h>
#include <sys/scsa_cdefs.h>

#ifndef NULL
#define NULL	((void *)0)
#endif

typedef unsigned char		uchar_t;
typedef unsigned short		ushort_t;
typedef unsigned int		uint_t;
typedef unsigned long		ulong_t;
typedef long long		longlong_t;
typedef unsigned long long	u_longlong_t;

typedef unsigned char		u_char;
typedef unsigned short		u_short;
typedef unsigned int		u_int;
typedef unsigned long		u_long;
typedef uchar_t			uchar;
typedef ushort_t		ushort;
typedef uint_t			uint;
typedef ulong_t			ulong;

typedef enum { B_FALSE = 0, B_TRUE = 1 } boolean_t;

#ifdef _KERNEL
/* Is x one of the two boolean_t values; any scalar to a boolean_t and back. */
#define VALID_BOOLEAN(x)	(((x) == B_FALSE) || ((x) == B_TRUE))
#define VOID2BOOLEAN(x)		(((uintptr_t)(x) == 0) ? B_FALSE : B_TRUE)
#define BOOLEAN2VOID(x)		((x) ? 1 : 0)
#endif

typedef char			*caddr_t;
typedef long			daddr_t;
typedef short			cnt_t;
typedef longlong_t		offset_t;
typedef u_longlong_t		u_offset_t;
typedef u_longlong_t		len_t;
typedef u_longlong_t		diskaddr_t;
typedef long			off_t;
typedef longlong_t		off64_t;

#ifndef _SIZE_T
#define _SIZE_T
typedef unsigned long		size_t;
#endif
#ifndef _SSIZE_T
#define _SSIZE_T
typedef long			ssize_t;
#endif
#ifndef _PTRDIFF_T
#define _PTRDIFF_T
typedef long			ptrdiff_t;
#endif

/* 32-bit view of pointers and sizes, for ILP32 (compat) callers. */
typedef uint32_t		caddr32_t;
typedef int32_t			daddr32_t;
typedef int32_t			off32_t;
typedef uint32_t		size32_t;
typedef int32_t			ssize32_t;
typedef int32_t			time32_t;
typedef int32_t			clock32_t;
typedef uint32_t		dev32_t;
typedef uint32_t		major32_t;
typedef uint32_t		minor32_t;

/*
 * Union views of a 64-bit offset or disk address with named 32-bit
 * halves (little-endian order).
 */
typedef union {
	offset_t	_f;
	struct {
		int32_t	_l;
		int32_t	_u;
	} _p;
} lloff_t;

typedef union {
	longlong_t	_f;
	struct {
		int32_t	_l;
		int32_t	_u;
	} _p;
} lldaddr_t;

typedef long			time_t;
typedef long			clock_t;
typedef longlong_t		hrtime_t;
typedef int			clockid_t;
typedef int			timer_t;
typedef long			suseconds_t;
typedef unsigned int		useconds_t;

/*
 * dev_t: illumos type, Linux value encoding.  major_t and minor_t are the
 * illumos 32-bit types; only 12 and 20 bits of them survive encoding.
 */
typedef unsigned long		dev_t;
typedef uint32_t		major_t;
typedef uint32_t		minor_t;
typedef short			o_dev_t;

typedef int			id_t;
typedef int			pid_t;
typedef unsigned int		uid_t;
typedef uid_t			gid_t;
typedef uint_t			mode_t;
typedef uint_t			nlink_t;
typedef ulong_t			ino_t;
typedef long			blkcnt_t;
typedef long			blksize_t;
typedef int			key_t;
typedef short			pri_t;
typedef int			processorid_t;
typedef id_t			zoneid_t;
typedef id_t			projid_t;
typedef id_t			taskid_t;
typedef id_t			poolid_t;
typedef id_t			ctid_t;
typedef ushort_t		o_mode_t;
typedef ushort_t		o_uid_t;
typedef o_uid_t			o_gid_t;
typedef short			o_nlink_t;
typedef short			o_pid_t;
typedef ushort_t		o_ino_t;
typedef short			sysid_t;
typedef short			index_t;

typedef ulong_t			pfn_t;
typedef ulong_t			pgcnt_t;
typedef long			spgcnt_t;
typedef uint_t			k_fltset_t;
typedef ulong_t			fsblkcnt_t;
typedef ulong_t			fsfilcnt_t;

#ifndef _OPAQUE_T
#define _OPAQUE_T
typedef void			*opaque_t;
#endif

typedef void			*timeout_id_t;
typedef void			*bufcall_id_t;

/*
 * Kernel objects whose contents live on the Linux side: a proc is opaque,
 * a kthread shows only its t_flag (<sys/thread.h>).
 */
typedef struct _kthread		kthread_t;
typedef struct _kthread		*kthread_id_t;
typedef struct proc		proc_t;

#endif /* _SYS_TYPES_H */
