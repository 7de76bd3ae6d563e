#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The benchmarks, in one guest (tools/bench boots it and digests the output).
# Every measurement is a line
#	BENCH key=value ...
# and every fio run's own result, fio's JSON (--output-format=json+) on one
# line, comes before the BENCH line that names it (fio=N):
#	BENCHFIO N {...}
# tools/bench keeps them in build/bench/RUN.fio/N.json; tools/bench-report
# reads IOPS, bandwidth and the I/O count from there.
# and every comparison alternates ours and Linux's own driver on the same
# LUN, round after round, so that drift in the emulator hits both alike:
#	disk:  sdisk (our illumos-style disk driver)  vs  sd
#	bio:   sdisk with bio-based block nodes        vs  sd
#	       (scsa_compat's blk_bio=1: no blk-mq request in front of strategy(9E))
#	isd:   illumos sd, built unchanged             vs  sd   (when built)
#	pt:    USCSICMD on spt (our pass-through)      vs  SG_IO on sg
# on a scsi_debug LUN (delay=0: the software path) and a virtio-scsi disk.
# Both drivers stay attached to the LUN; only one of them is driven at a
# time, and neither carries a file system.
#
# Kernel command line knobs: scsa.bench_rt=SECONDS per run (default 5),
# scsa.bench_rounds=N (default 3), scsa.bench_only=disk,bio,isd,pt,scale,mem
# (depth, not run by default: sd's node and sdisk's block and raw nodes at
# depth 32 with libaio and io_uring, and the depth reaching the LLD;
# profile, not run by default: where the CPU goes, perf sampling the
# whole guest during 4 KiB random reads at depth 32, sd then sdisk;
# stages, not run by default either: ftrace's view of one I/O, stage by
# stage, at depth 1 on the scsi_debug LUN, sd then sdisk; ptstages, the
# same for one USCSICMD against one SG_IO).

rt=5
rounds=3
only=disk,bio,isd,pt,scale,mem
for arg in $(cat /proc/cmdline); do
	case "$arg" in
	scsa.bench_rt=*) rt=${arg#*=} ;;
	scsa.bench_rounds=*) rounds=${arg#*=} ;;
	scsa.bench_only=*) only=${arg#*=} ;;
	esac
done
want() { case ",$only," in *",$1,"*) return 0 ;; esac; return 1; }

say() { echo "# $*"; }
die() { echo "BENCH error=\"$*\""; exit 1; }

# CPU time spent by the whole guest (all CPUs, jiffies, not idle or iowait).
busy() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
hz=100

