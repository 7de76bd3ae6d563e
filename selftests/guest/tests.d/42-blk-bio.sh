#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Bio-based block nodes (scsa_compat's blk_bio=1): the gendisk takes bios
# itself, and each becomes the buf handed to strategy(9E), with no blk-mq
# request in front of it.  The RAM disk tblk (flush and open semantics,
# src/blk_io.c), then sdisk on a scsi_debug LUN: data verified at depth 1
# and 32, batches, the depth at the LLD, ext4 with its flushes, a medium
# error failing the bio.  blk_mq is restored at the end.

. /selftests/lib.sh
ksft_main "$@"

P=/sys/module/scsa_compat/parameters/blk_bio
SDEBUG=/sys/bus/pseudo/drivers/scsi_debug
st=/sys/kernel/debug/scsa_hba/stats

if [ ! -w $P ]; then
	echo "ok - bio-based block nodes # SKIP scsa_compat has no blk_bio parameter"
	exit 0
fi
echo 1 > $P

# tblk: the same checks of open, close and flush semantics as 30-blk.
blk=/dev/scsa/tblk/0:a
raw=/dev/scsa/tblk/0:a,raw
check "modprobe tnex" modprobe tnex
check "modprobe tblk" modprobe tblk aliases=tdrv-node
gd='scsa!tblk!0:a'
check "tblk's gendisk is bio-based (no mq/ in sysfs)" \
	[ -e "/sys/block/$gd" -a ! -e "/sys/block/$gd/mq" ]
blk_io test "$blk" "$raw"
dd if=/dev/urandom of=/tmp/pat bs=64k count=16 2>/dev/null
dd if=/tmp/pat of="$blk" bs=4096 seek=5 conv=fsync 2>/dev/null
dd if="$raw" of=/tmp/back bs=4096 skip=5 count=256 2>/dev/null
check "tblk: 1 MiB written to the block node, read from the raw node" cmp -s /tmp/pat /tmp/back
check "tblk: iostat counts the bios" \
	[ "$(awk '{ print $5 }' "/sys/block/$gd/stat")" -gt 0 ]
check "rmmod tblk" rmmod tblk
check "rmmod tnex" rmmod tnex

# sdisk on the first scsi_debug LUN it is on.
check "modprobe sdisk" modprobe sdisk
i= hctl=
for h in $(sdebug_luns); do
	if sdisk_on "$h"; then
		hctl=$h
		i=$(scsa_inst sdisk "$h")
		break
	fi
done
if [ -z "$i" ]; then
	echo "not ok - sdisk on a scsi_debug LUN # none found"
	rmmod sdisk
	echo 0 > $P
	exit 0
fi
B=/dev/scsa/sdisk/$i:a
R=/dev/scsa/sdisk/$i:a,raw
gd="scsa!sdisk!$i:a"
check "sdisk $i ($hctl): gendisk is bio-based" \
	[ -e "/sys/block/$gd" -a ! -e "/sys/block/$gd/mq" ]
ln -sf "$B" /tmp/bb
fio_verify "bio: fio crc32c block node O_DIRECT, bs 512-1M, qd 1" /tmp/bb 8M 512-1M 1
fio_verify "bio: fio crc32c block node O_DIRECT, bs 4k-2M (split), qd 32" /tmp/bb 24M 4k-2M 32

# Bios submitted under one plug reach strategy(9E) together, and their
# commands the LLD together ("batched").
b0=$(sed -n 's/^batched //p' $st 2>/dev/null)
if fio --name=batch --filename=/tmp/bb --size=8M --bs=4k --iodepth=32 \
	--iodepth_batch_submit=16 --iodepth_batch_complete_min=16 \
	--ioengine=libaio --direct=1 --rw=randwrite --verify=crc32c \
	--verify_fatal=1 --do_verify=1 --randrepeat=0 > /tmp/fio.out 2>&1; then
	echo "ok - bio: fio crc32c block node, 16 bios per submission"
else
	tail -20 /tmp/fio.out | sed 's/^/# /'
	echo "not ok - bio: fio crc32c block node, 16 bios per submission"
