#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# A LUN removed by Linux while an SCSA node of it is busy (ext4 mounted on
# sdisk's block node, I/O running): Linux's removal returns at once, the
# file system gets I/O errors, the node detaches once unmounted, and the
# LUN, scanned again, attaches as a new instance whose data (written and
# synced before) verifies.  Leaves sdisk unloaded and scsa_hba loaded.

. /selftests/lib.sh
ksft_main "$@"

D=/dev/scsa/sdisk

check "modprobe sdisk" modprobe sdisk
hctl=$(scsa_hctl sdisk 1)
echo "# sdisk instance 1 is on $hctl"
if [ -z "$hctl" ]; then
	echo "not ok - sdisk instance 1 on a scsi_debug LUN"
	rmmod sdisk
	exit 0
fi
B=$D/1:a
host=${hctl%%:*}

check "mke2fs ext4 on sdisk's block node" mkfs_ext4 $B
check "mount" mount -t ext4 $B /mnt
dd if=/dev/urandom of=/mnt/before bs=64k count=64 2> /dev/null
cp /mnt/before /tmp/before
sync
# An open device pins its driver, its HBA and the LLD: unloading any of
# them is refused rather than left waiting for the close.
check "rmmod scsa_hba refused while a disk below it is mounted" \
	sh -c '! rmmod scsa_hba 2> /dev/null'
check "rmmod scsi_debug refused while a disk of it is mounted" \
	sh -c '! rmmod scsi_debug 2> /dev/null'
# I/O running on the file system while the LUN goes.
(
	i=0
	while [ $i -lt 400 ]; do
		dd if=/dev/urandom of=/mnt/busy bs=64k count=16 conv=fsync 2> /dev/null ||
			break
		i=$((i + 1))
	done
) &
io=$!
sleep 1

echo 1 > "/sys/bus/scsi/devices/$hctl/delete" &
del=$!
check "Linux's removal of the LUN returns with ext4 mounted and I/O running" \
	wait_until 30 sh -c "! kill -0 $del 2> /dev/null"
wait $del 2> /dev/null
check "the LUN is gone from Linux" [ ! -e "/sys/bus/scsi/devices/$hctl" ]
check "I/O on the file system fails with an error and does not hang" \
	wait_until 60 sh -c "! kill -0 $io 2> /dev/null"
wait $io 2> /dev/null
check "a write and fsync to the removed disk fail" \
	sh -c '! dd if=/dev/zero of=/mnt/after bs=4k count=1 conv=fsync 2> /dev/null'
check "sdisk still holds the removed node while it is mounted" sdisk_on "$hctl"
check "rmmod sdisk refused while mounted" sh -c '! rmmod sdisk 2> /dev/null'
check "rmmod scsa_hba refused while the removed disk is mounted" \
	sh -c '! rmmod scsa_hba 2> /dev/null'
check "umount" umount /mnt
check "the removed node detaches once unmounted" wait_until 10 not sdisk_on "$hctl"

echo "- - -" > "/sys/class/scsi_host/host$host/scan"
check "the LUN comes back on a rescan" wait_until 10 [ -e "/sys/bus/scsi/devices/$hctl" ]
check "sdisk attaches to it again" wait_until 10 sdisk_on "$hctl"
inst=$(scsa_inst sdisk "$hctl")
echo "# the LUN is sdisk instance $inst now"
check "its block node appears" wait_until 10 [ -b "$D/$inst:a" ]
check "mount the file system again" mount -t ext4 "$D/$inst:a" /mnt
check "data written and synced before the removal verifies" cmp -s /mnt/before /tmp/before
check "umount" umount /mnt
check "rmmod sdisk" rmmod sdisk
