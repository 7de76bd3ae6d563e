#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The version every product module carries (MODULE_VERSION, from
# tools/version at build time): modinfo and /sys/module agree with
# /proc/scsa/version and with the version the host built
# (/selftests/version, from build/KVER/.gen/version).

. /selftests/lib.sh

want=$(cat /selftests/version 2>/dev/null)
echo "# built as: ${want:-?}"
check "the host's build version is known" [ -n "$want" ]
modprobe scsa_compat
check "/proc/scsa/version is the build's ($(cat /proc/scsa/version 2>/dev/null))" \
	[ "$(cat /proc/scsa/version 2>/dev/null)" = "$want" ]
check "/sys/module/scsa_compat/version is the build's" \
	[ "$(cat /sys/module/scsa_compat/version 2>/dev/null)" = "$want" ]
for m in scsa_compat scsa_hba sdisk spt; do
	v=$(modinfo -F version "$m" 2>/dev/null)
	check "modinfo $m: version $v" [ "$v" = "$want" ]
done
# A port carries the version of the scsa_compat it was built with
# (scsa_port_glue.c); tdrv is a port-built test module.
v=$(modinfo -F version tdrv 2>/dev/null)
check "modinfo tdrv (a port): version $v" [ "$v" = "$want" ]
check "the version is in the load message" \
	sh -c "dmesg | grep -qF 'scsa_compat: SCSA/DDI framework $want loaded'"
