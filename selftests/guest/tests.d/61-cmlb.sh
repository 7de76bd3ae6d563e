#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# illumos's cmlb, the disk-label misc module sd calls, built unchanged from
# sources outside this tree (tools/illumos-ports): it loads on its own
# (_init's mod_install of a modlmisc), offers its global functions to the
# modules that depend on it, as krtld does on illumos (the exports
# scsa_port.mk generates for a misc module), and unloads.  When cmlb.ko
# is not in the guest, every case is a SKIP that says why.

. /selftests/lib.sh
ksft_main "$@"

ko=/lib/modules/$(uname -r)/extra/cmlb.ko
if [ ! -e "$ko" ]; then
	skip_checks "no illumos cmlb built ($(port_why cmlb))"
	exit 0
fi

# The entry points sd calls (sd-cmlb-port.md 1.2), exported by cmlb.ko.
entry="cmlb_alloc_handle cmlb_attach cmlb_detach cmlb_free_handle cmlb_validate
cmlb_invalidate cmlb_is_valid cmlb_close cmlb_partinfo cmlb_efi_label_capacity
cmlb_ioctl cmlb_prop_op cmlb_get_devid_block"

exported() {
	for f in $entry; do
		grep -q " __ksymtab_${f}[[:space:]]*\[cmlb\]" /proc/kallsyms ||
		grep -q "^[0-9a-f]* [A-Za-z] ${f}[[:space:]]*\[cmlb\]" /proc/kallsyms ||
			{ echo "# $f not in /proc/kallsyms"; return 1; }
	done
}

modprobe cmlb > /tmp/modprobe.out 2>&1
rc=$?
sed 's/^/# /' /tmp/modprobe.out
check "modprobe cmlb: the misc module loads" [ $rc -eq 0 ]
check "cmlb's 13 entry points are cmlb.ko's symbols" exported
dmesg | grep -i "cmlb" | tail -n 3 | sed 's/^/# /'
check "rmmod cmlb" rmmod cmlb
check "cmlb gone" sh -c '! grep -q "^cmlb " /proc/modules'
