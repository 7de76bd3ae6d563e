# SPDX-License-Identifier: GPL-2.0
#
# Shell functions the guest's scripts share (sourced): the demo, the
# benchmarks and the tests in tests.d.

# The instance DRIVER has on LUN H:C:T:L (decimal), from the SCSA device
# tree (/proc/scsa/devinfo): the child @T,L of the node scsa_hba@H,C, in
# hexadecimal there.  Empty if it has none.
scsa_inst() {	# scsa_inst DRIVER H:C:T:L
	echo "$2" | {
		IFS=: read -r h c t l
		awk -v hba="$(printf 'scsa_hba@%x,%x' "$h" "$c")" \
			-v node="$(printf '@%x,%x,' "$t" "$l")" -v drv="(driver name: $1)" '
			$1 ~ /^scsa_hba@/ { in_hba = ($1 == hba) }
			in_hba && index($1, node) && index($0, drv) {
				sub(/.*instance #/, ""); sub(/ .*/, ""); print; exit
			}' /proc/scsa/devinfo
	}
}

# The Linux H:C:T:L (decimal) of DRIVER's instance N, from the SCSA device
# tree: the child @T,L of the node scsa_hba@H,C (hexadecimal there).
scsa_hctl() {	# scsa_hctl DRIVER N
	awk -v want="instance #$2 (driver name: $1)" '
		$1 ~ /^scsa_hba@/ { a = substr($1, 10); sub(/,$/, "", a); split(a, hc, ",") }
		index($0, want) {
			split($1, n, "@"); sub(/,$/, "", n[2]); split(n[2], tl, ",")
			print hc[1], hc[2], tl[1], tl[2]; exit
		}' /proc/scsa/devinfo | while read -r h c t l; do
		echo "$((0x$h)):$((0x$c)):$((0x$t)):$((0x$l))"
	done
}

# One test result (see run-guest): "ok - DESCRIPTION" if COMMAND succeeds,
# "not ok - DESCRIPTION" if not.
check() {	# check DESCRIPTION COMMAND...
	d=$1
	shift
	if "$@"; then echo "ok - $d"; else echo "not ok - $d"; fi
}

# An ext4 file system on DEV, made by e2fsprogs' mke2fs when the guest has
# it (busybox's cannot make ext4).
mkfs_ext4() {	# mkfs_ext4 DEV
	modprobe -a crc32c_generic ext4 2>/dev/null
	mkfs=mke2fs
	[ -x /usr/bin/mke2fs ] && mkfs=/usr/bin/mke2fs
	"$mkfs" -q -F -t ext4 "$1"
}

# Ask the host to unplug or plug back one of QEMU's disks, vdisk0 or vdisk1
# (scsi-id 0 or 1 of the virtio-scsi HBA): tools/vm/qmp-relay reads the
# request from ttyS1 and sends it to QEMU's QMP socket.  No answer comes
# back: the caller watches the device go or come.  Written to the port
# itself, as the test's own output only reaches it afterwards, as "# ...".
host_hotplug() {	# host_hotplug device_del|device_add vdiskN
	echo "scsa-qmp: $1 $2" > /dev/ttyS1
}

# fio_verify DESCRIPTION FILE[:FILE...] SIZE BS IODEPTH [STEP [BASE]]: write
# at random with crc32c in every block, then read back and check, one job
# per file, job i at offset BASE + i * STEP (scsi_debug's LUNs share one
# store).  Raw nodes are unbuffered, and take O_DIRECT as block nodes do.
# Its variables are fv_*: sh has no locals.
fio_verify() {
	fv_qd=$5 fv_step=${6:-0} fv_off=${7:-0}
	fv_eng=psync
	[ "$fv_qd" -gt 1 ] && fv_eng=io_uring
	fv_bs=$4
	case "$fv_bs" in *-*) ;; *) fv_bs=$fv_bs-$fv_bs ;; esac
	fv_jobs=
	for fv_f in $(echo "$2" | tr ':' ' '); do
		fv_jobs="$fv_jobs --name=$(basename "$fv_f") --filename=$fv_f --offset=$fv_off"
		fv_off=$((fv_off + fv_step))
	done
	# shellcheck disable=SC2086
	if fio --size="$3" --bsrange="$fv_bs" --iodepth="$fv_qd" --ioengine=$fv_eng \
		--direct=1 --iomem_align=4096 --rw=randwrite --verify=crc32c \
		--verify_fatal=1 --do_verify=1 --randrepeat=0 $fv_jobs \
		> /tmp/fio.out 2>&1; then
		echo "ok - $1"
	else
		grep -iE 'verify|error|err=|fio:|bad|expected|received' /tmp/fio.out |
			head -20 | sed 's/^/# /'
		echo "not ok - $1"
	fi
}

