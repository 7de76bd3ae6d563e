#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The version every product module carries (MODULE_VERSION, from
# tools/version at build time): modinfo and /sys/module agree with
# /proc/scsa/version and with the version the host built
# (/selftests/version, from build/KVER/.gen/version).

. /selftests/lib.sh
ksft_main "$@"

want=$(cat /selftests/version 2>/dev/null)
echo "# built as: ${want:-?}"
check "the host's build version is known" [ -n "$want" ]
modprobe scsa_compat
check "/proc/scsa/version is the build's ($(cat /proc/scsa/version 2>/dev/null))" \
	[ "$(cat /proc/scsa/version 2>/dev/null)" = "$want" ]
check "/sys/module/scsa_compat/version is the build's" \
	[ "$(cat /sys/module/scsa_compat/version 2>/dev/null)" = "$want" ]
# busybox's modinfo misses a .modinfo section's first field when the byte
# before it is not 0 (it looks for "\0version="), which is how 6.12's
# sdisk.ko is laid out: the version is read as the kernel reads it, from
# /sys/module once loaded, and modinfo checks the file where it can.
extra=/lib/modules/$(uname -r)/extra
for m in scsa_compat scsa_hba sdisk spt; do
	lsmod | grep -q "^$m " || modprobe $m
	v=$(cat /sys/module/$m/version 2>/dev/null)
	check "/sys/module/$m/version: $v" [ "$v" = "$want" ]
done
v=$(modinfo -F version "$extra/scsa_compat.ko" 2>/dev/null)
check "modinfo scsa_compat.ko: version $v" [ "$v" = "$want" ]
rmmod sdisk spt 2> /dev/null
# A port carries the version of the scsa_compat it was built with
# (scsa_port_glue.c); tdrv is a port-built test module.
v=$(modinfo -F version "$extra/tdrv.ko" 2>/dev/null)
check "modinfo tdrv (a port): version $v" [ "$v" = "$want" ]
# 00-env kept the load message: the log's ring may have wrapped since.
check "the version is in the load message" \
	sh -c "{ cat /tmp/scsa_compat.loadmsg; dmesg; } 2> /dev/null |
		grep -qF 'scsa_compat: SCSA/DDI framework $want loaded'"
