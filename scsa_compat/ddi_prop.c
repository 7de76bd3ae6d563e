// SPDX-License-Identifier: GPL-2.0
/*
 * Device properties: ddi_prop_*(9F), ndi_prop_*(9F) and the old
 * ddi_getprop() family.  Solaris-world file.
 *
 * Each node has the driver's properties (ddi_prop_update_*(),
 * ddi_prop_create(); removed when the driver detaches) and the system's
 * (ndi_prop_update_*(), set by the nexus).  A lookup searches, as illumos:
 * the driver's, the system's, then the driver.conf properties of the bound
 * driver (the port's conf= parameter), and, without DDI_PROP_DONTPASS, the
 * same lists of the parent and upwards.  Values are encoded as illumos
 * encodes them: ints and int64s in native byte order, strings NUL-terminated
 * and packed one after the other, bytes as they are.
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/kmem.h>
#include <sys/cmn_err.h>
#include <sys/ddi.h>
#include <sys/sunddi.h>
#include <sys/sunndi.h>
#include <sys/stat.h>
#include <sys/ddi_impldefs.h>

#include "ddi_impl.h"

/*
 * Memory returned by the typed lookups, freed by ddi_prop_free(): a header
 * that remembers the size, then the data.
 */
struct scsa_prop_data {
	size_t		pd_size;
	uint64_t	pd_pad;		/* keeps the data 16-byte aligned */
};

static void *scsa_prop_data_alloc(size_t len)
{
	struct scsa_prop_data *pd;

	pd = kmem_zalloc(sizeof (*pd) + len, KM_SLEEP);
	pd->pd_size = sizeof (*pd) + len;
	return (pd + 1);
}

void ddi_prop_free(void *data)
{
	struct scsa_prop_data *pd = (struct scsa_prop_data *)data - 1;

	if (data != NULL)
		kmem_free(pd, pd->pd_size);
}

/*
 * Lists
 */

static void scsa_prop_destroy(struct scsa_prop *p)
{
	strfree(p->name);
	if (p->len > 0)
		kmem_free(p->val, p->len);
	kmem_free(p, sizeof (*p));
}

void scsa_prop_list_free(struct scsa_prop **head)
{
	struct scsa_prop *p;

	while ((p = *head) != NULL) {
		*head = p->next;
		scsa_prop_destroy(p);
	}
}

static struct scsa_prop *scsa_prop_new(dev_t dev, int flags, const char *name,
    const void *val, int len)
{
	struct scsa_prop *p = kmem_zalloc(sizeof (*p), KM_SLEEP);

	p->name = strdup(name);
	p->dev = dev;
	p->flags = flags;
	p->len = len;
	if (len > 0) {
		p->val = kmem_alloc(len, KM_SLEEP);
		bcopy(val, p->val, len);
	}
	return (p);
}

/* Adds at the head: the newest definition is found first. */
int scsa_prop_add(struct scsa_prop **head, dev_t dev, int flags, const char *name,
    const void *val, int len)
{
	struct scsa_prop *p = scsa_prop_new(dev, flags, name, val, len);

	p->next = *head;
	*head = p;
	return (DDI_PROP_SUCCESS);
}

/* illumos's match rule: DDI_DEV_T_ANY (or NONE) matches every dev. */
static struct scsa_prop *scsa_prop_find(struct scsa_prop *p, dev_t dev, const char *name,
    int type)
{
	if (dev == DDI_DEV_T_NONE)
		dev = DDI_DEV_T_ANY;
	for (; p != NULL; p = p->next) {
		if (strcmp(p->name, name) != 0)
			continue;
		if (dev != DDI_DEV_T_ANY && p->dev != dev)
			continue;
		if ((p->flags & type & DDI_PROP_TYPE_MASK) == 0)
			continue;
		return (p);
	}
	return (NULL);
}

