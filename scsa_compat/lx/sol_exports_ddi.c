// SPDX-License-Identifier: GPL-2.0
/*
 * Exports of the DDI device model's Solaris-world files (ddi_*.c), as
 * sol_export.h describes.  Plain EXPORT_SYMBOL: CDDL ports call all of these.
 */
#include "sol_export.h"

/* Data: their type here is irrelevant, as for the functions. */
#define SCSA_SOL_EXPORT_DATA(sym)		\
	extern struct scsa_sol_data sym;	\
	EXPORT_SYMBOL(sym)

/* ddi_devinfo.c */
SCSA_SOL_EXPORT(ndi_devi_alloc);
SCSA_SOL_EXPORT(ndi_devi_alloc_sleep);
SCSA_SOL_EXPORT(ndi_devi_free);
SCSA_SOL_EXPORT(ndi_devi_online);
SCSA_SOL_EXPORT(ndi_devi_offline);
SCSA_SOL_EXPORT(ndi_devi_device_remove);
SCSA_SOL_EXPORT(ndi_devi_device_insert);
SCSA_SOL_EXPORT(ndi_dev_is_prom_node);
SCSA_SOL_EXPORT(scsa_devi_set_nexus_ops);
SCSA_SOL_EXPORT(scsa_devi_is_device_removed);
SCSA_SOL_EXPORT(scsa_devi_is_detaching);
SCSA_SOL_EXPORT(ddi_root_node);
SCSA_SOL_EXPORT(ddi_get_parent);
SCSA_SOL_EXPORT(ddi_get_child);
SCSA_SOL_EXPORT(ddi_get_next_sibling);
SCSA_SOL_EXPORT(ddi_node_name);
SCSA_SOL_EXPORT(ddi_get_name);
SCSA_SOL_EXPORT(ddi_binding_name);
SCSA_SOL_EXPORT(ddi_driver_name);
SCSA_SOL_EXPORT(ddi_driver_major);
SCSA_SOL_EXPORT(ddi_name_to_major);
SCSA_SOL_EXPORT(ddi_major_to_name);
SCSA_SOL_EXPORT(ddi_get_nodeid);
SCSA_SOL_EXPORT(ddi_get_instance);
SCSA_SOL_EXPORT(ddi_get_driver);
SCSA_SOL_EXPORT(ddi_set_driver_private);
SCSA_SOL_EXPORT(ddi_get_driver_private);
SCSA_SOL_EXPORT(ddi_set_parent_data);
SCSA_SOL_EXPORT(ddi_get_parent_data);
SCSA_SOL_EXPORT(ddi_set_name_addr);
SCSA_SOL_EXPORT(ddi_get_name_addr);
SCSA_SOL_EXPORT(ddi_dev_is_sid);
SCSA_SOL_EXPORT(ddi_deviname);
SCSA_SOL_EXPORT(ddi_pathname);
SCSA_SOL_EXPORT(ddi_report_dev);
SCSA_SOL_EXPORT(ddi_getinfo_1to1);
SCSA_SOL_EXPORT(ddi_no_info);
SCSA_SOL_EXPORT(dev_err);
SCSA_SOL_EXPORT(vdev_err);

/* ddi_modctl.c */
SCSA_SOL_EXPORT(mod_install);
SCSA_SOL_EXPORT(mod_remove);
SCSA_SOL_EXPORT(mod_info);
SCSA_SOL_EXPORT(mod_modname);
SCSA_SOL_EXPORT(scsa_port_begin);
SCSA_SOL_EXPORT(scsa_port_end);
SCSA_SOL_EXPORT(scsa_port_force_remove);
SCSA_SOL_EXPORT(scsa_port_modinfo_alloc);
SCSA_SOL_EXPORT(scsa_port_modinfo_log);
SCSA_SOL_EXPORT(scsa_port_modinfo_free);
SCSA_SOL_EXPORT_DATA(mod_driverops);
SCSA_SOL_EXPORT_DATA(mod_miscops);

