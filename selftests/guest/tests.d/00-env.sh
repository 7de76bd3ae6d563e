#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The guest environment the other tests rely on: both HBAs present, with the
# disks and LUNs the runner configured, and our modules loadable.

. /selftests/lib.sh
ksft_main "$@"

nvirtio=$(grep -l virtio_scsi /sys/class/scsi_host/host*/proc_name 2>/dev/null | wc -l)
check "virtio-scsi host present" [ "$nvirtio" -ge 1 ]
nsd=$(ls -d /sys/block/sd* 2>/dev/null | wc -l)
echo "# Linux sd disks: $(ls /sys/block | grep sd | tr '\n' ' ')"
check "two virtio-scsi disks bound to Linux sd" [ "$nsd" -ge 2 ]

sdebug_luns=0
for d in /sys/bus/scsi/devices/*:*:*:*; do
	[ -e "$d/model" ] || continue
	if grep -q scsi_debug "$d/model"; then
		sdebug_luns=$((sdebug_luns + 1))
		if [ -e "$d/driver" ]; then
			echo "# $(basename "$d") has an upper-level driver despite no_uld=1"
			sdebug_luns=-100
		fi
	fi
done
check "scsi_debug LUNs present with no Linux upper driver" [ "$sdebug_luns" -ge 1 ]

for m in scsa_compat scsa_hba; do
	if modprobe "$m" 2>/tmp/err; then
		echo "ok - modprobe $m"
	else
		echo "# $(cat /tmp/err)"
		echo "not ok - modprobe $m"
	fi
done
# The framework's load message, for 70-version: by then the kernel log's
# ring may have wrapped past it.
dmesg | grep -F 'scsa_compat: SCSA/DDI framework' | tail -n 1 > /tmp/scsa_compat.loadmsg