/* Removes the first property named @name with exactly @dev. */
static int scsa_prop_unlink(struct scsa_prop **head, dev_t dev, const char *name)
{
	struct scsa_prop **pp, *p;

	for (pp = head; (p = *pp) != NULL; pp = &p->next) {
		if (strcmp(p->name, name) == 0 && (dev == DDI_DEV_T_ANY || p->dev == dev)) {
			*pp = p->next;
			scsa_prop_destroy(p);
			return (DDI_PROP_SUCCESS);
		}
	}
	return (DDI_PROP_NOT_FOUND);
}

/*
 * Search
 */

/*
 * Finds a property for @dip and copies its value into kmem (NULL for an
 * empty one) while the node's lock is held.
 */
static int scsa_prop_search(dev_t dev, dev_info_t *dip, uint_t flags, const char *name,
    caddr_t *valp, int *lenp)
{
	struct scsa_prop *p;
	int type = flags & DDI_PROP_TYPE_MASK;

	if (type == 0)
		type = DDI_PROP_TYPE_MASK;
	for (; dip != NULL; dip = dip->devi_parent) {
		mutex_enter(&dip->devi_lock);
		p = scsa_prop_find(dip->devi_drv_prop, dev, name, type);
		if (p == NULL)
			p = scsa_prop_find(dip->devi_sys_prop, dev, name, type);
		if (p == NULL && dip->devi_drv != NULL)
			p = scsa_prop_find(dip->devi_drv->drv_conf, dev, name, type);
		if (p != NULL) {
			int rv = DDI_PROP_SUCCESS;

			if (p->flags & DDI_PROP_UNDEF_IT) {
				rv = DDI_PROP_UNDEFINED;
			} else {
				*lenp = p->len;
				*valp = NULL;
				if (p->len > 0 && valp != NULL) {
					*valp = kmem_alloc(p->len, KM_SLEEP);
					bcopy(p->val, *valp, p->len);
				}
			}
			mutex_exit(&dip->devi_lock);
			return (rv);
		}
		mutex_exit(&dip->devi_lock);
		if (flags & DDI_PROP_DONTPASS)
			break;
	}
	return (DDI_PROP_NOT_FOUND);
}

static void scsa_prop_val_free(caddr_t val, int len)
{
	if (val != NULL)
		kmem_free(val, len);
}

/*
 * Typed lookups
 */

#define SCSA_LOOKUP_FLAGS	(DDI_PROP_DONTPASS | DDI_PROP_NOTPROM)

static int scsa_prop_lookup_fixed(dev_t dev, dev_info_t *dip, uint_t flags, char *name,
    int type, size_t esize, void **data, uint_t *nelements)
{
	caddr_t val;
	int len, rv;

	if (dip == NULL || name == NULL || *name == '\0')
		return (DDI_PROP_INVAL_ARG);
	rv = scsa_prop_search(dev, dip, (flags & SCSA_LOOKUP_FLAGS) | type, name,
	    &val, &len);
	if (rv != DDI_PROP_SUCCESS)
		return (rv == DDI_PROP_UNDEFINED ? DDI_PROP_NOT_FOUND : rv);
	if (len == 0 || (len % esize) != 0) {
		scsa_prop_val_free(val, len);
		return (DDI_PROP_CANNOT_DECODE);
	}
	*data = scsa_prop_data_alloc(len);
	bcopy(val, *data, len);
	*nelements = len / esize;
	scsa_prop_val_free(val, len);
	return (DDI_PROP_SUCCESS);
}

int ddi_prop_lookup_int_array(dev_t match_dev, dev_info_t *dip, uint_t flags, char *name,
    int **data, uint_t *nelements)
{
	return (scsa_prop_lookup_fixed(match_dev, dip, flags, name, DDI_PROP_TYPE_INT,
	    sizeof (int), (void **)data, nelements));
}

int ddi_prop_lookup_int64_array(dev_t match_dev, dev_info_t *dip, uint_t flags,
    char *name, int64_t **data, uint_t *nelements)
{
	return (scsa_prop_lookup_fixed(match_dev, dip, flags, name, DDI_PROP_TYPE_INT64,
	    sizeof (int64_t), (void **)data, nelements));
}

