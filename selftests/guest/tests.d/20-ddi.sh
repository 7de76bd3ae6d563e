#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The DDI device model seen from user space: the test nexus tnex and the
# test driver tdrv (selftests/kmod), built as ports; minor nodes under
# /dev/scsa; cb_ops semantics (src/ddi_cdev.c); unloading.

. /selftests/lib.sh
ksft_main "$@"

check "modprobe tnex (misc module making nodes)" modprobe tnex
check "modprobe tdrv aliases= conf=" \
	modprobe tdrv aliases=tdrv-node 'conf=tdrv-bufsize=2048;tdrv-x="ab";'
check "minor nodes /dev/scsa/tdrv/0:ctl and 1:ctl" \
	[ -c /dev/scsa/tdrv/0:ctl -a -c /dev/scsa/tdrv/1:ctl ]
check "one major for tdrv in /proc/devices" grep -q ' tdrv$' /proc/devices
ddi_cdev /dev/scsa/tdrv/0:ctl
# drv_priv(9F) is illumos's PRIV_SYS_DEVICES: Linux's CAP_SYS_RAWIO.
check "drv_priv: root without CAP_SYS_RAWIO is refused (EPERM)" \
	[ "$(caps_drop 17 ddi_cdev -priv /dev/scsa/tdrv/0:ctl)" = priv=1 ]
check "drv_priv: root without CAP_SYS_ADMIN passes (CAP_SYS_RAWIO)" \
	[ "$(caps_drop 21 ddi_cdev -priv /dev/scsa/tdrv/0:ctl)" = priv=0 ]
# Two names of one minor number (as illumos st's density nodes): a
# device each, the same dev_t for the driver.
check "a second name of the same minor: /dev/scsa/tdrv/0:ctl2" [ -c /dev/scsa/tdrv/0:ctl2 ]
dd if=/dev/urandom of=/tmp/ctl.in bs=4096 count=1 2>/dev/null
dd if=/tmp/ctl.in of=/dev/scsa/tdrv/0:ctl bs=4096 count=1 2>/dev/null
dd if=/dev/scsa/tdrv/0:ctl2 of=/tmp/ctl.out bs=4096 count=1 2>/dev/null
check "data written through 0:ctl read back through 0:ctl2" cmp /tmp/ctl.in /tmp/ctl.out
(exec 3< /dev/scsa/tdrv/0:ctl2; sleep 2) &
holder=$!
sleep 0.5
check "rmmod tdrv refused while 0:ctl2 is open" sh -c '! rmmod tdrv 2>/dev/null'
wait $holder
check "rmmod tdrv after close" rmmod tdrv
check "minor nodes removed with the driver" [ ! -e /dev/scsa/tdrv/0:ctl ]
check "_fini ran" sh -c 'dmesg | grep -q "tdrv: _fini"'
check "modprobe tdrv with bad conf= fails" sh -c '! modprobe tdrv "conf=a=1" 2>/dev/null'
check "rmmod tnex" rmmod tnex
