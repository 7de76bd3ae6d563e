#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# sdisk's dkio(4I) requests fuzzed (issue 12), from 64- and 32-bit callers
# (src/dkio_fuzz.c): 4 threads of random request numbers in the DKIOC
# range with bad and valid pointers, and the requests sdisk answers with
# random payloads (their answers checked), on the raw and block nodes of a
# scsi_debug LUN while the nodes are closed and reopened under them; then
# again with the LUN deleted through sysfs mid-run and scanned back.
# Every request is counted when it returns; dkio_fuzz's watchdog fails a
# request that does not.  Leaves sdisk unloaded and scsa_hba loaded.

. /selftests/lib.sh
ksft_main "$@"

D=/dev/scsa/sdisk

# Requests per run: 64-bit, 32-bit, and with the deletion.
n64=20000
n32=10000
nrm=4000
if [ -n "$scsa_debug_kernel" ]; then
	n64=5000
	n32=2500
	nrm=1000
fi

# dkio_fuzz ARGS...: a crash is a failure even when it printed nothing.
fuzz() {
	t0=$(date +%s)
	"$@"
	rc=$?
	[ $rc -lt 128 ] || echo "not ok - $1 killed by signal $((rc - 128))"
	echo "# $1: $4 requests in $(($(date +%s) - t0)) s"
}

lsmod | grep -q '^scsa_hba ' || modprobe scsa_hba
check "modprobe sdisk" modprobe sdisk
# The first scsi_debug LUN sdisk is on: not a fixed instance number, as
# 48-removal-io's delete/rescan cycles leave them where they fell.
hctl=
for l in $(sdebug_luns); do
	sdisk_on "$l" && { hctl=$l; break; }
done
i=$(scsa_inst sdisk "$hctl")
echo "# sdisk instance ${i:-none} is on ${hctl:-no scsi_debug LUN}"
if [ -z "$i" ] || [ ! -c "$D/$i:a,raw" ]; then
	echo "not ok - sdisk on a scsi_debug LUN"
	rmmod sdisk
	exit 0
fi
blocks=$(( $(cat /sys/module/scsi_debug/parameters/dev_size_mb) * 2048 ))

fuzz dkio_fuzz "$D/$i:a,raw" "$D/$i:a" $n64 4 $blocks
if [ -x /usr/bin/dkio_fuzz-m32 ]; then
	fuzz dkio_fuzz-m32 "$D/$i:a,raw" "$D/$i:a" $n32 4 $blocks
else
	echo "ok - ILP32 dkio fuzz # SKIP no 32-bit toolchain on the host"
fi
fuzz dkio_fuzz "$D/$i:a,raw" "$D/$i:a" $nrm 4 $blocks remove "$hctl"
check "the deleted LUN's old nodes detach once closed" \
	wait_until 10 sh -c "! grep -q 'instance #$i (driver name: sdisk)' /proc/scsa/devinfo"
check "the LUN scanned back is bound to sdisk again" wait_until 10 sdisk_on "$hctl"
inst=$(scsa_inst sdisk "$hctl")
echo "# $hctl is sdisk instance $inst now"
check "and its raw node reads" \
	dd if="$D/$inst:a,raw" of=/dev/null bs=64k count=16
# The fuzz set the write cache at random (scsi_debug's caching page is
# shared by its LUNs): back on, as the other tests found it.
sdisk_dkio setwce "$D/$inst:a,raw" 1 > /dev/null
check "write cache enabled again" [ "$(sdisk_dkio getwce "$D/$inst:a,raw" | kv wce)" = 1 ]
check "rmmod sdisk" rmmod sdisk
