#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# The in-kernel cases of scsa_test_pkt.ko (selftests/kmod), one result each.
. /selftests/lib.sh
ksft_main "$@"
kmod_test scsa_test_pkt
