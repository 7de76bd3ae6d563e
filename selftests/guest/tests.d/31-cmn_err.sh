#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# cmn_err(9F) destinations as Linux log levels (Documentation/ddi.rst,
# Messages): tmsg (selftests/kmod) prints one message per prefix at load.
# "!" (log only) and "?" (console when booted verbose) stay at KERN_INFO or
# below, "^" (console only) and no prefix keep the level of the severity;
# the prefix character itself is never printed.

check() {	# check DESCRIPTION COMMAND...
	d=$1
	shift
	if "$@"; then echo "ok - $d"; else echo "not ok - $d"; fi
}

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
check "rmmod tmsg" rmmod tmsg
