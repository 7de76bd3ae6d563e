/* SPDX-License-Identifier: GPL-2.0 */
/*
 * uscsi(4I) for user space on Linux: the USCSICMD ABI of illumos, for
 * programs that talk to scsa_compat's pass-through nodes (spt, and ported
 * sgen, st, sd).  illumos programs include <sys/scsi/impl/uscsi.h>; with
 * -I tools/scsicmd/include they find this file there and build unchanged.
 *
 * It is a copy of the user-visible part of scsa_compat's kernel header
 * (scsa_compat/include/sys/scsi/impl/uscsi.h), not that header itself: the
 * kernel one belongs to the Solaris-world build (its caddr_t, uchar_t and
 * the rest come from scsa_compat's <sys/types.h>, which must never meet
 * glibc's), so only the layout is shared, and it is fixed by the ABI.  The
 * structure is the native one for the caller: a 32-bit program's is the
 * kernel's struct uscsi_cmd32, which compat_ioctl converts.
 */
#ifndef _SYS_SCSI_IMPL_USCSI_H
#define _SYS_SCSI_IMPL_USCSI_H

#include <stddef.h>
#include <stdint.h>

struct uscsi_cmd {
	int		uscsi_flags;		/* USCSI_* */
	short		uscsi_status;		/* out: SCSI status byte */
	short		uscsi_timeout;		/* seconds; <= 0: the driver's default */
	char		*uscsi_cdb;
	char		*uscsi_bufaddr;
	size_t		uscsi_buflen;
	size_t		uscsi_resid;		/* out: bytes not transferred */
	unsigned char	uscsi_cdblen;
	unsigned char	uscsi_rqlen;		/* size of uscsi_rqbuf */
	unsigned char	uscsi_rqstatus;		/* out: status of the REQUEST SENSE */
	unsigned char	uscsi_rqresid;		/* out: sense bytes not returned */
	char		*uscsi_rqbuf;
	unsigned long	uscsi_path_instance;	/* private to multipathing */
};

/* The layout is the ABI: 64 bytes for LP64 callers, 36 for ILP32 ones. */
_Static_assert(sizeof(struct uscsi_cmd) == (sizeof(long) == 8 ? 64 : 36),
	       "struct uscsi_cmd does not have the illumos layout");
_Static_assert(offsetof(struct uscsi_cmd, uscsi_cdblen) == (sizeof(long) == 8 ? 40 : 24),
	       "struct uscsi_cmd does not have the illumos layout");

/* uscsi_flags */
#define USCSI_SILENT		0x00000001	/* no error messages */
#define USCSI_DIAGNOSE		0x00000002	/* fail at once, no retries */
#define USCSI_ISOLATE		0x00000004	/* isolate from normal commands */
#define USCSI_READ		0x00000008	/* data in */
#define USCSI_WRITE		0x00000000	/* data out */
#define USCSI_NOPARITY		0x00000010
#define USCSI_NODISCON		0x00000020
#define USCSI_NOINTR		0x00000040
#define USCSI_NOTAG		0x00000100
#define USCSI_OTAG		0x00000200
#define USCSI_HTAG		0x00000400
#define USCSI_HEAD		0x00000800
#define USCSI_ASYNC		0x00001000
#define USCSI_SYNC		0x00002000
#define USCSI_RESET		0x00004000
#define USCSI_RESET_TARGET	USCSI_RESET
#define USCSI_RESET_ALL		0x00008000
#define USCSI_RQENABLE		0x00010000	/* return sense in uscsi_rqbuf */
#define USCSI_RENEGOT		0x00020000
#define USCSI_RESET_LUN		0x00040000
#define USCSI_PATH_INSTANCE	0x00080000
#define USCSI_PMFAILFAST	0x00100000
#define USCSI_RESERVED		0xffe00000	/* must be zero */

typedef uint64_t uscsi_xfer_t;

/* ioctl numbers: plain numbers, as on illumos (no _IOWR encoding). */
#define USCSIIOC		(0x04 << 8)
#define USCSICMD		(USCSIIOC | 201)	/* struct uscsi_cmd * */
#define USCSIMAXXFER		(USCSIIOC | 202)	/* uscsi_xfer_t * */

#endif /* _SYS_SCSI_IMPL_USCSI_H */
