#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# More removals under I/O, after 45-removal's sysfs delete: scsi_debug's
# whole host removed (add_host=-1) under ext4 mounted on sdisk with writes
# running, then a new host whose LUNs carry the same store (the data
# written and synced before verifies); a raw node under io_uring when its
# LUN goes; and 50 delete/rescan cycles of one LUN while fio verifies on
# the other, as blktests' block/001 does.  Every removal returns, every
# I/O ends with data or an error, nothing hangs.  Leaves sdisk unloaded
# and scsa_hba loaded.

. /selftests/lib.sh
ksft_main "$@"

D=/dev/scsa/sdisk
SDEBUG=/sys/bus/pseudo/drivers/scsi_debug

lsmod | grep -q '^scsa_hba ' || modprobe scsa_hba
check "modprobe sdisk" modprobe sdisk
# shellcheck disable=SC2046
set -- $(sdebug_luns)
l0=$1 l1=$2
echo "# scsi_debug LUNs: $l0 $l1"
check "sdisk on both scsi_debug LUNs" wait_until 10 sh -c \
	"[ -n \"\$(. /selftests/lib.sh; scsa_inst sdisk $l0)\" ] &&
	 [ -n \"\$(. /selftests/lib.sh; scsa_inst sdisk $l1)\" ]"

# 1. The whole host goes (add_host=-1) under a mounted file system.
i0=$(scsa_inst sdisk "$l0")
B=$D/$i0:a
check "mke2fs ext4 on $B" mkfs_ext4 "$B"
check "mount" mount -t ext4 "$B" /mnt
dd if=/dev/urandom of=/mnt/before bs=64k count=32 2> /dev/null
cp /mnt/before /tmp/before
sync
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
echo -1 > $SDEBUG/add_host &
del=$!
check "add_host=-1 returns with ext4 mounted and I/O running" \
	wait_until 30 sh -c "! kill -0 $del 2> /dev/null"
wait $del 2> /dev/null
check "scsi_debug's LUNs are gone from Linux" [ -z "$(sdebug_luns)" ]
check "I/O on the file system ends with an error" \
	wait_until 60 sh -c "! kill -0 $io 2> /dev/null"
wait $io 2> /dev/null
check "umount" umount /mnt
check "the removed nodes detach" wait_until 10 not sdisk_on "$l0"
echo 1 > $SDEBUG/add_host
# Both of them: the host's scan adds its LUNs one after the other.
both_luns() { [ "$(sdebug_luns | wc -l)" -ge 2 ]; }
check "add_host=1: a new host's LUNs appear" wait_until 10 both_luns
# shellcheck disable=SC2046
set -- $(sdebug_luns)
l0=$1 l1=$2
echo "# new LUNs: $l0 $l1"
check "sdisk attaches to the new host's LUNs" wait_until 10 sdisk_on "$l0"
i0=$(scsa_inst sdisk "$l0")
check "its block node appears" wait_until 10 [ -b "$D/$i0:a" ]
check "mount on the new host's LUN" mount -t ext4 "$D/$i0:a" /mnt
check "data written and synced before the host went verifies" cmp -s /mnt/before /tmp/before
umount /mnt

# 2. A raw node under io_uring when its LUN goes.
# (fio makes a regular file of a name that does not exist: the node must
# be there, and open, before the LUN goes.)
check "sdisk attaches to the second LUN" wait_until 10 sdisk_on "$l1"
i1=$(scsa_inst sdisk "$l1")
check "its raw node appears" wait_until 10 [ -c "$D/$i1:a,raw" ]
ln -sf "$D/$i1:a,raw" /tmp/r1
fio --name=aio --filename=/tmp/r1 --size=32M --bs=64k --iodepth=16 --ioengine=io_uring \
	--direct=1 --rw=randrw --time_based --runtime=60 > /tmp/fio.out 2>&1 &
f=$!
check "fio has the raw node open" wait_until 30 in_use "$D/$i1:a,raw"
sleep 1
echo 1 > "/sys/bus/scsi/devices/$l1/delete" &
del=$!
check "LUN delete returns with io_uring I/O in flight on the raw node" \
	wait_until 30 sh -c "! kill -0 $del 2> /dev/null"
check "fio ends (with an error) soon after" wait_until 30 sh -c "! kill -0 $f 2> /dev/null"
wait $f 2> /dev/null
grep -m3 -iE 'error|err=' /tmp/fio.out | sed 's/^/# /'
check "the raw node detaches once fio has closed it" wait_until 10 not sdisk_on "$l1"
host=${l1%%:*}
echo "- - -" > "/sys/class/scsi_host/host$host/scan"
check "the LUN comes back on a rescan" wait_until 10 sdisk_on "$l1"

# 3. 50 delete/rescan cycles of one LUN (20 in the debug kernel) while fio
# verifies on the other.
cycles=50
[ -n "$scsa_debug_kernel" ] && cycles=20
i0=$(scsa_inst sdisk "$l0")
ln -sf "$D/$i0:a,raw" /tmp/r0
fio --name=v --filename=/tmp/r0 --size=16M --bsrange=4k-64k --iodepth=8 \
	--ioengine=io_uring --direct=1 --rw=randwrite --verify=crc32c --verify_fatal=1 \
	--do_verify=1 --randrepeat=0 --loops=1000 --time_based --runtime=40 \
	> /tmp/fio0.out 2>&1 &
f=$!
c=0 ok=0
while [ $c -lt $cycles ]; do
	if [ -e "/sys/bus/scsi/devices/$l1" ]; then
		# Readers of whatever node the LUN has now: they may fail.
		i=$(scsa_inst sdisk "$l1")
		[ -n "$i" ] && dd if="$D/$i:a,raw" of=/dev/null bs=64k count=64 2> /dev/null &
		echo 1 > "/sys/bus/scsi/devices/$l1/delete"
	fi
	echo "- - -" > "/sys/class/scsi_host/host$host/scan"
	wait_until 5 [ -e "/sys/bus/scsi/devices/$l1" ] && ok=$((ok + 1))
	c=$((c + 1))
done
wait $f
frc=$?
wait
echo "# $ok of $cycles cycles saw the LUN come back"
check "$cycles delete/rescan cycles: every rescan brought the LUN back" [ $ok = $cycles ]
check "sdisk ends attached to the cycled LUN" wait_until 10 sdisk_on "$l1"
if [ $frc = 0 ]; then
	echo "ok - fio crc32c on the other LUN verifies throughout the cycles"
else
	grep -iE 'verify|error|err=' /tmp/fio0.out | head -10 | sed 's/^/# /'
	echo "not ok - fio crc32c on the other LUN verifies throughout the cycles"
fi
check "rmmod sdisk" rmmod sdisk
