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