# The H:C:T:L of the first scsi_debug LUN and of QEMU's second disk.
sdebug_lun() {
	for d in /sys/bus/pseudo/drivers/scsi_debug/adapter0/host*/target*/*:*:*:*; do
		[ -e "$d/type" ] && basename "$d" && return
	done
}
virtio_lun() {
	for d in /sys/bus/scsi/devices/*:0:1:0; do
		case "$(cat "$d/vendor" 2>/dev/null)" in QEMU*) basename "$d"; return ;; esac
	done
}
linux_disk() { echo "/dev/$(ls "/sys/bus/scsi/devices/$1/block")"; }
linux_sg() { echo "/dev/$(ls "/sys/bus/scsi/devices/$1/scsi_generic")"; }

. /selftests/lib.sh

# fio_json FIO-ARGS...: one fio run, its JSON sent as a BENCHFIO line (on
# stderr: callers capture stdout); prints "fio=N", or "fio=0 failed=1".
# (The count is kept in a file: callers run this in $(...) subshells.)
echo 0 > /tmp/fio.n
fio_json() {
	fio_n=$(($(cat /tmp/fio.n) + 1))
	echo "$fio_n" > /tmp/fio.n
	rm -f /tmp/fio.json
	fio --output-format=json+ --output=/tmp/fio.json "$@" 2>/tmp/fio.err
	[ -s /tmp/fio.err ] && sed 's/^/# fio: /' /tmp/fio.err >&2
	if grep -q '"jobs"' /tmp/fio.json 2>/dev/null; then
		echo "BENCHFIO $fio_n $(tr -d '\n' < /tmp/fio.json)" >&2
		echo "fio=$fio_n"
	else
		echo "fio=0 failed=1"
	fi
}

# fio, one run: prints "fio=N busy=TICKS hz=HZ".  tools/bench-report takes
# IOPS and bandwidth from fio's JSON, and the CPU time per I/O from the
# whole guest's busy ticks over the run divided by the I/Os fio counted.
fio_run() {	# fio_run RW BS QD JOB-ARGS (--name=X --filename=DEV ...)
	rw=$1 bs=$2 qd=$3
	shift 3
	b0=$(busy)
	ref=$(fio_json --direct=1 --ioengine=libaio --rw="$rw" --bs="$bs" --iodepth="$qd" \
		--runtime="$rt" --time_based --norandommap --randrepeat=0 \
		--group_reporting "$@")
	b1=$(busy)
	echo "$ref busy=$((b1 - b0)) hz=$hz"
}

workloads="randread:4k randwrite:4k read:128k write:128k"

bench_disk() {	# bench_disk HBA-NAME H:C:T:L
	name=$1 lun=$2
	inst=$(scsa_inst sdisk "$lun")
	[ -n "$inst" ] || die "sdisk has no instance on $lun"
	# fio takes ':' as a separator of file names.
	ln -sf "/dev/scsa/sdisk/$inst:a" "/tmp/sdisk$inst"
	ours=/tmp/sdisk$inst
	native=$(linux_disk "$lun")
	[ -b "$ours" ] && [ -b "$native" ] || die "no block devices $ours $native"
	echo "BENCH kind=dev hba=$name lun=$lun sdisk=/dev/scsa/sdisk/$inst:a sd=$native"
	say "disk on $name $lun: sdisk $ours vs sd $native"
	r=1
	while [ "$r" -le "$rounds" ]; do
		for w in $workloads; do
			for qd in 1 32; do
				disk_pair "${w%:*}-${w#*:}-qd$qd" "${w%:*}" "${w#*:}" "$qd"
			done
		done
		# Sixteen requests per io_submit(), as writeback, readahead and
		# batching applications send them: the path of a batch.
		disk_pair randread-4k-qd32b16 randread 4k 32 \
			--iodepth_batch_submit=16 --iodepth_batch_complete_min=16
		r=$((r + 1))
	done
}

# Commands in flight at the LLD, sampled every 0.1 s during a run, from
# 0.5 s in (fio's start-up left out): for sd its disk's inflight (Linux
# counts the requests of the disk, never pass-through ones), for sdisk
# hba_glue's count of our pass-through requests on the LUN's queue
# (bench_disk's $native and $lun).  Sets $inflight to "inflight=MEAN",
# and for sdisk "depth_submit=MEAN" too, the depth each submit found
# (hba_glue's samples).
hbastats=/sys/kernel/debug/scsa_hba/stats
inflight_now() {	# inflight_now DRV
	if [ "$1" = sd ]; then
		awk '{ print $1 + $2 }' "/sys/block/${native#/dev/}/inflight"
	else
		awk -v l="$lun" '$1 == "depth" && $2 == l { print $4 }' $hbastats
	fi
}
depth_sums() { awk -v l="$lun" '$1 == "depth" && $2 == l { print $8, $10 }' $hbastats; }
inflight_start() {	# inflight_start DRV
	rm -f /tmp/inflight.stop
	[ "$1" = sdisk ] && depth_sums > /tmp/depth.0
	(
		n=0 s=0
		sleep 0.5
		while [ ! -e /tmp/inflight.stop ]; do
			v=$(inflight_now "$1")
			s=$((s + ${v:-0}))
			n=$((n + 1))
			sleep 0.1
		done
		echo "$n $s" > /tmp/inflight.res
	) &
	inflight_pid=$!
}
inflight_stop() {	# inflight_stop DRV: sets $inflight (not in a subshell: it waits)
	touch /tmp/inflight.stop
	wait $inflight_pid
	inflight=$(awk '{ printf "inflight=%.1f", $1 ? $2 / $1 : 0 }' /tmp/inflight.res)
	[ "$1" = sdisk ] && inflight="$inflight $(depth_sums | cat /tmp/depth.0 - |
		awk 'NR == 1 { n = $1; s = $2 }
		     NR == 2 { printf "depth_submit=%.1f", ($1 > n) ? ($2 - s) / ($1 - n) : 0 }')"
	rm -f /tmp/inflight.res
}

# One workload on sd, then on sdisk (bench_disk's $name, $native, $ours,
# $r; $dkind: disk, or bio when sdisk's block nodes are bio-based).
dkind=disk
disk_pair() {	# disk_pair WL-NAME RW BS QD [fio args]
	wl=$1 rw=$2 bs=$3 qd=$4
	shift 4
	for drv in sd sdisk; do
		dev=$native
		[ $drv = sdisk ] && dev=$ours
		inflight_start $drv
		res=$(fio_run "$rw" "$bs" "$qd" --name=b --filename="$dev" "$@")
		inflight_stop $drv
		res="$res $inflight"
		echo "BENCH kind=$dkind hba=$name wl=$wl drv=$drv round=$r $res"
	done
}

bench_pt() {	# bench_pt HBA-NAME H:C:T:L
	name=$1 lun=$2
	inst=$(scsa_inst spt "$lun")
	[ -n "$inst" ] || die "spt has no instance on $lun"
	ln -sf "$(ls /dev/scsa/spt/"$inst":* | head -1)" "/tmp/spt$inst"
	ours=/tmp/spt$inst
	native=$(linux_sg "$lun")
	blocks=$(cat "/sys/bus/scsi/devices/$lun/block/"*/size)
	say "pass-through on $name $lun: USCSICMD $ours vs SG_IO $native"
	ho=/sys/module/scsa_compat/parameters/handoff
	r=1
	while [ "$r" -le "$rounds" ]; do
		for qd in 1 16; do
			# spt-worker: spt with every completion in hba_glue's
			# worker (scsa_compat handoff=0), for comparison.
			for drv in sg spt spt-worker; do
				dev=$native api=sgio
				[ $drv != sg ] && dev=$ours api=uscsi
				[ $drv = spt-worker ] && { [ -w $ho ] || continue; echo 0 > $ho; }
				h0=$(sed -n 's/^handed //p' $hbastats)
				x0=$(awk '/^ctxt/ { print $2 }' /proc/stat)
				b0=$(busy)
				out=$(ptbench $api "$dev" $qd "$rt" "$blocks")
				b1=$(busy)
				x1=$(awk '/^ctxt/ { print $2 }' /proc/stat)
				h1=$(sed -n 's/^handed //p' $hbastats)
				[ $drv = spt-worker ] && echo 1 > $ho
				# handed: completions run by the waiting thread;
				# ctxt: context switches, both per command.
				echo "$out" | awk -v b="$((b1 - b0))" -v hz=$hz -v h="$((h1 - h0))" \
				    -v x="$((x1 - x0))" -v pre="BENCH kind=pt hba=$name wl=read10-4k-qd$qd drv=$drv round=$r" '
					{ split($1, a, "="); split($2, s, "="); split($3, e, "=")
					  n = a[2] ? a[2] : 1
					  printf "%s iops=%.0f cpu_us_per_io=%.1f errors=%d handed_per_io=%.2f ctxt_per_io=%.2f\n",
					      pre, a[2] / s[2], a[2] ? b * 1e6 / hz / a[2] : 0, e[2], h / n, x / n }'
			done
			# Linux's asynchronous sg interface, deeper than threads.
			res=$(fio_run randread 4k "$qd" --name=b --ioengine=sg --direct=0 --filename="$native")
			echo "BENCH kind=pt hba=$name wl=read10-4k-qd$qd drv=sg-async round=$r $res"
		done
		r=$((r + 1))
	done
}

