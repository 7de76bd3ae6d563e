/* SPDX-License-Identifier: GPL-2.0 */
/* DDI-internal allocation routines that some target drivers call. */
#ifndef _SYS_DDI_IMPLFUNCS_H
#define _SYS_DDI_IMPLFUNCS_H

#include <sys/types.h>
#include <sys/dditypes.h>
#include <sys/ddidmareq.h>

#ifdef _KERNEL
/* Memory for DMA without a handle (ddi_dma_mem.c); handlep is not filled. */
__SCSA_PARTIAL("kernel memory aligned per the attributes; no access handle")
extern int i_ddi_mem_alloc(dev_info_t *dip, ddi_dma_attr_t *attributes,
    size_t length, int cansleep, int streaming, ddi_device_acc_attr_t *accattrp,
    caddr_t *kaddrp, size_t *real_length, ddi_acc_hdl_t *handlep);
__SCSA_IMPL extern void i_ddi_mem_free(caddr_t kaddr, ddi_acc_hdl_t *ap);
#endif

#endif /* _SYS_DDI_IMPLFUNCS_H */
