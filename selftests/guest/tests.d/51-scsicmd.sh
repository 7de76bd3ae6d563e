#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# scsicmd's exit statuses, sg3_utils's convention (tools/scsicmd/scsicmd.8),
# on an spt node of a scsi_debug LUN made to fail in known ways: NOT READY
# (stopped), MEDIUM ERROR (opts=2), ILLEGAL REQUEST (three kinds), UNIT
# ATTENTION (capacity changed), a timeout (opts=4), errnos and file errors;
# and its options: long ones, --version, --help, bad ones.  Loads spt (and
# scsa_hba if no earlier test did) and unloads spt; leaves scsi_debug's
# knobs as it found them.

. /selftests/lib.sh
ksft_main "$@"

sdebug=/sys/bus/pseudo/drivers/scsi_debug

lsmod | grep -q '^scsa_hba ' || modprobe scsa_hba
check "modprobe spt" modprobe spt
dev=
i=0
while [ $i -lt 50 ] && [ -z "$dev" ]; do
	for n in /dev/scsa/spt/0:*; do
		[ -c "$n" ] && dev=$n
	done
	[ -n "$dev" ] || sleep 0.1
	i=$((i + 1))
done
if [ -z "$dev" ]; then
	echo "not ok - spt node /dev/scsa/spt/0:*"
	rmmod spt 2> /dev/null
	exit 0
fi
blocks=$(( $(cat /sys/module/scsi_debug/parameters/dev_size_mb) * 2048 ))

# ready: TEST UNIT READY until GOOD (pending unit attentions consumed).
ready() {
	r=0
	until scsicmd -s "$dev" tur > /dev/null 2>&1 || [ $r -ge 10 ]; do
		r=$((r + 1))
	done
}

# expect STATUS DESCRIPTION SCSICMD-ARGS...: scsicmd exits with STATUS.
expect() {
	want=$1 what=$2
	shift 2
	scsicmd "$@" > /tmp/sc.out 2> /tmp/sc.err
	got=$?
	sed 's/^/# /' /tmp/sc.err | head -n 4
	check "$what: exit $want (got $got)" [ "$got" -eq "$want" ]
}

ready

# Options.
want=$(cat /selftests/version 2>/dev/null)
check "scsicmd --version: scsicmd $want" \
	sh -c "[ \"\$(scsicmd --version)\" = 'scsicmd $want' ] && [ -n '$want' ]"
check "scsicmd -V is --version" sh -c "[ \"\$(scsicmd -V)\" = \"\$(scsicmd --version)\" ]"
check "scsicmd --help: usage on stdout, exit 0" \
	sh -c "scsicmd --help | grep -q '^usage: scsicmd'"
expect 1 "a bad option (--bogus)" --bogus "$dev" tur
expect 1 "a bad short option (-Z)" -Z "$dev" tur
expect 1 "--timeout without its value" "$dev" --timeout
expect 1 "an unknown command" "$dev" frobnicate
expect 1 "a bad LBA" "$dev" read 12x 1
expect 31 "contradicting options (raw -i with -r)" "$dev" raw -r 4 -i /dev/null 12 00 00 00 04 00
check "long options: --silent --timeout=10 inquiry --page 0x80" \
	sh -c "scsicmd --silent --timeout=10 '$dev' inquiry --page 0x80 | grep -q '^Unit serial number: '"
check "long options: readcap --long" \
	sh -c "scsicmd '$dev' readcap --long | grep -q '^Blocks: *$blocks '"
check "long options: raw --read 36 --output FILE" \
	sh -c "scsicmd '$dev' raw --read 36 --output /tmp/inq36 12 00 00 00 24 00 > /dev/null &&
	       [ \$(wc -c < /tmp/inq36) -eq 36 ]"

# Errors before the device sees anything.
expect 15 "a missing node (file error)" /dev/scsa/spt/nonexistent tur
expect 75 "a node without USCSICMD (50 + ENOTTY)" /dev/null tur
expect 15 "an unreadable input file" "$dev" write 0 1 -b 512 -i /nonexistent

# ILLEGAL REQUEST: three exit statuses by ASC.
expect 9 "ILLEGAL REQUEST, invalid opcode (raw ff)" -s "$dev" raw ff 00 00 00 00 00
expect 22 "ILLEGAL REQUEST, LBA out of range (read at $blocks)" -s "$dev" read "$blocks" 1
check "  ... its sense decoded" grep -q 'ASC 0x21 ASCQ 0x00' /tmp/sc.err
expect 5 "ILLEGAL REQUEST, invalid field in CDB (INQUIRY with CMDDT)" \
	-s "$dev" raw -r 36 12 02 00 00 24 00
check "  ... its sense decoded" grep -q 'ILLEGAL REQUEST, ASC 0x24' /tmp/sc.err

# NOT READY: scsi_debug stopped by START STOP UNIT, then started again.
check "START STOP UNIT (stop)" scsicmd -s "$dev" raw 1b 00 00 00 00 00
expect 2 "NOT READY after a stop (tur)" -s "$dev" tur
check "  ... its sense decoded" grep -q 'sense key 0x2 NOT READY' /tmp/sc.err
check "START STOP UNIT (start)" scsicmd -s "$dev" raw 1b 00 00 00 01 00
ready
expect 0 "GOOD once started (tur)" "$dev" tur

# MEDIUM ERROR: scsi_debug's opts=2 fails reads at its medium_error_start.
if [ -w "$sdebug/opts" ]; then
	mstart=$(cat /sys/module/scsi_debug/parameters/medium_error_start 2>/dev/null)
	mstart=${mstart:-4660}
	echo 2 > "$sdebug/opts"
	expect 3 "MEDIUM ERROR (opts=2, read at LBA $mstart)" -s "$dev" read "$mstart" 1 -b 512
	echo 0 > "$sdebug/opts"
	check "  ... its sense decoded" grep -q 'sense key 0x3 MEDIUM ERROR' /tmp/sc.err
	expect 0 "the same read without the fault" "$dev" read "$mstart" 1 -b 512
else
	echo "ok - MEDIUM ERROR # SKIP scsi_debug has no writable opts"
fi

# UNIT ATTENTION: capacity data has changed, after a change of virtual_gb.
if [ -w "$sdebug/virtual_gb" ]; then
	vg=$(cat "$sdebug/virtual_gb")
	echo 1 > "$sdebug/virtual_gb"
	echo "$vg" > "$sdebug/virtual_gb"
	expect 6 "UNIT ATTENTION (capacity changed)" -s "$dev" tur
	check "  ... its sense decoded" grep -q 'sense key 0x6 UNIT ATTENTION' /tmp/sc.err
	ready
else
	echo "ok - UNIT ATTENTION # SKIP scsi_debug has no writable virtual_gb"
fi

# A timeout: scsi_debug drops every command (opts=4, every_nth=1) while one
# TEST UNIT READY with -t 2 runs; Linux's error handler aborts it.
if [ -w "$sdebug/opts" ] && [ -w "$sdebug/every_nth" ]; then
	echo 1 > "$sdebug/every_nth"
	echo 4 > "$sdebug/opts"
	expect 33 "a dropped command with -t 2 (timeout)" -s -t 2 "$dev" tur
	echo 0 > "$sdebug/opts"
	echo 0 > "$sdebug/every_nth"
	ready
	expect 0 "the device answers again" "$dev" tur
else
	echo "ok - timeout # SKIP scsi_debug has no writable opts"
fi

check "rmmod spt" rmmod spt