int ddi_prop_lookup_byte_array(dev_t match_dev, dev_info_t *dip, uint_t flags,
    char *name, uchar_t **data, uint_t *nelements)
{
	return (scsa_prop_lookup_fixed(match_dev, dip, flags, name, DDI_PROP_TYPE_BYTE,
	    1, (void **)data, nelements));
}

/* The strings of an encoded string array, or -1 if it is not one. */
static int scsa_prop_nstrings(const char *val, int len)
{
	int i, n = 0;

	if (len == 0 || val[len - 1] != '\0')
		return (-1);
	for (i = 0; i < len; i++)
		if (val[i] == '\0')
			n++;
	return (n);
}

int ddi_prop_lookup_string_array(dev_t match_dev, dev_info_t *dip, uint_t flags,
    char *name, char ***data, uint_t *nelements)
{
	caddr_t val;
	char **vec, *s;
	int len, rv, n, i;

	if (dip == NULL || name == NULL || *name == '\0')
		return (DDI_PROP_INVAL_ARG);
	rv = scsa_prop_search(match_dev, dip,
	    (flags & SCSA_LOOKUP_FLAGS) | DDI_PROP_TYPE_STRING, name, &val, &len);
	if (rv != DDI_PROP_SUCCESS)
		return (rv == DDI_PROP_UNDEFINED ? DDI_PROP_NOT_FOUND : rv);
	if ((n = scsa_prop_nstrings(val, len)) < 0) {
		scsa_prop_val_free(val, len);
		return (DDI_PROP_CANNOT_DECODE);
	}
	/* One allocation: the vector, then the strings it points to. */
	vec = scsa_prop_data_alloc((n + 1) * sizeof (char *) + len);
	s = (char *)(vec + n + 1);
	bcopy(val, s, len);
	for (i = 0; i < n; i++) {
		vec[i] = s;
		s += strlen(s) + 1;
	}
	vec[n] = NULL;
	scsa_prop_val_free(val, len);
	*data = vec;
	*nelements = n;
	return (DDI_PROP_SUCCESS);
}

int ddi_prop_lookup_string(dev_t match_dev, dev_info_t *dip, uint_t flags, char *name,
    char **data)
{
	caddr_t val;
	char *s;
	int len, rv;

	if (dip == NULL || name == NULL || *name == '\0')
		return (DDI_PROP_INVAL_ARG);
	rv = scsa_prop_search(match_dev, dip,
	    (flags & SCSA_LOOKUP_FLAGS) | DDI_PROP_TYPE_STRING, name, &val, &len);
	if (rv != DDI_PROP_SUCCESS)
		return (rv == DDI_PROP_UNDEFINED ? DDI_PROP_NOT_FOUND : rv);
	if (scsa_prop_nstrings(val, len) < 1) {
		scsa_prop_val_free(val, len);
		return (DDI_PROP_CANNOT_DECODE);
	}
	s = scsa_prop_data_alloc(strlen(val) + 1);
	(void) strcpy(s, val);
	scsa_prop_val_free(val, len);
	*data = s;
	return (DDI_PROP_SUCCESS);
}

/* A boolean (zero-length) property reads as 1, as in illumos. */
int ddi_prop_get_int(dev_t match_dev, dev_info_t *dip, uint_t flags, char *name,
    int defvalue)
{
	caddr_t val;
	int len, v = defvalue;

	if (scsa_prop_search(match_dev, dip, (flags & SCSA_LOOKUP_FLAGS) | DDI_PROP_TYPE_INT,
	    name, &val, &len) != DDI_PROP_SUCCESS)
		return (defvalue);
	if (len == 0)
		v = 1;
	else if (len >= sizeof (int))
		bcopy(val, &v, sizeof (int));
	scsa_prop_val_free(val, len);
	return (v);
}