/* ddi_prop.c */
SCSA_SOL_EXPORT(ddi_prop_free);
SCSA_SOL_EXPORT(ddi_prop_lookup_int_array);
SCSA_SOL_EXPORT(ddi_prop_lookup_int64_array);
SCSA_SOL_EXPORT(ddi_prop_lookup_byte_array);
SCSA_SOL_EXPORT(ddi_prop_lookup_string_array);
SCSA_SOL_EXPORT(ddi_prop_lookup_string);
SCSA_SOL_EXPORT(ddi_prop_get_int);
SCSA_SOL_EXPORT(ddi_prop_get_int64);
SCSA_SOL_EXPORT(ddi_prop_exists);
SCSA_SOL_EXPORT(ddi_prop_update_int);
SCSA_SOL_EXPORT(ddi_prop_update_int64);
SCSA_SOL_EXPORT(ddi_prop_update_int_array);
SCSA_SOL_EXPORT(ddi_prop_update_int64_array);
SCSA_SOL_EXPORT(ddi_prop_update_string);
SCSA_SOL_EXPORT(ddi_prop_update_string_array);
SCSA_SOL_EXPORT(ddi_prop_update_byte_array);
SCSA_SOL_EXPORT(ndi_prop_update_int);
SCSA_SOL_EXPORT(ndi_prop_update_int64);
SCSA_SOL_EXPORT(ndi_prop_update_int_array);
SCSA_SOL_EXPORT(ndi_prop_update_string);
SCSA_SOL_EXPORT(ndi_prop_update_string_array);
SCSA_SOL_EXPORT(ndi_prop_update_byte_array);
SCSA_SOL_EXPORT(ddi_prop_create);
SCSA_SOL_EXPORT(ddi_prop_modify);
SCSA_SOL_EXPORT(ddi_prop_undefine);
SCSA_SOL_EXPORT(ddi_prop_remove);
SCSA_SOL_EXPORT(ndi_prop_remove);
SCSA_SOL_EXPORT(ddi_prop_remove_all);
SCSA_SOL_EXPORT(ndi_prop_remove_all);
SCSA_SOL_EXPORT(ddi_prop_op);
SCSA_SOL_EXPORT(nopropop);
SCSA_SOL_EXPORT(ddi_getprop);
SCSA_SOL_EXPORT(ddi_getlongprop);
SCSA_SOL_EXPORT(ddi_getlongprop_buf);
SCSA_SOL_EXPORT(ddi_getproplen);

/* ddi_cbops.c */
SCSA_SOL_EXPORT(ddi_create_minor_node);
SCSA_SOL_EXPORT(ddi_remove_minor_node);
SCSA_SOL_EXPORT(nodev);
SCSA_SOL_EXPORT(nulldev);
SCSA_SOL_EXPORT(nochpoll);
SCSA_SOL_EXPORT(ddi_quiesce_not_needed);
SCSA_SOL_EXPORT(ddi_quiesce_not_supported);
SCSA_SOL_EXPORT(ddi_copyin);
SCSA_SOL_EXPORT(ddi_copyout);
SCSA_SOL_EXPORT(copyin);
SCSA_SOL_EXPORT(copyout);
SCSA_SOL_EXPORT(ddi_model_convert_from);
SCSA_SOL_EXPORT(get_udatamodel);
SCSA_SOL_EXPORT(ddi_mmap_get_model);
SCSA_SOL_EXPORT(ddi_get_cred);
SCSA_SOL_EXPORT(drv_priv);
SCSA_SOL_EXPORT(crgetuid);
SCSA_SOL_EXPORT(crgetruid);
SCSA_SOL_EXPORT(crgetgid);
SCSA_SOL_EXPORT(crgetrgid);
SCSA_SOL_EXPORT(ddi_get_pid);
SCSA_SOL_EXPORT(uiomove);
SCSA_SOL_EXPORT(ureadc);
SCSA_SOL_EXPORT(uwritec);
SCSA_SOL_EXPORT(uioskip);

/* ddi_softstate.c */
SCSA_SOL_EXPORT(ddi_soft_state_init);
SCSA_SOL_EXPORT(ddi_soft_state_zalloc);
SCSA_SOL_EXPORT(ddi_get_soft_state);
SCSA_SOL_EXPORT(ddi_soft_state_free);
SCSA_SOL_EXPORT(ddi_soft_state_fini);

/* ddi_buf.c */
SCSA_SOL_EXPORT(bioinit);
SCSA_SOL_EXPORT(biofini);
SCSA_SOL_EXPORT(bioreset);
SCSA_SOL_EXPORT(biosize);
SCSA_SOL_EXPORT(getrbuf);
SCSA_SOL_EXPORT(freerbuf);
SCSA_SOL_EXPORT(bioerror);
SCSA_SOL_EXPORT(geterror);
SCSA_SOL_EXPORT(biodone);
SCSA_SOL_EXPORT(biowait);
SCSA_SOL_EXPORT(minphys);
SCSA_SOL_EXPORT(bp_mapin);
SCSA_SOL_EXPORT(bp_mapin_common);
SCSA_SOL_EXPORT(bp_mapout);
SCSA_SOL_EXPORT(bp_copyin);
SCSA_SOL_EXPORT(bp_copyout);
SCSA_SOL_EXPORT(bioclone);
SCSA_SOL_EXPORT(physio);
SCSA_SOL_EXPORT(aphysio);
SCSA_SOL_EXPORT(anocancel);
SCSA_SOL_EXPORT_DATA(maxphys);

/* ddi_kstat.c */
SCSA_SOL_EXPORT(kstat_create);
SCSA_SOL_EXPORT(kstat_install);
SCSA_SOL_EXPORT(kstat_delete);
SCSA_SOL_EXPORT(kstat_named_init);
SCSA_SOL_EXPORT(kstat_named_setstr);
SCSA_SOL_EXPORT(kstat_timer_init);
SCSA_SOL_EXPORT(kstat_waitq_enter);
SCSA_SOL_EXPORT(kstat_waitq_exit);
SCSA_SOL_EXPORT(kstat_runq_enter);
SCSA_SOL_EXPORT(kstat_runq_exit);
SCSA_SOL_EXPORT(kstat_waitq_to_runq);
SCSA_SOL_EXPORT(kstat_runq_back_to_waitq);
