#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# illumos's sgen, built unchanged from sources outside this tree
# (tools/illumos-ports), on the guest's scsi_debug LUNs: binding through
# aliases= (by device type, by vendor and product), USCSICMD through
# tools/scsicmd from 64- and 32-bit callers (INQUIRY, READ CAPACITY, data
# written, read back and compared, also through Linux's sg), CHECK
# CONDITION and UNIT ATTENTION with their sense, several callers at once,
# small buffers at odd addresses (through scsa_compat's copy buffers,
# counted in /sys/kernel/debug/scsa_hba/stats), unloading.  When sgen.ko is
# not in the guest, every case is a SKIP that says why.

. /selftests/lib.sh
ksft_main "$@"

# No sgen.ko: every case of this file is skipped.  The cases are the
# descriptions of its check lines (each on the line of its "check"), so
# the list cannot drift; tools/illumos-ports says why the module is
# missing in /selftests/ports.status.
ko=/lib/modules/$(uname -r)/extra/sgen.ko
if [ ! -e "$ko" ]; then
	skip_checks "no illumos sgen built ($(port_why sgen))"
	exit 0
fi

sdebug=/sys/bus/pseudo/drivers/scsi_debug
stats=/sys/kernel/debug/scsa_hba/stats
conf_type='conf=device-type-config-list="direct";'

stat() {	# stat NAME: a counter of scsa_hba's stats
	sed -n "s/^$1 //p" $stats
}

kstat() {	# kstat MODULE:INST:NAME:STAT -> value (0 if absent)
	v=$(awk -F '\t' -v k="$1" '$1 == k { print $2 }' /proc/scsa/kstat)
	echo "${v:-0}"
}

# Wait (bounded) for N sgen nodes: binding runs at load and on hot-add.
sgen_wait_nodes() {
	i=0
	while [ $i -lt 50 ]; do
		[ "$(ls /dev/scsa/sgen 2>/dev/null | wc -l)" -ge "$1" ] && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}

# Clear what a LUN has pending (the unit attention of a new LUN, or of a
# change made by an earlier test): TEST UNIT READY until it is ready.
ready() {
	i=0
	until scsicmd -s "$1" tur > /dev/null 2>&1 || [ $i -ge 5 ]; do i=$((i + 1)); done
}

trim() { sed 's/ *$//' "$1"; }

