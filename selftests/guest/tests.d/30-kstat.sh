#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Kernel statistics seen from user space: /proc/scsa/kstat, in the format of
# illumos's "kstat -p", after the known workload of tkstat (selftests/kmod).

. /selftests/lib.sh
ksft_main "$@"

# stat NAME: the value of one statistic.
stat() {
	awk -F '\t' -v k="$1" '$1 == k { print $2 }' /proc/scsa/kstat
}

check "modprobe tkstat" modprobe tkstat
check "/proc/scsa/kstat is readable" [ -r /proc/scsa/kstat ]
p=tkstat:0:tkstat0
check "I/O kstat class" [ "$(stat $p:class)" = disk ]
check "I/O kstat reads=3 nread=1536" \
	[ "$(stat $p:reads)" = 3 -a "$(stat $p:nread)" = 1536 ]
check "I/O kstat writes=2 nwritten=8192" \
	[ "$(stat $p:writes)" = 2 -a "$(stat $p:nwritten)" = 8192 ]
check "I/O kstat wcnt=1 rcnt=0 (one request waiting)" \
	[ "$(stat $p:wcnt)" = 1 -a "$(stat $p:rcnt)" = 0 ]
check "I/O kstat run time accumulated" [ "$(stat $p:rtime)" -ge 0 ]
q=tkstat:0:tkstat0,stats
check "named kstat class" [ "$(stat $q:class)" = misc ]
check "named kstat int32" [ "$(stat $q:answer)" = -42 ]
check "named kstat char" [ "$(stat $q:label)" = tkstat ]
a=$(stat $q:snapshots)
b=$(stat $q:snapshots)
check "ks_update runs on every read ($a then $b)" [ -n "$a" ] && [ "$b" -eq $((a + 1)) ]
check "rmmod tkstat" rmmod tkstat
check "kstats gone with the module" sh -c '! grep -q "^tkstat:" /proc/scsa/kstat'
