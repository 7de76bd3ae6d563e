/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Instruction-set and data-model facts for the only target we build for:
 * x86-64, LP64, little-endian.  Drivers test these macros to pick bitfield
 * order and 32-bit compatibility structures.
 */
#ifndef _SYS_ISA_DEFS_H
#define _SYS_ISA_DEFS_H

#if !defined(__x86_64__)
#error "scsa_compat: only x86-64 (LP64) is supported"
#endif

#ifndef __x86
#define __x86
#endif
#ifndef __amd64
#define __amd64
#endif
#ifndef _LP64
#define _LP64
#endif
#ifndef _I32LPx
#define _I32LPx
#endif

#define _LITTLE_ENDIAN
#define _STACK_GROWS_DOWNWARD
#define _LONG_LONG_LTOH
#define _BIT_FIELDS_LTOH
#define _IEEE_754
#define _CHAR_IS_SIGNED
#define _BOOL_ALIGNMENT			1
#define _CHAR_ALIGNMENT			1
#define _SHORT_ALIGNMENT		2
#define _INT_ALIGNMENT			4
#define _FLOAT_ALIGNMENT		4
#define _FLOAT_COMPLEX_ALIGNMENT	4
#define _LONG_ALIGNMENT			8
#define _LONG_LONG_ALIGNMENT		8
#define _DOUBLE_ALIGNMENT		8
#define _DOUBLE_COMPLEX_ALIGNMENT	8
#define _LONG_DOUBLE_ALIGNMENT		16
#define _LONG_DOUBLE_COMPLEX_ALIGNMENT	16
#define _POINTER_ALIGNMENT		8
#define _MAX_ALIGNMENT			16
#define _ALIGNMENT_REQUIRED		1
#define _LONG_LONG_ALIGNMENT_32		4

/* Disk label flavour of illumos x86 (used by cmlb/sd). */
#define _SUNOS_VTOC_16
#define _FIRMWARE_NEEDS_FDISK
#define _SOFT_HOSTID
#define _DMA_USES_PHYSADDR
#define _PSM_MODULES
#define _RTC_CONFIG
#define _HAVE_CPUID_INSN

/*
 * The kernel serves 32-bit (compat) callers too, so the ILP32 variants of
 * ioctl structures are visible, as on illumos amd64 kernels.
 */
#if defined(_KERNEL)
#ifndef _SYSCALL32
#define _SYSCALL32
#endif
#ifndef _SYSCALL32_IMPL
#define _SYSCALL32_IMPL
#endif
#ifndef _MULTI_DATAMODEL
#define _MULTI_DATAMODEL
#endif
#endif

#endif /* _SYS_ISA_DEFS_H */
