// SPDX-License-Identifier: GPL-2.0
/*
 * System events from drivers, ddi_log_sysevent(9F).  Solaris-world file.
 *
 * Linux has no sysevent channel; its counterpart is the uevent, which udev
 * rules act on as syseventd's subscribers act on sysevents.  An event is
 * posted as a "change" uevent of the node's first character minor node
 * (/dev/scsa/<drv>/<inst>:<name>), carrying
 *	SCSA_EVENT_VENDOR, SCSA_EVENT_CLASS, SCSA_EVENT_SUBCLASS,
 *	SCSA_DRIVER, SCSA_INSTANCE, SCSA_EVENT_ID
 * and one SCSA_EVENT_ATTR_<name> per string or integer attribute (other
 * attribute types are left out; a name's characters other than letters
 * and digits become '_').  A node without a character minor node has no
 * way to user space: DDI_ETRANSPORT.
 */
#include <sys/types.h>
#include <sys/systm.h>
#include <sys/cmn_err.h>
#include <sys/kmem.h>
#include <sys/time.h>
#include <sys/stat.h>
#include <sys/thread.h>
#include <sys/sunddi.h>
#include <sys/sysevent.h>
#include <scsa_cdev.h>
#include "ddi_impl.h"

#define	SCSA_SE_MAXENV		32
#define	SCSA_SE_VALLEN		256

/* A zero-filled kmutex is an initialised one (scsa_prims.h). */
static kmutex_t scsa_sysevent_lock;
static uint64_t scsa_sysevent_seq;

static char *scsa_se_env(int kmflag, const char *key, const char *fmt, ...)
{
	char *s = kmem_alloc(SCSA_SE_VALLEN, kmflag);
	size_t n;
	va_list ap;

	if (s == NULL)
		return (NULL);
	n = snprintf(s, SCSA_SE_VALLEN, "%s=", key);
	va_start(ap, fmt);
	if (n < SCSA_SE_VALLEN)
		(void) vsnprintf(s + n, SCSA_SE_VALLEN - n, fmt, ap);
	va_end(ap);
	return (s);
}

/* An attribute as an environment string, or NULL if its type is left out. */
static char *scsa_se_attr(int kmflag, nvpair_t *nvp)
{
	char key[64], *p, *sv;
	uint64_t u;
	int64_t i;

	(void) snprintf(key, sizeof (key), "SCSA_EVENT_ATTR_%s", nvpair_name(nvp));
	for (p = key + strlen("SCSA_EVENT_ATTR_"); *p != '\0'; p++) {
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9')))
			*p = '_';
	}
	switch (nvpair_type(nvp)) {
	case DATA_TYPE_STRING:
		(void) nvpair_value_string(nvp, &sv);
		return (scsa_se_env(kmflag, key, "%s", sv));
	case DATA_TYPE_BOOLEAN:
		return (scsa_se_env(kmflag, key, "1"));
	case DATA_TYPE_BYTE:
	case DATA_TYPE_UINT8:
	case DATA_TYPE_UINT16:
	case DATA_TYPE_UINT32:
	case DATA_TYPE_UINT64:
	case DATA_TYPE_HRTIME:
	case DATA_TYPE_BOOLEAN_VALUE:
		u = 0;
		bcopy(NVP_VALUE(nvp), &u, nvpair_type(nvp) == DATA_TYPE_UINT64 ||
		    nvpair_type(nvp) == DATA_TYPE_HRTIME ? 8 :
		    nvpair_type(nvp) == DATA_TYPE_UINT16 ? 2 :
		    nvpair_type(nvp) == DATA_TYPE_UINT32 ||
		    nvpair_type(nvp) == DATA_TYPE_BOOLEAN_VALUE ? 4 : 1);
		return (scsa_se_env(kmflag, key, "%llu", (u_longlong_t)u));
	case DATA_TYPE_INT8:
		i = *(int8_t *)NVP_VALUE(nvp);
		return (scsa_se_env(kmflag, key, "%lld", (longlong_t)i));
	case DATA_TYPE_INT16:
		i = *(int16_t *)NVP_VALUE(nvp);
		return (scsa_se_env(kmflag, key, "%lld", (longlong_t)i));
	case DATA_TYPE_INT32:
		i = *(int32_t *)NVP_VALUE(nvp);
		return (scsa_se_env(kmflag, key, "%lld", (longlong_t)i));
	case DATA_TYPE_INT64:
		i = *(int64_t *)NVP_VALUE(nvp);
		return (scsa_se_env(kmflag, key, "%lld", (longlong_t)i));
	default:
		return (NULL);
	}
}