fi
if [ -n "$b0" ]; then
	b1=$(sed -n 's/^batched //p' $st)
	check "bio: commands of a plugged batch issued together ($b0 -> $b1)" [ "$b1" -gt "$b0" ]
fi

# The depth asked for reaches the LLD (as in 40-sdisk: scsi_debug holds
# each command long enough for all 32 to be there at once).
if [ -w $SDEBUG/ndelay ] && grep -q "^depth $hctl " $st; then
	dl0=$(cat $SDEBUG/delay)
	if [ -n "$scsa_debug_kernel" ]; then hold=999000000; else hold=500000000; fi
	echo $hold > $SDEBUG/ndelay
	echo 0 > $st
	fio --name=depth --filename=/tmp/bb --size=8M --bs=4k --iodepth=32 \
		--ioengine=libaio --direct=1 --rw=randread --runtime=2 --time_based \
		--randrepeat=0 > /tmp/fio.out 2>&1 || sed 's/^/# /' /tmp/fio.out
	echo 0 > $SDEBUG/ndelay
	echo "$dl0" > $SDEBUG/delay
	max=$(awk -v l="$hctl" '$1 == "depth" && $2 == l { print $6 }' $st)
	check "bio: fio depth 32: 32 commands at the LLD at once (max $max)" [ "${max:-0}" -ge 32 ]
else
	echo "ok - bio: depth at the LLD # SKIP no scsi_debug ndelay or no depth line"
fi

# ext4: its journal's flushes come as REQ_PREFLUSH and REQ_FUA bios.
check "bio: mke2fs ext4" mkfs_ext4 "$B"
check "bio: mount" mount -t ext4 "$B" /mnt
mkdir -p /mnt/d
n=0
while [ $n -lt 20 ]; do
	dd if=/dev/urandom of=/mnt/d/f$n bs=1k count=$((n * 13 + 1)) 2> /dev/null
	n=$((n + 1))
done
(cd /mnt && md5sum d/*) > /tmp/sums
f0=$(kstat_val "sdiskerr:$i:sdisk$i,err:Cache Flushes")
sync
f1=$(kstat_val "sdiskerr:$i:sdisk$i,err:Cache Flushes")
check "bio: sync sends SYNCHRONIZE CACHE ($f0 -> $f1)" [ "$f1" -gt "$f0" ]
check "bio: umount" umount /mnt
check "bio: mount again" mount -t ext4 "$B" /mnt
check "bio: files intact after remount (md5sum)" sh -c 'cd /mnt && md5sum -c /tmp/sums > /dev/null'
check "bio: umount again" umount /mnt

# A medium error fails the whole bio: EIO, and the data before it reads.
# fio, not busybox dd: dd's buffer for less than a page is not aligned,
# and it falls back to the page cache when O_DIRECT says EINVAL.
if [ -w $SDEBUG/opts ] && [ -e /sys/module/scsi_debug/parameters/medium_error_start ]; then
	mes=$(cat /sys/module/scsi_debug/parameters/medium_error_start)
	me_read() {	# me_read FIRST-BLOCK BYTES
		fio --name=me --filename=/tmp/bb --rw=read --bs="$2" --size="$2" \
			--offset=$(($1 * 512)) --direct=1 --ioengine=psync > /tmp/fio.me 2>&1
	}
	echo 2 > $SDEBUG/opts
	me_read $((mes - 8)) 8k
	grep -i 'error' /tmp/fio.me | head -3 | sed 's/^/# /'
	check "bio: O_DIRECT read of 8 KiB across a medium error: EIO" \
		grep -q 'Input/output error' /tmp/fio.me
	check "bio: O_DIRECT read of the 4 KiB before it works" me_read $((mes - 16)) 4k
	echo 0 > $SDEBUG/opts
else
	echo "ok - bio: medium error # SKIP scsi_debug has no medium_error_start"
fi

check "rmmod sdisk refused while the block node is open" \
	sh -c "exec 3<'$B' && ! rmmod sdisk 2>/dev/null"
check "rmmod sdisk" rmmod sdisk
check "gendisk removed" [ ! -e "/sys/block/$gd" ]
echo 0 > $P
