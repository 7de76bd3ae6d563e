/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Implementation-status markers for every function the Solaris-facing
 * headers declare.  scsa_compat follows one rule: an interface that exists
 * behaves as illumos documents it, or it is absent and a port fails to
 * build.  Each prototype therefore starts with exactly one of:
 *
 *	__SCSA_IMPL		implemented with illumos semantics
 *	__SCSA_PARTIAL("how")	implemented, with the limits given in "how"
 *	__SCSA_ABSENT		not provided: any call that survives
 *				optimisation is a hard compile error
 *
 * tools/coverage reads these markers to produce Documentation/coverage.rst.
 * Implementers flip a marker when they land the code behind it.
 *
 * __SCSA_EXPORT marks what ports may use that is not an illumos function
 * (data, and names illumos macros expand to).  tools/gen-exports exports
 * every symbol a Solaris-world file of scsa_compat defines and one of these
 * markers declares.
 */
#ifndef _SYS_SCSA_STATUS_H
#define _SYS_SCSA_STATUS_H

#define __SCSA_IMPL
#ifndef __SCSA_EXPORT
#define __SCSA_EXPORT
#endif
#define __SCSA_PARTIAL(how)
#define __SCSA_ABSENT	\
	__attribute__((__error__("scsa_compat: this interface is not provided")))

#endif /* _SYS_SCSA_STATUS_H */
