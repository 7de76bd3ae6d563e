#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# tools/kstat (/usr/bin/kstat in the guest): illumos's kstat -p and its
# filters over /proc/scsa/kstat, after tkstat's known workload (see
# 30-kstat.sh), and the iostat -xn view, on tkstat and on two snapshots of
# known differences.

. /selftests/lib.sh
ksft_main "$@"

T=$(printf '\t')
check "modprobe tkstat" modprobe tkstat
check "kstat -p -m -n -s: one statistic" \
	[ "$(kstat -p -m tkstat -n tkstat0 -s reads)" = "tkstat:0:tkstat0:reads${T}3" ]
check "kstat -p M:I:N:S" \
	[ "$(kstat -p tkstat:0:tkstat0,stats:answer)" = "tkstat:0:tkstat0,stats:answer${T}-42" ]
check "kstat -p with an empty field" \
	[ "$(kstat -p tkstat::tkstat0,stats:label)" = "tkstat:0:tkstat0,stats:label${T}tkstat" ]
check "kstat -s glob" [ "$(kstat -p -m tkstat -n tkstat0 -s 'n*' | tr '\t\n' '= ')" = \
	"tkstat:0:tkstat0:nread=1536 tkstat:0:tkstat0:nwritten=8192 " ]
check "kstat -s /regex/" [ "$(kstat -p -m tkstat -s '/^w(cnt|rites)$/' | cut -f2 | xargs)" = "2 1" ]
check "kstat -c class" [ "$(kstat -p -m tkstat -c misc | cut -d: -f3 | sort -u)" = tkstat0,stats ]
check "kstat -i no match: nothing" [ -z "$(kstat -p -m tkstat -i 9)" ]
check "kstat -q -i no match: status 1" sh -c '! kstat -q -m tkstat -i 9'
check "kstat -q: status 0 on a match" kstat -q -m tkstat -s reads
# kstat -p is the file, filtered (snapshots counts the reads themselves).
kstat -p -m tkstat | grep -v :snapshots > /tmp/kp
grep '^tkstat:' /proc/scsa/kstat | grep -v :snapshots > /tmp/kf
check "kstat -p -m tkstat is /proc/scsa/kstat's tkstat lines ($(wc -l < /tmp/kp))" \
	sh -c '[ -s /tmp/kp ] && cmp -s /tmp/kp /tmp/kf'
kstat -m tkstat -n tkstat0 > /tmp/kh
check "kstat (human): module, instance, name, class" \
	sh -c 'grep -q "^module: tkstat  *instance: 0$" /tmp/kh &&
	       grep -q "^name:   tkstat0  *class:    disk$" /tmp/kh'
check "kstat (human): statistics" grep -qE "^${T}reads +3$" /tmp/kh

# iostat -xn view of tkstat: two reports, the second over an idle second.
kstat -x -m tkstat 1 2 > /tmp/kx
sed 's/^/# /' /tmp/kx
check "kstat -x: two reports" [ "$(grep -c 'extended device statistics' /tmp/kx)" = 2 ]
check "kstat -x: iostat -xn's columns" \
	grep -q '^    r/s    w/s   kr/s   kw/s wait actv wsvc_t asvc_t  %w  %b device$' /tmp/kx
check "kstat -x: a tkstat0 row per report, 11 numeric fields" \
	[ "$(awk '$11 == "tkstat0" && NF == 11 && $1 ~ /^[0-9.]+$/ && $10 ~ /^[0-9]+$/' \
		/tmp/kx | wc -l)" = 2 ]
check "kstat -x: no I/O in the interval, all zero" \
	[ "$(grep tkstat0 /tmp/kx | tail -n 1 | xargs)" = "0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0 0 tkstat0" ]
check "rmmod tkstat" rmmod tkstat

# Two snapshots with known differences: 10 reads of 4 KiB, 50 ms of run
# queue time and 20 ms of wait queue time in all: asvc_t 5.0 ms, wsvc_t
# 2.0 ms, kr/s four times r/s, whatever the interval measured.
snap() {	# snap READS NREAD RLENTIME WLENTIME
	printf 'x:0:xd0:%s\t%s\n' class disk nread "$2" nwritten 0 reads "$1" \
		writes 0 wtime 0 wlentime "$4" rtime 0 rlentime "$3" wcnt 0 rcnt 0
}
snap 5 20480 10000000 0 > /tmp/ks
(sleep 1; snap 15 61440 60000000 20000000 > /tmp/ks.new && mv /tmp/ks.new /tmp/ks) &
KSTAT_FILE=/tmp/ks kstat -x 2 2 > /tmp/kx2
wait
grep xd0 /tmp/kx2 | sed 's/^/# /'
# shellcheck disable=SC2046 # the row's fields
set -- $(grep xd0 /tmp/kx2 | tail -n 1)
check "kstat -x: asvc_t 5.0 ms, wsvc_t 2.0 ms" [ "$8" = 5.0 -a "$7" = 2.0 ]
check "kstat -x: kr/s is 4 x r/s ($3, $1)" awk -v r="$1" -v k="$3" \
	'BEGIN { exit !(r > 0 && k / r > 3.9 && k / r < 4.1) }'
check "kstat -x: no writes" [ "$2" = 0.0 -a "$4" = 0.0 ]