# Memory: the slab caches behind our commands and devices.
mem_report() {	# mem_report LABEL
	grep -E '^(pkt_cache_scsa|scsa|sdisk|spt|sd_|scsi|sg|bio|request)' /proc/slabinfo |
		awk -v l="$1" '{ printf "BENCH kind=slab at=%s cache=%s active=%s objsize=%s\n", l, $1, $2, $4 }'
	awk -v l="$1" '/^(MemFree|Slab|VmallocUsed):/ { printf "BENCH kind=meminfo at=%s %s=%s\n", l, $1, $2 }' \
		/proc/meminfo | tr -d ':'
}

modprobe scsa_hba luns="$(sdebug_lun),$(virtio_lun)" || die "modprobe scsa_hba"
sdl=$(sdebug_lun)
vl=$(virtio_lun)
echo "BENCH kind=env kernel=$(uname -r) cpus=$(nproc) rt=$rt rounds=$rounds sdebug=$sdl virtio=$vl"

if want disk; then
	modprobe sdisk || die "modprobe sdisk"
	bench_disk sdebug "$sdl"
	bench_disk virtio "$vl"
	grep -E '^(copies|submitted)' $hbastats |
		awk '{ printf "BENCH kind=hbastat %s=%s\n", $1, $2 }'
	rmmod sdisk
