#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Observability: the scsa tracepoints (lx/scsa_events.h) through tracefs,
# counted against a known number of I/Os (sdisk's raw and block nodes,
# spt's USCSICMD with a copy buffer and with a CHECK CONDITION); an SDT
# probe of tdrv (DTRACE_PROBE3) seen with its arguments, and not seen
# while its event is off; a dynamic-debug message enabled and seen.

. /selftests/lib.sh
ksft_main "$@"

T=/sys/kernel/tracing
D=/dev/scsa/sdisk
N=16		# I/Os of each kind
NCOST=1000	# reads timed with the events off and on
[ -n "$scsa_debug_kernel" ] && NCOST=100

# Progress in the kernel log, whose timestamps place a stall.
mark() { echo "41-trace: $*" > /dev/kmsg; }
[ -d $T/events ] || mount -t tracefs nodev $T 2> /dev/null
# Not record-cmd: with it every event enabled or disabled below also
# registers or drops tracefs's probe on sched_switch, and so patches
# __schedule(), which the other CPU is running, with int3 (text_poke_bp).
# Under TCG that has hung the guest there (6.1 debug: CPU 0 looping in
# kprobe_int3_handler at __schedule+0x449 until the RCU stall) and oopsed
# it ("Oops: int3", 6.12).  Our own events patch only scsa_compat's sites.
rec=$(cat $T/options/record-cmd 2> /dev/null)
echo 0 > $T/options/record-cmd

check "tracefs: events/scsa/" [ -d $T/events/scsa ]
missing=
for e in scsa_init_pkt scsa_transport scsa_complete scsa_callback scsa_bounce \
	scsa_blk_strategy scsa_blk_done scsa_sdt; do
	[ -r $T/events/scsa/$e/format ] || missing="$missing $e"
done
check "the eight scsa events${missing:+ (missing:$missing)}" [ -z "$missing" ]

# trace_on EVENT...: an empty buffer, only these events.  trace_off FILE:
# all off, the buffer into FILE.
trace_on() {
	echo 0 > $T/tracing_on
	echo 0 > $T/events/enable
	for e in "$@"; do echo 1 > "$T/events/scsa/$e/enable"; done
	echo > $T/trace
	echo 1 > $T/tracing_on
}
trace_off() {
	echo 0 > $T/tracing_on
	echo 0 > $T/events/scsa/enable
	grep -v '^#' $T/trace > "$1"
}

# Reads the trace on standard input and prints, for each expected command
# (LBA BLOCKS lines in the file EXP, read commands only), how its events
# went: "transport=C", "complete=C" (status 0, resid 0, reason 0), "bad
# LINE" for a completion of one of them that was not clean.  The CDB is
# READ(10) or READ(16), whichever sdisk chose.
read_events() {	# read_events EXP
	awk -v expf="$1" '
	function hex(s,   i, v) {
		v = 0
		for (i = 1; i <= length(s); i++)
			v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
		return v
	}
	function val(k,   i) {
		for (i = 1; i <= NF; i++)
			if (index($i, k "=") == 1)
				return substr($i, length(k) + 2)
		return ""
	}
	BEGIN { while ((getline l < expf) > 0) want[l] = 1 }
	/ scsa_transport: / {
		c = index($0, "cdb=")
		n = split(substr($0, c + 4), b, " ")
		if (b[1] == "28" && n >= 10) {
			lba = hex(b[3] b[4] b[5] b[6]); cnt = hex(b[8] b[9])
		} else if (b[1] == "88" && n >= 16) {
			lba = hex(b[3] b[4] b[5] b[6] b[7] b[8] b[9] b[10])
			cnt = hex(b[11] b[12] b[13] b[14])
		} else
			next
		if ((lba " " cnt) in want) {
			transport++
			pending[val("pkt")] = 1
			delete want[lba " " cnt]
		}
	}
	/ scsa_complete: / {
		p = val("pkt")
		if (!(p in pending))
			next
		delete pending[p]
		if (val("status") == "0" && val("resid") == "0" && val("reason") == "0")
			complete++
		else
			print "bad " $0
	}
	END { print "transport=" transport + 0; print "complete=" complete + 0 }'
}

