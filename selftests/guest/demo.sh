#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The main job, in a guest: load scsa_compat and the SCSA HBA, show the
# devices they found, and do real I/O through them.  Everything printed here
# comes from the running guest.

say() { printf '\n== %s\n' "$*"; }

say "Linux SCSI devices ($(uname -r))"
printf '%-10s %-8s %-17s %-4s %s\n' H:C:T:L VENDOR MODEL TYPE "LINUX DRIVER"
for d in /sys/bus/scsi/devices/*:*:*:*; do
	[ -e "$d/type" ] || continue
	drv=$(basename "$(readlink "$d/driver" 2>/dev/null)" 2>/dev/null)
	printf '%-10s %-8s %-17s %-4s %s\n' "$(basename "$d")" "$(cat "$d/vendor")" \
		"$(cat "$d/model")" "$(cat "$d/type")" "${drv:-(none: reserved for scsa_compat)}"
done

say "Loading scsa_compat and scsa_hba"
modprobe scsa_hba && lsmod | grep -E '^scsa'

if [ -r /sys/kernel/debug/scsa_hba/luns ]; then
	say "SCSA children created by scsa_hba"
	cat /sys/kernel/debug/scsa_hba/luns
fi
