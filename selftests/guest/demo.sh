#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The main job, in a guest: scsa_compat and our illumos-style target drivers
# serve real disks.  The second virtio-scsi disk is taken from Linux's sd
# and given to sdisk, our disk driver, which carries an ext4 file system
# through remounts; the scsi_debug LUNs (no Linux driver claims them) go to
# spt, our pass-through driver, and answer USCSICMD from scsicmd.  Then
# illumos's own sd, with cmlb, built unchanged (when the illumos sources
# were found), takes the same virtio disk, reads the GPT made through it
# and carries ext4 on a slice.  Every line printed comes from the running
# guest.

say() { printf '\n== %s\n' "$*"; }
fail() { echo "DEMO FAILED: $*"; exit 1; }
. /selftests/lib.sh

say "Linux SCSI devices ($(uname -r))"
printf '%-10s %-8s %-17s %-4s %s\n' H:C:T:L VENDOR MODEL TYPE "LINUX DRIVER"
for d in /sys/bus/scsi/devices/*:*:*:*; do
	[ -e "$d/type" ] || continue
	drv=$(basename "$(readlink "$d/driver" 2>/dev/null)" 2>/dev/null)
	printf '%-10s %-8s %-17s %-4s %s\n' "$(basename "$d")" "$(cat "$d/vendor")" \
		"$(cat "$d/model")" "$(cat "$d/type")" "${drv:-(none: no_uld, reserved)}"
done
vlun=$(basename "$(ls -d /sys/bus/scsi/devices/*:0:1:0 | head -1)")
sdl=""
for d in /sys/bus/pseudo/drivers/scsi_debug/adapter0/host*/target*/*:*:*:*; do
	sdl="$sdl${sdl:+,}$(basename "$d")"
done

# A tape drive, emulated by the selftests' SCSI host (scsa_emu), for
# illumos's st when it was built from the illumos sources.
stko=/lib/modules/$(uname -r)/extra/st.ko
tape=
if [ -e "$stko" ] && modprobe scsa_emu tapes=1 enclosures=0 no_uld=1; then
	sleep 1
	for d in /sys/bus/scsi/devices/*:*:*:*; do
		grep -qs ULTRIUM-TD1 "$d/model" && tape=$(basename "$d")
	done
fi

say "Giving LUNs to SCSA: $vlun (taken from sd) and $sdl (scsi_debug)${tape:+ and $tape (the emulated tape)}"
echo "$vlun" > /sys/bus/scsi/drivers/sd/unbind || fail "unbind sd from $vlun"
modprobe scsa_hba luns="$vlun,$sdl${tape:+,$tape}" || fail "modprobe scsa_hba"
echo "# modprobe scsa_hba luns=$vlun,$sdl${tape:+,$tape}"
echo "# modprobe spt aliases=scsiclass,00.vLinux.pscsi_debug   (scsi_debug disks)"
modprobe spt aliases=scsiclass,00.vLinux.pscsi_debug || fail "modprobe spt"
echo "# modprobe sdisk                                          (other disks)"
modprobe sdisk || fail "modprobe sdisk"
lsmod | grep -E '^(scsa|sdisk|spt)' | sort | awk '{ printf "%-12s %s\n", $1, $2 }'

say "The SCSA device tree (/proc/scsa/devinfo, as prtconf -D)"
cat /proc/scsa/devinfo

say "What our drivers attached to"
printf '%-10s %-8s %-17s %-10s %s\n' H:C:T:L VENDOR MODEL CAPACITY "NODES"
for l in $vlun $(echo "$sdl" | tr ',' ' '); do
	d=/sys/bus/scsi/devices/$l
	i=$(scsa_inst sdisk "$l")
	if [ -n "$i" ]; then
		nodes="/dev/scsa/sdisk/$i:a /dev/scsa/sdisk/$i:a,raw"
		cap="$(( $(blockdev --getsize64 "/dev/scsa/sdisk/$i:a") / 1048576 )) MiB"
	else
		i=$(scsa_inst spt "$l")
		nodes=$(ls /dev/scsa/spt/"$i":* 2>/dev/null)
		scsicmd -s "$nodes" tur > /dev/null 2>&1
		cap=$(scsicmd "$nodes" readcap 2>/dev/null | awk '/^Capacity:/ { printf "%d MiB", $2 / 1048576 }')
	fi
	printf '%-10s %-8s %-17s %-10s %s\n' "$l" "$(cat "$d/vendor")" "$(cat "$d/model")" \
		"${cap:-?}" "$nodes"
done

vi=$(scsa_inst sdisk "$vlun")
[ -n "$vi" ] || fail "sdisk did not attach to $vlun"
blk=/dev/scsa/sdisk/$vi:a

say "A file system through sdisk ($blk, the virtio-scsi disk)"
modprobe -a crc32c_generic ext4 2> /dev/null
# e2fsprogs' own programs: busybox's mke2fs has no ext4.
/usr/bin/mke2fs -q -F -t ext4 "$blk" || fail "mke2fs"
echo "# mke2fs -t ext4 $blk"
mkdir -p /mnt/demo
mount -t ext4 "$blk" /mnt/demo || fail "mount"
echo "# mount $blk /mnt/demo; writing files"
for n in 1 2 3 4; do
	dd if=/dev/urandom of=/mnt/demo/file$n bs=64k count=$((n * 16)) 2>/dev/null
done
cp -r /selftests /mnt/demo/tree
(cd /mnt/demo && find . -type f | sort | xargs md5sum) > /tmp/before.md5
df -h /mnt/demo | tail -1 | awk '{ printf "# %s used of %s\n", $3, $2 }'
umount /mnt/demo || fail "umount"
echo 3 > /proc/sys/vm/drop_caches
mount -t ext4 -o ro "$blk" /mnt/demo || fail "remount"
(cd /mnt/demo && find . -type f | sort | xargs md5sum) > /tmp/after.md5
if cmp -s /tmp/before.md5 /tmp/after.md5; then
	echo "# remounted: $(wc -l < /tmp/after.md5) files, every md5sum matches"
else
	diff /tmp/before.md5 /tmp/after.md5 | head
	fail "checksums differ after remount"
fi
umount /mnt/demo
/usr/bin/e2fsck -n -f "$blk" > /tmp/fsck.out 2>&1 && echo "# e2fsck -n -f: clean" ||
	{ cat /tmp/fsck.out; fail "fsck"; }

si=$(scsa_inst spt "$(echo "$sdl" | cut -d, -f1)")
pt=$(ls /dev/scsa/spt/"$si":* 2>/dev/null | head -1)
[ -n "$pt" ] || fail "spt did not attach to the scsi_debug LUNs"
say "USCSICMD through spt ($pt, a scsi_debug LUN), with scsicmd"
scsicmd -s "$pt" tur > /dev/null 2>&1	# consumes the power-on unit attention
echo "# scsicmd $pt inquiry"
scsicmd "$pt" inquiry || fail "inquiry"
echo "# scsicmd $pt readcap"
scsicmd "$pt" readcap || fail "readcap"
echo "# scsicmd $pt write 5000 1 / read 5000 1: one block written and read back"
dd if=/dev/urandom of=/tmp/blk.in bs=512 count=1 2>/dev/null
scsicmd "$pt" write 5000 1 -i /tmp/blk.in || fail "write"
scsicmd "$pt" read 5000 1 -o /tmp/blk.out || fail "read"
cmp /tmp/blk.in /tmp/blk.out && echo "# the same 512 bytes came back"
echo "# a command the device refuses, READ(10) past the end: the sense, decoded"
scsicmd -s "$pt" read 999999999 1 > /dev/null
echo "# (exit status $?: the device answered CHECK CONDITION)"

if [ -n "$tape" ]; then
	say "tar archives on a tape through illumos st ($tape, emulated by scsa_emu)"
	insmod "$stko" aliases=scsiclass,01 || fail "insmod st"
	echo "# insmod st.ko aliases=scsiclass,01      (illumos st, unchanged)"
	i=0
	while [ ! -c /dev/scsa/st/0:n ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
	T=/dev/scsa/st/0:n
	echo "# st(7D) nodes: $(ls /dev/scsa/st | tr '\n' ' ')"
	# The guest's test scripts, then two of its programs (the files, not
	# their links in /usr/bin).
	(cd /kselftest/scsa && tar cf /tmp/t1.tar ./*.sh)
	tar cf /tmp/t2.tar -C /kselftest/scsa smt sesctl
	smt -f $T rewind || fail "rewind"
	for a in t1 t2; do
		dd if=/tmp/$a.tar of=$T bs=10240 2>/dev/null || fail "writing $a.tar"
		echo "# dd if=$a.tar of=$T bs=10240   ($(wc -c < /tmp/$a.tar) bytes; a filemark at close)"
	done
	echo "# smt -f $T rewind fsf 1 status"
	smt -f $T rewind fsf 1 status | sed 's/^/#   /'
	echo "# dd if=$T bs=10240 | tar tvf -"
	dd if=$T bs=10240 2>/dev/null > /tmp/r2.tar
	tar tvf /tmp/r2.tar | sed 's/^/#   /'
	cmp /tmp/t2.tar /tmp/r2.tar && echo "# the second archive came back byte for byte"
	smt -f $T rewind
	dd if=$T bs=10240 2>/dev/null > /tmp/r1.tar
	cmp /tmp/t1.tar /tmp/r1.tar &&
		echo "# rewound: the first archive too ($(tar tf /tmp/r1.tar | wc -l) entries)"
	smt -f $T offline && echo "# smt -f $T offline: rewound and unloaded"
	rmmod st && echo "# rmmod st: detached"
fi

say "Pass-through counters of the HBA (copies: 0 is the zero-copy disk path)"
cat /sys/kernel/debug/scsa_hba/stats 2>/dev/null

say "Detaching"
rmmod sdisk && echo "# rmmod sdisk: detached"

# illumos's own disk driver, when tools/illumos-ports built it from
# illumos sources (../shared/illumos): the same disk, now with a GPT.
if [ -e "/lib/modules/$(uname -r)/extra/sd.ko" ]; then
	say "illumos sd and cmlb, built unchanged, on $vlun (the disk sdisk left)"
	modprobe sd aliases=scsiclass,00 || fail "modprobe sd"
	echo "# modprobe sd aliases=scsiclass,00   (cmlb is loaded first: sd depends on it)"
	lsmod | grep -E '^(sd|cmlb) ' | awk '{ printf "%-12s %s %s\n", $1, $2, $4 }'
	di=$(scsa_inst sd "$vlun")
	[ -n "$di" ] || fail "sd did not attach to $vlun"
	sdd=/dev/scsa/sd/$di
	echo "# sfdisk $sdd:q   (cmlb's whole-disk node p0): a GPT with two partitions"
	printf 'label: gpt\nstart=2048, size=262144, name=data\nstart=264192, size=131072, name=spare\n' |
		sfdisk -q "$sdd:q" > /dev/null 2>&1 || fail "sfdisk"
	echo "# cmlb reads it at the next open: the EFI slices sd now serves"
	for sl in a b; do
		printf '#   %s,raw  ' "$sdd:$sl"
		sdisk_dkio partinfo "$sdd:$sl,raw" | tr '\n' ' '
		echo
	done
	echo "# all of sd's nodes for this disk: $(ls /dev/scsa/sd | grep "^$di:" | tr '\n' ' ')"
	/usr/bin/mke2fs -q -F -t ext4 "$sdd:a" || fail "mke2fs on slice a"
	echo "# mke2fs -t ext4 $sdd:a"
	mount -t ext4 "$sdd:a" /mnt/demo || fail "mount slice a"
	cp -r /selftests /mnt/demo/tree
	(cd /mnt/demo && find . -type f | sort | xargs md5sum) > /tmp/before.md5
	df -h /mnt/demo | tail -1 | awk '{ printf "# %s used of %s\n", $3, $2 }'
	umount /mnt/demo
	echo 3 > /proc/sys/vm/drop_caches
	mount -t ext4 -o ro "$sdd:a" /mnt/demo || fail "remount slice a"
	(cd /mnt/demo && find . -type f | sort | xargs md5sum) > /tmp/after.md5
	cmp -s /tmp/before.md5 /tmp/after.md5 || fail "checksums differ after remount"
	echo "# remounted: $(wc -l < /tmp/after.md5) files, every md5sum matches"
	umount /mnt/demo
	/usr/bin/e2fsck -n -f "$sdd:a" > /tmp/fsck.out 2>&1 && echo "# e2fsck -n -f: clean" ||
		{ cat /tmp/fsck.out; fail "fsck"; }
	grep "^sd:$di:sd$di:" /proc/scsa/kstat | grep -E ':(reads|writes|nread|nwritten)	' |
		sed 's/^/# kstat /'
	rmmod sd && rmmod cmlb && echo "# rmmod sd; rmmod cmlb: detached"
else
	say "illumos sd: not built (no illumos sources; see Documentation/porting.rst)"
fi
rmmod spt && echo "# rmmod spt: detached"
rmmod scsa_hba && echo "# rmmod scsa_hba"
[ -z "$tape" ] || { rmmod scsa_emu && echo "# rmmod scsa_emu"; }
echo "$vlun" > /sys/bus/scsi/drivers/sd/bind && echo "# $vlun is sd's again: /dev/$(ls /sys/bus/scsi/devices/$vlun/block)"
