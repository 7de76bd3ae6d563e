#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The benchmarks, in one guest (tools/bench boots it and digests the output).
# Every measurement is a line
#	BENCH key=value ...
# and every comparison alternates ours and Linux's own driver on the same
# LUN, round after round, so that drift in the emulator hits both alike:
#	disk:  sdisk (our illumos-style disk driver)  vs  sd
#	pt:    USCSICMD on spt (our pass-through)      vs  SG_IO on sg
# on a scsi_debug LUN (delay=0: the software path) and a virtio-scsi disk.
# Both drivers stay attached to the LUN; only one of them is driven at a
# time, and neither carries a file system.
#
# Kernel command line knobs: scsa.bench_rt=SECONDS per run (default 5),
# scsa.bench_rounds=N (default 3), scsa.bench_only=disk,pt,scale,mem
# (profile, not run by default: where the CPU goes, perf sampling the
# whole guest during 4 KiB random reads at depth 32, sd then sdisk).

rt=5
rounds=3
only=disk,pt,scale,mem
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

# fio, one run: prints "iops= kbps= cpu_us_per_io=".  The CPU time is the
# whole guest's over the whole run, divided by the I/Os fio counted.
fio_run() {	# fio_run RW BS QD JOB-ARGS (--name=X --filename=DEV ...)
	rw=$1 bs=$2 qd=$3
	shift 3
	b0=$(busy)
	out=$(fio --direct=1 --ioengine=libaio --rw="$rw" --bs="$bs" --iodepth="$qd" \
		--runtime="$rt" --time_based --norandommap --randrepeat=0 \
		--group_reporting --output-format=terse --terse-version=3 "$@" \
		2>/tmp/fio.err)
	b1=$(busy)
	echo "$out" | awk -F';' -v b="$((b1 - b0))" -v hz=$hz -v rt="$rt" '
		$1 == 3 {
			iops = $8 + $49; kbps = $7 + $48; ios = iops * rt
			printf "iops=%.0f kbps=%.0f cpu_us_per_io=%.1f\n", iops, kbps,
			    ios ? b * 1e6 / hz / ios : 0
			ok = 1
		}
		END { if (!ok) print "iops=0 kbps=0 cpu_us_per_io=0 failed=1" }'
	[ -s /tmp/fio.err ] && sed 's/^/# fio: /' /tmp/fio.err
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
				for drv in sd sdisk; do
					dev=$native
					[ $drv = sdisk ] && dev=$ours
					res=$(fio_run "${w%:*}" "${w#*:}" "$qd" --name=b --filename="$dev")
					echo "BENCH kind=disk hba=$name wl=${w%:*}-${w#*:}-qd$qd drv=$drv round=$r $res"
				done
			done
		done
		# Sixteen requests per io_submit(), as writeback, readahead and
		# batching applications send them: the path of a batch.
		for drv in sd sdisk; do
			dev=$native
			[ $drv = sdisk ] && dev=$ours
			res=$(fio_run randread 4k 32 --name=b --filename="$dev" \
				--iodepth_batch_submit=16 --iodepth_batch_complete_min=16)
			echo "BENCH kind=disk hba=$name wl=randread-4k-qd32b16 drv=$drv round=$r $res"
		done
		r=$((r + 1))
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
	r=1
	while [ "$r" -le "$rounds" ]; do
		for qd in 1 16; do
			for drv in sg spt; do
				dev=$native api=sgio
				[ $drv = spt ] && dev=$ours api=uscsi
				b0=$(busy)
				out=$(ptbench $api "$dev" $qd "$rt" "$blocks")
				b1=$(busy)
				echo "$out" | awk -v b="$((b1 - b0))" -v hz=$hz -v pre="BENCH kind=pt hba=$name wl=read10-4k-qd$qd drv=$drv round=$r" '
					{ split($1, a, "="); split($2, s, "="); split($3, e, "=")
					  printf "%s iops=%.0f cpu_us_per_io=%.1f errors=%d\n", pre,
					      a[2] / s[2], a[2] ? b * 1e6 / hz / a[2] : 0, e[2] }'
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
	grep -E '^(copies|submitted)' /sys/kernel/debug/scsa_hba/stats |
		awk '{ printf "BENCH kind=hbastat %s=%s\n", $1, $2 }'
	rmmod sdisk
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
	for l in "$vl"; do
		i=$(scsa_inst sdisk "$l")
		ln -sf "/dev/scsa/sdisk/$i:a" "/tmp/sdisk$i"
		profile "sd-$l" "$(linux_disk "$l")"
		profile "sdisk-$l" "/tmp/sdisk$i"
	done
	rmmod sdisk
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