int64_t ddi_prop_get_int64(dev_t match_dev, dev_info_t *dip, uint_t flags, char *name,
    int64_t defvalue)
{
	caddr_t val;
	int len;
	int64_t v = defvalue;

	if (scsa_prop_search(match_dev, dip,
	    (flags & SCSA_LOOKUP_FLAGS) | DDI_PROP_TYPE_INT64, name, &val, &len) !=
	    DDI_PROP_SUCCESS)
		return (defvalue);
	if (len == 0)
		v = 1;
	else if (len >= sizeof (int64_t))
		bcopy(val, &v, sizeof (int64_t));
	scsa_prop_val_free(val, len);
	return (v);
}

int ddi_prop_exists(dev_t match_dev, dev_info_t *dip, uint_t flags, char *name)
{
	caddr_t val;
	int len;

	if (scsa_prop_search(match_dev, dip, flags & SCSA_LOOKUP_FLAGS, name, &val,
	    &len) != DDI_PROP_SUCCESS)
		return (0);
	scsa_prop_val_free(val, len);
	return (1);
}

/*
 * Updates
 */

/* The driver's list, or with @sys the system's (ndi_prop_*). */
static int scsa_prop_update(dev_t dev, dev_info_t *dip, const char *name, int type,
    const void *val, int len, int sys, int stack)
{
	struct scsa_prop **head;

	if (dip == NULL || name == NULL || *name == '\0' || dev == DDI_DEV_T_ANY ||
	    len < 0 || (len > 0 && val == NULL))
		return (DDI_PROP_INVAL_ARG);
	head = sys ? &dip->devi_sys_prop : &dip->devi_drv_prop;
	mutex_enter(&dip->devi_lock);
	if (!stack)
		(void) scsa_prop_unlink(head, dev, name);
	(void) scsa_prop_add(head, dev, type, name, val, len);
	mutex_exit(&dip->devi_lock);
	return (DDI_PROP_SUCCESS);
}

/* Packs @n strings, NUL-terminated, into one kmem buffer of *lenp bytes. */
static char *scsa_prop_pack_strings(char **data, uint_t n, int *lenp)
{
	uint_t i;
	int len = 0;
	char *buf, *p;

	for (i = 0; i < n; i++)
		len += strlen(data[i]) + 1;
	buf = p = kmem_alloc(len > 0 ? len : 1, KM_SLEEP);
	for (i = 0; i < n; i++) {
		(void) strcpy(p, data[i]);
		p += strlen(data[i]) + 1;
	}
	*lenp = len;
	return (buf);
}

static int scsa_prop_update_strings(dev_t dev, dev_info_t *dip, char *name, char **data,
    uint_t n, int sys)
{
	char *buf;
	int len, rv;
	uint_t i;

	if (data == NULL || n == 0)
		return (DDI_PROP_INVAL_ARG);
	for (i = 0; i < n; i++)
		if (data[i] == NULL)
			return (DDI_PROP_INVAL_ARG);
	buf = scsa_prop_pack_strings(data, n, &len);
	rv = scsa_prop_update(dev, dip, name, DDI_PROP_TYPE_STRING, buf, len, sys, 0);
	kmem_free(buf, len > 0 ? len : 1);
	return (rv);
}

int ddi_prop_update_int(dev_t match_dev, dev_info_t *dip, char *name, int data)
{
	return (scsa_prop_update(match_dev, dip, name, DDI_PROP_TYPE_INT, &data,
	    sizeof (data), 0, 0));
}

int ddi_prop_update_int64(dev_t match_dev, dev_info_t *dip, char *name, int64_t data)
{
	return (scsa_prop_update(match_dev, dip, name, DDI_PROP_TYPE_INT64, &data,
	    sizeof (data), 0, 0));
}

int ddi_prop_update_int_array(dev_t match_dev, dev_info_t *dip, char *name, int *data,
    uint_t nelements)
{
	return (scsa_prop_update(match_dev, dip, name, DDI_PROP_TYPE_INT, data,
	    nelements * sizeof (int), 0, 0));
}

