#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Block minor nodes: the RAM disk tblk (selftests/kmod/tblk.c, a port) on
# the test nexus tnex, with a block node 0:a and a raw node 0:a,raw.  Data
# through both, O_DIRECT, open/close and flush semantics (src/blk_io.c), an
# ext4 file system, and unloading refused while mounted or open.

. /selftests/lib.sh
ksft_main "$@"

blk=/dev/scsa/tblk/0:a
raw=/dev/scsa/tblk/0:a,raw

check "modprobe tnex" modprobe tnex
check "modprobe tblk" modprobe tblk aliases=tdrv-node
check "block node $blk" [ -b "$blk" ]
check "raw node $raw" [ -c "$raw" ]
check "gendisk scsa!tblk!0:a" [ -e '/sys/block/scsa!tblk!0:a' ]
check "second instance 1:a" [ -b /dev/scsa/tblk/1:a ]
size=$(blockdev --getsize64 "$blk")
check "16 MiB from Nblocks ($size)" [ "$size" = 16777216 ]

# Data written through one node is read back through the other.
dd if=/dev/urandom of=/tmp/pat bs=64k count=16 2>/dev/null
dd if=/tmp/pat of="$blk" bs=4096 seek=5 conv=fsync 2>/dev/null
dd if="$raw" of=/tmp/back bs=4096 skip=5 count=256 2>/dev/null
check "1 MiB written to the block node, read from the raw node" cmp -s /tmp/pat /tmp/back
dd if=/tmp/pat of="$raw" bs=64k seek=100 2>/dev/null
blockdev --flushbufs "$blk"
dd if="$blk" of=/tmp/back bs=64k skip=100 count=16 2>/dev/null
check "1 MiB written to the raw node, read from the block node" cmp -s /tmp/pat /tmp/back
dd if=/tmp/pat of="$blk" bs=512 seek=7 count=9 conv=notrunc,fsync 2>/dev/null
dd if="$raw" of=/tmp/back bs=512 skip=7 count=9 2>/dev/null
dd if=/tmp/pat of=/tmp/exp bs=512 count=9 2>/dev/null
check "512-byte writes at block 7 (read-modify-write of pages)" cmp -s /tmp/exp /tmp/back

# Node b: another minor of the same data, another gendisk on the same tags.
blkb=/dev/scsa/tblk/0:b
check "second block node $blkb" [ -b "$blkb" ]
dd if=/tmp/pat of="$blkb" bs=64k seek=40 conv=fsync 2>/dev/null &
dd if=/tmp/pat of="$blk" bs=64k seek=60 conv=fsync 2>/dev/null
wait
blockdev --flushbufs "$blk"
dd if="$blk" of=/tmp/back bs=64k skip=40 count=16 2>/dev/null
dd if="$blkb" of=/tmp/back2 bs=64k skip=60 count=16 2>/dev/null
check "writes through a and b at once, each read back through the other" \
	sh -c 'cmp -s /tmp/pat /tmp/back && cmp -s /tmp/pat /tmp/back2'

blk_io test "$blk" "$raw"

# A file system on it, across a remount.
check "mke2fs ext4" mkfs_ext4 "$blk"
check "mount" mount -t ext4 "$blk" /mnt
cp /tmp/pat /mnt/pat
mkdir -p /mnt/d
i=0
while [ $i -lt 20 ]; do
	dd if=/dev/urandom of=/mnt/d/f$i bs=1k count=$((i * 7 + 1)) 2>/dev/null
	i=$((i + 1))
done
(cd /mnt && md5sum pat d/*) > /tmp/sums
f0=$(blk_io flushes "$raw")
sync
f1=$(blk_io flushes "$raw")
check "sync of the file system flushes the driver's cache ($f0 -> $f1)" [ "$f1" -gt "$f0" ]
check "rmmod tblk refused while mounted" sh -c '! rmmod tblk 2>/dev/null'
check "umount" umount /mnt
check "mount again" mount -t ext4 "$blk" /mnt
check "files intact after remount (md5sum)" sh -c 'cd /mnt && md5sum -c /tmp/sums >/dev/null'
check "umount again" umount /mnt

# A child shell holds the open: a failed open cannot end this one.
check "rmmod tblk refused while the block node is open" \
	sh -c "exec 3<'$blk' && ! rmmod tblk 2>/dev/null"
check "rmmod tblk after the last close" rmmod tblk
check "nodes removed" [ ! -e "$blk" -a ! -e "$raw" ]
check "gendisk removed" [ ! -e '/sys/block/scsa!tblk!0:a' ]
check "rmmod tnex" rmmod tnex
