# SPDX-License-Identifier: GPL-2.0
#
# Shared Kbuild definitions: the two translation-unit worlds.
#
# A Solaris-world object (a ported illumos driver, or our DDI/SCSA front end)
# sees only the Solaris-facing headers in scsa_compat/include; no Linux header
# may reach it, because illumos and Linux both define struct scsi_device,
# mutex_init(), kmem_cache_create(), dev_t and daddr_t, differently.
# A Linux-world object sees only Linux headers.  The two meet through the
# plain-C declarations in scsa_compat/bridge/, which use neither world's types.
#
# Every object is assigned to a world explicitly:
#	$(call scsa_sol_objs,foo.o bar.o)
#	$(call scsa_lx_objs,baz.o)
# An object assigned to neither gets no include path for our headers at all.

ifeq ($(SCSA_TOP),)
$(error SCSA_TOP is not set: build through the top-level Makefile)
endif

scsa-bridge-cflags := -I$(SCSA_TOP)/scsa_compat/bridge
scsa-sol-cflags := -I$(SCSA_TOP)/scsa_compat/include -D_KERNEL -D__SCSA_SOLARIS_WORLD \
		   $(scsa-bridge-cflags)
scsa-lx-cflags := -I$(SCSA_TOP)/scsa_compat/lx -I$(SCSA_TOP)/.gen -D__SCSA_LINUX_WORLD \
		  $(scsa-bridge-cflags)

scsa_sol_objs = $(foreach o,$(1),$(eval CFLAGS_$(o) += $(scsa-sol-cflags)))
scsa_lx_objs = $(foreach o,$(1),$(eval CFLAGS_$(o) += $(scsa-lx-cflags)))