mark "raw reads"
# Part 1: N raw reads of 4 KiB through sdisk (one packet each).
lsmod | grep -q '^scsa_hba ' || modprobe scsa_hba
check "modprobe sdisk" modprobe sdisk
R0=$D/0:a,raw
B0=$D/0:a
wait_until 10 test -c $R0
: > /tmp/exp
i=0
while [ $i -lt $N ]; do
	echo "$(((100 + i) * 8)) 8" >> /tmp/exp
	i=$((i + 1))
done
trace_on scsa_init_pkt scsa_transport scsa_complete scsa_callback
dd if=$R0 of=/dev/null bs=4k skip=100 count=$N 2> /dev/null
trace_off /tmp/tr.raw
read_events /tmp/exp < /tmp/tr.raw > /tmp/ev.raw
sed 's/^/# /' /tmp/ev.raw
echo "# first events: "
grep -m 4 scsa_ /tmp/tr.raw | sed 's/^/# /'
check "raw reads: $N scsa_transport events with their READ CDBs" \
	[ "$(kv transport < /tmp/ev.raw)" = $N ]
check "raw reads: $N scsa_complete events of those packets, status 0, resid 0, reason 0" \
	[ "$(kv complete < /tmp/ev.raw)" = $N ]
check "raw reads: $N scsa_init_pkt events of 4 KiB, one window of 4 KiB, cookies, no copy buffer" \
	[ "$(grep ' scsa_init_pkt: ' /tmp/tr.raw | grep ' bcount=4096 ' | grep ' win_len=4096 ' |
		grep -v ' cookies=0 ' | grep -c ' copybuf=0 ')" = $N ]
check "raw reads: $N scsa_callback events of sdisk's pkt_comp" \
	[ "$(grep ' scsa_callback: ' /tmp/tr.raw | grep -c ' func=sdisk')" = $N ]

mark "block node reads"
# Part 2: N direct reads of 4 KiB through the block node.
trace_on scsa_blk_strategy scsa_blk_done scsa_transport
dd if=$B0 of=/dev/null bs=4k skip=200 count=$N iflag=direct 2> /dev/null
trace_off /tmp/tr.blk
grep -m 2 scsa_blk /tmp/tr.blk | sed 's/^/# /'
s=0
i=0
while [ $i -lt $N ]; do
	grep -q " scsa_blk_strategy: .* read blkno=$(((200 + i) * 8)) bytes=4096\$" /tmp/tr.blk &&
		s=$((s + 1))
	i=$((i + 1))
done
check "block node: $N scsa_blk_strategy events, one per 4 KiB read, at their blocks" [ $s = $N ]
check "block node: $N scsa_blk_done events with err 0, resid 0" \
	[ "$(grep ' scsa_blk_done: ' /tmp/tr.blk | grep -c ' err=0 resid=0$')" = $N ]
check "block node: its requests reach the HBA (scsa_transport)" \
	[ "$(grep -c ' scsa_transport: ' /tmp/tr.blk)" -ge $N ]

# Off means off: nothing is recorded with the events disabled.
echo > $T/trace
echo 1 > $T/tracing_on
dd if=$R0 of=/dev/null bs=4k skip=100 count=$N 2> /dev/null
echo 0 > $T/tracing_on
check "events disabled: nothing recorded" [ -z "$(grep -v '^#' $T/trace)" ]

# What tracing costs, for the log only (TCG timings): NCOST raw reads of
# 512 bytes with the events off, then with all of them on.
mark "cost"

uptime_cs() { tr -d . < /proc/uptime | cut -d' ' -f1; }
t0=$(uptime_cs)
dd if=$R0 of=/dev/null bs=512 count=$NCOST 2> /dev/null
t1=$(uptime_cs)
trace_on scsa_init_pkt scsa_transport scsa_complete scsa_callback scsa_bounce
t2=$(uptime_cs)
dd if=$R0 of=/dev/null bs=512 count=$NCOST 2> /dev/null
t3=$(uptime_cs)
trace_off /tmp/tr.cost
echo "# $NCOST raw reads: $(((t1 - t0) * 10)) ms with the events off," \
	"$(((t3 - t2) * 10)) ms with them on ($(grep -c ' scsa_' /tmp/tr.cost) events)"
check "rmmod sdisk" rmmod sdisk