int ddi_prop_update_int64_array(dev_t match_dev, dev_info_t *dip, char *name,
    int64_t *data, uint_t nelements)
{
	return (scsa_prop_update(match_dev, dip, name, DDI_PROP_TYPE_INT64, data,
	    nelements * sizeof (int64_t), 0, 0));
}

int ddi_prop_update_string(dev_t match_dev, dev_info_t *dip, char *name, char *data)
{
	return (scsa_prop_update_strings(match_dev, dip, name, &data, 1, 0));
}

int ddi_prop_update_string_array(dev_t match_dev, dev_info_t *dip, char *name,
    char **data, uint_t nelements)
{
	return (scsa_prop_update_strings(match_dev, dip, name, data, nelements, 0));
}

int ddi_prop_update_byte_array(dev_t match_dev, dev_info_t *dip, char *name,
    uchar_t *data, uint_t nelements)
{
	if (nelements == 0)
		return (DDI_PROP_INVAL_ARG);
	return (scsa_prop_update(match_dev, dip, name, DDI_PROP_TYPE_BYTE, data,
	    nelements, 0, 0));
}

int ndi_prop_update_int(dev_t match_dev, dev_info_t *dip, char *name, int data)
{
	return (scsa_prop_update(match_dev, dip, name, DDI_PROP_TYPE_INT, &data,
	    sizeof (data), 1, 0));
}

int ndi_prop_update_int64(dev_t match_dev, dev_info_t *dip, char *name, int64_t data)
{
	return (scsa_prop_update(match_dev, dip, name, DDI_PROP_TYPE_INT64, &data,
	    sizeof (data), 1, 0));
}

int ndi_prop_update_int_array(dev_t match_dev, dev_info_t *dip, char *name, int *data,
    uint_t nelements)
{
	return (scsa_prop_update(match_dev, dip, name, DDI_PROP_TYPE_INT, data,
	    nelements * sizeof (int), 1, 0));
}

int ndi_prop_update_string(dev_t match_dev, dev_info_t *dip, char *name, char *data)
{
	return (scsa_prop_update_strings(match_dev, dip, name, &data, 1, 1));
}

int ndi_prop_update_string_array(dev_t match_dev, dev_info_t *dip, char *name,
    char **data, uint_t nelements)
{
	return (scsa_prop_update_strings(match_dev, dip, name, data, nelements, 1));
}

int ndi_prop_update_byte_array(dev_t match_dev, dev_info_t *dip, char *name,
    uchar_t *data, uint_t nelements)
{
	if (nelements == 0)
		return (DDI_PROP_INVAL_ARG);
	return (scsa_prop_update(match_dev, dip, name, DDI_PROP_TYPE_BYTE, data,
	    nelements, 1, 0));
}

/* ddi_prop_create(9F): untyped, stacked over earlier definitions. */
int ddi_prop_create(dev_t dev, dev_info_t *dip, int flag, char *name, caddr_t value,
    int length)
{
	return (scsa_prop_update(dev, dip, name, DDI_PROP_TYPE_ANY, value, length, 0, 1));
}

int ddi_prop_modify(dev_t dev, dev_info_t *dip, int flag, char *name, caddr_t value,
    int length)
{
	struct scsa_prop *p;

	if (dip == NULL || name == NULL || *name == '\0' || dev == DDI_DEV_T_ANY ||
	    length < 0 || (length > 0 && value == NULL))
		return (DDI_PROP_INVAL_ARG);
	mutex_enter(&dip->devi_lock);
	p = scsa_prop_find(dip->devi_drv_prop, dev, name, DDI_PROP_TYPE_MASK);
	mutex_exit(&dip->devi_lock);
	if (p == NULL)
		return (DDI_PROP_NOT_FOUND);
	return (scsa_prop_update(dev, dip, name, DDI_PROP_TYPE_ANY, value, length, 0, 0));
}

