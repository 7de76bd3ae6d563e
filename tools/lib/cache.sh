# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash
#
# What the tools that unpack Debian's linux-source share (sourced): the
# package's version, and the cache directory outside the clone that keeps
# what they make between clones on one machine (CI's).

# source_pkgver PKG: PKG's version, or fail saying how to install it.
source_pkgver() {
	if ! dpkg-query -W -f='${db:Status-Status}' "$1" 2> /dev/null | grep -qx installed ||
	   [ ! -f "/usr/src/$1.tar.xz" ]; then
		echo "$1 is not installed (run tools/setup-deps)"
		return 1
	fi
	dpkg-query -W -f='${Version}' "$1"
}

# scsa_cache TOP: $SCSA_CACHE (default /var/cache/scsa_compat), made if
# need be, or TOP/build/cache when that is not writable.
scsa_cache() {
	local c=${SCSA_CACHE:-/var/cache/scsa_compat}
	if ! mkdir -p "$c" 2> /dev/null || [ ! -w "$c" ]; then
		c=$1/build/cache
		mkdir -p "$c"
	fi
	echo "$c"
}