nluns=0
for d in /sys/bus/scsi/devices/*:*:*:*; do
	grep -qs scsi_debug "$d/model" && [ ! -e "$d/driver" ] && nluns=$((nluns + 1))
done
echo "# $nluns scsi_debug LUNs reserved to SCSA"

# Binding.  SCSA children are self-identifying nodes, for which sgen's
# probe(9E) does not look at its sgen.conf lists (device-type-config-list,
# inquiry-config-list: they serve the node specifications of sgen.conf,
# which an HBA that enumerates its devices does not use): what binds sgen is
# its aliases, as "add_drv -i" sets them on illumos.
modprobe sgen aliases=scsiclass,01 > /tmp/modprobe.out 2>&1
rc=$?
sed 's/^/# /' /tmp/modprobe.out
sleep 1
check "aliases=scsiclass,01 (tapes): sgen binds no disk LUN" \
	sh -c "[ $rc -eq 0 ] && [ -z \"\$(ls /dev/scsa/sgen 2>/dev/null)\" ]"
rmmod sgen 2>/dev/null
modprobe sgen aliases=scsiclass,00.vLinux.pscsi_debug
sgen_wait_nodes "$nluns"
echo "# by vendor and product: $(ls /dev/scsa/sgen 2>/dev/null | tr '\n' ' ')"
check "aliases=scsiclass,00.vLinux.pscsi_debug: sgen binds every scsi_debug LUN" \
	[ "$(grep -c 'driver name: sgen) \[attached\] scsiclass,00' /proc/scsa/devinfo)" -eq "$nluns" ]
check "rmmod sgen" rmmod sgen

# As an administrator would: the alias, and sgen.conf's list (parsed, and
# without effect on these nodes).
check "modprobe sgen aliases=scsiclass,00 conf=device-type-config-list=direct" \
	modprobe sgen aliases=scsiclass,00 "$conf_type"
sgen_wait_nodes "$nluns"
echo "# sgen nodes: $(ls /dev/scsa/sgen 2>/dev/null | tr '\n' ' ')"
check "a node per disk LUN, named by device type (N:direct)" \
	[ "$(ls /dev/scsa/sgen 2>/dev/null | grep -c '^[0-9]*:direct$')" -eq "$nluns" ]
dev=/dev/scsa/sgen/0:direct
dev1=/dev/scsa/sgen/1:direct
if [ ! -c "$dev" ]; then
	sed 's/^/# /' /proc/scsa/devinfo
	echo "not ok - sgen node $dev"
	rmmod sgen
	exit 0
fi
[ -c "$dev1" ] || dev1=$dev

hctl=$(scsa_hctl sgen 0)
sys=/sys/bus/scsi/devices/$hctl
echo "# sgen instance 0 is $hctl"
vendor=$(trim "$sys/vendor")
model=$(trim "$sys/model")
blocks=$(( $(cat /sys/module/scsi_debug/parameters/dev_size_mb) * 2048 ))
ready "$dev"
ready "$dev1"

# INQUIRY and READ CAPACITY.
scsicmd "$dev" inquiry > /tmp/inq.out 2>&1
sed 's/^/# /' /tmp/inq.out
check "INQUIRY: vendor, product and device type of the LUN" \
	sh -c "grep -q '^Vendor: *$vendor\$' /tmp/inq.out &&
	       grep -q '^Product: *$model\$' /tmp/inq.out &&
	       grep -q '^Type: *0x00 ' /tmp/inq.out"
check "INQUIRY VPD page 0x80 (serial number)" \
	sh -c "scsicmd '$dev' inquiry -p 0x80 | grep -q '^Unit serial number: '"
scsicmd "$dev" readcap > /tmp/cap.out 2>&1
sed 's/^/# /' /tmp/cap.out
check "READ CAPACITY(10): the LUN's blocks of 512 bytes" \
	sh -c "grep -q '^Blocks: *$blocks ' /tmp/cap.out && grep -q '^Block size: 512\$' /tmp/cap.out"
check "READ CAPACITY(16)" sh -c "scsicmd '$dev' readcap -l | grep -q '^Blocks: *$blocks '"
check "TEST UNIT READY" sh -c "scsicmd '$dev' tur | grep -q ready"

# Data: written through sgen, read back through sgen and through sg.
dd if=/dev/urandom of=/tmp/pat1 bs=512 count=64 2>/dev/null
dd if=/dev/urandom of=/tmp/pat2 bs=512 count=64 2>/dev/null
check "WRITE(10) of 64 blocks" scsicmd "$dev" write 3000 64 -i /tmp/pat1
scsicmd "$dev" read 3000 64 > /tmp/back1
check "READ(10) reads back what was written" cmp -s /tmp/pat1 /tmp/back1
sg=$(ls "$sys/scsi_generic" 2>/dev/null)
if [ -n "$sg" ] && [ -c "/dev/$sg" ]; then
	sg_dd if="/dev/$sg" of=/tmp/sg1 bs=512 skip=3000 count=64 > /dev/null 2>&1
	check "Linux's sg reads what sgen wrote" cmp -s /tmp/pat1 /tmp/sg1
	sg_dd if=/tmp/pat2 of="/dev/$sg" bs=512 seek=5000 count=64 > /dev/null 2>&1
	scsicmd "$dev" read 5000 64 > /tmp/back2
	check "sgen reads what Linux's sg wrote" cmp -s /tmp/pat2 /tmp/back2
else
	echo "ok - cross-check through sg # SKIP no sg node for $hctl"
fi

# CHECK CONDITION: sgen completes the ioctl and leaves the status and the
# sense to the caller (it does not fail it as sd does), and counts it.
a0=$(kstat "sgenerr:0:sgen0,err:autosense_occurred")
u0=$(kstat "sgenerr:0:sgen0,err:unrecoverable_sense_error")
scsicmd -v -s "$dev" read "$blocks" 1 -b 512 > /dev/null 2> /tmp/cc.err
rc=$?
sed 's/^/# /' /tmp/cc.err
check "READ beyond the end: ioctl succeeds with CHECK CONDITION (exit 22)" \
	sh -c "[ $rc -eq 22 ] && grep -q 'ioctl ok, status 0x02 (CHECK CONDITION)' /tmp/cc.err"
check "READ beyond the end: sense ILLEGAL REQUEST, LBA out of range (0x21/0x00)" \
	grep -q 'sense key 0x5 ILLEGAL REQUEST, ASC 0x21 ASCQ 0x00' /tmp/cc.err
scsicmd -s "$dev" raw ff 00 00 00 00 00 > /dev/null 2> /tmp/cc.err
rc=$?
sed 's/^/# /' /tmp/cc.err
check "unknown opcode 0xff: sense ILLEGAL REQUEST, invalid opcode (0x20/0x00, exit 9)" \
	sh -c "[ $rc -eq 9 ] && grep -q 'ILLEGAL REQUEST, ASC 0x20 ASCQ 0x00' /tmp/cc.err"
a1=$(kstat "sgenerr:0:sgen0,err:autosense_occurred")
u1=$(kstat "sgenerr:0:sgen0,err:unrecoverable_sense_error")
echo "# sgenerr:0:sgen0,err autosense_occurred $a0 -> $a1, unrecoverable_sense_error $u0 -> $u1"
check "sgen's error kstats count both (autosense, unrecoverable sense)" \
	[ "$a1" -eq $((a0 + 2)) -a "$u1" -eq $((u0 + 2)) ]
check "a command after a CHECK CONDITION succeeds" \
	sh -c "scsicmd '$dev' read 3000 1 -b 512 | cmp -s -n 512 - /tmp/back1"

# UNIT ATTENTION: scsi_debug reports CAPACITY DATA HAS CHANGED after a
# change of virtual_gb; sgen does not retry, the caller sees it once.
if [ -w $sdebug/virtual_gb ]; then
	vg=$(cat $sdebug/virtual_gb)
	echo 1 > $sdebug/virtual_gb
	echo "$vg" > $sdebug/virtual_gb
	scsicmd -v -s "$dev" tur > /dev/null 2> /tmp/ua.err
	rc=$?
	sed 's/^/# /' /tmp/ua.err
	check "UNIT ATTENTION reported to the caller: capacity data has changed (0x2a/0x09)" \
		sh -c "[ $rc -eq 6 ] && grep -q 'sense key 0x6 UNIT ATTENTION, ASC 0x2a ASCQ 0x09' /tmp/ua.err"
	check "reported once: the next TEST UNIT READY is GOOD" \
		sh -c "scsicmd '$dev' tur | grep -q ready"
	ready "$dev1"
else
	echo "ok - unit attention # SKIP scsi_debug has no writable virtual_gb"
fi

# 32-bit callers (compat_ioctl: sgen sees DATAMODEL_ILP32).
if [ -x /usr/bin/scsicmd-m32 ]; then
	check "32-bit caller: INQUIRY and READ CAPACITY" sh -c \
		"scsicmd-m32 '$dev' inquiry | grep -q '^Product: *$model\$' &&
		 scsicmd-m32 '$dev' readcap | grep -q '^Blocks: *$blocks '"
	dd if=/dev/urandom of=/tmp/pat3 bs=512 count=32 2>/dev/null
	scsicmd-m32 "$dev" write 7000 32 -i /tmp/pat3 &&
		scsicmd "$dev" read 7000 32 > /tmp/back3 &&
		scsicmd-m32 "$dev" read 7000 32 > /tmp/back3b
	check "32-bit caller: write, read back by 64- and 32-bit callers" \
		sh -c "cmp -s /tmp/pat3 /tmp/back3 && cmp -s /tmp/pat3 /tmp/back3b"
	scsicmd-m32 -v -s "$dev" read "$blocks" 1 -b 512 > /dev/null 2> /tmp/cc32.err
	rc=$?
	sed 's/^/# /' /tmp/cc32.err
	check "32-bit caller: CHECK CONDITION with its sense (0x5/0x21)" \
		sh -c "[ $rc -eq 22 ] && grep -q 'ioctl ok, status 0x02' /tmp/cc32.err &&
		       grep -q 'ILLEGAL REQUEST, ASC 0x21 ASCQ 0x00' /tmp/cc32.err"
else
	echo "ok - 32-bit callers # SKIP no 32-bit toolchain on the host"
fi

# Several callers at once, on both nodes (sgen runs one command per LUN at
# a time; the others wait for its command buffer): 64- and 32-bit writers
# to their own blocks, and readers of INQUIRY, all in parallel.
m32=scsicmd
[ -x /usr/bin/scsicmd-m32 ] && m32=scsicmd-m32
pids=""
for i in 1 2 3 4 5 6 7 8; do
	dd if=/dev/urandom of=/tmp/par.$i bs=512 count=128 2>/dev/null
done
for i in 1 2 3 4 5 6 7 8; do
	d=$dev
	[ $((i % 2)) -eq 0 ] && d=$dev1
	p=scsicmd
	[ $i -gt 4 ] && p=$m32
	$p "$d" write $((20000 + i * 1024)) 128 -i /tmp/par.$i 2> /tmp/par.$i.err &
	pids="$pids $!"
	$p "$d" inquiry > /tmp/pinq.$i 2>&1 &
	pids="$pids $!"
done
nfail=0
for p in $pids; do
	wait "$p" || nfail=$((nfail + 1))
done
cat /tmp/par.*.err 2>/dev/null | sed 's/^/# /'
check "16 callers at once on two nodes (8 writers, 8 INQUIRYs): all succeed" [ "$nfail" -eq 0 ]
bad=0
for i in 1 2 3 4 5 6 7 8; do
	d=$dev
	[ $((i % 2)) -eq 0 ] && d=$dev1
	scsicmd "$d" read $((20000 + i * 1024)) 128 > /tmp/parb.$i
	cmp -s /tmp/par.$i /tmp/parb.$i || { echo "# writer $i: data differs"; bad=$((bad + 1)); }
	grep -q "^Product: *$model\$" /tmp/pinq.$i || { echo "# INQUIRY $i: wrong"; bad=$((bad + 1)); }
done
check "16 callers at once: every writer's blocks read back, every INQUIRY right" [ "$bad" -eq 0 ]

# Small buffers at odd addresses or of odd lengths: the LLD's DMA alignment
# is not the caller's problem.  scsa_compat puts such data in a copy buffer
# (scsa_dma.c), counted by scsa_hba as "bounced"; a page-aligned buffer is
# mapped in place.
if [ -r $stats ]; then
	b0=$(stat bounced)
	scsicmd "$dev" read 3000 1 -b 512 > /tmp/al.out
	b1=$(stat bounced)
	echo "# bounced: $b0 before a page-aligned READ, $b1 after"
	check "a page-aligned 512-byte READ is mapped in place, not bounced" \
		sh -c "[ $b1 -eq $b0 ] && cmp -s -n 512 /tmp/al.out /tmp/back1"
	scsicmd -a 1 "$dev" read 3000 1 -b 512 > /tmp/mis.out 2> /tmp/mis.err
	rc=$?
	b2=$(stat bounced)
	sed 's/^/# /' /tmp/mis.err
	check "512-byte READ into a buffer at an odd address: right data, one copy buffer" \
		sh -c "[ $rc -eq 0 ] && cmp -s -n 512 /tmp/mis.out /tmp/back1 && [ $b2 -eq $((b1 + 1)) ]"
	head -c 512 /tmp/pat2 > /tmp/pat512
	scsicmd -a 5 "$dev" write 9000 1 -b 512 -i /tmp/pat512 2> /tmp/mis.err
	rc=$?
	b3=$(stat bounced)
	sed 's/^/# /' /tmp/mis.err
	scsicmd "$dev" read 9000 1 -b 512 > /tmp/mis.out
	check "512-byte WRITE from a buffer at an odd address: written, one copy buffer" \
		sh -c "[ $rc -eq 0 ] && cmp -s /tmp/mis.out /tmp/pat512 && [ $b3 -eq $((b2 + 1)) ]"
	scsicmd "$dev" raw -r 36 -o /tmp/inq36 12 00 00 00 24 00 > /dev/null
	b4=$(stat bounced)
	scsicmd -a 3 "$dev" raw -r 13 -o /tmp/inq13 12 00 00 00 0d 00 > /tmp/mis.out 2>&1
	rc=$?
	b5=$(stat bounced)
	sed 's/^/# /' /tmp/mis.out
	check "13-byte INQUIRY at an odd address: the first 13 bytes, one copy buffer" \
		sh -c "[ $rc -eq 0 ] && [ \$(wc -c < /tmp/inq13) -eq 13 ] &&
		       cmp -s -n 13 /tmp/inq13 /tmp/inq36 && [ $b5 -eq $((b4 + 1)) ]"
	echo "# scsa_hba stats: $(tr '\n' ' ' < $stats)"
else
	echo "ok - buffers at odd addresses # SKIP no $stats"
fi

# Unloading.
exec 3< "$dev"
check "rmmod sgen refused while a node is open" sh -c '! rmmod sgen 2>/dev/null'
exec 3<&-
check "rmmod sgen once closed" rmmod sgen
check "sgen's nodes and kstats removed with the driver" \
	sh -c '[ -z "$(ls /dev/scsa/sgen 2>/dev/null)" ] && ! grep -q "^sgenerr:" /proc/scsa/kstat'
if [ -r $stats ]; then
	sub=$(stat submitted)
	com=$(stat completed)
	echo "# scsa_hba: submitted $sub, completed $com"
	check "scsa_hba: every command submitted has completed" [ "$sub" = "$com" ]
fi
