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
#                          test modules) in updates/scsa_compat; PORT= too;
#                          and scsicmd with its man page in PREFIX
#                          (/usr/local: sbin, share/man/man8)
#   make uninstall         remove them
#   make dkms              install the product's modules through DKMS (source
#                          in /usr/src/scsa_compat-VERSION, rebuilt for every
#                          new kernel); needs dkms.  make dkms-remove undoes it
#   make deb               build/deb/scsa-compat-dkms_VERSION_all.deb, the
#                          DKMS source as a Debian package (tools/mkdeb)
#   make port PORT=/dir [OUT=/out]
#                          build only the illumos driver in /dir against an
#                          scsa_compat installed by make dkms or the package
#                          (or built here), in OUT/<kver>/ports/ (default
#                          build/); see README.md
#   make version           print the version the modules carry
#   make deps              install what testing needs (apt); building needs
#                          only the target kernel's headers
#   make clean
#
# Objects go to build/<kver>/; Kbuild itself is driven by ./Kbuild.

# Resolved when a recipe runs, after `deps` may have installed the kernels.
K = $(or $(KVER),$$(tools/kvers --default))
# PORT="/dir1 /dir2": illumos driver directories built with the tree.
PORTS = $(foreach p,$(PORT),PORT=$(abspath $(p)))
# The release (VERSION): DKMS's and the package's version.
REL = $$(tools/version --release)

.PHONY: all modules demo check bench sparse shell install uninstall deps clean \
	dkms dkms-remove deb port version debug-kernels

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

# Both debug kernels (tools/debug-kernel), cached outside the tree: make
# check builds the 6.1 one itself, and runs the 6.12 lane only when this
# has built its kernel (about 25 minutes on 2 cores).
debug-kernels: deps
	tools/debug-kernel 6.1
	tools/debug-kernel 6.12

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

# scsicmd and scsicmd.8 go to $(DESTDIR)$(PREFIX) (tools/scsicmd/Makefile).
# The DKMS source (tools/dkms-src) has no tools/scsicmd: kernel modules only.
PREFIX ?= /usr/local
export PREFIX

install:
	tools/kbuild $(K) install $(PORTS)
	depmod -a $(K)
	if [ -d tools/scsicmd ]; then $(MAKE) -C tools/scsicmd install; fi

uninstall:
	rm -rf /lib/modules/$(K)/updates/scsa_compat
	depmod -a $(K)
	if [ -d tools/scsicmd ]; then $(MAKE) -C tools/scsicmd uninstall; fi

# DKMS: the source in /usr/src/scsa_compat-VERSION, built and installed for
# KVER now and, through dkms's kernel hooks, for every kernel installed later.
dkms:
	@command -v dkms > /dev/null || { echo "make dkms: dkms is not installed" \
		"(apt install dkms)" >&2; exit 1; }
	-dkms remove scsa_compat/$(REL) --all > /dev/null 2>&1
	rm -rf /usr/src/scsa_compat-$(REL)
	tools/dkms-src /usr/src/scsa_compat-$(REL)
	dkms add scsa_compat/$(REL)
	dkms build scsa_compat/$(REL) -k $(K)
	dkms install scsa_compat/$(REL) -k $(K)

dkms-remove:
	-dkms remove scsa_compat/$(REL) --all
	rm -rf /usr/src/scsa_compat-$(REL)

deb:
	tools/mkdeb build/deb

# A port alone, against an installed scsa_compat (tools/kbuild KVER ports).
port:
	SCSA_OUT=$(abspath $(or $(OUT),build)) tools/kbuild $(K) ports $(PORTS)

version:
	@tools/version

clean:
	rm -rf build
