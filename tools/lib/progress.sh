# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash
#
# Progress lines for long steps (sourced): a background ticker that prints
# "LABEL: N min, STATUS" every few minutes, STATUS being what a command
# says then (objects built so far...).  The ticker ends when the caller
# calls progress_stop, or when the caller's shell is gone.

progress_pid=

# progress_start SECONDS FD LABEL COMMAND...: every SECONDS, one line to file
# descriptor FD.
progress_start() {
	local every=$1 fd=$2 label=$3 parent=$$ t0
	shift 3
	t0=$(date +%s)
	(
		while sleep "$every"; do
			kill -0 "$parent" 2> /dev/null || exit 0
			echo "$label: $(( ($(date +%s) - t0) / 60 )) min, $("$@" 2>/dev/null)" >&"$fd"
		done
	) &
	progress_pid=$!
}

progress_stop() {
	if [ -n "$progress_pid" ]; then
		kill "$progress_pid" 2> /dev/null || true
		wait "$progress_pid" 2> /dev/null || true
		progress_pid=
	fi
}
