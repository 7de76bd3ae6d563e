#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The main job, in a guest: load scsa_compat and the SCSA HBA, show the
# device tree they build over Linux's SCSI devices, bind an illumos-style
# target driver and do real I/O through it.  Everything printed here comes
# from the running guest.

say() { printf '\n== %s\n' "$*"; }

say "Linux SCSI devices ($(uname -r))"
printf '%-10s %-8s %-17s %-4s %s\n' H:C:T:L VENDOR MODEL TYPE "LINUX DRIVER"
for d in /sys/bus/scsi/devices/*:*:*:*; do
	[ -e "$d/type" ] || continue
	drv=$(basename "$(readlink "$d/driver" 2>/dev/null)" 2>/dev/null)
	printf '%-10s %-8s %-17s %-4s %s\n' "$(basename "$d")" "$(cat "$d/vendor")" \
		"$(cat "$d/model")" "$(cat "$d/type")" "${drv:-(none: reserved, no_uld)}"
done

say "Loading scsa_compat and the SCSA HBA (scsa_hba)"
modprobe scsa_hba || exit 1
lsmod | grep -E '^scsa' | sort

say "The SCSA device tree (/proc/scsa/devinfo, as prtconf -D)"
echo "# LUNs Linux reserves from its own drivers become SCSA children"
cat /proc/scsa/devinfo

say "An illumos-style target driver binds by alias and does I/O"
echo "# scsa_test_pkt: aliases=scsiclass,00.vLinux.pscsi_debug; attach, then"
echo "# probe, READ CAPACITY, WRITE/READ compared, DMA windows, sense..."
dmesg -c > /dev/null
modprobe scsa_test_pkt
dmesg | sed -nE 's/^\[[ 0-9.]+\] //; s/^(not ok|ok) [0-9]+ /\1  /p'
cat /proc/scsa/devinfo | grep -E 'scsa_tpkt' | sed 's/^ */  bound: /'

say "Pass-through counters of the HBA (copies must stay 0: zero-copy path)"
cat /sys/kernel/debug/scsa_hba/stats 2>/dev/null

rmmod scsa_test_pkt && echo "scsa_test_pkt unloaded: its instances detached"
say "spt: SCSI pass-through for user space (USCSICMD), with scsicmd"
modprobe spt
sleep 0.2
ls -l /dev/scsa/spt/
dev=$(ls /dev/scsa/spt/0:* | head -1)
echo "# scsicmd $dev inquiry / readcap / write / read"
scsicmd -s "$dev" tur > /dev/null 2>&1	# the power-on unit attention
scsicmd "$dev" inquiry
scsicmd "$dev" readcap
echo "spt via USCSICMD, $(date)" > /tmp/msg
dd if=/tmp/msg of=/tmp/blk bs=512 conv=sync 2>/dev/null
scsicmd "$dev" write 42 1 -i /tmp/blk && scsicmd "$dev" read 42 1 | tr -d '\0'
echo "# a command the device refuses: the sense, decoded"
scsicmd -s "$dev" read 999999999 1 > /dev/null
echo "(exit status $?)"
rmmod spt && echo "spt unloaded"
