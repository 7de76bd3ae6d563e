// SPDX-License-Identifier: GPL-2.0
/*
 * Fault-management events of SCSI targets: error numeric associations
 * (fm_ena_*(9F)) and scsi_fm_init(9F)/scsi_fm_ereport_post(9F).
 * Solaris-world file.
 *
 * There is no fault manager on Linux to diagnose ereports.  A target is
 * therefore ereport-capable only when its "fm-capable" property says so
 * (illumos assumes it is); sd then prints its classic sense messages,
 * which is what a Linux administrator reads.  An ereport posted by a
 * capable target is written to the kernel log, class and payload, as
 * fmdump -eV would show it.
 */
#include <sys/types.h>
#include <sys/systm.h>
#include <sys/cmn_err.h>
#include <sys/kmem.h>
#include <sys/time.h>
#include <sys/sunddi.h>
#include <sys/ddifm.h>
#include <sys/fm/protocol.h>
#include <sys/scsi/scsi.h>
#include <scsa_ddi.h>

uint64_t fm_ena_generate_cpu(uint64_t timestamp, processorid_t cpuid, uchar_t format)
{
	if (timestamp == 0)
		timestamp = (uint64_t)gethrtime();
	switch (format) {
	case FM_ENA_FMT1:
		return (((timestamp << ENA_FMT1_TIME_SHFT) & ENA_FMT1_TIME_MASK) |
		    (((uint64_t)cpuid << ENA_FMT1_CPUID_SHFT) & ENA_FMT1_CPUID_MASK) |
		    FM_ENA_FMT1);
	case FM_ENA_FMT2:
		return (((timestamp << ENA_FMT2_TIME_SHFT) & ENA_FMT2_TIME_MASK) |
		    FM_ENA_FMT2);
	default:
		return (0);
	}
}

uint64_t fm_ena_generate(uint64_t timestamp, uchar_t format)
{
	return (fm_ena_generate_cpu(timestamp, scsa_lx_cpu_id(), format));
}

/* The generation counts the errors one ENA stands for; it wraps. */
uint64_t fm_ena_increment(uint64_t ena)
{
	uint64_t gen, mask, shft;

	switch (ENA_FORMAT(ena)) {
	case FM_ENA_FMT1:
		mask = ENA_FMT1_GEN_MASK;
		shft = ENA_FMT1_GEN_SHFT;
		break;
	case FM_ENA_FMT2:
		mask = ENA_FMT2_GEN_MASK;
		shft = ENA_FMT2_GEN_SHFT;
		break;
	default:
		return (ena);
	}
	gen = (((ena & mask) >> shft) + 1) << shft;
	return ((ena & ~mask) | (gen & mask));
}

uint64_t fm_ena_generation_get(uint64_t ena)
{
	switch (ENA_FORMAT(ena)) {
	case FM_ENA_FMT1:
		return ((ena & ENA_FMT1_GEN_MASK) >> ENA_FMT1_GEN_SHFT);
	case FM_ENA_FMT2:
		return ((ena & ENA_FMT2_GEN_MASK) >> ENA_FMT2_GEN_SHFT);
	default:
		return (0);
	}
}

uchar_t fm_ena_format_get(uint64_t ena)
{
	return ((uchar_t)ENA_FORMAT(ena));
}

uint64_t fm_ena_id_get(uint64_t ena)
{
	switch (ENA_FORMAT(ena)) {
	case FM_ENA_FMT1:
		return ((ena & ENA_FMT1_ID_MASK) >> ENA_FMT1_ID_SHFT);
	case FM_ENA_FMT2:
		return ((ena & ENA_FMT2_ID_MASK) >> ENA_FMT2_ID_SHFT);
	default:
		return (0);
	}
}

uint64_t fm_ena_time_get(uint64_t ena)
{
	switch (ENA_FORMAT(ena)) {
	case FM_ENA_FMT1:
		return ((ena & ENA_FMT1_TIME_MASK) >> ENA_FMT1_TIME_SHFT);
	case FM_ENA_FMT2:
		return ((ena & ENA_FMT2_TIME_MASK) >> ENA_FMT2_TIME_SHFT);
	default:
		return (0);
	}
}

void scsi_fm_init(struct scsi_device *sd)
{
	sd->sd_fm_capable = ddi_prop_get_int(DDI_DEV_T_ANY, sd->sd_dev,
	    DDI_PROP_DONTPASS | DDI_PROP_NOTPROM, "fm-capable", DDI_FM_NOT_CAPABLE);
}

void scsi_fm_fini(struct scsi_device *sd)
{
	sd->sd_fm_capable = DDI_FM_NOT_CAPABLE;
}

#define	SCSA_EREPORT_LEN	1024

/* Appends to the report at *off; a report that does not fit is cut. */
static void scsa_erpt_add(char *buf, size_t *off, const char *fmt, ...)
{
	va_list ap;

	if (*off >= SCSA_EREPORT_LEN - 1)
		return;
	va_start(ap, fmt);
	*off += vsnprintf(buf + *off, SCSA_EREPORT_LEN - *off, fmt, ap);
	va_end(ap);
}

/* One array of the payload: nelem elements of a size, printed in hex. */
static void scsa_erpt_array(char *buf, size_t *off, data_type_t type, uint_t nelem,
    const void *a)
{
	uint_t i;

	scsa_erpt_add(buf, off, "[");
	for (i = 0; i < nelem; i++) {
		uint64_t v;

		switch (type) {
		case DATA_TYPE_BYTE_ARRAY:
		case DATA_TYPE_INT8_ARRAY:
		case DATA_TYPE_UINT8_ARRAY:
			v = ((const uint8_t *)a)[i];
			break;
		case DATA_TYPE_INT16_ARRAY:
		case DATA_TYPE_UINT16_ARRAY:
			v = ((const uint16_t *)a)[i];
			break;
		case DATA_TYPE_INT32_ARRAY:
		case DATA_TYPE_UINT32_ARRAY:
		case DATA_TYPE_BOOLEAN_ARRAY:
			v = ((const uint32_t *)a)[i];
			break;
		default:
			v = ((const uint64_t *)a)[i];
			break;
		}
		scsa_erpt_add(buf, off, "%s0x%llx", i ? " " : "", (u_longlong_t)v);
	}
	scsa_erpt_add(buf, off, "]");
}

