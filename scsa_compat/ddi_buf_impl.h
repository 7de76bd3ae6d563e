/* SPDX-License-Identifier: GPL-2.0 */
/*
 * How a struct buf describes its data: the contract between the DDI's buf
 * services (ddi_buf.c: physio, bioclone, bp_mapin) and the SCSA layer that
 * turns bufs into Linux commands.  Solaris-world, framework-internal.
 *
 * (1) Kernel buffer: neither B_PHYS nor B_PAGEIO.  b_un.b_addr is a kernel
 *     virtual address of kmalloc or vmalloc memory (kmem_alloc() may return
 *     either), b_bcount bytes long.  physio() of a UIO_SYSSPACE uio also
 *     produces this form (it clears B_PHYS: the address is not a user one).
 *
 * (2) User pages: B_PHYS|B_SHADOW.  b_un.b_addr is the user virtual address
 *     of the transfer, b_proc is non-NULL (an opaque token, never
 *     dereferenced), and b_shadow[] holds the pinned Linux struct pages
 *     covering [b_addr, b_addr + b_bcount), starting with the page that
 *     contains b_addr: the data begins at offset (b_addr & PAGEOFFSET) of
 *     b_shadow[0].  b_shadow is the pages[] of a struct scsa_shadow
 *     (<scsa_ddi.h>); scsa_buf_shadow() finds it.  After bp_mapin(),
 *     B_REMAPPED is set and b_un.b_addr is the kernel mapping, with the same
 *     offset in its first page; bp_mapout() restores the user address.
 *     The pages stay pinned until physio() unpins them, in process context,
 *     after biowait(); a bioclone() of such a buf borrows them.
 *
 * (3) B_PAGEIO: reserved for the future block layer (b_pages would list the
 *     pages).  Nothing produces it yet; bp_mapin() refuses it.
 */
#ifndef _SCSA_DDI_BUF_IMPL_H
#define _SCSA_DDI_BUF_IMPL_H

#include <sys/types.h>
#include <sys/buf.h>
#include <scsa_ddi.h>

/* The shadow structure behind a B_SHADOW buf's b_shadow, or NULL. */
static inline struct scsa_shadow *scsa_buf_shadow(struct buf *bp)
{
	if (!(bp->b_flags & B_SHADOW) || bp->b_shadow == NULL)
		return (NULL);
	return ((struct scsa_shadow *)((char *)bp->b_shadow -
	    __builtin_offsetof(struct scsa_shadow, pages)));
}

#endif /* _SCSA_DDI_BUF_IMPL_H */
