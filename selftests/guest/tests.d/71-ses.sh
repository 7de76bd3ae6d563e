#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Enclosures, on scsa_emu's emulated SES-2 enclosure (selftests/kmod/
# scsa_emu.c: 4 device slots, a power supply, 2 fans, 2 temperature
# sensors): first Linux's ses and sg_ses, to check the emulation, then
# illumos's ses, unchanged, bound through scsa_hba: SESIOC_* report the
# objects and their status, SESIOC_SETOBJSTAT reaches the enclosure's
# control page, a fan failed by the test shows in the next status read.
# Without illumos's ses built, its cases skip, saying why.

. /selftests/lib.sh
ksft_main "$@"

kdir=/lib/modules/$(uname -r)
lxses=$(find "$kdir/kernel" -name ses.ko | head -1)

# Linux's ses may not be in the kernel (the debug kernel has none): its
# cases then skip.
lx_check() {	# lx_check DESCRIPTION COMMAND...
	if [ -n "$lxses" ]; then
		check "$@"
	else
		echo "ok - $1 # SKIP Linux's ses is not in this kernel"
	fi
}
emu=/sys/module/scsa_emu/parameters

# elem N: the emulator's status bytes of element N ("B0 B1 B2 B3").
elem() {
	awk -v e="$1" '$1 == 0 && $2 == e { print $3, $4, $5, $6 }' $emu/ses_element
}

# no_uld: Linux's ses binds all the same (a class interface); the LUN is
# reserved to SCSA by scsa_hba's default luns=reserved.
check "modprobe scsa_emu (an enclosure)" modprobe scsa_emu tapes=0 enclosures=1 no_uld=1
hctl=
i=0
while [ -z "$hctl" ] && [ $i -lt 50 ]; do
	for d in /sys/bus/scsi/devices/*:*:*:*; do
		[ "$(cat "$d/type" 2>/dev/null)" = 13 ] && hctl=${d##*/}
	done
	[ -n "$hctl" ] || sleep 0.1
	i=$((i + 1))
done
echo "# emulated enclosure at $hctl"
check "the emulated enclosure is a SCSI device of type 0x0d" [ -n "$hctl" ]
sg=/dev/$(ls "/sys/bus/scsi/devices/$hctl/scsi_generic" 2>/dev/null)

