# SPDX-License-Identifier: GPL-2.0
#
# scsa_compat: the illumos SCSI target-driver interface on Linux.
#
#   make [KVER=...]        build every module for one kernel (default: the
#                          running kernel if its headers are installed, else
#                          the newest Debian kernel installed)
#   make PORT=/dir [...]   also build the illumos driver in /dir, unchanged,
#                          as build/<kver>/ports/<dir name>/<dir name>.ko
#                          (several: PORT="/dir1 /dir2"); see
#                          Documentation/porting.rst
#   make demo [KVER=...]   the main job: boot a guest where scsa_compat and our
#                          target drivers serve real disks
#   make check             the whole test suite, on every supported kernel
#   make bench [KVER=...]  benchmarks against Linux's sd and sg, written to
#                          Documentation/performance.rst (not part of check)
#   make sparse            sparse (C=2) over our code
#   make shell             boot a guest with an interactive shell
#   make install           install the modules for KVER (updates/scsa_compat)
#   make deps              install what building and testing need (apt)
#   make clean
#
# Objects go to build/<kver>/; Kbuild itself is driven by ./Kbuild.

# Resolved when a recipe runs, after `deps` may have installed the kernels.
K = $(or $(KVER),$$(tools/kvers --default))
# PORT="/dir1 /dir2": illumos driver directories built with the tree.
PORTS = $(foreach p,$(PORT),PORT=$(abspath $(p)))

.PHONY: all modules demo check bench sparse shell install deps clean

all: modules

deps:
	@tools/setup-deps

modules: deps
	tools/kbuild $(K) modules $(PORTS)

sparse: deps
	tools/kbuild $(K) sparse

check:
	@tools/check

demo: deps
	@tools/vm/run -k $(K) -m demo

bench: deps
	@tools/bench -k $(K)

shell: deps
	tools/vm/run -k $(K) -m shell

install: deps
	tools/kbuild $(K) install $(PORTS)
	depmod -a $(K)

clean:
	rm -rf build
