# SPDX-License-Identifier: GPL-2.0
#
# Building an illumos driver, unchanged, as a Linux module (a "port").
#
# In the Kbuild of the directory that holds the driver's sources:
#
#	include $(SCSA_TOP)/scsa_port.mk
#	$(eval $(call scsa_port,sgen,sgen.o,CDDL))
#
# makes sgen.ko from sgen.c (Solaris-world: it sees only scsa_compat's
# illumos headers; compiled as sgen_drv.o, since sgen.o would be the
# module itself) and the port glue (scsa_compat/port/scsa_port_glue.c,
# built here as sgen_port_glue.o with -DSCSA_PORT_NAME="sgen").  The third
# argument is the MODULE_LICENSE (CDDL if empty; illumos drivers are CDDL,
# which taints the kernel, and they may use only scsa_compat's plain
# EXPORT_SYMBOLs).  The optional fourth argument is the default of the
# module's aliases= parameter, blank-separated: the /etc/driver_aliases
# lines a driver package would install (our own target drivers use it;
# illumos ports leave it to the administrator).  tools/kbuild KVER PORT=/path/to/dir writes such a Kbuild
# for a directory that has none.  The port's directory is on the driver's
# include path after scsa_compat's headers, for the headers a driver brings
# (sgen's sys/scsi/targets/sgendef.h).  See Documentation/ddi.rst.

include $(SCSA_TOP)/scsa.mk

# Unchanged illumos code declares functions the old way ("static int f();"),
# which Kbuild makes an error, has no prototypes (Linux 6.8 and later also
# ask for declarations) for its non-static functions, and marks
# fall-throughs with comments only; it initialises the modlinkage's array
# without inner braces.  Those stay legal C.
scsa-port-cflags := -Wno-strict-prototypes -Wno-missing-prototypes -Wno-missing-declarations \
	-Wno-implicit-fallthrough -Wno-missing-braces
# A kernel built with CONFIG_WERROR (the debug kernel's defconfig) makes
# every warning an error; what illumos's own code draws (parentheses,
# unused labels) is reported in the port's build log, not ours to fix.
scsa-port-cflags += -Wno-error

scsa_port_glue_src := $(SCSA_TOP)/scsa_compat/port/scsa_port_glue.c
filechk_scsa_port_glue = echo '\#include "$(scsa_port_glue_src)"'
# The module is <name>.ko, so a source <name>.c cannot make <name>.o: it is
# compiled as <name>_drv.o, through a one-line file that includes it.
filechk_scsa_port_drv = echo '\#include "$(SCSA_PORT_DRV_SRC)"'

# A misc module (its modlinkage holds a modlmisc, so its objects reference
# mod_miscops) is a library to the modules that depend on it, as krtld
# makes it on illumos: tools/gen-port-exports exports its global functions
# and data (cmlb's for sd).  For a driver the file exports nothing.
# Linux-world, like lx/sol_exports.c, and for the same reason built with
# -fno-builtin (every symbol is declared void(void) there).
quiet_cmd_scsa_port_exports = GEN     $@
      cmd_scsa_port_exports = $(SCSA_TOP)/tools/gen-port-exports $(NM) $(SCSA_PORT_NAME) \
			      $(filter %.o,$^) > $@

define scsa_port
obj-m += $(1).o
$(1)-y := $(patsubst $(1).o,$(1)_drv.o,$(2)) $(1)_port_glue.o $(1)_port_exports.o
CFLAGS_$(1)_port_exports.o += $$(scsa-lx-cflags) -fno-builtin
$$(obj)/$(1)_port_exports.c: SCSA_PORT_NAME := $(1)
$$(obj)/$(1)_port_exports.c: $$(addprefix $$(obj)/,$(patsubst $(1).o,$(1)_drv.o,$(2))) \
		$(SCSA_TOP)/tools/gen-port-exports FORCE
	$$(call if_changed,scsa_port_exports)
targets += $(1)_port_exports.c
clean-files += $(1)_port_exports.c
$$(call scsa_sol_objs,$(patsubst $(1).o,$(1)_drv.o,$(2)))
$$(foreach o,$(patsubst $(1).o,$(1)_drv.o,$(2)),$$(eval CFLAGS_$$(o) += -I$$(src) \
	$$(scsa-port-cflags)))
$$(obj)/$(1)_drv.c: SCSA_PORT_DRV_SRC := $(1).c
$$(obj)/$(1)_drv.c: FORCE
	$$(call filechk,scsa_port_drv)
targets += $(1)_drv.c
clean-files += $(1)_drv.c
CFLAGS_$(1)_port_glue.o += $$(scsa-lx-cflags) -DSCSA_PORT_NAME='"$(1)"' \
	-DSCSA_PORT_LICENSE='"$(or $(3),CDDL)"' \
	$(if $(4),-DSCSA_PORT_ALIASES='"$(strip $(4))"')
$$(obj)/$(1)_port_glue.c: $$(scsa_port_glue_src) FORCE
	$$(call filechk,scsa_port_glue)
targets += $(1)_port_glue.c
clean-files += $(1)_port_glue.c
endef
