/* SPDX-License-Identifier: GPL-2.0 */
/* Virtual-memory arenas: only the handle type is visible to drivers. */
#ifndef _SYS_VMEM_H
#define _SYS_VMEM_H

#include <sys/types.h>

typedef struct vmem	vmem_t;

#define VM_SLEEP	0x00000000
#define VM_NOSLEEP	0x00000001
#define VM_PANIC	0x00000002
#define VM_PUSHPAGE	0x00000004
#define VM_NORMALPRI	0x00000008
#define VM_KMFLAGS	0x000000ff

#endif /* _SYS_VMEM_H */
