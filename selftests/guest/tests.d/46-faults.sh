#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Faults under I/O, on sdisk's raw node of a scsi_debug LUN: device,
# target and host resets from user space (sg_reset, through the LUN's sg
# node: Linux resets only from its error handler or for SG_SCSI_RESET), and
# TASK SET FULL from a device whose queue is full.  fio verifies every
# block written while they happen; sdisk's error kstats count what it saw;
# nothing hangs.  Leaves sdisk unloaded and scsa_hba loaded.

. /selftests/lib.sh
ksft_main "$@"

D=/dev/scsa/sdisk
SDEBUG=/sys/bus/pseudo/drivers/scsi_debug

# The sg node of the LUN H:C:T:L.
sg_of() {
	for s in /sys/bus/scsi/devices/"$1"/scsi_generic/sg*; do
		[ -e "$s" ] && echo "/dev/$(basename "$s")" && return
	done
}

# fio_bg FILE [LOOPS]: random writes with crc32c, verified, in the
# background ($fpid).
fio_bg() {
	fio --name=f --filename="$1" --size=24M --bsrange=4k-128k --iodepth=16 \
		--ioengine=io_uring --direct=1 --iomem_align=4096 --rw=randwrite \
		--verify=crc32c --verify_fatal=1 --do_verify=1 --randrepeat=0 \
		--loops="${2:-2}" > /tmp/fio.out 2>&1 &
	fpid=$!
}

fio_wait() {	# fio_wait DESCRIPTION
	if wait "$fpid"; then
		echo "ok - $1"
	else
		grep -iE 'verify|error|err=|fio:|bad' /tmp/fio.out | head -10 | sed 's/^/# /'
		echo "not ok - $1"
	fi
}

lsmod | grep -q '^scsa_hba ' || modprobe scsa_hba
check "modprobe sdisk" modprobe sdisk
hctl=$(scsa_hctl sdisk 0)
sg=$(sg_of "$hctl")
echo "# sdisk instance 0 on $hctl, sg node ${sg:-none}"
ln -sf $D/0:a,raw /tmp/r0

if [ -n "$sg" ] && command -v sg_reset > /dev/null; then
	u0=$(kstat_val "sdiskerr:0:sdisk0,err:Unit Attention")
	# Loops enough to outlast the resets on a fast host.
	fio_bg /tmp/r0 6
	sleep 2
	for how in -d -t -H; do
		run="fio done"
		kill -0 "$fpid" 2> /dev/null && run="under fio"
		sg_reset $how "$sg" > /tmp/reset.out 2>&1
		echo "# sg_reset $how $sg ($run): $?"
		sleep 1
	done
	fio_wait "fio crc32c verifies across device, target and host resets"
	# fio may have ended before a reset (a fast host): the unit attention
	# then waits in scsi_debug for the LUN's next command, which is this.
	dd if=/tmp/r0 of=/dev/null bs=4k count=1 2> /dev/null
	u1=$(kstat_val "sdiskerr:0:sdisk0,err:Unit Attention")
	check "the resets' unit attentions reached sdisk and were retried ($u0 -> $u1)" \
		[ "$u1" -gt "$u0" ]
else
	echo "ok - resets under I/O # SKIP no sg node or no sg_reset"
fi

# A full queue: scsi_debug answers TASK SET FULL beyond max_queue commands.
# 6.12's scsi_debug refuses to change max_queue while it has a host (EBUSY).
mq=$(cat $SDEBUG/max_queue 2>/dev/null)
if [ -n "$mq" ] && echo 2 > $SDEBUG/max_queue 2> /dev/null; then
	b0=$(kstat_val "sdiskerr:0:sdisk0,err:Busy")
	r0=$(kstat_val "sdiskerr:0:sdisk0,err:Retries")
	fio_bg /tmp/r0
	fio_wait "fio crc32c verifies with TASK SET FULL beyond 2 commands"
	echo "$mq" > $SDEBUG/max_queue
	b1=$(kstat_val "sdiskerr:0:sdisk0,err:Busy")
	r1=$(kstat_val "sdiskerr:0:sdisk0,err:Retries")
	echo "# Busy $b0 -> $b1, Retries $r0 -> $r1"
	check "TASK SET FULL counted and retried by sdisk" \
		[ $((b1 + r1)) -gt $((b0 + r0)) ]
else
	why="scsi_debug's max_queue cannot be changed here (6.12: EBUSY while a host exists)"
	echo "ok - fio crc32c verifies with TASK SET FULL beyond 2 commands # SKIP $why"
	echo "ok - TASK SET FULL counted and retried by sdisk # SKIP $why"
fi

check "rmmod sdisk" rmmod sdisk
