#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# KM_NOSLEEP allocations that fail, under I/O.  A machine with free memory
# never runs the paths that handle them, so in kernels with fault
# injection (the debug kernel) scsa_compat has
# /sys/kernel/debug/fail_scsa_km_nosleep, failslab's knobs on its
# KM_NOSLEEP allocations: sdisk's packets (scsi_init_pkt() with a resource
# callback) then wait for the callback or for sdisk's restart timer, and
# every buf completes once, with its data, as fio's crc32c verify checks.
# USCSICMD through spt (SLEEP_FUNC, KM_SLEEP) keeps working while every
# KM_NOSLEEP allocation fails.  Leaves sdisk and spt unloaded and scsa_hba
# loaded.

. /selftests/lib.sh
ksft_main "$@"

FA=/sys/kernel/debug/fail_scsa_km_nosleep
D=/dev/scsa/sdisk
TIMES=1000000		# failures allowed; what is left says how many ran

if [ ! -d $FA ]; then
	skip_checks "no $FA: this kernel has no fault injection (the debug kernel has it)"
	exit 0
fi

lsmod | grep -q '^scsa_hba ' || modprobe scsa_hba

# inject PERCENT: fail that many KM_NOSLEEP allocations, TIMES at most.
inject() {
	echo "$1" > $FA/probability &&
	echo 1 > $FA/interval &&
	echo $TIMES > $FA/times &&
	echo 0 > $FA/space &&
	echo 0 > $FA/verbose
}
injected() { echo $((TIMES - $(cat $FA/times))); }
inject_off() { echo 0 > $FA/probability; }

check "modprobe sdisk" modprobe sdisk
wait_until 10 test -b $D/0:a
# fio takes ':' in a file name for a separator.
ln -sf $D/0:a,raw /tmp/nm_raw
ln -sf $D/0:a /tmp/nm_blk

check "fail_scsa_km_nosleep armed: 1 in 4 KM_NOSLEEP allocations fail" inject 25
fio_verify "raw node, qd 16: every buf completes once, its data verified" /tmp/nm_raw 8M 4k-128k 16
n1=$(injected)
echo "# $n1 KM_NOSLEEP allocations failed"
check "the raw node's packets met failed allocations ($n1)" [ "$n1" -gt 0 ]
fio_verify "block node, qd 16: every buf completes once, its data verified" /tmp/nm_blk 8M 4k-128k 16
# Depth 1: never a packet of sdisk's in transport to free resources; only
# its restart timer brings it back after a failure.
fio_verify "raw node, qd 1 (restart timer, no callback): data verified" /tmp/nm_raw 2M 4k-128k 1
n2=$(injected)
check "the block node and qd 1 met failed allocations too ($n1 -> $n2)" [ "$n2" -gt "$n1" ]

inject_off
check "injection off: sdisk's raw node reads" dd if=$D/0:a,raw of=/dev/null bs=64k count=16
check "rmmod sdisk" rmmod sdisk

# Every KM_NOSLEEP allocation fails: KM_SLEEP ones (USCSICMD's
# SLEEP_FUNC packets) do not.
check "modprobe spt" modprobe spt
wait_until 10 test -c /dev/scsa/spt/0:direct
inject 100
ok=0
i=0
while [ $i -lt 20 ]; do
	if scsicmd /dev/scsa/spt/0:direct inquiry > /tmp/nm_sc.out 2>&1; then
		ok=$((ok + 1))
	elif [ $ok = $i ]; then
		sed 's/^/# /' /tmp/nm_sc.out | head -5
	fi
	i=$((i + 1))
done
check "every KM_NOSLEEP allocation failing: 20 of 20 USCSICMD INQUIRYs succeed ($ok)" [ $ok = 20 ]
inject_off
check "rmmod spt" rmmod spt
