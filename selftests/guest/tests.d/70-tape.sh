#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Tapes, on scsa_emu's emulated drive (selftests/kmod/scsa_emu.c): first
# Linux's own st, to check the emulation (records, filemarks, rewind, space,
# positions, data read back), then illumos's st, unchanged, bound through
# scsa_hba to the same drive with the same cartridge: st(7D)'s nodes, what
# MTIOCTOP and MTIOCGET do, fixed and variable records, a read at a
# filemark, a tar archive of several files; what one driver wrote the other
# reads back.  The emulator's injected faults (write protect, no
# cartridge, medium error, a unit attention st recovers from) are checked
# through both.  Where Linux's st is not in the kernel (the debug kernel),
# illumos st writes the archives it then reads, and the cross-checks with
# Linux's st skip.  Without illumos's st built, its cases skip, saying why.

. /selftests/lib.sh
ksft_main "$@"

kdir=/lib/modules/$(uname -r)
lxst=$(find "$kdir/kernel" -name st.ko | head -1)

# Linux's st may not be in the kernel (the debug kernel has none): its
# cases then skip.
lx_check() {	# lx_check DESCRIPTION COMMAND...
	if [ -n "$lxst" ]; then
		check "$@"
	else
		echo "ok - $1 # SKIP Linux's st is not in this kernel"
	fi
}
emu=/sys/module/scsa_emu/parameters

# Both Linux's st and illumos's are modules named "st": only one at a time,
# each loaded from its own file.
check "modprobe scsa_emu (a tape drive)" modprobe scsa_emu tapes=1 enclosures=0 tape_kb=4096
hctl=
i=0
while [ -z "$hctl" ] && [ $i -lt 50 ]; do
	for d in /sys/bus/scsi/devices/*:*:*:*; do
		[ "$(cat "$d/type" 2>/dev/null)" = 1 ] &&
			grep -qs ULTRIUM-TD1 "$d/model" && hctl=${d##*/}
	done
	[ -n "$hctl" ] || sleep 0.1
	i=$((i + 1))
done
host=${hctl%%:*}
echo "# emulated tape at $hctl"
check "the emulated tape is a SCSI device of type 1" [ -n "$hctl" ]

