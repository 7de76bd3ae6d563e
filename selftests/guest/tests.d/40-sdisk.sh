#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# sdisk, our illumos-style disk driver (target_drivers/sdisk), on the
# scsi_debug LUNs reserved to scsa_hba and on a virtio-scsi disk taken from
# Linux's sd: nodes, dkio (src/sdisk_dkio.c), data integrity with fio and a
# second view through Linux's sg, injected errors, unload rules.

. /selftests/lib.sh
ksft_main "$@"

D=/dev/scsa/sdisk
SDEBUG=/sys/bus/pseudo/drivers/scsi_debug

# The sg node of scsi_debug's LUN with target T and lun L.
sg_of() {
	for s in /sys/class/scsi_generic/sg*; do
		[ -e "$s/device/model" ] || continue
		grep -q scsi_debug "$s/device/model" || continue
		hctl=$(basename "$(readlink -f "$s/device")")
		case "$hctl" in
		*:*:$1:$2) echo "/dev/$(basename "$s")"; return ;;
		esac
	done
}

check "modprobe sdisk conf=sdisk-io-time=10;" modprobe sdisk "conf=sdisk-io-time=10;"
n=0
for f in $D/*:a,raw; do [ -c "$f" ] && n=$((n + 1)); done
echo "# sdisk nodes: $(ls $D 2>/dev/null | tr '\n' ' ')"
check "raw nodes :a,raw for both scsi_debug LUNs" [ "$n" -ge 2 ]
R0=$D/0:a,raw
R1=$D/1:a,raw
B0=$D/0:a
# fio splits file names at ':'
ln -sf $R0 /tmp/r0
ln -sf $R1 /tmp/r1

# dkio
sdisk_dkio minfo $R0 > /tmp/minfo
sed 's/^/# /' /tmp/minfo
cap=$(kv capacity < /tmp/minfo)
lb=$(kv lbsize < /tmp/minfo)
check "DKIOCGMEDIAINFO: 64 MiB in 512-byte blocks" [ "$lb" = 512 -a "$cap" = 131072 ]
check "DKIOCGMEDIAINFO: fixed disk" [ "$(kv media_type < /tmp/minfo)" = 0x10001 ]
check "DKIOCGMEDIAINFOEXT: capacity and physical block size" \
	[ "$(kv ext_capacity < /tmp/minfo)" = 131072 -a "$(kv pbsize < /tmp/minfo)" = 512 ]
sdisk_dkio info $R1 > /tmp/info
sed 's/^/# /' /tmp/info
check "DKIOCINFO: dname sdisk, unit 1, SCSI CCS, controller scsa_hba" \
	[ "$(kv dname < /tmp/info)" = sdisk -a "$(kv unit < /tmp/info)" = 1 \
	-a "$(kv ctype < /tmp/info)" = 13 -a "$(kv cname < /tmp/info)" = scsa_hba ]
check "DKIOCINFO: maxtransfer > 0" [ "$(kv maxtransfer < /tmp/info)" -gt 0 ]
sdisk_dkio removable $R0 > /tmp/rm
check "DKIOCREMOVABLE 0, DKIOCHOTPLUGGABLE 0" \
	[ "$(kv removable < /tmp/rm)" = 0 -a "$(kv hotpluggable < /tmp/rm)" = 0 ]
check "unknown ioctl: ENOTTY" [ "$(sdisk_dkio ioctl $R0 0x4ff | kv errno)" = 25 ]
check "DKIOCFLUSHWRITECACHE" [ "$(sdisk_dkio flush $R0 | kv flushed)" = 1 ]
w0=$(sdisk_dkio getwce $R0 | kv wce)
echo "# WCE at attach: $w0"
sdisk_dkio setwce $R0 0 > /dev/null
w1=$(sdisk_dkio getwce $R0 | kv wce)
sdisk_dkio setwce $R0 1 > /dev/null
w2=$(sdisk_dkio getwce $R0 | kv wce)
check "DKIOCSETWCE 0 then 1, read back by DKIOCGETWCE (MODE SELECT/SENSE)" \
	[ "$w1" = 0 -a "$w2" = 1 ]

# Raw I/O rules
check "raw read at the end of the disk: 0 bytes, no error" \
	[ "$(sdisk_dkio pread $R0 67108864 4096 | kv n)" = 0 ]
check "raw read beyond the end: ENXIO" \
	[ "$(sdisk_dkio pread $R0 67112960 4096 | kv errno)" = 6 ]
check "raw read of a partial block: EINVAL" \
	[ "$(sdisk_dkio pread $R0 0 100 | kv errno)" = 22 ]
sdisk_dkio pread $R0 67104768 8192 > /tmp/cross
sed 's/^/# /' /tmp/cross
check "raw read crossing the end: the part inside" [ "$(kv n < /tmp/cross)" = 4096 ]
# O_DIRECT: what dd, fio --direct=1 and other disk tools open with.
dd if=/dev/urandom of=/tmp/dpat bs=64k count=4 2> /dev/null
check "raw node: dd oflag=direct" dd if=/tmp/dpat of=$R0 bs=64k seek=8 oflag=direct 2> /dev/null
check "raw node: dd iflag=direct reads it back" \
	sh -c "dd if=$R0 bs=64k skip=8 count=4 iflag=direct 2> /dev/null | cmp -s - /tmp/dpat"

# Data integrity on the raw node, one command at a time and 32 in flight.
r0=$(kstat_val sdisk:0:sdisk0:reads)
fio_verify "fio crc32c raw node, bs 512, qd 1" /tmp/r0 4M 512 1
rt0=$(kstat_val sdisk:0:sdisk0:rtime) rl0=$(kstat_val sdisk:0:sdisk0:rlentime)
fio_verify "fio crc32c raw node, bs 4k-1M, qd 32" /tmp/r0 48M 4k-1M 32
rt1=$(kstat_val sdisk:0:sdisk0:rtime) rl1=$(kstat_val sdisk:0:sdisk0:rlentime)
if [ "$rt1" -gt "$rt0" ]; then
	avg=$(((rl1 - rl0) * 10 / (rt1 - rt0)))
	echo "# commands in flight while busy, on average (kstat): $((avg / 10)).$((avg % 10))"
fi
fio_verify "fio crc32c raw node, bs 64k, qd 32, two disks" /tmp/r0:/tmp/r1 24M 64k 32 \
	$((32 * 1024 * 1024))
r1=$(kstat_val sdisk:0:sdisk0:reads)
grep '^sdisk:0:' /proc/scsa/kstat | sed 's/^/# /'
check "I/O kstat sdisk0 counts reads ($r0 -> $r1)" [ "$r1" -gt "$r0" ]
check "I/O kstat sdisk0 queues are empty when idle" \
	[ "$(kstat_val sdisk:0:sdisk0:wcnt)" = 0 -a "$(kstat_val sdisk:0:sdisk0:rcnt)" = 0 ]

# A second view: what sdisk wrote, read through Linux's sg.
sg=$(sg_of 0 0)
if [ -n "$sg" ] && command -v sg_dd > /dev/null; then
	dd if=/dev/urandom of=/tmp/pat bs=64k count=16 2> /dev/null
	dd if=/tmp/pat of=$R0 bs=1M seek=5 2> /dev/null
	sg_dd if="$sg" of=/tmp/back bs=512 skip=10240 count=2048 > /dev/null 2>&1
	check "data written through sdisk read back through sg ($sg)" cmp -s /tmp/pat /tmp/back
	dd if=/dev/urandom of=/tmp/pat bs=64k count=16 2> /dev/null
	sg_dd if=/tmp/pat of="$sg" bs=512 seek=20480 > /dev/null 2>&1
	dd if=$R0 of=/tmp/back bs=1M skip=10 count=1 2> /dev/null
	check "data written through sg read back through sdisk" cmp -s /tmp/pat /tmp/back
else
	echo "ok - cross-check through sg # SKIP no sg node for scsi_debug 0:0"
fi

# The block node: a gendisk whose size comes from our prop_op(9E).
check "block node $B0" [ -b $B0 ]
gd=$(ls /sys/block | grep 'sdisk!0:a$')
echo "# gendisk: $gd"
check "blockdev --getsize64 = scsi_debug's 64 MiB" [ "$(blockdev --getsize64 $B0)" = 67108864 ]
check "blockdev --getss = 512" [ "$(blockdev --getss $B0)" = 512 ]
sdisk_dkio setwce $R0 0 > /dev/null
blockdev --getsize64 $B0 > /dev/null	# an open refreshes the cache mode
wt=$(cat "/sys/block/$gd/queue/write_cache")
sdisk_dkio setwce $R0 1 > /dev/null
blockdev --getsize64 $B0 > /dev/null
wb=$(cat "/sys/block/$gd/queue/write_cache")
check "volatile cache advertised only with WCE on ($wt, $wb)" \
	[ "$wt" = "write through" -a "$wb" = "write back" ]
ln -sf $B0 /tmp/b0
fio_verify "fio crc32c block node O_DIRECT, bs 512-2M, qd 1" /tmp/b0 16M 512-2M 1
fio_verify "fio crc32c block node O_DIRECT, bs 4k-2M, qd 32" /tmp/b0 48M 4k-2M 32
# Requests submitted together reach strategy(9E) as one batch, and the
# commands sdisk issues for them go to the LLD together (counted "batched").
st=/sys/kernel/debug/scsa_hba/stats
b0=$(sed -n 's/^batched //p' $st 2>/dev/null)
if fio --name=batch --filename=/tmp/b0 --size=8M --bs=4k --iodepth=32 \
	--iodepth_batch_submit=16 --iodepth_batch_complete_min=16 \
	--ioengine=io_uring --direct=1 --rw=randwrite --verify=crc32c \
	--verify_fatal=1 --do_verify=1 --randrepeat=0 > /tmp/fio.out 2>&1; then
	echo "ok - fio crc32c block node, 16 requests per submission"
else
	tail -20 /tmp/fio.out | sed 's/^/# /'
	echo "not ok - fio crc32c block node, 16 requests per submission"
fi
if [ -n "$b0" ]; then
	b1=$(sed -n 's/^batched //p' $st)
	check "commands of a batch issued together ($b0 -> $b1)" [ "$b1" -gt "$b0" ]
fi
# The depth asked for reaches the LLD: scsi_debug holds every command for
# half a second (a second in the debug kernel; ndelay, in ns, as jiffies
# differ between kernels: HZ 250 in Debian's, 1000 in the debug kernel),
# so fio's 32 requests are all at the LLD at once, on the
# block node and on the raw node (aread(9E)/awrite(9E): aio and io_uring
# are not done one at a time).  hba_glue's high-water mark for the LUN
# (the "depth" lines of the stats; a write resets it) tells.
l0=$(scsa_hctl sdisk 0)
if [ -w $SDEBUG/ndelay ] && [ -n "$l0" ] && grep -q "^depth $l0 " $st; then
	dl0=$(cat $SDEBUG/delay)
	if [ -n "$scsa_debug_kernel" ]; then hold=999000000; else hold=500000000; fi
	echo $hold > $SDEBUG/ndelay
	for j in block:libaio:/tmp/b0 raw:libaio:/tmp/r0 raw:io_uring:/tmp/r0; do
		eng=${j#*:}
		eng=${eng%:*}
		echo 0 > $st
		fio --name=depth --filename="${j##*:}" --size=8M --bs=4k --iodepth=32 \
			--ioengine="$eng" --direct=1 --rw=randread --runtime=2 --time_based \
			--randrepeat=0 > /tmp/fio.out 2>&1 || sed 's/^/# /' /tmp/fio.out
		grep "^depth $l0 " $st | sed 's/^/# /'
		max=$(awk -v l="$l0" '$1 == "depth" && $2 == l { print $6 }' $st)
		check "fio depth 32, ${j%%:*} node, $eng: 32 commands at the LLD at once (max $max)" \
			[ "${max:-0}" -ge 32 ]
	done
	echo 0 > $SDEBUG/ndelay
	echo "$dl0" > $SDEBUG/delay
	check "every command back from the LLD (depth now 0)" \
		[ "$(awk -v l="$l0" '$1 == "depth" && $2 == l { print $4 }' $st)" = 0 ]
else
	echo "ok - depth at the LLD # SKIP no scsi_debug ndelay or no depth line for sdisk 0"
fi
dd if=/dev/urandom of=/tmp/pat bs=64k count=16 2> /dev/null
dd if=/tmp/pat of=$B0 bs=4096 seek=300 conv=fsync 2> /dev/null
dd if=$R0 of=/tmp/back bs=4096 skip=300 count=256 2> /dev/null
check "written to the block node, read from the raw node" cmp -s /tmp/pat /tmp/back
dd if=/dev/urandom of=/tmp/pat bs=64k count=16 2> /dev/null
dd if=/tmp/pat of=$R0 bs=64k seek=200 2> /dev/null
blockdev --flushbufs $B0
dd if=$B0 of=/tmp/back bs=64k skip=200 count=16 2> /dev/null
check "written to the raw node, read from the block node" cmp -s /tmp/pat /tmp/back

# ext4 across a remount; a sync reaches SYNCHRONIZE CACHE.
check "mke2fs ext4 on the block node" mkfs_ext4 $B0
check "mount" mount -t ext4 $B0 /mnt
cp /tmp/pat /mnt/pat
mkdir -p /mnt/d
i=0
while [ $i -lt 20 ]; do
	dd if=/dev/urandom of=/mnt/d/f$i bs=1k count=$((i * 13 + 1)) 2> /dev/null
	i=$((i + 1))
done
(cd /mnt && md5sum pat d/*) > /tmp/sums
f0=$(kstat_val "sdiskerr:0:sdisk0,err:Cache Flushes")
sync
f1=$(kstat_val "sdiskerr:0:sdisk0,err:Cache Flushes")
check "sync sends SYNCHRONIZE CACHE ($f0 -> $f1)" [ "$f1" -gt "$f0" ]
check "rmmod sdisk refused while mounted" sh -c '! rmmod sdisk 2>/dev/null'
check "umount" umount /mnt
check "mount again" mount -t ext4 $B0 /mnt
check "files intact after remount (md5sum)" sh -c 'cd /mnt && md5sum -c /tmp/sums > /dev/null'
check "umount again" umount /mnt

# Errors injected by scsi_debug.
if [ -w $SDEBUG/opts ] && [ -e /sys/module/scsi_debug/parameters/medium_error_start ]; then
	mes=$(cat /sys/module/scsi_debug/parameters/medium_error_start)
	mec=$(cat /sys/module/scsi_debug/parameters/medium_error_count)
	echo "# medium errors at LBA $mes, $mec blocks"
	m0=$(kstat_val "sdiskerr:0:sdisk0,err:Media Error")
	h0=$(kstat_val "sdiskerr:0:sdisk0,err:Hard Errors")
	echo 2 > $SDEBUG/opts
	check "medium error: EIO" \
		[ "$(sdisk_dkio pread $R0 $((mes * 512)) 4096 | kv errno)" = 5 ]
	check "read before the medium error still works" \
		[ "$(sdisk_dkio pread $R0 $(((mes - 16) * 512)) 4096 | kv n)" = 4096 ]
	# 16 blocks from mes - 8: the 8 before the bad one were read (b_resid).
	n0=$(kstat_val sdisk:0:sdisk0:nread)
	check "medium error in the middle of a read: EIO" \
		[ "$(sdisk_dkio pread $R0 $(((mes - 8) * 512)) 8192 | kv errno)" = 5 ]
	n1=$(kstat_val sdisk:0:sdisk0:nread)
	check "residual from the sense INFORMATION: 4096 bytes counted read ($n0 -> $n1)" \
		[ $((n1 - n0)) = 4096 ]
	echo 0 > $SDEBUG/opts
	check "medium error counted in sdisk0,err (Media Error, Hard Errors)" \
		[ "$(kstat_val "sdiskerr:0:sdisk0,err:Media Error")" -gt "$m0" -a \
		"$(kstat_val "sdiskerr:0:sdisk0,err:Hard Errors")" -gt "$h0" ]
	check "medium error gone with opts=0" \
		[ "$(sdisk_dkio pread $R0 $((mes * 512)) 4096 | kv n)" = 4096 ]
else
	echo "ok - medium error injection # SKIP scsi_debug has no medium_error_start"
fi

# Unit attention: changing virtual_gb reports CAPACITY DATA HAS CHANGED.
if [ -w $SDEBUG/virtual_gb ]; then
	u0=$(kstat_val "sdiskerr:0:sdisk0,err:Unit Attention")
	vg=$(cat $SDEBUG/virtual_gb)
	echo 1 > $SDEBUG/virtual_gb
	echo "$vg" > $SDEBUG/virtual_gb
	check "I/O after a unit attention succeeds" \
		[ "$(sdisk_dkio pread $R0 0 4096 | kv n)" = 4096 ]
	u1=$(kstat_val "sdiskerr:0:sdisk0,err:Unit Attention")
	check "unit attention retried and counted ($u0 -> $u1)" [ "$u1" -gt "$u0" ]
fi

# Timeouts: scsi_debug ignores every 20th command; the Linux error handler
# aborts it and sdisk retries.
if [ -w $SDEBUG/every_nth ]; then
	t0=$(kstat_val "sdiskerr:0:sdisk0,err:Transport Errors")
	echo 20 > $SDEBUG/every_nth
	echo 4 > $SDEBUG/opts
	fio_verify "fio crc32c with command timeouts injected" /tmp/r0 1M 64k 4
	echo 0 > $SDEBUG/opts
	echo 0 > $SDEBUG/every_nth
	t1=$(kstat_val "sdiskerr:0:sdisk0,err:Transport Errors")
	check "timeouts retried and counted ($t0 -> $t1)" [ "$t1" -gt "$t0" ]
fi

# Recovered errors (opts=8) succeed and are counted; aborted commands
# (opts=16, scsi_debug's "transport error") are retried.
if [ -w $SDEBUG/every_nth ]; then
	v0=$(kstat_val "sdiskerr:0:sdisk0,err:Recoverable")
	echo 4 > $SDEBUG/every_nth
	echo 8 > $SDEBUG/opts
	fio_verify "fio crc32c with recovered errors injected" /tmp/r0 1M 64k 4
	echo 0 > $SDEBUG/opts
	v1=$(kstat_val "sdiskerr:0:sdisk0,err:Recoverable")
	check "recovered errors counted as soft errors ($v0 -> $v1)" [ "$v1" -gt "$v0" ]
	a0=$(kstat_val "sdiskerr:0:sdisk0,err:Retries")
	echo 16 > $SDEBUG/opts
	fio_verify "fio crc32c with aborted commands injected" /tmp/r0 1M 64k 4
	echo 0 > $SDEBUG/opts
	echo 0 > $SDEBUG/every_nth
	a1=$(kstat_val "sdiskerr:0:sdisk0,err:Retries")
	check "aborted commands retried ($a0 -> $a1)" [ "$a1" -gt "$a0" ]
fi

# Unloading: refused while a node is open, then done.
check "rmmod sdisk refused while the raw node is open" \
	sh -c "exec 3<'$R0' && ! rmmod sdisk 2>/dev/null"
check "rmmod sdisk refused while the block node is open" \
	sh -c "exec 3<'$B0' && ! rmmod sdisk 2>/dev/null"
check "rmmod sdisk after close" rmmod sdisk
check "nodes removed" [ ! -e $R0 -a ! -e $B0 ]
check "gendisks removed" sh -c '! ls /sys/block | grep -q sdisk'
check "kstats removed" sh -c '! grep -q "^sdisk" /proc/scsa/kstat'
st=/sys/kernel/debug/scsa_hba/stats
if [ -r $st ]; then
	sub=$(sed -n 's/^submitted //p' $st)
	com=$(sed -n 's/^completed //p' $st)
	check "scsa_hba: every command submitted has completed ($sub/$com)" [ "$sub" = "$com" ]
fi

# No auto request sense (sdisk-no-arq=1): CHECK CONDITION is followed by a
# REQUEST SENSE of our own.  Linux has already fetched the sense, so the
# device reports none; sdisk retries, then fails with EIO.
check "modprobe sdisk conf=sdisk-no-arq=1;" modprobe sdisk "conf=sdisk-no-arq=1;"
if [ -w $SDEBUG/opts ] && [ -n "$mes" ]; then
	q0=$(kstat_val "sdiskerr:0:sdisk0,err:Request Sense")
	echo 2 > $SDEBUG/opts
	check "no ARQ: medium error still reaches user space as EIO" \
		[ "$(sdisk_dkio pread $R0 $((mes * 512)) 4096 | kv errno)" = 5 ]
	echo 0 > $SDEBUG/opts
	q1=$(kstat_val "sdiskerr:0:sdisk0,err:Request Sense")
	check "no ARQ: REQUEST SENSE sent by hand ($q0 -> $q1)" [ "$q1" -gt "$q0" ]
fi
fio_verify "no ARQ: fio crc32c raw node, bs 4k-256k, qd 8" /tmp/r0 8M 4k-256k 8
check "rmmod sdisk (no ARQ)" rmmod sdisk

# A disk beyond 2^32 blocks: scsi_debug's virtual_gb (its 64 MiB store
# wraps).  READ CAPACITY(10) says 0xffffffff, (16) gives the size; I/O past
# block 2^32 needs 16-byte CDBs.
if [ -w $SDEBUG/virtual_gb ]; then
	vg=$(cat $SDEBUG/virtual_gb)
	echo 2200 > $SDEBUG/virtual_gb
	check "modprobe sdisk (2200 GiB disk)" modprobe sdisk
	sdisk_dkio minfo $R0 > /tmp/minfo
	check "READ CAPACITY(16): 2200 GiB" \
		[ "$(kv capacity < /tmp/minfo)" = $((2200 * 1024 * 1024 * 2)) ]
	check "block node size beyond 2 TiB" \
		[ "$(blockdev --getsize64 $B0)" = $((2200 * 1024 * 1024 * 1024)) ]
	hi=$(((4294967296 + 4096) * 512))
	check "raw write past block 2^32" [ "$(sdisk_dkio pwrite $R0 $hi 65536 | kv n)" = 65536 ]
	check "raw read past block 2^32" [ "$(sdisk_dkio pread $R0 $hi 65536 | kv n)" = 65536 ]
	fio_verify "fio crc32c block node past block 2^32, qd 8" /tmp/b0 4M 4k-256k 8 0 $hi
	check "rmmod sdisk (2200 GiB disk)" rmmod sdisk
	echo "$vg" > $SDEBUG/virtual_gb
fi

# A virtio-scsi disk taken from Linux's sd: scsa_hba is reloaded with
# luns= naming it, sdisk moves data through it in DMA windows (virtio's
# 254 segments cap a window below 1 MiB), and sd reads it back.
vdev=
for d in /sys/bus/scsi/drivers/sd/*:*:*:*; do
	[ -e "$d/block" ] && grep -q QEMU "$d/vendor" && vdev=$(basename "$d")
done
vblk=$(ls "/sys/bus/scsi/devices/$vdev/block" 2>/dev/null)
echo "# virtio-scsi disk for sdisk: $vdev ($vblk)"
if [ -n "$vdev" ] && [ -n "$vblk" ]; then
	echo "$vdev" > /sys/bus/scsi/drivers/sd/unbind
	check "rmmod scsa_hba" rmmod scsa_hba
	check "modprobe scsa_hba luns=$vdev" modprobe scsa_hba luns="$vdev"
	check "modprobe sdisk" modprobe sdisk
	V=$D/0:a,raw
	ln -sf $V /tmp/v0
	sdisk_dkio minfo $V > /tmp/minfo
	check "virtio disk: 256 MiB" [ "$(kv capacity < /tmp/minfo)" = 524288 ]
	mt=$(sdisk_dkio info $V | kv maxtransfer)
	echo "# maxtransfer $mt blocks"
	check "virtio disk: a window is smaller than 1 MiB" [ "$mt" -lt 2048 ]
	fio_verify "virtio disk: fio crc32c raw node, bs 1M (two windows), qd 4" \
		/tmp/v0 32M 1M 4
	fio_verify "virtio disk: fio crc32c raw node, bs 512-128k, qd 32" /tmp/v0 32M 512-128k 32
	dd if=/dev/urandom of=/tmp/vpat bs=1M count=4 2> /dev/null
	dd if=/tmp/vpat of=$V bs=1M seek=100 2> /dev/null
	check "virtio disk: DKIOCFLUSHWRITECACHE" [ "$(sdisk_dkio flush $V | kv flushed)" = 1 ]
	check "rmmod sdisk" rmmod sdisk
	check "rmmod scsa_hba" rmmod scsa_hba
	echo "$vdev" > /sys/bus/scsi/drivers/sd/bind
	i=0
	while [ ! -b /dev/$vblk ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
	dd if=/dev/$vblk of=/tmp/vback bs=1M skip=100 count=4 iflag=direct 2> /dev/null
	check "virtio disk: what sdisk wrote, Linux's sd reads back" cmp -s /tmp/vpat /tmp/vback
else
	echo "ok - virtio-scsi disk # SKIP no virtio disk bound to sd"
fi
# Leave scsa_hba as the other tests expect it.
lsmod | grep -q '^scsa_hba ' || check "modprobe scsa_hba (default luns)" modprobe scsa_hba