# The value of a kstat in /proc/scsa/kstat, 0 if there is none.  (Not
# "kstat": that is tools/kstat, which 32-kstat-tool tests.)
kstat_val() {	# kstat_val MODULE:INST:NAME:STAT
	v=$(grep -F "$1	" /proc/scsa/kstat 2>/dev/null | cut -f2)
	echo "${v:-0}"
}

# The value of KEY in "key=value" lines on standard input.
kv() {		# kv KEY
	sed -n "s/^$1=//p"
}

not() {		# not COMMAND...: succeeds when COMMAND fails
	! "$@"
}

# Polls COMMAND every 0.2 s until it succeeds (0) or SECONDS pass (1).  Its
# counter is wu_n: callers' variables are global in sh.
wait_until() {	# wait_until SECONDS COMMAND...
	wu_n=$(($1 * 5))
	shift
	while [ $wu_n -gt 0 ]; do
		"$@" && return 0
		sleep 0.2
		wu_n=$((wu_n - 1))
	done
	return 1
}

# scsi_debug's LUNs, H:C:T:L each, sorted.
sdebug_luns() {
	for d in /sys/bus/pseudo/drivers/scsi_debug/adapter*/host*/target*/*:*:*:*; do
		[ -e "$d" ] && basename "$d"
	done | sort
}

# Whether some process has FILE open, from the /proc/PID/fd links (busybox
# has no fuser).  A test that removes a device "under I/O" waits for this
# first: a loaded guest can take seconds to start fio.
# One ls for every link: a readlink per descriptor costs a fork each, which
# the debug kernel under TCG makes seconds per scan.
in_use() {	# in_use FILE
	ls -l /proc/[0-9]*/fd/ 2> /dev/null | grep -qF -- "-> $(readlink -f "$1")"
}

# Whether sdisk has an instance on H:C:T:L.
sdisk_on() {	# sdisk_on H:C:T:L
	[ -n "$(scsa_inst sdisk "$1")" ]
}

# The debug kernel (KASAN, lockdep, kmemleak under TCG) runs 5-10 times
# slower: the heaviest cases run on less data or fewer cycles there.
case "$(uname -r)" in
*-debug) scsa_debug_kernel=1 ;;
*) scsa_debug_kernel= ;;
esac

# Why the illumos port NAME is not in this guest, as tools/illumos-ports
# recorded it in /selftests/ports.status.
port_why() {	# port_why NAME
	pw=$(awk -F '\t' -v p="$1" '$1 == p || $1 == "*" { print $3; exit }' \
		/selftests/ports.status 2>/dev/null)
	echo "${pw:-tools/illumos-ports build was not run for this kernel}"
}

# A SKIP with REASON for every case of the running test file: the
# descriptions of its check lines (from the first line FROM matches, a sed
# address, if given), so the list cannot drift.
skip_checks() {	# skip_checks REASON [FROM]
	sed -n "${2:-1},\$s/^[[:space:]]*check \"\([^\"]*\)\".*/\1/p" "$0" |
	sed 's/ (\$.*//' |
	while IFS= read -r c; do
		echo "ok - $c # SKIP $1"
	done
}

