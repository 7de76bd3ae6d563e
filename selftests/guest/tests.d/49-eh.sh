#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Linux's error handler under SCSA I/O, on sdisk's raw node of a scsi_debug
# LUN (sdisk-io-time=3, so that a lost command costs seconds, not a minute):
#
# 1. Commands that never complete (scsi_debug ignores every Nth command,
#    opts=4): the midlayer times them out and aborts them, the packets end
#    with CMD_TIMEOUT, sdisk retries them, and fio verifies every block.
# 2. 6.12's per-device error injection (debugfs scsi_debug/H:C:T:L/error,
#    from 6.7), which 6.1's scsi_debug lacks:
#    - BUSY and TASK SET FULL answers to WRITE(10): Linux's midlayer
#      requeues such a command itself, for pass-through requests too
#      (scsi_decide_disposition: ADD_TO_MLQUEUE), within the command's
#      time budget, so the packet completes GOOD and sdisk never sees
#      them, unlike on illumos where the HBA returns the status;
#    - a READ(10) that times out and whose abort fails: the error handler
#      resets the LUN, and the read returns the data;
#    - a device that answers nothing, whose aborts and LUN and target
#      resets fail: the handler escalates to bus and host resets, then
#      takes the device offline; sdisk's reads fail (CMD_DEV_GONE) in
#      bounded time; set running again, the LUN serves the data written
#      before.
# Leaves sdisk unloaded and scsa_hba loaded.

. /selftests/lib.sh
ksft_main "$@"

D=/dev/scsa/sdisk
SDEBUG=/sys/bus/pseudo/drivers/scsi_debug
DBG=/sys/kernel/debug/scsi_debug

lsmod | grep -q '^scsa_hba ' || modprobe scsa_hba
check "modprobe sdisk conf=sdisk-io-time=3;" modprobe sdisk "conf=sdisk-io-time=3;"
# shellcheck disable=SC2046
set -- $(sdebug_luns)
l0=$1
check "sdisk on scsi_debug LUN $l0" wait_until 10 sdisk_on "$l0"
i0=$(scsa_inst sdisk "$l0")
# fio takes ':' as a separator of file names.
ln -sf "$D/$i0:a,raw" /tmp/eh.raw
R=/tmp/eh.raw
K="sdiskerr:$i0:sdisk$i0,err"
echo "# sdisk instance $i0 on $l0"
echo 10 > /sys/bus/scsi/devices/"$l0"/eh_timeout 2> /dev/null

# What was written before the faults, read back after each.
dd if=/dev/urandom of=/tmp/eh.pat bs=64k count=16 2> /dev/null
check "1 MiB written at 32 MiB before the faults" \
	dd if=/tmp/eh.pat of="$R" bs=64k seek=512 oflag=direct 2> /dev/null
verify() {	# verify: the 1 MiB at 32 MiB is the pattern
	dd if="$R" bs=64k skip=512 count=16 iflag=direct 2> /dev/null |
		cmp -s - /tmp/eh.pat
}

# scsi_debug counts commands (for every_nth) only with statistics on, and
# logs its resets (RESET_NOISE, 0x2000); "resets" counts them in the log.
echo 1 > $SDEBUG/statistics
resets() {	# resets FUNCTION: scsi_debug_{abort,device_reset,target_reset,...}
	dmesg | grep -c "$1\$"
}

# 1. Timeouts.
t0=$(kstat_val "$K:Transport Errors")
tmo0=$(cat /sys/bus/scsi/devices/"$l0"/iotmo_cnt)
echo 100 > $SDEBUG/every_nth
echo 0x2004 > $SDEBUG/opts
if fio --name=f --filename="$R" --size=8M --bsrange=4k-64k --iodepth=8 \
	--ioengine=io_uring --direct=1 --iomem_align=4096 --rw=randwrite \
	--verify=crc32c --verify_fatal=1 --do_verify=1 --randrepeat=0 \
	> /tmp/fio.out 2>&1; then
	fio_ok=1
else
	fio_ok=
fi
tmo1=$(cat /sys/bus/scsi/devices/"$l0"/iotmo_cnt)
echo 0x2000 > $SDEBUG/opts
echo 0 > $SDEBUG/every_nth
[ -n "$fio_ok" ] || grep -iE 'verify|err' /tmp/fio.out | head -5 | sed 's/^/# /'
check "fio crc32c verifies while every 100th command times out" [ -n "$fio_ok" ]
t1=$(kstat_val "$K:Transport Errors")
echo "# Transport Errors $t0 -> $t1, midlayer timeouts $tmo0 -> $tmo1"
check "the midlayer timed commands out" [ $((tmo1)) -gt $((tmo0)) ]
check "the timeouts reached sdisk as transport errors and were retried" [ "$t1" -gt "$t0" ]
check "the data written before verifies" verify

