/* SPDX-License-Identifier: GPL-2.0 */
/* Driver capability flags for cb_ops.cb_flag. */
#ifndef _SYS_CONF_H
#define _SYS_CONF_H

#include <sys/types.h>

#ifdef _KERNEL
#include <sys/systm.h>
#include <sys/devops.h>
#include <sys/model.h>
#include <sys/buf.h>
#include <sys/cred.h>
#include <sys/uio.h>
#endif

#define FMNAMESZ		8

#define D_NEW			0x00
#define _D_OLD			0x01
#define D_HOTPLUG		0x4
#define D_TAPE			0x08
#define D_MTSAFE		0x0020
#define D_MP			D_MTSAFE
#define _D_QNEXTLESS		0x0040
#define _D_MTOCSHARED		0x0080
#define D_DEVMAP		0x100
#define D_64BIT			0x200
#define D_SYNCSTR		0x400
#define D_MTOCEXCL		0x0800
#define D_MTPUTSHARED		0x1000
#define D_MTPERQ		0x2000
#define D_MTQPAIR		0x4000
#define D_MTPERMOD		0x6000
#define D_MTOUTPERIM		0x8000
#define _D_MTCBSHARED		0x10000
#define _D_MTSVCSHARED		0x20000
#define D_U64BIT		0x40000
#define _D_DIRECT		0x80000
#define D_OPEN_RETURNS_EINTR	0x100000
#define _D_SINGLE_INSTANCE	0x200000

#define D_MTINNER_MASK		(D_MP | D_MTPERQ | D_MTQPAIR | D_MTPERMOD)
#define D_MTINNER_MOD		(D_MTPUTSHARED | _D_MTOCSHARED | _D_MTCBSHARED | \
				 _D_MTSVCSHARED)
#define D_MTOUTER_MOD		(D_MTOCEXCL)
#define D_MTSAFETY_MASK		(D_MTINNER_MASK | D_MTOUTPERIM | D_MTPUTSHARED | \
				 D_MTINNER_MOD | D_MTOUTER_MOD)

#endif /* _SYS_CONF_H */