int ddi_log_sysevent(dev_info_t *dip, char *vendor, char *class_name, char *subclass_name,
    nvlist_t *attr_list, sysevent_id_t *eidp, int sleep_flag)
{
	int kmflag = sleep_flag == DDI_SLEEP ? KM_SLEEP : KM_NOSLEEP;
	char *env[SCSA_SE_MAXENV + 1];
	struct scsa_minor *m;
	uint64_t seq;
	nvpair_t *nvp;
	int n = 0, i, err;

	if (dip == NULL || vendor == NULL || class_name == NULL ||
	    subclass_name == NULL || (sleep_flag != DDI_SLEEP && sleep_flag != DDI_NOSLEEP))
		return (DDI_EINVAL);
	if (sleep_flag == DDI_SLEEP && (curthread->t_flag & T_INTR_THREAD))
		return (DDI_ECONTEXT);

	mutex_enter(&scsa_sysevent_lock);
	seq = ++scsa_sysevent_seq;
	mutex_exit(&scsa_sysevent_lock);

	bzero(env, sizeof (env));
	env[n++] = scsa_se_env(kmflag, "SCSA_EVENT_VENDOR", "%s", vendor);
	env[n++] = scsa_se_env(kmflag, "SCSA_EVENT_CLASS", "%s", class_name);
	env[n++] = scsa_se_env(kmflag, "SCSA_EVENT_SUBCLASS", "%s", subclass_name);
	env[n++] = scsa_se_env(kmflag, "SCSA_DRIVER", "%s", ddi_driver_name(dip));
	env[n++] = scsa_se_env(kmflag, "SCSA_INSTANCE", "%d", ddi_get_instance(dip));
	env[n++] = scsa_se_env(kmflag, "SCSA_EVENT_ID", "%llu", (u_longlong_t)seq);
	for (nvp = attr_list != NULL ? nvlist_next_nvpair(attr_list, NULL) : NULL;
	    nvp != NULL && n < SCSA_SE_MAXENV; nvp = nvlist_next_nvpair(attr_list, nvp)) {
		char *e = scsa_se_attr(kmflag, nvp);

		if (e != NULL)
			env[n++] = e;
	}
	err = 0;
	for (i = 0; i < n; i++)
		if (env[i] == NULL)
			err = ENOMEM;

	if (err == 0) {
		err = ENXIO;
		mutex_enter(&dip->devi_lock);
		for (m = dip->devi_minor; m != NULL; m = m->next) {
			if (m->spec_type == S_IFCHR && m->lx != NULL) {
				err = -scsa_lx_node_uevent(m->lx, env,
				    sleep_flag == DDI_SLEEP);
				break;
			}
		}
		mutex_exit(&dip->devi_lock);
	}
	for (i = 0; i < n; i++)
		if (env[i] != NULL)
			kmem_free(env[i], SCSA_SE_VALLEN);

	switch (err) {
	case 0:
		if (eidp != NULL) {
			eidp->eid_seq = seq;
			eidp->eid_ts = gethrtime();
		}
		return (DDI_SUCCESS);
	case ENOMEM:
		return (DDI_ENOMEM);
	default:
		return (DDI_ETRANSPORT);
	}
}
