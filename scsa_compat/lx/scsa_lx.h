/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Private declarations of scsa_compat's Linux-world files: the init and exit
 * functions of each subsystem, listed in order by main.c.
 */
#ifndef _SCSA_LX_H
#define _SCSA_LX_H

#include <linux/init.h>

void __init scsa_kmem_fault_init(void);
void scsa_kmem_fault_exit(void);
int __init scsa_thread_init(void);
void scsa_thread_exit(void);
void __init scsa_panic_init(void);
void scsa_panic_exit(void);
int __init scsa_taskq_init(void);
void scsa_taskq_exit(void);
int __init scsa_callout_init(void);
void scsa_callout_exit(void);
int __init scsa_callback_init(void);
void scsa_callback_exit(void);

int __init scsa_cdev_init(void);
void scsa_cdev_exit(void);
int __init scsa_blkdev_init(void);
void scsa_blkdev_exit(void);

#endif /* _SCSA_LX_H */
