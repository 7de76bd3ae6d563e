#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# illumos sd with cmlb, both built unchanged from sources outside this tree
# (tools/illumos-ports), on the virtio-scsi disk taken from Linux's sd.
# Linux labels the disk (sfdisk: GPT, then MBR, then none); sd must see
# the same slices (nodes, DKIOCEXTPARTINFO, DKIOCPARTITION, DKIOCGETEFI,
# sizes), carry ext4 on a slice (remount, checksums, e2fsck) and fio
# crc32c on block and raw nodes, take USCSICMD on its raw node, refuse to
# unload while mounted, and unload with cmlb.  Linux's sd then reads the
# file system sd wrote, in the partition Linux made.  When sd.ko or
# cmlb.ko is not in the guest, every case is a SKIP that says why.

. /selftests/lib.sh
ksft_main "$@"

D=/dev/scsa/sd
extra=/lib/modules/$(uname -r)/extra

skip_all() {	# skip_all REASON: every case of this file
	skip_checks "$1"
	exit 0
}

for p in cmlb sd; do
	[ -e "$extra/$p.ko" ] || skip_all "no illumos $p built ($(port_why $p))"
done

vdev=
for d in /sys/bus/scsi/drivers/sd/*:*:*:*; do
	[ -e "$d/block" ] && grep -q QEMU "$d/vendor" && vdev=$(basename "$d")
done
vblk=$(ls "/sys/bus/scsi/devices/$vdev/block" 2>/dev/null)
[ -n "$vdev" ] && [ -n "$vblk" ] || skip_all "no virtio-scsi disk bound to Linux's sd"
echo "# virtio-scsi disk for illumos sd: $vdev ($vblk)"
lsmod | grep -q '^sdisk ' && rmmod sdisk

# Linux's view of partition N of the disk: "start size" in 512-byte blocks.
linux_part() {
	echo "$(cat /sys/block/$vblk/$vblk$1/start) $(cat /sys/block/$vblk/$vblk$1/size)"
}

# Hands the disk to SCSA and loads sd (cmlb comes first, as its dependency).
to_sd() {
	sync
	echo "$vdev" > /sys/bus/scsi/drivers/sd/unbind
	rmmod scsa_hba 2> /dev/null
	modprobe scsa_hba luns="$vdev" || return 1
	modprobe sd aliases=scsiclass,00 || return 1
	i=0
	while [ ! -e $D/0:q ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
	echo "# sd nodes: $(ls $D 2>/dev/null | tr '\n' ' ')"
	[ -e $D/0:q ]
}

# Unloads sd and cmlb and gives the disk back to Linux.
to_linux() {
	rmmod sd && rmmod cmlb && rmmod scsa_hba || return 1
	echo "$vdev" > /sys/bus/scsi/drivers/sd/bind
	i=0
	while [ ! -b /dev/$vblk ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
	[ -b /dev/$vblk ]
}

# GPT, made by Linux: two partitions.
printf 'label: gpt\nstart=2048, size=131072, name=one\nstart=133120, size=196608, name=two\n' |
	sfdisk -q /dev/$vblk > /tmp/sfdisk.out 2>&1
blockdev --rereadpt /dev/$vblk 2> /dev/null
sed 's/^/# /' /tmp/sfdisk.out
p1=$(linux_part 1)
p2=$(linux_part 2)
disk=$(cat /sys/block/$vblk/size)
echo "# Linux: partition 1 at $p1, 2 at $p2, disk $disk blocks"

check "modprobe sd aliases=scsiclass,00 on the GPT disk (cmlb with it)" to_sd
check "cmlb is a module of its own, used by sd" \
	sh -c "grep -q '^cmlb .* sd,\\?' /proc/modules"
check "EFI nodes: a, b, wd, with raw nodes" \
	[ -b $D/0:a -a -c $D/0:a,raw -a -b $D/0:b -a -b $D/0:wd -a -c $D/0:wd,raw ]
check "fdisk nodes q to u, no VTOC node h on an EFI disk" \
	[ -b $D/0:q -a -c $D/0:u,raw -a ! -e $D/0:h ]

sdisk_dkio partinfo $D/0:a,raw > /tmp/pi
sed 's/^/# a: /' /tmp/pi
check "DKIOCEXTPARTINFO a = Linux's partition 1 ($p1)" \
	[ "$(kv start < /tmp/pi) $(kv length < /tmp/pi)" = "$p1" ]
check "DKIOCPARTINFO a agrees" \
	[ "$(kv start32 < /tmp/pi) $(kv length32 < /tmp/pi)" = "$p1" ]
sdisk_dkio partinfo $D/0:b,raw > /tmp/pi
check "DKIOCEXTPARTINFO b = Linux's partition 2 ($p2)" \
	[ "$(kv start < /tmp/pi) $(kv length < /tmp/pi)" = "$p2" ]
sdisk_dkio partition $D/0:wd,raw 1 > /tmp/pp
sed 's/^/# partition 1: /' /tmp/pp
check "DKIOCPARTITION 1 = Linux's partition 2" \
	[ "$(kv start < /tmp/pp) $(kv size < /tmp/pp)" = "$p2" ]
sdisk_dkio getefi $D/0:wd,raw 1 > /tmp/efi
sed 's/^/# efi: /' /tmp/efi
check "DKIOCGETEFI: the primary GPT header, 128 entries, backup at the end" \
	[ "$(kv signature < /tmp/efi)" = "EFI PART" -a "$(kv entries < /tmp/efi)" = 128 \
	-a "$(kv alt_lba < /tmp/efi)" = $((disk - 1)) ]
check "DKIOCGEXTVTOC on an EFI disk: ENOTSUP" \
	[ "$(sdisk_dkio gvtoc $D/0:a,raw | kv errno)" = 95 ]
sdisk_dkio minfo $D/0:a,raw > /tmp/minfo
check "DKIOCGMEDIAINFO: the disk's $disk blocks of 512 bytes" \
	[ "$(kv capacity < /tmp/minfo)" = "$disk" -a "$(kv lbsize < /tmp/minfo)" = 512 ]
check "DKIOCGMEDIAINFOEXT: capacity and physical block size" \
	[ "$(kv ext_capacity < /tmp/minfo)" = "$disk" -a "$(kv pbsize < /tmp/minfo)" = 512 ]
sdisk_dkio info $D/0:b,raw > /tmp/info
sed 's/^/# /' /tmp/info
check "DKIOCINFO: dname sd, unit 0, partition 1" \
	[ "$(kv dname < /tmp/info)" = sd -a "$(kv unit < /tmp/info)" = 0 \
	-a "$(kv partition < /tmp/info)" = 1 ]
check "block node a: Linux's partition 1 in bytes" \
	[ "$(blockdev --getsize64 $D/0:a)" = $((${p1#* } * 512)) ]

check "USCSICMD on sd's raw node: INQUIRY" \
	sh -c "scsicmd $D/0:wd,raw inquiry | grep -q QEMU"
check "USCSICMD on sd's raw node: READ CAPACITY" \
	sh -c "scsicmd $D/0:wd,raw readcap | grep -q $disk"

check "mke2fs ext4 on slice a" mkfs_ext4 $D/0:a
check "mount slice a" mount -t ext4 $D/0:a /mnt
mkdir -p /mnt/d
i=0
while [ $i -lt 20 ]; do
	dd if=/dev/urandom of=/mnt/d/f$i bs=1k count=$((i * 37 + 1)) 2> /dev/null
	i=$((i + 1))
done
(cd /mnt && md5sum d/*) > /tmp/sums
check "rmmod sd refused while mounted" sh -c '! rmmod sd 2>/dev/null'
check "rmmod cmlb refused while sd uses it" sh -c '! rmmod cmlb 2>/dev/null'
check "umount" umount /mnt
check "mount again" mount -t ext4 $D/0:a /mnt
check "files intact after remount (md5sum)" sh -c 'cd /mnt && md5sum -c /tmp/sums > /dev/null'
check "umount again" umount /mnt
check "e2fsck: clean" e2fsck -fn $D/0:a

big=32M
[ -n "$scsa_debug_kernel" ] && big=12M
ln -sf $D/0:b /tmp/sdb
ln -sf $D/0:b,raw /tmp/sdbr
fio_verify "fio crc32c block node b, bs 512-1M, qd 1" /tmp/sdb 16M 512-1M 1
fio_verify "fio crc32c block node b, bs 4k-1M, qd 32" /tmp/sdb $big 4k-1M 32
fio_verify "fio crc32c raw node b, bs 512-1M, qd 1" /tmp/sdbr 16M 512-1M 1
fio_verify "fio crc32c raw node b, bs 4k-1M, qd 32" /tmp/sdbr $big 4k-1M 32

check "rmmod sd, then cmlb; the disk back to Linux" to_linux
check "sd's nodes are gone" [ ! -e $D/0:a ]
check "Linux's e2fsck: the ext4 sd made in partition 1 is clean" e2fsck -fn /dev/${vblk}1
mount -t ext4 -o ro /dev/${vblk}1 /mnt 2> /dev/null
check "Linux reads sd's files (md5sum)" sh -c 'cd /mnt && md5sum -c /tmp/sums > /dev/null'
umount /mnt 2> /dev/null

# MBR, made by Linux: cmlb's fdisk nodes r (p1) and s (p2).
printf 'label: dos\nstart=2048, size=65536, type=83\nstart=67584, size=65536, type=83\n' |
	sfdisk -q --wipe always /dev/$vblk > /dev/null 2>&1
blockdev --rereadpt /dev/$vblk 2> /dev/null
p1=$(linux_part 1)
p2=$(linux_part 2)
echo "# Linux MBR: $p1, $p2"
check "modprobe sd on the MBR disk" to_sd
sdisk_dkio partinfo $D/0:r,raw > /tmp/pi
check "fdisk node r (p1) = Linux's partition 1 ($p1)" \
	[ "$(kv start < /tmp/pi) $(kv length < /tmp/pi)" = "$p1" ]
sdisk_dkio partinfo $D/0:s,raw > /tmp/pi
check "fdisk node s (p2) = Linux's partition 2 ($p2)" \
	[ "$(kv start < /tmp/pi) $(kv length < /tmp/pi)" = "$p2" ]
check "node q (p0) is the whole disk" [ "$(blockdev --getsize64 $D/0:q)" = $((disk * 512)) ]
dd if=/dev/urandom of=/tmp/pat bs=64k count=16 2> /dev/null
dd if=/tmp/pat of=$D/0:s bs=64k conv=fsync 2> /dev/null
check "rmmod sd and cmlb (MBR disk)" to_linux
dd if=/dev/${vblk}2 of=/tmp/back bs=64k count=16 iflag=direct 2> /dev/null
check "written to p2 by sd, read back from Linux's partition 2" cmp -s /tmp/pat /tmp/back

# No label: cmlb's default label, where slice a has no blocks.
dd if=/dev/zero of=/dev/$vblk bs=1M count=2 conv=fsync 2> /dev/null
blockdev --rereadpt /dev/$vblk 2> /dev/null
check "modprobe sd on the unlabelled disk" to_sd
check "unlabelled: node q (p0) is the whole disk" \
	[ "$(blockdev --getsize64 $D/0:q)" = $((disk * 512)) ]
sdisk_dkio gvtoc $D/0:q,raw > /tmp/vtoc
sed 's/^/# vtoc: /' /tmp/vtoc
# As on illumos x86: cmlb makes up a label whose slice 2 (backup, tag 5)
# spans the disk but for the cylinders it keeps back.
s2=$(kv slice2 < /tmp/vtoc)
check "unlabelled: DKIOCGEXTVTOC gives cmlb's default label, slice 2 backup" \
	[ "${s2%% *}" = 5 -a "${s2##* }" -gt $((disk * 9 / 10)) -a "${s2##* }" -le "$disk" ]
check "unlabelled: opening slice a fails (EIO)" \
	[ "$(sdisk_dkio info $D/0:a,raw | kv errno)" = 5 ]
check "rmmod sd and cmlb (unlabelled disk)" to_linux

# illumos sd on scsi_debug's LUNs reserved to SCSA: faults injected.
SDEBUG=/sys/bus/pseudo/drivers/scsi_debug
modprobe scsa_hba
check "modprobe sd on scsi_debug's LUNs" modprobe sd aliases=scsiclass,00
sleep 1
n=$(awk '/\(driver name: sd\)/ { sub(/.*instance #/, ""); sub(/ .*/, ""); print; exit }' \
	/proc/scsa/devinfo)