/* An explicitly undefined property hides definitions further down. */
int ddi_prop_undefine(dev_t dev, dev_info_t *dip, int flag, char *name)
{
	return (scsa_prop_update(dev, dip, name, DDI_PROP_TYPE_ANY | DDI_PROP_UNDEF_IT,
	    NULL, 0, 0, 1));
}

static int scsa_prop_remove(dev_t dev, dev_info_t *dip, char *name, int sys)
{
	int rv;

	if (dip == NULL || name == NULL || *name == '\0')
		return (DDI_PROP_INVAL_ARG);
	mutex_enter(&dip->devi_lock);
	rv = scsa_prop_unlink(sys ? &dip->devi_sys_prop : &dip->devi_drv_prop, dev, name);
	mutex_exit(&dip->devi_lock);
	return (rv);
}

int ddi_prop_remove(dev_t dev, dev_info_t *dip, char *name)
{
	return (scsa_prop_remove(dev, dip, name, 0));
}

int ndi_prop_remove(dev_t dev, dev_info_t *dip, char *name)
{
	return (scsa_prop_remove(dev, dip, name, 1));
}

void ddi_prop_remove_all(dev_info_t *dip)
{
	mutex_enter(&dip->devi_lock);
	scsa_prop_list_free(&dip->devi_drv_prop);
	mutex_exit(&dip->devi_lock);
}

void ndi_prop_remove_all(dev_info_t *dip)
{
	mutex_enter(&dip->devi_lock);
	scsa_prop_list_free(&dip->devi_sys_prop);
	mutex_exit(&dip->devi_lock);
}

/*
 * The untyped interfaces: prop_op(9E) and ddi_getprop() and friends
 */

int ddi_prop_op(dev_t dev, dev_info_t *dip, ddi_prop_op_t prop_op, int mod_flags,
    char *name, caddr_t valuep, int *lengthp)
{
	caddr_t val;
	int len, rv, buflen;

	rv = scsa_prop_search(dev, dip, (mod_flags & ~DDI_PROP_TYPE_MASK) | DDI_PROP_TYPE_ANY |
	    DDI_PROP_TYPE_INT64, name, &val, &len);
	if (rv != DDI_PROP_SUCCESS)
		return (rv);
	if (prop_op == PROP_EXISTS) {
		scsa_prop_val_free(val, len);
		return (DDI_PROP_SUCCESS);
	}
	buflen = *lengthp;
	*lengthp = len;
	switch (prop_op) {
	case PROP_LEN:
		break;
	case PROP_LEN_AND_VAL_ALLOC:
		/* Hand over our copy: the caller kmem_free()s *lengthp bytes. */
		*(caddr_t *)valuep = val;
		return (DDI_PROP_SUCCESS);
	case PROP_LEN_AND_VAL_BUF:
		if (len > buflen) {
			rv = DDI_PROP_BUF_TOO_SMALL;
			break;
		}
		if (len > 0)
			bcopy(val, valuep, len);
		break;
	default:
		rv = DDI_PROP_INVAL_ARG;
		break;
	}
	scsa_prop_val_free(val, len);
	return (rv);
}

/*
 * Size properties answered from a driver's numbers (its prop_op(9E) calls
 * these): "Nblocks" (uint64, in @blksize units) and "Size" (uint64, bytes)
 * always, the old "nblocks" and "size" (uint32) only while they fit, and
 * "blksize" (uint32).  Any other name is looked up by ddi_prop_op().  A
 * byte count that does not fit in 64 bits is no size: ddi_prop_op() too.
 */

/* log2 of a block size, which is a power of two; -1 for 0. */
static int scsa_blkshift(uint_t blksize)
{
	int shift = -1;

	while (blksize != 0) {
		blksize >>= 1;
		shift++;
	}
	return (shift);
}