fi

# The same, with sdisk's block nodes bio-based, each run against sd's again.
if want bio && [ -w /sys/module/scsa_compat/parameters/blk_bio ]; then
	echo 1 > /sys/module/scsa_compat/parameters/blk_bio
	modprobe sdisk || die "modprobe sdisk (bio)"
	dkind=bio
	bench_disk sdebug "$sdl"
	bench_disk virtio "$vl"
	dkind=disk
	rmmod sdisk
	echo 0 > /sys/module/scsa_compat/parameters/blk_bio
fi

# Depth (-o depth, not run by default): 4 KiB random reads at depth 32 on
# the virtio disk, sd's node against sdisk's block and raw nodes, with
# libaio and io_uring, and the commands in flight at the LLD of each.
bench_depth() {	# bench_depth HBA-NAME H:C:T:L
	name=$1 lun=$2
	inst=$(scsa_inst sdisk "$lun")
	[ -n "$inst" ] || die "sdisk has no instance on $lun"
	ln -sf "/dev/scsa/sdisk/$inst:a" "/tmp/sdisk$inst"
	ln -sf "/dev/scsa/sdisk/$inst:a,raw" "/tmp/sdisk${inst}raw"
	native=$(linux_disk "$lun")
	size=$(blockdev --getsize64 "$native")
	r=1
	while [ "$r" -le "$rounds" ]; do
		for eng in libaio io_uring; do
			for node in sd block raw; do
				drv=sdisk dev=/tmp/sdisk$inst
				[ $node = sd ] && drv=sd dev=$native
				[ $node = raw ] && dev=/tmp/sdisk${inst}raw
				inflight_start $drv
				# A character node has no size for fio to find.
				res=$(fio_run randread 4k 32 --name=b --filename="$dev" \
					--ioengine=$eng --size="$size")
				inflight_stop $drv
				res="$res $inflight"
				echo "BENCH kind=depth hba=$name wl=randread-4k-qd32-$eng node=$node round=$r $res"
			done
		done
		r=$((r + 1))
	done
}
if want depth; then
	modprobe sdisk || die "modprobe sdisk"
	bench_depth virtio "$vl"
	rmmod sdisk
fi

# illumos sd (tools/illumos-ports) on the same LUNs, through cmlb's
# whole-disk node q (p0): 4 KiB and 128 KiB at depth 1 and 32.
bench_isd() {	# bench_isd HBA-NAME H:C:T:L
	name=$1 lun=$2
	inst=$(scsa_inst sd "$lun")
	[ -n "$inst" ] || die "illumos sd has no instance on $lun"
	ln -sf "/dev/scsa/sd/$inst:q" "/tmp/isd$inst"
	ours=/tmp/isd$inst
	native=$(linux_disk "$lun")
	echo "BENCH kind=dev hba=$name lun=$lun illumos-sd=/dev/scsa/sd/$inst:q sd=$native"
	say "disk on $name $lun: illumos sd $ours vs sd $native"
	r=1
	while [ "$r" -le "$rounds" ]; do
		for w in randread:4k randwrite:4k read:128k write:128k; do
			for qd in 1 32; do
				for drv in sd illumos-sd; do
					dev=$native
					[ $drv = illumos-sd ] && dev=$ours
					res=$(fio_run "${w%:*}" "${w#*:}" "$qd" --name=b --filename="$dev")
					echo "BENCH kind=isd hba=$name wl=${w%:*}-${w#*:}-qd$qd drv=$drv round=$r $res"
				done
			done
		done
		r=$((r + 1))
	done
}
if want isd; then
	if [ -e "/lib/modules/$(uname -r)/extra/sd.ko" ]; then
		modprobe sd aliases=scsiclass,00 || die "modprobe sd (illumos)"
		sleep 1
		bench_isd sdebug "$sdl"
		bench_isd virtio "$vl"
		rmmod sd
		rmmod cmlb
	else
		say "illumos sd: not built (no illumos sources), no isd rows"
	fi
fi

