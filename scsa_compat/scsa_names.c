// SPDX-License-Identifier: GPL-2.0
/*
 * Names and messages for SCSI events (Solaris world): scsi_log(9F),
 * scsi_sname(9F), scsi_rname(9F), scsi_dname(9F), scsi_cmd_name(9F).
 * The wording of the names is ours (SCSI's standard names).
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/cmn_err.h>
#include <sys/varargs.h>
#include <sys/sunddi.h>
#include <sys/scsi/scsi.h>

static char *scsa_sense_key_names[16] = {
	"No Sense", "Recovered Error", "Not Ready", "Medium Error",
	"Hardware Error", "Illegal Request", "Unit Attention", "Data Protect",
	"Blank Check", "Vendor Specific", "Copy Aborted", "Aborted Command",
	"Equal", "Volume Overflow", "Miscompare", "Completed",
};

static char *scsa_dtype_names[] = {
	"Direct Access", "Sequential Access", "Printer", "Processor",
	"Write-Once", "CD/DVD", "Scanner", "Optical", "Medium Changer",
	"Communications", "Graphic Arts", "Graphic Arts", "Array Controller",
	"Enclosure Services", "Simplified Direct Access", "Optical Card",
	"Bridge", "Object Storage", "Automation/Drive Interface",
};

static char *scsa_reason_names[] = CMD_REASON_ASCII;

char *scsi_sname(uchar_t sense_key)
{
	return (sense_key < 16 ? scsa_sense_key_names[sense_key] : "<unknown sense key>");
}

char *scsi_rname(uchar_t reason)
{
	uint_t n = sizeof (scsa_reason_names) / sizeof (scsa_reason_names[0]) - 1;

	if (reason >= n || scsa_reason_names[reason][0] == '\0')
		return ("<unknown reason>");
	return (scsa_reason_names[reason]);
}

char *scsi_dname(int dtyp)
{
	uint_t t = dtyp & DTYPE_MASK;

	if (t < sizeof (scsa_dtype_names) / sizeof (scsa_dtype_names[0]))
		return (scsa_dtype_names[t]);
	return (t == DTYPE_UNKNOWN ? "Unknown" : "<unknown device type>");
}

/* The name of cmd in a driver's table (key -1 ends it), else its code. */
char *scsi_cmd_name(uchar_t cmd, struct scsi_key_strings *cmdlist, char *tmpstr)
{
	for (; cmdlist != NULL && cmdlist->key != -1; cmdlist++)
		if (cmdlist->key == cmd)
			return (cmdlist->message);
	(void) sprintf(tmpstr, "<undecoded cmd 0x%x>", cmd);
	return (tmpstr);
}

/*
 * cmn_err(9F) reads '!', '^' or '?' only as the first character of its
 * format, so the routing character is put there, not in an argument.
 */
static void scsi_log_emit(uint_t level, char route, const char *who, const char *msg)
{
	switch (route) {
	case '!':
		cmn_err(level, "!%s%s", who, msg);
		break;
	case '^':
		cmn_err(level, "^%s%s", who, msg);
		break;
	case '?':
		cmn_err(level, "?%s%s", who, msg);
		break;
	default:
		cmn_err(level, "%s%s", who, msg);
		break;
	}
}

/*
 * scsi_log(9F): a message about a device, prefixed with its path and
 * driver instance (or with label, without a device), at a cmn_err level.
 * SCSI_DEBUG messages go to the log only.  A leading '!', '^' or '?' of
 * fmt keeps its cmn_err(9F) meaning.
 */
void scsi_log(dev_info_t *dev, char *label, uint_t level, const char *fmt, ...)
{
	char *msg = kmem_alloc(MAXPATHLEN + 256, KM_SLEEP);
	char *who = kmem_alloc(2 * MAXPATHLEN, KM_SLEEP);
	char *path = who + MAXPATHLEN;
	char route = '\0';
	va_list ap;

	if (fmt[0] == '!' || fmt[0] == '^' || fmt[0] == '?')
		route = *fmt++;
	if (level == SCSI_DEBUG) {
		route = '!';
		level = CE_CONT;
	}
	va_start(ap, fmt);
	(void) vsnprintf(msg, MAXPATHLEN + 256, fmt, ap);
	va_end(ap);
	if (dev != NULL)
		(void) snprintf(who, MAXPATHLEN, "%s (%s%d):\n\t", ddi_pathname(dev, path),
		    ddi_driver_name(dev), ddi_get_instance(dev));
	else
		(void) snprintf(who, MAXPATHLEN, "%s: ", label != NULL ? label : "scsi");
	scsi_log_emit(level, route, who, msg);
	kmem_free(who, 2 * MAXPATHLEN);
	kmem_free(msg, MAXPATHLEN + 256);
}