# ---- Linux st ----------------------------------------------------------
lx_check "insmod Linux's st" insmod "$lxst"
i=0
while [ ! -c /dev/nst0 ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
lx_check "Linux st binds it: /dev/st0, /dev/nst0" sh -c "[ -c /dev/st0 ] && [ -c /dev/nst0 ]"
T=/dev/nst0
[ -n "$lxst" ] || T=/dev/null
L="smt -L -f $T"

# Three files of tar archives in 10 KiB records (the last record short),
# each ended by the filemark st writes at close.
mkdir -p /tmp/tar/a /tmp/tar/b /tmp/tar/c
for x in a b c; do
	dd if=/dev/urandom of=/tmp/tar/$x/data bs=1k count=$(( ${#x} * 37 + 5 )) 2>/dev/null
	echo "file $x" > /tmp/tar/$x/name
	tar cf /tmp/$x.tar -C /tmp/tar/$x .
done
$L rewind > /dev/null
ok=1
for x in a b c; do
	dd if=/tmp/$x.tar of=$T bs=10240 2>/dev/null || ok=0
done
lx_check "Linux st: three tar archives written, each closed with a filemark" [ $ok = 1 ]
$L pos > /tmp/p
lx_check "Linux st: position after them is file 3 block 0 ($(cat /tmp/p))" \
	grep -q "file 3 block 0" /tmp/p

# The records: each archive is ceil(size / 10240) records.
recs() { echo $(( ($(wc -c < "$1") + 10239) / 10240 )); }
ra=$(recs /tmp/a.tar)
rb=$(recs /tmp/b.tar)
rc=$(recs /tmp/c.tar)
echo "# records: a $ra, b $rb, c $rc"

$L rewind fsf 1 > /dev/null
dd if=$T of=/tmp/rb.tar bs=10240 2>/dev/null
lx_check "Linux st: rewind, fsf 1, the second archive read back" cmp /tmp/b.tar /tmp/rb.tar
$L tell > /tmp/p
lx_check "Linux st: tell after it is object $((ra + 1 + rb + 1)) ($(cat /tmp/p))" \
	grep -q "^tell $((ra + 1 + rb + 1))$" /tmp/p
$L rewind > /dev/null
dd if=$T of=/tmp/ra.tar bs=10240 2>/dev/null
dd if=$T of=/tmp/rb2.tar bs=10240 2>/dev/null
lx_check "Linux st: rewind, the first archive read to its filemark" cmp /tmp/a.tar /tmp/ra.tar
lx_check "Linux st: the next read goes on with the second" cmp /tmp/b.tar /tmp/rb2.tar
$L bsf 2 > /tmp/p 2>&1
$L fsf 1 pos >> /tmp/p
lx_check "Linux st: bsf 2, fsf 1: file 1 block 0" grep -q "file 1 block 0" /tmp/p
$L fsr 1 pos > /tmp/p
lx_check "Linux st: fsr 1: file 1 block 1" grep -q "file 1 block 1" /tmp/p
$L bsr 1 pos > /tmp/p
lx_check "Linux st: bsr 1: file 1 block 0" grep -q "file 1 block 0" /tmp/p
$L eom pos > /tmp/p
lx_check "Linux st: eom: file 3" grep -q "file 3 " /tmp/p
$L seek $((ra + 1)) > /dev/null
dd if=$T of=/tmp/rb3.tar bs=10240 2>/dev/null
lx_check "Linux st: seek to the second archive's first object, read it" cmp /tmp/b.tar /tmp/rb3.tar

# Variable records: a short record read with a larger buffer (ILI).
$L eom wr 1000 > /tmp/p
$L bsf 1 bsr 1 rd 4096 > /tmp/p
lx_check "Linux st: a 1000-byte record read into 4096 bytes returns 1000" grep -q "^rd 1000$" /tmp/p
# Write protect, from the emulator (a unit attention follows).
echo 0,1 > $emu/tape_wp
$L nop > /dev/null 2>&1
smt -L -f $T wr 512 > /tmp/p 2>&1
echo 0,0 > $emu/tape_wp
lx_check "Linux st: write-protected cartridge: no write ($(head -1 /tmp/p))" \
	grep -qE "open .*: -30|wr -30|wr -5|-13" /tmp/p
$L nop > /dev/null 2>&1
# Medium error at the first object of the second archive.
echo "0,$((ra + 1))" > $emu/tape_medium_error
$L rewind fsf 1 rd 10240 > /tmp/p 2>&1
echo 0,-1 > $emu/tape_medium_error
lx_check "Linux st: injected medium error: read fails EIO" grep -q "^rd -5$" /tmp/p

# A command the drive never completes (injected timeout), through sg: the
# midlayer's abort ends it, and the drive answers the next one.
sgdev=/dev/$(ls "/sys/bus/scsi/devices/$hctl/scsi_generic" 2>/dev/null)
echo 0,1 > $emu/tape_drop
sg_raw -t 2 "$sgdev" 00 00 00 00 00 00 > /tmp/p 2>&1
sgrc=$?
sed 's/^/# /' /tmp/p
check "injected timeout: TEST UNIT READY through sg fails (sg_raw exit $sgrc)" [ $sgrc -ne 0 ]
# (A unit attention may be pending, when no Linux st took it.)
sg_raw "$sgdev" 00 00 00 00 00 00 > /dev/null 2>&1 ||
	sg_raw "$sgdev" 00 00 00 00 00 00 > /dev/null 2>&1
check "the drive answers the next TEST UNIT READY" sg_raw "$sgdev" 00 00 00 00 00 00

# ---- illumos st --------------------------------------------------------
# The drive goes to SCSA: Linux's device removed, st unloaded, no_uld set,
# the target rescanned (the cartridge is the emulator's, and stays).
ko=$kdir/extra/st.ko
if [ ! -e "$ko" ]; then
	skip_checks "illumos st not run ($(port_why st))" '/^# ---- illumos st/'
	rmmod st 2>/dev/null
	rmmod scsa_emu
	exit 0
fi

echo 1 > "/sys/bus/scsi/devices/$hctl/delete"
[ -z "$lxst" ] || rmmod st
echo 1 > $emu/no_uld
echo "- - -" > "/sys/class/scsi_host/host$host/scan"
modprobe scsa_hba	# (with scsa_compat) when 00-env did not load it
check "insmod illumos st (aliases=scsiclass,01)" insmod "$ko" aliases=scsiclass,01
i=0
while [ -z "$(ls /dev/scsa/st 2>/dev/null)" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
echo "# st nodes: $(ls /dev/scsa/st 2>/dev/null | tr '\n' ' ')"
grep -B2 -A2 "driver name: st" /proc/scsa/devinfo | sed 's/^/# /'
n=$(ls /dev/scsa/st 2>/dev/null | wc -l)
check "st attaches and makes its 24 minor nodes ($n)" [ "$n" -eq 24 ]
S=/dev/scsa/st/0:n
[ -c "$S" ] || S=$(ls /dev/scsa/st/*n 2>/dev/null | head -1)
I="smt -f $S"
# The rewinding node with the default density: the name without letters.
R=$(ls -d /dev/scsa/st/0* | head -1)
echo "# nodes used: $S (no rewind), $R (rewinding)"
$I status > /tmp/p 2>&1
sed 's/^/# /' /tmp/p
check "MTIOCGET: mt_type MT_LTO (0x3b)" grep -q "type=0x3b" /tmp/p

# The archives Linux wrote, read by illumos st.  Without Linux's st,
# illumos st writes them first, the same way.
writer="Linux st"
if [ -z "$lxst" ]; then
	writer="illumos st"
	$I rewind > /dev/null
	ok=1
	for x in a b c; do
		dd if=/tmp/$x.tar of=$S bs=10240 2>/dev/null || ok=0
	done
	check "illumos st: three tar archives written, each closed with a filemark (no Linux st here)" [ $ok = 1 ]
fi
$I rewind > /dev/null
dd if=$S of=/tmp/ia.tar bs=10240 2>/dev/null
check "illumos st: the first archive read back ($writer wrote it)" cmp /tmp/a.tar /tmp/ia.tar
$I pos > /tmp/p
check "illumos st: at the filemark's far side: file 1 block 0 ($(cat /tmp/p))" \
	grep -q "file 1 block 0" /tmp/p
$I rewind fsf 2 > /dev/null
dd if=$S of=/tmp/ic.tar bs=10240 2>/dev/null
check "illumos st: rewind, fsf 2, the third archive" cmp /tmp/c.tar /tmp/ic.tar
mkdir -p /tmp/x
dd if=$S bs=10240 2>/dev/null > /dev/null
$I rewind fsf 1 > /dev/null
dd if=$S bs=10240 2>/dev/null | tar xf - -C /tmp/x
check "illumos st: rewind, fsf 1, tar extracts the second archive's files" \
	cmp /tmp/x/data /tmp/tar/b/data

# Write with illumos st: its own tar archives, filemarks at close.
$I rewind > /dev/null
for x in c a b; do
	dd if=/tmp/$x.tar of=$S bs=10240 2>/dev/null
done
$I pos > /tmp/p
check "illumos st: three archives written, a filemark each: file 3 ($(cat /tmp/p))" \
	grep -q "file 3 block 0" /tmp/p
$I rewind fsf 1 > /dev/null
dd if=$S of=/tmp/ia2.tar bs=10240 2>/dev/null
check "illumos st: rewind, fsf 1, read back" cmp /tmp/a.tar /tmp/ia2.tar

# A read at a filemark returns 0 once.  On the BSD node (b) the next read
# goes on with the next file; on the SVR4 one it fails until the file is
# closed or a space operation is made.
rds=$(i=0; while [ $i -lt "$ra" ]; do echo rd 10240; i=$((i + 1)); done)
# shellcheck disable=SC2086
smt -f /dev/scsa/st/0:bn rewind fsf 1 $rds rd 10240 rd 10240 > /tmp/p
tail -2 /tmp/p | tr '\n' ' ' > /tmp/p2
check "illumos st, BSD node: at the filemark read returns 0, then the next file's record ($(cat /tmp/p2))" \
	grep -q "^rd 0 rd 10240 $" /tmp/p2
# shellcheck disable=SC2086
smt -f $S rewind fsf 1 $rds rd 10240 rd 10240 > /tmp/p
tail -2 /tmp/p | tr '\n' ' ' > /tmp/p2
check "illumos st, SVR4 node: at the filemark read returns 0, then EIO ($(cat /tmp/p2))" \
	grep -q "^rd 0 rd -5 $" /tmp/p2

# Variable records, their lengths, a short read's residual.
$I eom wr 1000 wr 3000 > /tmp/p
$I bsf 1 bsr 2 rd 4096 rd 4096 status > /tmp/p
sed 's/^/# /' /tmp/p
check "illumos st: variable records of 1000 and 3000 read back with 4096" \
	sh -c "grep -q '^rd 1000$' /tmp/p && grep -q '^rd 3000$' /tmp/p"
check "illumos st: MTIOCGET after it: the short read's residual, 1096" \
	grep -q "resid=1096 " /tmp/p
$I bsf 1 bsr 1 rd 100 > /tmp/p 2>&1
check "illumos st: a 3000-byte record read into 100 bytes fails ENOMEM ($(tail -1 /tmp/p))" \
	grep -q "^rd -12$" /tmp/p

# Fixed records: MTSRSZ 512, writes of 4 blocks, read back by the block.
$I eom srsz 512 grsz > /tmp/p 2>&1
check "illumos st: MTSRSZ 512, MTGRSZ says 512" grep -q "^grsz 512$" /tmp/p
smt -f $S eom srsz 512 wr 2048 wr 1024 weof 1 bsf 1 bsr 3 rd 512 status > /tmp/p 2>&1
sed 's/^/# /' /tmp/p
check "illumos st: fixed 512-byte blocks written, spaced back over, one read" \
	grep -q "^rd 512$" /tmp/p
smt -f $S eom srsz 512 wr 100 > /tmp/p 2>&1
check "illumos st: fixed mode, a write not a multiple of 512: EINVAL" grep -q "^wr -22$" /tmp/p
$I srsz 0 > /dev/null 2>&1

# Positions: MTTELL, MTSEEK.
$I rewind fsf 2 tell > /tmp/p
check "illumos st: tell at file 2 is object $((rc + 1 + ra + 1)) ($(tail -1 /tmp/p))" \
	grep -q "^tell $((rc + 1 + ra + 1))$" /tmp/p
$I seek $((rc + 1)) > /dev/null
dd if=$S of=/tmp/is.tar bs=10240 2>/dev/null
check "illumos st: seek to the second archive and read it" cmp /tmp/a.tar /tmp/is.tar

# Closing the rewinding node rewinds.
smt -f "$R" fsf 1 > /dev/null
$I pos > /tmp/p
check "illumos st: closing the rewinding node rewinds (file 0 block 0)" \
	grep -q "file 0 block 0" /tmp/p

# Faults from the emulator: write protect, no cartridge.
echo 0,1 > $emu/tape_wp
smt -f $S status > /dev/null 2>&1
smt -f $S wr 512 > /tmp/p 2>&1
echo 0,0 > $emu/tape_wp
check "illumos st: write-protected: open for writing fails EACCES ($(head -1 /tmp/p))" \
	grep -q -- "-13" /tmp/p
$I offline > /dev/null 2>&1
smt -f $S status > /tmp/p 2>&1
check "illumos st: after MTOFFL, no cartridge: open fails EIO ($(head -1 /tmp/p))" \
	grep -q -- "open .*-5" /tmp/p
echo 0,1 > $emu/tape_loaded
smt -f $S status > /dev/null 2>&1
smt -f $S rewind > /tmp/p 2>&1
check "illumos st: cartridge inserted again: open and rewind work" [ ! -s /tmp/p ]

# Detach refused while a node is open.
(exec 3< "$S"; sleep 3) &
holder=$!
i=0
while [ ! -e /proc/$holder/fd/3 ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
check "rmmod illumos st refused while its node is open" sh -c "! rmmod st 2>/dev/null"
wait $holder

check "rmmod illumos st" rmmod st

# Run smt in the background and wait for it, up to 60 s: a command st
# never sends again (its throttle left at 0, every command waiting in
# st_runout()) fails the check instead of hanging the guest.
smt_bg() {	# smt_bg OUTPUT SMT-ARGS...
	out=$1
	shift
	smt "$@" > "$out" 2>&1 &
	smt_pid=$!
}
smt_wait() {
	i=0
	while kill -0 "$smt_pid" 2>/dev/null && [ $i -lt 600 ]; do sleep 0.1; i=$((i + 1)); done
	! kill -0 "$smt_pid" 2>/dev/null
}

# A medium error, with st's command recovery on (st's default).
insmod "$ko" aliases=scsiclass,01
i=0
while [ ! -c "$S" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
echo "0,$((rc + 1))" > $emu/tape_medium_error
smt_bg /tmp/p -f $S rewind fsf 1 rd 10240
smt_wait
hung=$?
echo 0,-1 > $emu/tape_medium_error
check "illumos st: injected medium error: read fails EIO ($(tr '\n' ' ' < /tmp/p))" \
	sh -c "[ $hung = 0 ] && grep -q '^rd -5$' /tmp/p"
smt_bg /tmp/p -f $S rewind
smt_wait
check "illumos st: after it, the drive rewinds" sh -c "[ $? = 0 ] && [ ! -s /tmp/p ]"

# A unit attention between two commands of one open (28/00, the medium
# may have changed: the emulator's write-protect switch, set to what it
# was): st's command recovery (st_recover) tests the drive, finds where
# the tape is, and sends the read again, which returns the record and
# leaves the tape one object further.  Without the recovery the read
# fails EIO.  Several rounds: a recovery once left st's throttle at 0.
ok=0
n=0
while [ $n -lt 5 ]; do
	n=$((n + 1))
	smt_bg /tmp/p -f $S rewind fsf 1 hold 2 rd 10240 tell
	i=0
	while ! grep -q "^hold$" /tmp/p && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
	echo 0,0 > $emu/tape_wp
	if ! smt_wait; then
		echo "# round $n: smt still waiting after 60 s: $(tr '\n' ' ' < /tmp/p)"
		break
	fi
	echo "# round $n: $(tr '\n' ' ' < /tmp/p)"
	grep -q "^rd 10240$" /tmp/p && grep -q "^tell $((rc + 2))$" /tmp/p && ok=$((ok + 1))
done
check "illumos st: a unit attention in an open: st's recovery sends the read again, data and position right ($ok of 5)" \
	[ $ok = 5 ]
smt_bg /tmp/p -f $S rewind fsf 2 rd 10240 pos
smt_wait
check "illumos st: after those recoveries, commands still go through ($(tr '\n' ' ' < /tmp/p))" \
	grep -q "^pos file 2 block 1$" /tmp/p
# st refuses to detach away from the beginning of the tape.
$I rewind > /dev/null 2>&1
check "rmmod illumos st after the recoveries" rmmod st

# Linux st reads what illumos st wrote.
if [ -n "$lxst" ]; then
	echo 1 > "/sys/bus/scsi/devices/$hctl/delete"
	echo 0 > $emu/no_uld
	insmod "$lxst"
	echo "- - -" > "/sys/class/scsi_host/host$host/scan"
	i=0
	while [ ! -c /dev/nst0 ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
	$L rewind fsf 2 > /dev/null 2>&1
	dd if=$T of=/tmp/lb.tar bs=10240 2>/dev/null
fi
lx_check "Linux st reads the third archive illumos st wrote" cmp /tmp/b.tar /tmp/lb.tar
[ -z "$lxst" ] || rmmod st
check "rmmod scsa_emu" rmmod scsa_emu