# ---- 6.12's error injection ----
[ -d $DBG ] || mount -t debugfs none /sys/kernel/debug 2> /dev/null
E=$DBG/$l0/error
if [ ! -w "$E" ]; then
	skip_checks "scsi_debug has no per-device error injection in this kernel (from 6.7)" \
		"/^# ---- 6.12's error injection/"
	echo 0 > $SDEBUG/opts
	echo 0 > $SDEBUG/statistics
	rmmod sdisk
	exit 0
fi
target=$(basename "$(readlink -f /sys/bus/scsi/devices/"$l0"/..)")
TF=$DBG/$target/fail_reset

# BUSY (0x08) and TASK SET FULL (0x28), five times each, to WRITE(10).
for st in 08 28; do
	echo "2 -5 0x2a 0 0 0x$st 0 0 0" > "$E"
	dd if=/tmp/eh.pat of="$R" bs=64k seek=512 oflag=direct 2> /dev/null
	echo "dd $?" > /tmp/eh.rc.$st
	awk '$1 == 2 && $3 == "0x2a" { print $2 }' "$E" > /tmp/eh.left.$st
	echo "- 2 0x2a" > "$E" 2> /dev/null
done
check "a write answered BUSY 5 times succeeds" grep -qx "dd 0" /tmp/eh.rc.08
check "the 5 BUSY answers were given" grep -qx 0 /tmp/eh.left.08
check "a write answered TASK SET FULL 5 times succeeds" grep -qx "dd 0" /tmp/eh.rc.28
check "the 5 TASK SET FULL answers were given" grep -qx 0 /tmp/eh.left.28
check "the data verifies" verify

# A read that times out once, and its abort fails: a LUN reset.
r0=$(resets scsi_debug_device_reset)
t0=$(kstat_val "$K:Transport Errors")
echo "0 -1 0x28" > "$E"
echo "3 -1 0x28" > "$E"
check "a read whose abort fails returns the data after a LUN reset" verify
echo "- 0 0x28" > "$E" 2> /dev/null
echo "- 3 0x28" > "$E" 2> /dev/null
r1=$(resets scsi_debug_device_reset)
t1=$(kstat_val "$K:Transport Errors")
echo "# LUN resets $r0 -> $r1; Transport Errors $t0 -> $t1"
check "the error handler reset the LUN" [ "$r1" -gt "$r0" ]
check "sdisk saw the timed-out read and retried it" [ "$t1" -gt "$t0" ]

# A device that answers nothing and cannot be reset: escalation to offline.
echo 2 > /sys/bus/scsi/devices/"$l0"/eh_timeout
echo "0 1 0xff" > "$E"
echo "3 1 0xff" > "$E"
echo "4 1 0xff" > "$E"
echo Y > "$TF"
r0=$(resets scsi_debug_host_reset)
start=$(date +%s)
dd if="$R" of=/dev/null bs=64k count=1 iflag=direct 2> /tmp/eh.err &
rd=$!
check "the read ends, with the device offline" wait_until 150 sh -c "! kill -0 $rd 2> /dev/null"
if wait $rd; then rrc=0; else rrc=1; fi
echo "# read ended after $(($(date +%s) - start)) s: $(head -1 /tmp/eh.err)"
r1=$(resets scsi_debug_host_reset)
echo "# host resets $r0 -> $r1; $(dmesg | grep -cE 'scsi_debug_(target|bus)_reset$') target and bus resets in all"
check "the read failed" [ $rrc -ne 0 ]
check "the error handler escalated to a host reset" [ "$r1" -gt "$r0" ]
check "the error handler took the device offline" \
	grep -qx offline /sys/bus/scsi/devices/"$l0"/state
check "a read of the offline device fails at once" \
	not dd if="$R" of=/dev/null bs=64k count=1 iflag=direct 2> /dev/null
for t in 0 3 4; do echo "- $t 0xff" > "$E" 2> /dev/null; done
echo N > "$TF"
echo running > /sys/bus/scsi/devices/"$l0"/state
echo 10 > /sys/bus/scsi/devices/"$l0"/eh_timeout
check "set running again, the LUN serves the data written before" verify

echo 0 > $SDEBUG/opts
echo 0 > $SDEBUG/statistics
check "rmmod sdisk" rmmod sdisk