/* The dynamic size properties of a driver that declares none. */
static i_ddi_prop_dyn_t scsa_prop_dyn_size[] = {
	{ "Size", DDI_PROP_TYPE_INT64, S_IFCHR },
	{ "Nblocks", DDI_PROP_TYPE_INT64, S_IFBLK },
	{ NULL, 0, 0 }
};

int ddi_prop_op_size_blksize(dev_t dev, dev_info_t *dip, ddi_prop_op_t prop_op,
    int mod_flags, char *name, caddr_t valuep, int *lengthp, uint64_t size64,
    uint_t blksize)
{
	int shift = scsa_blkshift(blksize);
	uint64_t nblocks64, v;
	int len, want;
	caddr_t buf;

	if (shift < 0 || name == NULL || lengthp == NULL)
		return (ddi_prop_op(dev, dip, prop_op, mod_flags, name, valuep,
		    lengthp));
	/* Such a driver's size is dynamic, as if it had said so. */
	if (dip != NULL && i_ddi_prop_dyn_driver_get(dip) == NULL)
		i_ddi_prop_dyn_driver_set(dip, scsa_prop_dyn_size);

	nblocks64 = size64 >> shift;
	if (strcmp(name, "Nblocks") == 0) {
		len = sizeof (uint64_t);
		v = nblocks64;
	} else if (strcmp(name, "Size") == 0) {
		len = sizeof (uint64_t);
		v = size64;
	} else if (strcmp(name, "nblocks") == 0 && nblocks64 < UINT_MAX) {
		len = sizeof (uint32_t);
		v = nblocks64;
	} else if (strcmp(name, "size") == 0 && size64 < UINT_MAX) {
		len = sizeof (uint32_t);
		v = size64;
	} else if (strcmp(name, "blksize") == 0) {
		len = sizeof (uint32_t);
		v = blksize;
	} else {
		return (ddi_prop_op(dev, dip, prop_op, mod_flags, name, valuep,
		    lengthp));
	}

	want = *lengthp;
	*lengthp = len;
	switch (prop_op) {
	case PROP_LEN:
		return (DDI_PROP_SUCCESS);
	case PROP_LEN_AND_VAL_ALLOC:
		buf = kmem_alloc(len, (mod_flags & DDI_PROP_CANSLEEP) ?
		    KM_SLEEP : KM_NOSLEEP);
		if (buf == NULL)
			return (DDI_PROP_NO_MEMORY);
		*(caddr_t *)valuep = buf;
		break;
	case PROP_LEN_AND_VAL_BUF:
		/* These have one size: the caller must ask for exactly it. */
		if (want != len)
			return (DDI_PROP_INVAL_ARG);
		buf = valuep;
		break;
	default:
		return (DDI_PROP_INVAL_ARG);
	}
	if (len == sizeof (uint64_t))
		*(uint64_t *)(void *)buf = v;
	else
		*(uint32_t *)(void *)buf = (uint32_t)v;
	return (DDI_PROP_SUCCESS);
}

int ddi_prop_op_size(dev_t dev, dev_info_t *dip, ddi_prop_op_t prop_op,
    int mod_flags, char *name, caddr_t valuep, int *lengthp, uint64_t size64)
{
	return (ddi_prop_op_size_blksize(dev, dip, prop_op, mod_flags, name,
	    valuep, lengthp, size64, DEV_BSIZE));
}

int ddi_prop_op_nblocks_blksize(dev_t dev, dev_info_t *dip, ddi_prop_op_t prop_op,
    int mod_flags, char *name, caddr_t valuep, int *lengthp, uint64_t nblocks64,
    uint_t blksize)
{
	int shift = scsa_blkshift(blksize);

	/* Only a block count whose byte count is a uint64 is a size. */
	if (shift < 0 || nblocks64 >= (UINT64_MAX >> shift))
		return (ddi_prop_op(dev, dip, prop_op, mod_flags, name, valuep,
		    lengthp));
	return (ddi_prop_op_size_blksize(dev, dip, prop_op, mod_flags, name,
	    valuep, lengthp, nblocks64 << shift, blksize));
}

