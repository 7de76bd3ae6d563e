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
#   make install           install the product's modules for KVER (not the
#                          test modules) in updates/scsa_compat; PORT= too
#   make uninstall         remove them
#   make deps              install what testing needs (apt); building needs
#                          only the target kernel's headers
#   make clean
#
# Objects go to build/<kver>/; Kbuild itself is driven by ./Kbuild.

# Resolved when a recipe runs, after `deps` may have installed the kernels.
K = $(or $(KVER),$$(tools/kvers --default))
# PORT="/dir1 /dir2": illumos driver directories built with the tree.
PORTS = $(foreach p,$(PORT),PORT=$(abspath $(p)))

.PHONY: all modules demo check bench sparse shell install uninstall deps clean

all: modules

deps:
	@tools/setup-deps

# Building needs the target kernel's headers only: nothing is installed.
modules:
	tools/kbuild $(K) modules $(PORTS)

sparse: deps
	tools/kbuild $(K) sparse

check:
	@tools/check

# The demo shows illumos sd too when the illumos sources are found
# (tools/illumos-ports; a SKIP line otherwise).
demo: deps
	@tools/kbuild $(K) modules > /dev/null
	@tools/illumos-ports build $(K) demo || true
	@tools/vm/run -k $(K) -m demo

bench: deps
	@tools/bench -k $(K)

shell: deps
	tools/vm/run -k $(K) -m shell

install:
	tools/kbuild $(K) install $(PORTS)
	depmod -a $(K)

uninstall:
	rm -rf /lib/modules/$(K)/updates/scsa_compat
	depmod -a $(K)

clean:
	rm -rf build