/*
 * Formats the payload (name, DATA_TYPE_*, value..., up to a NULL name), as
 * fm_payload_set(9F) reads it.  Returns 0, or -1 for a type it cannot read,
 * after which nothing more of the list can be read either.
 */
static int scsa_erpt_payload(char *buf, size_t *off, va_list ap)
{
	const char *name;

	while ((name = va_arg(ap, const char *)) != NULL) {
		data_type_t type = va_arg(ap, data_type_t);

		scsa_erpt_add(buf, off, " %s=", name);
		switch (type) {
		case DATA_TYPE_BYTE:
		case DATA_TYPE_UINT8:
		case DATA_TYPE_UINT16:
		case DATA_TYPE_UINT32:
		case DATA_TYPE_BOOLEAN_VALUE:
			scsa_erpt_add(buf, off, "0x%x", va_arg(ap, uint_t));
			break;
		case DATA_TYPE_INT8:
		case DATA_TYPE_INT16:
		case DATA_TYPE_INT32:
			scsa_erpt_add(buf, off, "%d", va_arg(ap, int));
			break;
		case DATA_TYPE_INT64:
			scsa_erpt_add(buf, off, "%lld", (longlong_t)va_arg(ap, int64_t));
			break;
		case DATA_TYPE_UINT64:
		case DATA_TYPE_HRTIME:
			scsa_erpt_add(buf, off, "0x%llx", (u_longlong_t)va_arg(ap, uint64_t));
			break;
		case DATA_TYPE_STRING: {
			const char *s = va_arg(ap, const char *);

			scsa_erpt_add(buf, off, "\"%s\"", s != NULL ? s : "");
			break;
		}
		case DATA_TYPE_BYTE_ARRAY:
		case DATA_TYPE_INT8_ARRAY:
		case DATA_TYPE_UINT8_ARRAY:
		case DATA_TYPE_INT16_ARRAY:
		case DATA_TYPE_UINT16_ARRAY:
		case DATA_TYPE_INT32_ARRAY:
		case DATA_TYPE_UINT32_ARRAY:
		case DATA_TYPE_INT64_ARRAY:
		case DATA_TYPE_UINT64_ARRAY:
		case DATA_TYPE_BOOLEAN_ARRAY: {
			uint_t nelem = va_arg(ap, uint_t);
			const void *a = va_arg(ap, const void *);

			scsa_erpt_array(buf, off, type, a != NULL ? nelem : 0, a);
			break;
		}
		case DATA_TYPE_STRING_ARRAY: {
			uint_t nelem = va_arg(ap, uint_t), i;
			char **a = va_arg(ap, char **);

			scsa_erpt_add(buf, off, "[");
			for (i = 0; a != NULL && i < nelem; i++)
				scsa_erpt_add(buf, off, "%s\"%s\"", i ? " " : "", a[i]);
			scsa_erpt_add(buf, off, "]");
			break;
		}
		case DATA_TYPE_NVLIST:
			(void) va_arg(ap, nvlist_t *);
			scsa_erpt_add(buf, off, "{...}");
			break;
		default:
			scsa_erpt_add(buf, off, "(type %d unreadable)", type);
			return (-1);
		}
	}
	return (0);
}

void scsi_fm_ereport_post(struct scsi_device *sd, int path_instance, char *devpath,
    const char *error_class, uint64_t ena, char *devid, char *tpl0, int sflag,
    nvlist_t *pl, ...)
{
	dev_info_t *dip = sd->sd_dev;
	size_t off = 0;
	va_list ap;
	char *buf;

	if (!DDI_FM_EREPORT_CAP(sd->sd_fm_capable))
		return;
	buf = kmem_alloc(SCSA_EREPORT_LEN, sflag == DDI_SLEEP ? KM_SLEEP : KM_NOSLEEP);
	if (buf == NULL)
		return;
	if (ena == 0)
		ena = fm_ena_generate(0, FM_ENA_FMT1);
	scsa_erpt_add(buf, &off, "%s%d: ereport.io.scsi.%s ena=0x%llx",
	    ddi_driver_name(dip), ddi_get_instance(dip), error_class, (u_longlong_t)ena);
	if (devpath != NULL)
		scsa_erpt_add(buf, &off, " device-path=%s", devpath);
	if (devid != NULL)
		scsa_erpt_add(buf, &off, " devid=%s", devid);
	if (tpl0 != NULL)
		scsa_erpt_add(buf, &off, " tpl0=%s", tpl0);
	if (path_instance != 0)
		scsa_erpt_add(buf, &off, " path-instance=%d", path_instance);
	if (pl != NULL) {
		nvpair_t *nvp;

		for (nvp = nvlist_next_nvpair(pl, NULL); nvp != NULL;
		    nvp = nvlist_next_nvpair(pl, nvp))
			scsa_erpt_add(buf, &off, " %s", nvpair_name(nvp));
	}
	va_start(ap, pl);
	(void) scsa_erpt_payload(buf, &off, ap);
	va_end(ap);
	cmn_err(CE_NOTE, "!%s", buf);
	kmem_free(buf, SCSA_EREPORT_LEN);
}
