/* SPDX-License-Identifier: GPL-2.0 */
/* Driver-visible synchronisation primitives (see <sys/t_lock.h>). */
#ifndef _SYS_KSYNCH_H
#define _SYS_KSYNCH_H

#include <sys/t_lock.h>

#endif /* _SYS_KSYNCH_H */