# perf's cpu-clock sampling works under TCG (no PMU needed).  Symbols of
# the modules come from /proc/kallsyms.
profile() {	# profile LABEL DEV
	perf record -q -a -g -e cpu-clock -F 499 -o /tmp/perf.data -- \
		fio --name=p --filename="$2" --direct=1 --ioengine=libaio --rw=randread \
		--bs=4k --iodepth=32 --runtime="$rt" --time_based --output=/dev/null \
		> /dev/null 2>&1
	perf report -i /tmp/perf.data --no-children --sort sym --percent-limit 0.4 \
		--stdio 2>/dev/null | grep -E '^ +[0-9.]+%' | head -45 |
		sed "s/^/BENCHPROF $1 /"
	perf report -i /tmp/perf.data --no-children --sort dso --stdio 2>/dev/null |
		grep -E '^ +[0-9.]+%' | head -12 | sed "s/^/BENCHPROF $1 dso /"
}
if want profile; then
	modprobe sdisk || die "modprobe sdisk"
	i=$(scsa_inst sdisk "$vl")
	ln -sf "/dev/scsa/sdisk/$i:a" "/tmp/sdisk$i"
	profile "sd-$vl" "$(linux_disk "$vl")"
	profile "sdisk-$vl" "/tmp/sdisk$i"
	rmmod sdisk
fi

# Stages per I/O (ftrace; no PMU under TCG, so no instruction counts).
# One fio job of 4 KiB random reads at depth 1 on the scsi_debug LUN
# (delay=0: no device time), per driver, traced three ways:
#  1. untraced, for the IOPS the tracing costs;
#  2. function_graph hooked on the stage functions only (set_ftrace_filter:
#     nothing else pays for the tracer), with the scheduler's switch and
#     wake-up events in the same buffer: calls and inclusive time of each
#     stage, context switches and wake-ups;
#  3. the function tracer on every function, fio and the trace on CPU 0
#     only: function entries per I/O, and how many distinct functions,
#     a stand-in for instruction counts.
# Counts are taken between the first and the last io_submit() of the job
# (fio's start-up and exit fall outside); each io_submit() starts one I/O
# at depth 1, so per I/O = count / (io_submit() calls - 1).  A function
# that this kernel or tree lacks (or inlined) is left out, with a note.
stage_fns="__x64_sys_io_submit blk_mq_submit_bio
	scsa_blk_queue_rq scsa_blk_commit_rqs scsa_blk_strategy sdisk_strategy sdisk_start
	scsi_init_pkt scsi_transport hba_start hba_lx_cmd_submit lx_cmd_issue
	blk_execute_rq_nowait blk_finish_plug blk_mq_run_hw_queue blk_mq_run_work_fn scsi_queue_rq sd_init_command scsi_debug_queuecommand
	scsi_done blk_mq_complete_request blk_done_softirq scsi_complete sd_done
	scsi_end_request lx_end_io lx_done_work hba_cmd_done scsi_hba_pkt_comp
	sdisk_intr sdisk_finish scsi_destroy_pkt biodone scsa_blk_iodone scsa_lx_disk_done
	scsa_blk_end blk_mq_end_request blk_update_request __blk_mq_end_request
	blkdev_bio_end_io_async aio_complete_rw __x64_sys_io_getevents"
stage_ios=3000
stage_fn_ios=200

tfs=/sys/kernel/tracing
stage_trace_reset() {
	echo 0 > $tfs/tracing_on
	echo nop > $tfs/current_tracer
	echo > $tfs/set_ftrace_filter
	echo 0 > $tfs/events/enable
	echo 0 > $tfs/options/funcgraph-tail
	[ -w $tfs/options/sleep-time ] && echo 1 > $tfs/options/sleep-time
	echo "$stage_cpumask" > $tfs/tracing_cpumask
	echo > $tfs/trace
}

stage_fio() {	# stage_fio DEV IOS [fio args]: prints "fio=N" (IOS 0: no limit)
	d=$1 n=$2
	shift 2
	fio_json --name=s --filename="$d" --direct=1 --ioengine=libaio --rw=randread --bs=4k \
		--iodepth=1 --number_ios="$n" --norandommap --randrepeat=0 --invalidate=0 "$@"
	return 0
}

# Overruns in the ring buffer: counts would be short, so say so.
stage_lost() {
	cat $tfs/per_cpu/cpu*/stats | awk '/^overrun:/ { n += $2 } END { print n + 0 }'
}

