/* SPDX-License-Identifier: GPL-2.0 */
/* Device memory mapping: only the cookie type reaches target drivers. */
#ifndef _SYS_DDIDEVMAP_H
#define _SYS_DDIDEVMAP_H

#include <sys/types.h>

typedef void	*devmap_cookie_t;
typedef struct __ddi_umem_cookie	*ddi_umem_cookie_t;
typedef void	*ddi_as_handle_t;

#endif /* _SYS_DDIDEVMAP_H */
