/* SPDX-License-Identifier: GPL-2.0 */
/* The null pointer constant. */
#ifndef _SYS_NULL_H
#define _SYS_NULL_H

#ifndef NULL
#define NULL	((void *)0)
#endif

#endif /* _SYS_NULL_H */