echo "# sd instance on scsi_debug: ${n:-none} ($(scsa_hctl sd "${n:-0}"))"
Q=$D/$n:q,raw
check "scsi_debug LUN: whole-disk node, 64 MiB" \
	[ "$(blockdev --getsize64 $D/$n:q)" = 67108864 ]

# A GPT made through sd's own whole-disk node; cmlb reads it at the next open.
printf 'label: gpt\nstart=2048, size=65536\n' | sfdisk -q $D/$n:q > /dev/null 2>&1
sdisk_dkio partinfo $D/$n:a,raw > /tmp/pi
check "GPT written through node q, read back by cmlb as slice a" \
	[ "$(kv start < /tmp/pi) $(kv length < /tmp/pi)" = "2048 65536" ]

if [ -w $SDEBUG/opts ] && [ -e /sys/module/scsi_debug/parameters/medium_error_start ]; then
	mes=$(cat /sys/module/scsi_debug/parameters/medium_error_start)
	m0=$(kstat_val "sderr:$n:sd$n,err:Media Error")
	# The kernel log from a mark on (not cleared: later tests read it too;
	# a line count would not do once the log's ring has wrapped).
	mark="65-sd: medium error $$"
	echo "$mark" > /dev/kmsg
	since() { dmesg | sed -n "/$mark/,\$p"; }
	echo 2 > $SDEBUG/opts
	check "medium error: EIO" [ "$(sdisk_dkio pread $Q $((mes * 512)) 4096 | kv errno)" = 5 ]
	check "read before the medium error still works" \
		[ "$(sdisk_dkio pread $Q $(((mes - 16) * 512)) 4096 | kv n)" = 4096 ]
	echo 0 > $SDEBUG/opts
	since | grep -A5 "Error for Command" | head -8 | sed 's/^/# /'
	check "sd's message names the failing block ($mes)" \
		sh -c "dmesg | sed -n '/$mark/,\$p' | grep -q 'Error Block: $mes'"
	# illumos spells the sense keys with underscores (sense_keys[]).
	check "sd's message decodes the sense: Media_Error" \
		sh -c "dmesg | sed -n '/$mark/,\$p' | grep -q 'Sense Key: Media_Error'"
	check "counted in sderr:$n:sd$n,err Media Error" \
		[ "$(kstat_val "sderr:$n:sd$n,err:Media Error")" -gt "$m0" ]
	check "medium error gone with opts=0" \
		[ "$(sdisk_dkio pread $Q $((mes * 512)) 4096 | kv n)" = 4096 ]
	# Aborted commands (scsi_debug's transport errors), retried by sd.
	if [ -w /sys/module/scsi_debug/parameters/every_nth ]; then
		echo 3 > /sys/module/scsi_debug/parameters/every_nth
		echo 0x10 > $SDEBUG/opts
		dd if=/dev/urandom of=/tmp/pat bs=64k count=4 2> /dev/null
		dd if=/tmp/pat of=$Q bs=64k seek=100 2> /dev/null
		dd if=$Q of=/tmp/back bs=64k skip=100 count=4 2> /dev/null
		echo 0 > $SDEBUG/opts
		echo 0 > /sys/module/scsi_debug/parameters/every_nth
		check "aborted commands retried: data written and read back" \
			cmp -s /tmp/pat /tmp/back
	fi