stage_graph() {	# stage_graph DRV DEV
	stage_trace_reset
	: > /tmp/stage.missing
	for f in $stage_fns; do
		echo "$f" >> $tfs/set_ftrace_filter 2>/dev/null || echo "$f" >> /tmp/stage.missing
	done
	[ -s /tmp/stage.missing ] && say "stages: not traceable here: $(tr '\n' ' ' < /tmp/stage.missing)"
	echo 16384 > $tfs/buffer_size_kb
	echo 0 > $tfs/max_graph_depth
	echo function_graph > $tfs/current_tracer
	echo 1 > $tfs/options/funcgraph-tail
	# Time a function spends scheduled out is not its own: fio is often
	# preempted inside sdisk_start() by the threads that complete its I/O.
	st=1
	[ -w $tfs/options/sleep-time ] && echo 0 > $tfs/options/sleep-time && st=0
	echo 1 > $tfs/events/sched/sched_switch/enable
	echo 1 > $tfs/events/sched/sched_wakeup/enable
	echo 1 > $tfs/tracing_on
	ref=$(stage_fio "$2" $stage_ios)
	echo 0 > $tfs/tracing_on
	echo "BENCH kind=stagerun drv=$1 trace=graph ios=$stage_ios $ref lost=$(stage_lost) sleep_time=$st"
	# One I/O, for people: from the 1000th io_submit() to the 1001st.
	grep -v '^ *-*$' $tfs/trace | awk -v drv="$1" '
		/__x64_sys_io_submit\(\)/ { n++ }
		n == 1000 { sub(/^ */, ""); print "# graph " drv ": " $0 }'
	# Exits of the stage functions carry their inclusive time ("} /* f */",
	# or "f();" for one that called no other traced function); the
	# durations are in microseconds, the "+!#*@$" marks only flag big ones.
	awk -v drv="$1" -v fns="$stage_fns" '
		BEGIN { n = split(fns, order, /[ \t\n]+/) }
		/__x64_sys_io_submit\(\)/ { subs++ }
		!subs { next }
		/sched_switch:/ { sw[subs]++; if ($0 ~ /prev_comm=fio /) off[subs]++; next }
		/sched_wakeup:/ {
			c = $0; sub(/.*comm=/, "", c); sub(/ .*/, "", c)
			k = c ~ /^fio/ ? "fio" : c ~ /^kworker/ ? "kworker" : \
			    c ~ /^ksoftirqd/ ? "ksoftirqd" : "other"
			wk[subs, k]++; wk[subs, "all"]++; next
		}
		match($0, /[0-9]+(\.[0-9]+)? us +\|/) {
			d = substr($0, RSTART, RLENGTH); sub(/ .*/, "", d)
			f = $0
			if (f ~ /\} \/\* /) { sub(/.*\} \/\* /, "", f); sub(/ \*\/.*/, "", f) }
			else { sub(/.*\| +/, "", f); sub(/\(\);.*/, "", f) }
			sub(/ \[.*/, "", f)	# a module function: "f [module]"
			calls[subs, f]++; us[subs, f] += d
			# Medians from 0.1 us buckets (outliers: interrupts, the host).
			b = int(d * 10); if (b > 20000) b = 20000
			h[f, b]++
		}
		END {
			# Sum per io_submit() index, over all but the last (partial) I/O.
			for (i = 1; i < subs; i++) {
				for (j = 1; j <= n; j++) {
					C[order[j]] += calls[i, order[j]]; U[order[j]] += us[i, order[j]]
				}
				S += sw[i]; O += off[i]; W += wk[i, "all"]; WF += wk[i, "fio"]
				WK += wk[i, "kworker"]; WS += wk[i, "ksoftirqd"]; WO += wk[i, "other"]
			}
			ios = subs - 1
			if (ios < 1) { print "BENCH kind=stagesched drv=" drv " ios=0"; exit }
			for (j = 1; j <= n; j++) {
				f = order[j]
				if (!C[f]) continue
				m = 0; c = 0
				for (b = 0; b <= 20000 && c * 2 < C[f]; b++) { c += h[f, b]; m = b }
				printf "BENCH kind=stage drv=%s idx=%d fn=%s ios=%d calls=%d us=%.1f med=%.1f\n",
				    drv, j, f, ios, C[f], U[f], m / 10
			}
			printf "BENCH kind=stagesched drv=%s ios=%d switches=%d fio_off=%d wakeups=%d " \
			    "wake_fio=%d wake_kworker=%d wake_ksoftirqd=%d wake_other=%d\n",
			    drv, ios, S, O, W, WF, WK, WS, WO
		}' $tfs/trace
	stage_trace_reset
}