mark "spt"
# Part 3: spt, USCSICMD: a copy buffer (a buffer at an odd address), and
# a CHECK CONDITION with its auto request sense.
if modprobe spt && wait_until 10 test -c /dev/scsa/spt/0:direct; then
	dev=/dev/scsa/spt/0:direct
	blocks=$(( $(cat /sys/module/scsi_debug/parameters/dev_size_mb) * 2048 ))
	trace_on scsa_init_pkt scsa_bounce scsa_transport scsa_complete
	scsicmd -a 1 "$dev" read 3000 1 -b 512 > /dev/null 2>&1
	scsicmd "$dev" read $((blocks + 100)) 1 -b 512 > /dev/null 2>&1
	trace_off /tmp/tr.spt
	grep -E 'scsa_(bounce|complete)' /tmp/tr.spt | sed 's/^/# /'
	check "odd-address read: scsa_init_pkt with a copy buffer" \
		grep -q ' scsa_init_pkt: .* bcount=512 .* copybuf=1 ' /tmp/tr.spt
	check "odd-address read: one scsa_bounce to_cpu of 512 bytes" \
		[ "$(grep -c ' scsa_bounce: .* to_cpu len=512 ' /tmp/tr.spt)" = 1 ]
	check "read beyond the end: scsa_complete with CHECK CONDITION, ILLEGAL REQUEST, LBA out of range" \
		grep -q ' scsa_complete: .* opcode=0x[28]8 .* status=2 .* key=5 asc=33 ascq=0$' /tmp/tr.spt
	check "rmmod spt" rmmod spt
else
	echo "not ok - modprobe spt and its node"
	rmmod spt 2> /dev/null
fi

mark "sdt and dynamic debug"
# Part 4: tdrv's SDT probe tdrv-strategy (offset, bytes, read), and a
# dynamic-debug message of lx/cdev.c when tdrv makes its nodes.
rmmod tdrv 2> /dev/null
check "modprobe tnex" modprobe tnex
# Debian's kernels have CONFIG_DYNAMIC_DEBUG; the debug kernel does not.
ctl=
[ -w /proc/dynamic_debug/control ] && ctl=/proc/dynamic_debug/control
[ -w /sys/kernel/debug/dynamic_debug/control ] && ctl=/sys/kernel/debug/dynamic_debug/control
if [ -n "$ctl" ]; then
	check "dynamic debug: scsa_compat's and scsa_hba's pr_debug sites listed" \
		sh -c "grep -q '\[scsa_compat\]' $ctl && grep -q '\[scsa_hba\]' $ctl"
	echo 'module scsa_compat func scsa_lx_node_create +p' > $ctl
fi
check "modprobe tdrv aliases=tdrv-node" modprobe tdrv aliases=tdrv-node
if [ -n "$ctl" ]; then
	echo 'module scsa_compat func scsa_lx_node_create -p' > $ctl
	check "dynamic debug: node creation reported once enabled" \
		sh -c 'dmesg | grep -q "scsa_compat: /dev/scsa/tdrv/0:ctl created, dev "'
else
	echo "ok - dynamic debug # SKIP kernel without CONFIG_DYNAMIC_DEBUG"
fi
check "SDT: a filter on the probe's name is accepted" \
	sh -c "echo 'name == \"tdrv-strategy\"' > $T/events/scsa/scsa_sdt/filter"
trace_on scsa_sdt
dd if=/dev/scsa/tdrv/0:ctl of=/dev/null bs=512 skip=3 count=1 2> /dev/null
trace_off /tmp/tr.sdt
sed 's/^/# /' /tmp/tr.sdt
check "SDT: tdrv-strategy seen in tdrv.ko with offset 1536, 512 bytes, read" \
	grep -q ' scsa_sdt: tdrv-strategy at tdrv_strategy+0x[0-9a-f]*/0x[0-9a-f]* \[tdrv\] arg0=0x600 arg1=0x200 arg2=0x1 arg3=0x0$' \
	/tmp/tr.sdt
echo > $T/trace
echo 1 > $T/tracing_on
dd if=/dev/scsa/tdrv/0:ctl of=/dev/null bs=512 skip=3 count=1 2> /dev/null
echo 0 > $T/tracing_on
check "SDT: nothing recorded with scsa_sdt off" [ -z "$(grep -v '^#' $T/trace)" ]
echo 0 > $T/events/scsa/scsa_sdt/filter
check "rmmod tdrv" rmmod tdrv
check "rmmod tnex" rmmod tnex
[ -z "$rec" ] || echo "$rec" > $T/options/record-cmd