else
	echo "ok - medium error injection # SKIP scsi_debug has no medium_error_start"
fi

# A capacity that grows past the EFI label: sd's unit attention handling
# posts the LUN-expansion sysevent, which reaches user space as a uevent.
if [ -w $SDEBUG/virtual_gb ]; then
	vg=$(cat $SDEBUG/virtual_gb)
	uevent_wait 30 SCSA_EVENT_SUBCLASS=ESC_dev_dle > /tmp/uev 2>&1 &
	w=$!
	i=0
	until grep -q ready /tmp/uev || [ $i -ge 50 ]; do sleep 0.1; i=$((i + 1)); done
	echo 1 > $SDEBUG/virtual_gb
	check "I/O after the capacity-change unit attention succeeds" \
		[ "$(sdisk_dkio pread $Q 0 4096 | kv n)" = 4096 ]
	wait $w
	rc=$?
	sed 's/^/# /' /tmp/uev
	check "LUN expansion: uevent SCSA_EVENT_CLASS=EC_dev_status, ESC_dev_dle" \
		sh -c "[ $rc = 0 ] && grep -q '^SCSA_EVENT_CLASS=EC_dev_status\$' /tmp/uev"
	check "LUN expansion: the event's phys_path attribute names the node" \
		grep -q '^SCSA_EVENT_ATTR_phys_path=/' /tmp/uev
	echo "$vg" > $SDEBUG/virtual_gb
	sdisk_dkio pread $Q 0 4096 > /dev/null
fi

check "rmmod sd, cmlb (scsi_debug)" sh -c 'rmmod sd && rmmod cmlb'