# kselftest: run_kselftest.sh runs each test of the collection as one
# program and judges it by its exit status (0 pass, 1 fail, 4 skip).  A test
# calls ksft_main first: the test then runs again beneath it, and its output,
# the "ok - ..." lines it prints and those of the C programs it runs
# (kselftest.h's "ok N ..."), becomes its KTAP: results numbered, the plan
# last (as TAP 13 allows), an exit status other than 0 one more failure.
# The exit status follows: 1 if a case failed, 4 if every case skipped.
ksft_main() {	# ksft_main "$@"
	[ -n "${SCSA_KSFT_INNER:-}" ] && return 0
	export SCSA_KSFT_INNER=1
	{ sh "$0" "$@" 2>&1; echo "scsa-ksft-exit $?"; } | awk '
		BEGIN { print "TAP version 13" }
		/^scsa-ksft-exit [0-9]+$/ { rc = $2; next }
		/^(not )?ok( |$)/ {
			bad = ($1 == "not")
			d = $0
			sub(/^(not )?ok */, "", d)
			sub(/^[0-9]+ */, "", d)
			if (sub(/^# SKIP */, "", d))
				d = d " # SKIP"
			sub(/^- */, "", d)
			n++
			if (bad)
				failed++
			else if (d ~ /# SKIP/)
				skipped++
			printf "%s %d - %s\n", bad ? "not ok" : "ok", n, d
			fflush()
			next
		}
		/^#/ { print; fflush(); next }
		{ print "# " $0; fflush() }
		END {
			if (rc) {
				n++
				failed++
				printf "not ok %d - exit status %d\n", n, rc
			}
			printf "1..%d\n", n
			exit failed ? 1 : (n && skipped == n) ? 4 : 0
		}'
	exit $?
}

# kmod_test NAME: the cases of the in-kernel test module NAME.ko, which runs
# them when it is loaded and prints KTAP to the kernel log, as Linux's
# lib/test_*.ko do; its top-level "ok N name" lines are the cases, nested
# subtests diagnostics.  A failed case makes the module's init fail: its
# KTAP is read all the same, and the load is one more result, failed, in
# place of the unload.
#
# Not through kselftest/module.sh, as lib/printf.sh loads test_printf.ko:
# that reports only whether the load succeeded, and busybox's modprobe
# retries a failed finit_module() with init_module(), which would run the
# cases a second time.  The module is loaded with finit_module() only
# (insmod_once), after modprobe has loaded what it depends on.
kmod_test() {	# kmod_test NAME
	kt_dir=/lib/modules/$(uname -r)
	: > /tmp/load.out
	for kt_dep in $(sed -n "s|^extra/$1\.ko:||p" "$kt_dir/modules.dep"); do
		kt_dep=$(basename "$kt_dep")
		modprobe "${kt_dep%.ko}" >> /tmp/load.out 2>&1
	done
	dmesg -c > /dev/null
	insmod_once "$kt_dir/extra/$1.ko" >> /tmp/load.out 2>&1
	kt_rc=$?
	dmesg | sed -E 's/^\[[ 0-9.]+\] //' > /tmp/ktap
	kt_plan=$(grep -m1 -E '^1\.\.[0-9]+' /tmp/ktap | cut -d. -f3)
	grep -E '^(ok|not ok) [0-9]+|^#' /tmp/ktap
	kt_got=$(grep -cE '^(ok|not ok) [0-9]+' /tmp/ktap)
	if [ -z "$kt_plan" ] || [ "$kt_got" -ne "$kt_plan" ]; then
		echo "not ok - KTAP plan ${kt_plan:-missing}, $kt_got results"
	fi
	if [ "$kt_rc" -ne 0 ]; then
		# The rest of the kernel log, then why.
		grep -vE '^(ok|not ok) [0-9]+|^#' /tmp/ktap | sed 's/^/# /'
		sed 's/^/# /' /tmp/load.out
		kt_failed=$(grep -cE '^not ok [0-9]+' /tmp/ktap)
		if [ -z "$kt_plan" ]; then
			echo "# init failed, no KTAP"
		elif [ "$kt_failed" -eq 0 ]; then
			echo "# init failed, though KTAP reported no failed case"
		else
			echo "# init failed: $kt_failed failed case(s)"
		fi
		echo "not ok - load"
		return
	fi
	# Where it was loaded, in the kernel log: a leak that kmemleak finds
	# after the unload (tools/vm/init, scsa.kmemleak=1) has only raw
	# addresses in its backtrace.
	awk -v m="$1" '$1 == m { print "scsa-guest: module " m " at " $6 " size " $2 }' \
		/proc/modules > /dev/kmsg
	if rmmod "$1" > /tmp/rmmod.out 2>&1; then
		echo "ok - unload"
	else
		echo "not ok - unload"
		sed 's/^/# /' /tmp/rmmod.out
	fi
}
