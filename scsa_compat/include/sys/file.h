/* SPDX-License-Identifier: GPL-2.0 */
/*
 * File mode flags as seen by driver open/close/ioctl entry points.  The
 * runtime translates Linux f_flags (O_EXCL -> FEXCL, O_NONBLOCK ->
 * FNONBLOCK|FNDELAY) and adds the caller's data model to ioctl modes.
 */
#ifndef _SYS_FILE_H
#define _SYS_FILE_H

#include <sys/types.h>
#include <sys/model.h>

#define FOPEN		0xffffffff
#define FREAD		0x01
#define FWRITE		0x02
#define FNDELAY		0x04
#define FAPPEND		0x08
#define FSYNC		0x10
#define FREVOKED	0x20
#define FDSYNC		0x40
#define FNONBLOCK	0x80
#define FMASK		0xa0ff
#define FCREAT		0x0100
#define FTRUNC		0x0200
#define FEXCL		0x0400
#define FNOCTTY		0x0800
#define FASYNC		0x1000
#define FOFFMAX		0x2000
#define FXATTR		0x4000
#define FRSYNC		0x8000
#define FNODSYNC	0x10000
#define FNOFOLLOW	0x20000
#define FNOLINKS	0x40000
#define FIGNORECASE	0x80000
#define FXATTRDIROPEN	0x100000
#define FSEARCH		0x200000
#define FEXEC		0x400000
#define FCLOEXEC	0x800000
#define FDIRECTORY	0x1000000
#define FDIRECT		0x2000000

/* ioctl mode bits: caller's data model, and in-kernel callers. */
#define FMODELS		DATAMODEL_MASK
#define FILP32		DATAMODEL_ILP32
#define FLP64		DATAMODEL_LP64
#define FNATIVE		DATAMODEL_NATIVE
#define FKIOCTL		0x80000000
#define FKLYR		0x40000000

#endif /* _SYS_FILE_H */
