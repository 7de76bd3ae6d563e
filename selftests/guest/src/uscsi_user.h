/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The illumos USCSICMD ABI as a user program sees it (uscsi(4I)), for
 * programs built against glibc: the kernel-side header lives in the
 * Solaris world and cannot be included next to Linux's user headers.
 */
#ifndef _USCSI_USER_H
#define _USCSI_USER_H

struct uscsi_cmd {
	int		uscsi_flags;
	short		uscsi_status;
	short		uscsi_timeout;
	char		*uscsi_cdb;
	void		*uscsi_bufaddr;
	unsigned long	uscsi_buflen;
	unsigned long	uscsi_resid;
	unsigned char	uscsi_cdblen;
	unsigned char	uscsi_rqlen;
	unsigned char	uscsi_rqstatus;
	unsigned char	uscsi_rqresid;
	char		*uscsi_rqbuf;
	unsigned long	uscsi_path_instance;
};

#define USCSI_SILENT	0x00000001
#define USCSI_READ	0x00000008
#define USCSI_WRITE	0x00000000
#define USCSI_RQENABLE	0x00010000

#define USCSICMD	((0x04 << 8) | 201)

#endif
