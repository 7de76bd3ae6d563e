/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Data models of callers.  The ioctl "mode" argument carries the caller's
 * model in its DATAMODEL_MASK bits; 32-bit compat callers are ILP32.
 *
 * The STRUCT_* helpers let one piece of code read a structure laid out for
 * either model: the handle points at "struct x" or at "struct x32".
 */
#ifndef _SYS_MODEL_H
#define _SYS_MODEL_H

#include <sys/isa_defs.h>
#include <sys/types.h>

#define DATAMODEL_MASK		0x0FF00000
#define DATAMODEL_ILP32		0x00100000
#define DATAMODEL_LP64		0x00200000
#define DATAMODEL_NONE		0
#define DATAMODEL_NATIVE	DATAMODEL_LP64

typedef unsigned int	model_t;

#ifdef _KERNEL
#define STRUCT_HANDLE(stype, h)						\
	struct {							\
		union {							\
			struct stype##32	*m32;			\
			struct stype		*m64;			\
		} ptr;							\
		model_t	model;						\
	} h = { { NULL }, DATAMODEL_ILP32 }

#define STRUCT_DECL(stype, h)						\
	struct stype __##h##_buf;					\
	STRUCT_HANDLE(stype, h)

#define STRUCT_SET_HANDLE(h, umodel, addr)				\
	((h).model = (model_t)(umodel) & DATAMODEL_MASK,		\
	 (h).ptr.m64 = (void *)(addr))

#define STRUCT_INIT(h, umodel)	STRUCT_SET_HANDLE(h, umodel, &__##h##_buf)

#define STRUCT_IS32(h)		((h).model == DATAMODEL_ILP32)

#define STRUCT_SIZE(h)							\
	(STRUCT_IS32(h) ? sizeof (*(h).ptr.m32) : sizeof (*(h).ptr.m64))

#define STRUCT_FADDR(h, f)						\
	(STRUCT_IS32(h) ? (void *)&(h).ptr.m32->f : (void *)&(h).ptr.m64->f)

#define STRUCT_FGET(h, f)						\
	(STRUCT_IS32(h) ? (h).ptr.m32->f : (h).ptr.m64->f)

#define STRUCT_FGETP(h, f)						\
	(STRUCT_IS32(h) ? (void *)(uintptr_t)(h).ptr.m32->f :		\
	    (void *)(h).ptr.m64->f)

#define STRUCT_FSET(h, f, v)						\
	(STRUCT_IS32(h) ? ((h).ptr.m32->f = (v)) : ((h).ptr.m64->f = (v)))

#define STRUCT_FSETP(h, f, v)						\
	(STRUCT_IS32(h) ?						\
	    (void)((h).ptr.m32->f = (caddr32_t)(uintptr_t)(v)) :	\
	    (void)((h).ptr.m64->f = (v)))

#define STRUCT_BUF(h)		((h).ptr.m64)

#define SIZEOF_PTR(umodel)						\
	((((umodel) & DATAMODEL_MASK) == DATAMODEL_ILP32) ?		\
	    sizeof (caddr32_t) : sizeof (caddr_t))

#define SIZEOF_STRUCT(stype, umodel)					\
	((((umodel) & DATAMODEL_MASK) == DATAMODEL_ILP32) ?		\
	    sizeof (struct stype##32) : sizeof (struct stype))

__SCSA_IMPL extern model_t get_udatamodel(void);
#endif

#endif /* _SYS_MODEL_H */
