#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# cmn_err(9F) destinations as Linux log levels (Documentation/ddi.rst,
# Messages): tmsg (selftests/kmod) prints one message per prefix at load.
# "!" (log only) and "?" (console when booted verbose) stay at KERN_INFO or
# below, "^" (console only) and no prefix keep the level of the severity;
# the prefix character itself is never printed.

. /selftests/lib.sh
ksft_main "$@"

# logged LEVEL TEXT: the raw log has TEXT at exactly LEVEL.
logged() {
	dmesg -r | grep -q "^<$1>\[[ 0-9.]*\] $2\$"
}

check "modprobe tmsg" modprobe tmsg
check "CE_NOTE: KERN_NOTICE, NOTICE: prefix" logged 5 "NOTICE: tmsg plain note 1"
check "CE_NOTE !: KERN_INFO, no '!'" logged 6 "NOTICE: tmsg log-only note two"
check "CE_NOTE ?: KERN_INFO, no '?'" logged 6 "NOTICE: tmsg verbose-boot note 3f"
check "CE_NOTE ^: KERN_NOTICE, no '^'" logged 5 "NOTICE: tmsg console-only note"
check "CE_WARN: KERN_WARNING, %b decoded" logged 4 "warning: tmsg warning 5<ONE,THREE>"
check "CE_WARN !: KERN_INFO" logged 6 "warning: tmsg log-only warning"
# scsi_errmsg(9F): illumos's report, the second column at 42 characters.
# has TEXT: the log contains TEXT.
has() {
	dmesg | grep -qF -e "$1"
}
check "scsi_errmsg: command and level" \
	has "warning: tmsg: Error for Command: read(10)                Error Level: Fatal"
check "scsi_errmsg: blocks" \
	has "Requested Block: 23936                     Error Block: 23937"
check "scsi_errmsg: vendor and serial" \
	has "Vendor: ACME                               Serial Number: SN0042"
check "scsi_errmsg: sense key" has "Sense Key: Media_Error"
check "scsi_errmsg: ASC name and FRU" \
	has "ASC: 0x11 (unrecovered read error), ASCQ: 0x0, FRU: 0x7"
check "rmmod tmsg" rmmod tmsg