# The function tracer on every function, CPU 0 only, with a buffer that
# holds a few hundred I/Os; the caller turns tracing on.
stage_trace_cpu0() {
	stage_trace_reset
	echo 65536 > $tfs/buffer_size_kb
	echo 1 > $tfs/tracing_cpumask
	echo function > $tfs/current_tracer
}

stage_functions() {	# stage_functions DRV DEV
	stage_trace_cpu0
	echo 1 > $tfs/tracing_on
	ref=$(stage_fio "$2" $stage_fn_ios --cpus_allowed=0)
	echo 0 > $tfs/tracing_on
	echo "BENCH kind=stagerun drv=$1 trace=function ios=$stage_fn_ios $ref lost=$(stage_lost)"
	# "comm-pid [cpu] flags timestamp: function <-caller"; the flags'
	# third letter is h or H in a hard interrupt (the timer tick, here).
	awk -v drv="$1" '
		/^#/ { next }
		{
			for (i = 2; i < NF; i++)
				if ($i ~ /^[0-9]+\.[0-9]+:$/) break
			f = $(i + 1)
			if (f == "__x64_sys_io_submit") {
				subs++
				for (g in cnt) win[g] = cnt[g]
				wn = n; wk = nk; wh = nh; wf = nf; ws = ns
			}
			if (!subs) next
			n++; cnt[f]++
			if ($1 ~ /^kworker/) nk++
			else if ($1 ~ /^fio-/) nf++
			else if ($1 ~ /^ksoftirqd/) ns++
			if (substr($(i - 1), 3, 1) ~ /[hH]/) nh++
		}
		END {
			ios = subs - 1
			for (g in win) {
				nd++
				if (win[g] >= ios) { np++; pe += win[g] }
			}
			printf "BENCH kind=stagefuncs drv=%s ios=%d entries=%d hardirq=%d fio=%d " \
			    "kworker=%d ksoftirqd=%d distinct=%d every_io=%d every_io_entries=%d\n",
			    drv, ios, wn, wh, wf, wk, ws, nd, np, pe
		}' $tfs/trace
	stage_trace_reset
}

if want stages; then
	modprobe sdisk || die "modprobe sdisk"
	[ -d $tfs/events ] || mount -t tracefs tracefs $tfs || die "no tracefs"
	stage_cpumask=$(cat $tfs/tracing_cpumask)
	i=$(scsa_inst sdisk "$sdl")
	ln -sf "/dev/scsa/sdisk/$i:a" "/tmp/sdisk$i"
	for drv in sd sdisk; do
		dev=$(linux_disk "$sdl")
		[ $drv = sdisk ] && dev=/tmp/sdisk$i
		ref=$(stage_fio "$dev" 0 --runtime="$rt" --time_based)
		echo "BENCH kind=stagerun drv=$drv trace=none ios=0 $ref lost=0"
		stage_graph $drv "$dev"
		stage_functions $drv "$dev"
	done
	rmmod sdisk
fi

# Pass-through stages (-o ptstages, not run by default): the function
# tracer on CPU 0 while one ptbench thread pinned there issues USCSICMD to
# spt, then SG_IO to sg, on the scsi_debug LUN (which completes on the
# submitting CPU, so the whole command is on CPU 0), with the scheduler's
# switches in the same buffer.  Per command = count between the first and
# the last ioctl() / (ioctls - 1).  Prints a BENCH line per driver, and one
# for each function whose entries per command differ most between the two.
pt_functions() {	# pt_functions DRV API DEV BLOCKS
	stage_trace_cpu0
	echo 1 > $tfs/events/sched/sched_switch/enable
	echo 1 > $tfs/tracing_on
	out=$(taskset 1 ptbench "$2" "$3" 1 1 "$4")
	echo 0 > $tfs/tracing_on
	echo "BENCH kind=ptstagerun drv=$1 $out lost=$(stage_lost)"
	awk -v drv="$1" -v out="/tmp/ptfn.$1" '
		/^#/ { next }
		{
			for (i = 2; i < NF; i++)
				if ($i ~ /^[0-9]+\.[0-9]+:$/) break
			f = $(i + 1)
			if (f == "__x64_sys_ioctl" && $1 ~ /^ptbench/) {
				subs++
				for (g in cnt) win[g] = cnt[g]
				wn = n; wk = nk; ws = nsw; wx = nx
			}
			if (!subs) next
			if (f == "sched_switch:") { nsw++; next }
			n++; cnt[f]++
			if ($1 ~ /^kworker/) nk++
			else if ($1 !~ /^ptbench/) nx++
		}
		END {
			ios = subs - 1
			if (ios < 1) { print "BENCH kind=ptstagefuncs drv=" drv " ios=0"; exit }
			for (g in win) {
				nd++
				printf "%s %.2f\n", g, win[g] / ios > out
			}
			printf "BENCH kind=ptstagefuncs drv=%s ios=%d entries_per_io=%.0f " \
			    "kworker_per_io=%.0f other_thread_per_io=%.0f switches_per_io=%.2f distinct=%d\n",
			    drv, ios, wn / ios, wk / ios, wx / ios, ws / ios, nd
		}' $tfs/trace
	stage_trace_reset
}

