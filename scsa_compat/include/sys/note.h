/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Source annotations for static analysers (lock_lint).  They carry no code;
 * drivers use them as statements and at file scope, so they vanish.
 */
#ifndef _SYS_NOTE_H
#define _SYS_NOTE_H

#define _NOTE(s)

#endif /* _SYS_NOTE_H */
