/* SPDX-License-Identifier: GPL-2.0 */
/*
 * illumos <sys/dkio.h> for the guest's test programs (sdisk_dkio.c,
 * dkio_fuzz.c): the requests and the amd64 layouts they share.
 */
#ifndef DKIO_USER_H
#define DKIO_USER_H

#include <stdint.h>

#define DKIOC			(0x04 << 8)
#define DKIOCINFO		(DKIOC | 3)
#define DKIOCPARTITION		(DKIOC | 9)
#define DKIOCREMOVABLE		(DKIOC | 16)
#define DKIOCGETEFI		(DKIOC | 18)
#define DKIOCEXTPARTINFO	(DKIOC | 19)
#define DKIOCPARTINFO		(DKIOC | 22)
#define DKIOCGEXTVTOC		(DKIOC | 23)
#define DKIOCFLUSHWRITECACHE	(DKIOC | 34)
#define DKIOCHOTPLUGGABLE	(DKIOC | 35)
#define DKIOCGETWCE		(DKIOC | 36)
#define DKIOCSETWCE		(DKIOC | 37)
#define DKIOCGMEDIAINFO		(DKIOC | 42)
#define DKIOCGMEDIAINFOEXT	(DKIOC | 48)

struct dk_cinfo {
	char		dki_cname[16];
	unsigned short	dki_ctype;
	unsigned short	dki_flags;
	unsigned short	dki_cnum;
	unsigned int	dki_addr;
	unsigned int	dki_space;
	unsigned int	dki_prio;
	unsigned int	dki_vec;
	char		dki_dname[16];
	unsigned int	dki_unit;
	unsigned int	dki_slave;
	unsigned short	dki_partition;
	unsigned short	dki_maxtransfer;
};

struct dk_minfo {
	unsigned int	dki_media_type;
	unsigned int	dki_lbsize;
	uint64_t	dki_capacity;
};

#endif
