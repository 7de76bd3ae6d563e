#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# QEMU's device_del of a virtio-scsi disk while sdisk serves it (ext4
# mounted on its block node, writes running), then device_add of it back:
# the LUN goes within a bounded time, I/O fails and does not hang, the node
# detaches once unmounted, and the disk plugged back attaches to sdisk as a
# new instance whose data (written and synced before) verifies.  The host
# side is tools/vm/qmp-relay.  Leaves the disk to Linux's sd, sdisk
# unloaded and scsa_hba loaded with its default luns=.

# shellcheck source=selftests/guest/lib.sh
. /selftests/lib.sh
ksft_main "$@"

D=/dev/scsa/sdisk
VDISK=vdisk1		# QEMU's id of the disk at scsi-id 1

# The disk at scsi-id 1, target 1 LUN 0 of the virtio-scsi host, bound to sd.
vdev=
for d in /sys/bus/scsi/drivers/sd/*:*:1:0; do
	h=$(basename "$d")
	if grep -qs QEMU "$d/vendor" &&
		grep -qs virtio_scsi "/sys/class/scsi_host/host${h%%:*}/proc_name"; then
		vdev=$h
	fi
done
echo "# $VDISK is $vdev"
if [ -z "$vdev" ]; then
	echo "ok - QEMU device_del/device_add under sdisk # SKIP no virtio disk at scsi-id 1 bound to sd"
	exit 0
fi
host=${vdev%%:*}

# From Linux's sd to sdisk, as 40-sdisk.sh does.
echo "$vdev" > /sys/bus/scsi/drivers/sd/unbind
if lsmod | grep -q '^scsa_hba '; then
	check "rmmod scsa_hba" rmmod scsa_hba
fi
check "modprobe scsa_hba luns=$vdev" modprobe scsa_hba luns="$vdev"
check "modprobe sdisk" modprobe sdisk
inst=$(scsa_inst sdisk "$vdev")
echo "# $vdev is sdisk instance $inst"
check "sdisk attaches to the virtio disk" [ -n "$inst" ]
B=$D/$inst:a

check "mke2fs ext4 on sdisk's block node" mkfs_ext4 "$B"
check "mount" mount -t ext4 "$B" /mnt
dd if=/dev/urandom of=/mnt/before bs=64k count=64 2> /dev/null
cp /mnt/before /tmp/before
sync
# Writes until one fails: the subshell's status says which ended it.
(
	while :; do
		dd if=/dev/urandom of=/mnt/busy bs=64k count=16 conv=fsync 2> /dev/null ||
			exit 1
	done
) &
io=$!
sleep 1
check "writes run on the file system" kill -0 $io

host_hotplug device_del $VDISK
check "QEMU's device_del: the LUN leaves Linux within 30 s" \
	wait_until 30 [ ! -e "/sys/bus/scsi/devices/$vdev" ]
check "the writes stop within 60 s" wait_until 60 sh -c "! kill -0 $io 2> /dev/null"
kill $io 2> /dev/null
io_rc=0
wait $io 2> /dev/null || io_rc=$?
echo "# the write loop ended with status $io_rc"
check "a write failed with an error" [ "$io_rc" -eq 1 ]
check "a write and fsync to the unplugged disk fail" \
	sh -c '! dd if=/dev/zero of=/mnt/after bs=4k count=1 conv=fsync 2> /dev/null'
check "sdisk still holds the unplugged node while it is mounted" sdisk_on "$vdev"
check "rmmod sdisk refused while mounted" sh -c '! rmmod sdisk 2> /dev/null'
check "umount" umount /mnt
check "the unplugged node detaches once unmounted" wait_until 10 not sdisk_on "$vdev"

# The disk comes back at the same H:C:T:L, which luns= names, so scsa_hba
# takes it as it is added.  Linux's sd would bind it too (it is not a
# no_uld_attach LUN): the bus's autoprobe is off meanwhile, so that the
# disk has one owner.
echo 0 > /sys/bus/scsi/drivers_autoprobe
host_hotplug device_add $VDISK
if ! wait_until 15 [ -e "/sys/bus/scsi/devices/$vdev" ]; then
	echo "# $vdev not reported by virtio-scsi's hotplug event; rescanning host$host"
	echo "- - -" > "/sys/class/scsi_host/host$host/scan"
fi
check "QEMU's device_add: the LUN comes back" \
	wait_until 10 [ -e "/sys/bus/scsi/devices/$vdev" ]
check "sdisk attaches to it again" wait_until 10 sdisk_on "$vdev"
check "no Linux upper-level driver bound it" [ ! -e "/sys/bus/scsi/devices/$vdev/driver" ]
inst=$(scsa_inst sdisk "$vdev")
echo "# the disk is sdisk instance $inst now"
check "its block node appears" wait_until 10 [ -b "$D/$inst:a" ]
check "mount the file system again" mount -t ext4 "$D/$inst:a" /mnt
check "data written and synced before the unplug verifies" cmp -s /mnt/before /tmp/before
check "umount" umount /mnt

# Back to Linux's sd, with scsa_hba's default luns=.
check "rmmod sdisk" rmmod sdisk
check "rmmod scsa_hba" rmmod scsa_hba
echo 1 > /sys/bus/scsi/drivers_autoprobe
echo "$vdev" > /sys/bus/scsi/drivers/sd/bind
check "Linux's sd takes the disk back" \
	wait_until 10 [ -n "$(ls "/sys/bus/scsi/devices/$vdev/block" 2> /dev/null)" ]
vblk=$(ls "/sys/bus/scsi/devices/$vdev/block" 2> /dev/null)
wait_until 5 [ -b "/dev/$vblk" ]
if mount -t ext4 "/dev/$vblk" /mnt; then
	check "Linux's sd reads the file system back" cmp -s /mnt/before /tmp/before
	umount /mnt
else
	echo "not ok - Linux's sd mounts the file system"
fi
check "modprobe scsa_hba (default luns)" modprobe scsa_hba