int ddi_prop_op_nblocks(dev_t dev, dev_info_t *dip, ddi_prop_op_t prop_op,
    int mod_flags, char *name, caddr_t valuep, int *lengthp, uint64_t nblocks64)
{
	return (ddi_prop_op_nblocks_blksize(dev, dip, prop_op, mod_flags, name,
	    valuep, lengthp, nblocks64, DEV_BSIZE));
}

/*
 * Dynamic properties: the table is the driver's, so it goes when the
 * driver unbinds (ddi_devinfo.c clears it with the driver's properties).
 */
void i_ddi_prop_dyn_driver_set(dev_info_t *dip, i_ddi_prop_dyn_t *dp)
{
	mutex_enter(&dip->devi_lock);
	dip->devi_prop_dyn_driver = dp;
	mutex_exit(&dip->devi_lock);
}

i_ddi_prop_dyn_t *i_ddi_prop_dyn_driver_get(dev_info_t *dip)
{
	i_ddi_prop_dyn_t *dp;

	mutex_enter(&dip->devi_lock);
	dp = dip->devi_prop_dyn_driver;
	mutex_exit(&dip->devi_lock);
	return (dp);
}

/*
 * The values of @dp changed.  Of what illumos caches, specfs's size of an
 * open block device is the one Linux has too: the open block nodes of
 * @dip read their size again, through the driver's prop_op(9E).
 */
void i_ddi_prop_dyn_cache_invalidate(dev_info_t *dip, i_ddi_prop_dyn_t *dp)
{
	if (dip == NULL || dp == NULL)
		return;
	scsa_minor_resize_all(dip);
}

int nopropop(dev_t dev, dev_info_t *dip, ddi_prop_op_t prop_op, int mod_flags,
    char *name, caddr_t valuep, int *lengthp)
{
	return (DDI_PROP_NOT_FOUND);
}

/* Through the driver's prop_op(9E) when it has one, as cdev_prop_op(). */
static int scsa_cdev_prop_op(dev_t dev, dev_info_t *dip, ddi_prop_op_t prop_op,
    int flags, char *name, caddr_t valuep, int *lengthp)
{
	struct dev_ops *ops = dip != NULL ? ddi_get_driver(dip) : NULL;

	if (ops != NULL && ops->devo_cb_ops != NULL &&
	    ops->devo_cb_ops->cb_prop_op != NULL)
		return (ops->devo_cb_ops->cb_prop_op(dev, dip, prop_op, flags, name,
		    valuep, lengthp));
	return (ddi_prop_op(dev, dip, prop_op, flags, name, valuep, lengthp));
}

int ddi_getprop(dev_t dev, dev_info_t *dip, int flags, char *name, int defvalue)
{
	int value = defvalue, len = sizeof (int);

	if (scsa_cdev_prop_op(dev, dip, PROP_LEN_AND_VAL_BUF, flags, name,
	    (caddr_t)&value, &len) != DDI_PROP_SUCCESS)
		return (defvalue);
	return (len == 0 ? 1 : value);
}

int ddi_getlongprop(dev_t dev, dev_info_t *dip, int flags, char *name, caddr_t valuep,
    int *lengthp)
{
	return (scsa_cdev_prop_op(dev, dip, PROP_LEN_AND_VAL_ALLOC, flags, name, valuep,
	    lengthp));
}

int ddi_getlongprop_buf(dev_t dev, dev_info_t *dip, int flags, char *name,
    caddr_t valuep, int *lengthp)
{
	return (scsa_cdev_prop_op(dev, dip, PROP_LEN_AND_VAL_BUF, flags, name, valuep,
	    lengthp));
}

int ddi_getproplen(dev_t dev, dev_info_t *dip, int flags, char *name, int *lengthp)
{
	return (scsa_cdev_prop_op(dev, dip, PROP_LEN, flags, name, NULL, lengthp));
}