# ---- Linux ses and sg_ses ------------------------------------------------
# Linux's ses and illumos's are both "ses": each loaded from its own file,
# after what Linux's depends on.
modprobe -a enclosure scsi_transport_sas
lx_check "insmod Linux's ses" insmod "$lxses"
encl=/sys/class/enclosure/$hctl
i=0
while [ ! -d "$encl" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
n=$(cat "$encl/components" 2>/dev/null)
echo "# components: $(ls "$encl" | tr '\n' ' ')"
lx_check "Linux ses registers the enclosure with its 4 device slots ($n)" [ "$n" = 4 ]
lx_check "Linux ses: slot 3 is empty (status 'not installed')" \
	grep -qi "not installed" "$encl/SLOT 03/status"
sg_ses --page=cf "$sg" > /tmp/cf 2>&1
sed -n '1,12s/^/# /p' /tmp/cf
check "sg_ses: configuration page lists the 4 element types" \
	sh -c "grep -c 'Element type: ' /tmp/cf | grep -qx 4"
sg_ses --join "$sg" > /tmp/j 2>&1
check "sg_ses --join: the pages agree, fan descriptors named" grep -q "FAN 1" /tmp/j
echo 1 > "$encl/SLOT 01/locate"
lx_check "Linux ses: locate on slot 1 sets its IDENT in the enclosure ($(elem 1))" \
	sh -c "[ \$(( 0x$(elem 1 | cut -d' ' -f3) & 2 )) -ne 0 ]"
lx_check "Linux ses: locate reads back 1" grep -qx 1 "$encl/SLOT 01/locate"
echo 0 > "$encl/SLOT 01/locate"
sg_ses --index=2 --set=fault "$sg" > /dev/null 2>&1
check "sg_ses --set=fault on slot 2: FAULT REQSTD in the enclosure ($(elem 2))" \
	sh -c "[ \$(( 0x$(elem 2 | cut -d' ' -f4) & 0x20 )) -ne 0 ]"
sg_ses --index=2 --clear=fault "$sg" > /dev/null 2>&1
echo "0 5 02 00 00 40" > $emu/ses_element
sg_ses --page=es "$sg" > /tmp/es 2>&1
check "sg_ses: a failed fan makes the enclosure status critical" grep -q "CRIT=1" /tmp/es
echo "0 5 01 01 2c 23" > $emu/ses_element
lx_check "rmmod Linux's ses" rmmod ses

# ---- illumos ses -------------------------------------------------------
ko=$kdir/extra/ses.ko
if [ ! -e "$ko" ]; then
	skip_checks "no illumos ses built ($(port_why ses))" '/^# ---- illumos ses/'
	rmmod scsa_emu
	exit 0
fi

modprobe scsa_hba	# (with scsa_compat) when 00-env did not load it
check "insmod illumos ses (aliases=scsiclass,0d)" insmod "$ko" aliases=scsiclass,0d
i=0
while [ -z "$(ls /dev/scsa/ses 2>/dev/null)" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
echo "# ses nodes: $(ls /dev/scsa/ses 2>/dev/null | tr '\n' ' ')"
E=/dev/scsa/ses/0:0
check "ses attaches to the enclosure: $E" [ -c $E ]
sesctl $E nobj > /tmp/s
check "SESIOC_GETNOBJ: 9 objects ($(cat /tmp/s))" grep -qx "nobj 9" /tmp/s
sesctl $E map > /tmp/s
sed 's/^/# /' /tmp/s
check "SESIOC_GETOBJMAP: slots, power supply, fans, sensors in page order" \
	sh -c "[ \"\$(awk '{ printf \"%s \", \$6 }' /tmp/s)\" = '1 1 1 1 2 3 3 4 4 ' ]"
sesctl $E encstat > /tmp/s
check "SESIOC_GETENCSTAT: all well, 0 ($(cat /tmp/s))" grep -qx "encstat 0x0" /tmp/s
sesctl $E get 5 > /tmp/s
check "SESIOC_GETOBJSTAT: fan 0 OK, 3000 rpm ($(cat /tmp/s))" grep -qx "obj 5 stat 01 01 2c 23" /tmp/s
sesctl $E get 3 > /tmp/s
check "SESIOC_GETOBJSTAT: slot 3 not installed ($(cat /tmp/s))" grep -q "obj 3 stat 05" /tmp/s

# A fan fails (in the emulator): the next status read shows it.
echo "0 6 02 01 00 40" > $emu/ses_element
sesctl $E get 6 > /tmp/s
check "a failed fan: SESIOC_GETOBJSTAT says critical, FAIL ($(cat /tmp/s))" \
	grep -qx "obj 6 stat 02 01 00 40" /tmp/s
sesctl $E encstat > /tmp/s
check "a failed fan: SESIOC_GETENCSTAT says critical ($(cat /tmp/s))" grep -qx "encstat 0x2" /tmp/s
echo "0 6 01 01 2c 23" > $emu/ses_element

# SESIOC_SETOBJSTAT: the control page reaches the enclosure.
sends=$(awk 'NR == 1 { print $7 }' $emu/ses_element)
sesctl $E set 1 80 00 02 00
check "SESIOC_SETOBJSTAT ident on slot 1: the enclosure's IDENT is set ($(elem 1))" \
	sh -c "[ \$(( 0x$(elem 1 | cut -d' ' -f3) & 2 )) -ne 0 ]"
check "SESIOC_SETOBJSTAT: one control page sent" \
	[ "$(awk 'NR == 1 { print $7 }' $emu/ses_element)" -eq $((sends + 1)) ]
check "SESIOC_SETOBJSTAT: other elements unchanged (slot 0: $(elem 0))" \
	[ "$(elem 0)" = "01 00 00 00" ]
sesctl $E get 1 > /tmp/s
check "SESIOC_GETOBJSTAT reads the IDENT back ($(cat /tmp/s))" grep -qx "obj 1 stat 01 01 02 00" /tmp/s
sesctl $E set 4 80 00 00 60
check "SESIOC_SETOBJSTAT RQST FAIL on the power supply: FAIL set ($(elem 4))" \
	[ "$(elem 4)" = "01 00 00 60" ]
sesctl $E set 2 00 00 02 00
check "SESIOC_SETOBJSTAT without SELECT changes nothing ($(elem 2))" \
	[ "$(elem 2)" = "01 02 00 00" ]
check "SESIOC_SETENCSTAT is accepted" sesctl $E setenc 0

# Detach refused while open; unloading once closed.
(exec 3< $E; sleep 3) &
holder=$!
i=0
while [ ! -e /proc/$holder/fd/3 ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
check "rmmod illumos ses refused while its node is open" sh -c "! rmmod ses 2>/dev/null"
wait $holder
check "rmmod illumos ses" rmmod ses
check "rmmod scsa_emu" rmmod scsa_emu
