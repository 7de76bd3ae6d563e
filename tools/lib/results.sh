# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash
#
# Result bookkeeping shared by the host-side scripts.  Every result is one
# line "PASS|FAIL|SKIP <name>", printed (PASS lines only unless
# SCSA_QUIET_PASS=1; none with SCSA_RESULT_SHOWN=1, for results shown as
# they came) and appended to each file named by SCSA_RESULTS (the whole
# `make check`) and SCSA_RUN_RESULTS (one script's run).

result() {	# result PASS|FAIL|SKIP NAME [DETAIL...]
	local st=$1 name=$2 f
	shift 2
	if [ "${SCSA_RESULT_SHOWN:-0}" = 1 ]; then
		:	# shown already, as it came (tools/vm/run)
	elif [ "$st" != PASS ] || [ "${SCSA_QUIET_PASS:-0}" != 1 ]; then
		printf '%-4s %s\n' "$st" "$name"
		[ $# -eq 0 ] || printf '     %s\n' "$@"
	fi
	for f in "${SCSA_RESULTS:-}" "${SCSA_RUN_RESULTS:-}"; do
		[ -z "$f" ] || echo "$st $name" >> "$f"
	done
}

# summary FILE: the closing line CI reads; fails if anything failed.
summary() {
	local f=$1 p fl s
	p=$(grep -c '^PASS ' "$f" || true)
	fl=$(grep -c '^FAIL ' "$f" || true)
	s=$(grep -c '^SKIP ' "$f" || true)
	if [ "$s" -gt 0 ]; then
		echo "$p passed, $fl failed, $s skipped"
	else
		echo "$p passed, $fl failed"
	fi
	[ "$fl" -eq 0 ]
}