if want ptstages; then
	modprobe spt || die "modprobe spt"
	[ -d $tfs/events ] || mount -t tracefs tracefs $tfs || die "no tracefs"
	stage_cpumask=$(cat $tfs/tracing_cpumask)
	inst=$(scsa_inst spt "$sdl")
	blocks=$(cat "/sys/bus/scsi/devices/$sdl/block/"*/size)
	pt_functions spt uscsi "$(ls /dev/scsa/spt/"$inst":* | head -1)" "$blocks"
	pt_functions sg sgio "$(linux_sg "$sdl")" "$blocks"
	# Entries per command, ours and Linux's, largest difference first.
	awk 'FNR == NR { a[$1] = $2; next } { b[$1] = $2 }
		END {
			for (f in a) d[f] = a[f] - b[f]
			for (f in b) if (!(f in a)) d[f] = -b[f]
			for (f in d) printf "%s %.2f %.2f %.2f\n", f, a[f] + 0, b[f] + 0, d[f]
		}' /tmp/ptfn.spt /tmp/ptfn.sg | sort -k4,4gr > /tmp/ptfn.diff
	awk -v n="$(wc -l < /tmp/ptfn.diff)" 'NR <= 40 || NR > n - 15 {
		printf "BENCH kind=ptstagefn fn=%s spt=%s sg=%s\n", $1, $2, $3 }' /tmp/ptfn.diff
	rmmod spt
fi

if want pt; then
	modprobe spt || die "modprobe spt"
	bench_pt sdebug "$sdl"
	bench_pt virtio "$vl"
	rmmod spt
fi

# Scaling, and memory per device: scsi_debug with 64 LUNs, all driven at once.
if want scale || want mem; then
	rmmod scsa_hba
	rmmod scsi_debug
	modprobe scsi_debug delay=0 dev_size_mb=64 num_tgts=1 max_luns=64 || die "scsi_debug"
	sleep 2
	luns=$(ls -d /sys/bus/pseudo/drivers/scsi_debug/adapter0/host*/target*/*:*:*:* |
		xargs -n1 basename | sort -t: -k4 -n)
	echo "BENCH kind=env luns=$(echo "$luns" | wc -l)"
	modprobe scsa_hba luns="$(echo $luns | tr ' ' ',')" || die "scsa_hba 64"
	sync; echo 3 > /proc/sys/vm/drop_caches
	mem_report before-sdisk
	modprobe sdisk || die "sdisk 64"
	sleep 1
	mem_report after-sdisk
	counts=""
	want scale && counts="1 4 16 64"
	for n in $counts; do
		[ $n -le "$(echo "$luns" | wc -l)" ] || break
		r=1
		while [ "$r" -le "$rounds" ]; do
			for drv in sd sdisk; do
				args=""
				for l in $(echo "$luns" | head -n $n); do
					if [ $drv = sd ]; then
						dev=$(linux_disk "$l")
					else
						i=$(scsa_inst sdisk "$l")
						ln -sf "/dev/scsa/sdisk/$i:a" "/tmp/sdisk$i"
						dev=/tmp/sdisk$i
					fi
					args="$args --name=$l --filename=$dev"
				done
				# shellcheck disable=SC2086
				res=$(fio_run randread 4k 8 $args)
				echo "BENCH kind=scale luns=$n drv=$drv round=$r $res"
			done
			r=$((r + 1))
		done
	done
	mem_report loaded
	rmmod sdisk
fi
echo "BENCH kind=done"
