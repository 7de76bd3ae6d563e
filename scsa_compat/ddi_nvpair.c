// SPDX-License-Identifier: GPL-2.0
/*
 * Name-value pair lists, nvlist(9F): what drivers build for sysevents and
 * ereports.  Solaris-world file.
 *
 * A pair is laid out as illumos lays it out (an nvpair_t, its name, then
 * its value at NVP_VALUE()), so the NVP_* macros of <sys/nvpair.h> work on
 * it; a list is an nvlist_t whose nvl_priv points to our chain of pairs.
 * Every add copies its value, as on illumos: strings, arrays and embedded
 * lists are owned by the pair.  A list allocates with the kmflag it was
 * made with, so a KM_NOSLEEP list may be built in interrupt context.
 * Packing (nvlist_pack and friends) is not provided: nothing in the kernel
 * here reads a packed list.
 */
#include <sys/types.h>
#include <sys/errno.h>
#include <sys/stddef.h>
#include <sys/systm.h>
#include <sys/kmem.h>
#include <sys/nvpair.h>

struct scsa_nvp {
	struct scsa_nvp	*next;
	struct scsa_nvp	*prev;
	size_t		size;		/* of this allocation */
	nvpair_t	nvp;		/* then the name and the value */
};

struct scsa_nvl {
	struct scsa_nvp	*head;
	struct scsa_nvp	*tail;
	int		kmflag;
};

/* A list made by nvlist_alloc(): the header and its chain in one piece. */
struct scsa_nvl_alloc {
	nvlist_t	nvl;
	struct scsa_nvl	priv;
};

#define	NVL_PRIV(nvl)	((struct scsa_nvl *)(uintptr_t)(nvl)->nvl_priv)
#define	NVP_WRAP(p)	((struct scsa_nvp *)((char *)(p) - \
			    offsetof(struct scsa_nvp, nvp)))

/* The size of one element of a type's value; 0 for the special ones. */
static size_t scsa_nv_elem_size(data_type_t type)
{
	switch (type) {
	case DATA_TYPE_BOOLEAN:
		return (0);
	case DATA_TYPE_BOOLEAN_VALUE:
	case DATA_TYPE_BOOLEAN_ARRAY:
		return (sizeof (boolean_t));
	case DATA_TYPE_BYTE:
	case DATA_TYPE_BYTE_ARRAY:
	case DATA_TYPE_INT8:
	case DATA_TYPE_INT8_ARRAY:
	case DATA_TYPE_UINT8:
	case DATA_TYPE_UINT8_ARRAY:
		return (1);
	case DATA_TYPE_INT16:
	case DATA_TYPE_INT16_ARRAY:
	case DATA_TYPE_UINT16:
	case DATA_TYPE_UINT16_ARRAY:
		return (2);
	case DATA_TYPE_INT32:
	case DATA_TYPE_INT32_ARRAY:
	case DATA_TYPE_UINT32:
	case DATA_TYPE_UINT32_ARRAY:
		return (4);
	case DATA_TYPE_INT64:
	case DATA_TYPE_INT64_ARRAY:
	case DATA_TYPE_UINT64:
	case DATA_TYPE_UINT64_ARRAY:
	case DATA_TYPE_HRTIME:
		return (8);
	default:
		return (0);
	}
}

static boolean_t scsa_nv_is_array(data_type_t type)
{
	switch (type) {
	case DATA_TYPE_BOOLEAN_ARRAY:
	case DATA_TYPE_BYTE_ARRAY:
	case DATA_TYPE_INT8_ARRAY:
	case DATA_TYPE_UINT8_ARRAY:
	case DATA_TYPE_INT16_ARRAY:
	case DATA_TYPE_UINT16_ARRAY:
	case DATA_TYPE_INT32_ARRAY:
	case DATA_TYPE_UINT32_ARRAY:
	case DATA_TYPE_INT64_ARRAY:
	case DATA_TYPE_UINT64_ARRAY:
	case DATA_TYPE_STRING_ARRAY:
	case DATA_TYPE_NVLIST_ARRAY:
		return (B_TRUE);
	default:
		return (B_FALSE);
	}
}

static void scsa_nvl_init(nvlist_t *nvl, struct scsa_nvl *priv, uint_t nvflag, int kmflag)
{
	bzero(nvl, sizeof (*nvl));
	nvl->nvl_version = NV_VERSION;
	nvl->nvl_nvflag = nvflag;
	nvl->nvl_priv = (uint64_t)(uintptr_t)priv;
	priv->head = priv->tail = NULL;
	priv->kmflag = kmflag;
}

static void scsa_nvp_free(struct scsa_nvp *w);

/* Frees the pairs of a list, not its header. */
static void scsa_nvl_empty(struct scsa_nvl *priv)
{
	struct scsa_nvp *w;

	while ((w = priv->head) != NULL) {
		priv->head = w->next;
		scsa_nvp_free(w);
	}
	priv->tail = NULL;
}

/* An embedded list's chain is its own allocation (see scsa_nvp_alloc). */
static void scsa_nvl_embedded_free(nvlist_t *nvl)
{
	struct scsa_nvl *priv = NVL_PRIV(nvl);

	if (priv != NULL) {
		scsa_nvl_empty(priv);
		kmem_free(priv, sizeof (*priv));
	}
}

static void scsa_nvp_free(struct scsa_nvp *w)
{
	nvpair_t *nvp = &w->nvp;
	int i;

	if (NVP_TYPE(nvp) == DATA_TYPE_NVLIST) {
		scsa_nvl_embedded_free((nvlist_t *)NVP_VALUE(nvp));
	} else if (NVP_TYPE(nvp) == DATA_TYPE_NVLIST_ARRAY) {
		nvlist_t **a = (nvlist_t **)NVP_VALUE(nvp);

		for (i = 0; i < NVP_NELEM(nvp); i++)
			scsa_nvl_embedded_free(a[i]);
	}
	kmem_free(w, w->size);
}

static int scsa_nvl_copy_into(nvlist_t *dst, nvlist_t *src, int kmflag);

static void scsa_nvl_append(struct scsa_nvl *priv, struct scsa_nvp *w)
{
	w->next = NULL;
	w->prev = priv->tail;
	if (priv->tail != NULL)
		priv->tail->next = w;
	else
		priv->head = w;
	priv->tail = w;
}

/*
 * A new pair holding a copy of the value: nelem elements at data (for a
 * string, data is the string; for a string or list array, data is the
 * array of pointers).
 */
static struct scsa_nvp *scsa_nvp_alloc(const char *name, data_type_t type, uint_t nelem,
    const void *data, int kmflag)
{
	size_t namesz = strlen(name) + 1;
	size_t vsize, hdr, esz;
	struct scsa_nvp *w;
	nvpair_t *nvp;
	char *v;
	uint_t i;

	switch (type) {
	case DATA_TYPE_STRING:
		vsize = strlen(data) + 1;
		break;
	case DATA_TYPE_STRING_ARRAY:
		vsize = NV_ALIGN(nelem * sizeof (char *));
		for (i = 0; i < nelem; i++) {
			if (((char *const *)data)[i] == NULL)
				return (NULL);
			vsize += strlen(((char *const *)data)[i]) + 1;
		}
		break;
	case DATA_TYPE_NVLIST:
		vsize = sizeof (nvlist_t);
		break;
	case DATA_TYPE_NVLIST_ARRAY:
		vsize = NV_ALIGN(nelem * sizeof (nvlist_t *)) + nelem * sizeof (nvlist_t);
		break;
	default:
		esz = scsa_nv_elem_size(type);
		if (esz == 0 && type != DATA_TYPE_BOOLEAN)
			return (NULL);
		vsize = esz * nelem;
		break;
	}

	hdr = NV_ALIGN(sizeof (nvpair_t) + namesz);
	w = kmem_zalloc(offsetof(struct scsa_nvp, nvp) + hdr + NV_ALIGN(vsize), kmflag);
	if (w == NULL)
		return (NULL);
	w->size = offsetof(struct scsa_nvp, nvp) + hdr + NV_ALIGN(vsize);
	nvp = &w->nvp;
	nvp->nvp_size = (int32_t)(hdr + NV_ALIGN(vsize));
	nvp->nvp_name_sz = (int16_t)namesz;
	nvp->nvp_value_elem = (int32_t)nelem;
	nvp->nvp_type = type;
	bcopy(name, NVP_NAME(nvp), namesz);
	v = NVP_VALUE(nvp);

	switch (type) {
	case DATA_TYPE_STRING:
		bcopy(data, v, vsize);
		break;
	case DATA_TYPE_STRING_ARRAY: {
		char **ptrs = (char **)v;
		char *s = v + NV_ALIGN(nelem * sizeof (char *));

		for (i = 0; i < nelem; i++) {
			size_t l = strlen(((char *const *)data)[i]) + 1;

			bcopy(((char *const *)data)[i], s, l);
			ptrs[i] = s;
			s += l;
		}
		break;
	}
	case DATA_TYPE_NVLIST:
		if (scsa_nvl_copy_into((nvlist_t *)v, (nvlist_t *)data, kmflag) != 0)
			goto fail;
		break;
	case DATA_TYPE_NVLIST_ARRAY: {
		nvlist_t **ptrs = (nvlist_t **)v;
		nvlist_t *l = (nvlist_t *)(v + NV_ALIGN(nelem * sizeof (nvlist_t *)));

		/* Unfilled entries stay NULL-private: freeing them is safe. */
		for (i = 0; i < nelem; i++)
			ptrs[i] = &l[i];
		for (i = 0; i < nelem; i++) {
			if (scsa_nvl_copy_into(&l[i], ((nvlist_t *const *)data)[i],
			    kmflag) != 0)
				goto fail;
		}
		break;
	}
	default:
		if (vsize != 0)
			bcopy(data, v, vsize);
		break;
	}
	return (w);
fail:
	scsa_nvp_free(w);
	return (NULL);
}

/* dst (uninitialised header) becomes a deep copy of src. */
static int scsa_nvl_copy_into(nvlist_t *dst, nvlist_t *src, int kmflag)
{
	struct scsa_nvl *priv;
	struct scsa_nvp *s, *w;
	nvpair_t *nvp;

	if (src == NULL || NVL_PRIV(src) == NULL)
		return (EINVAL);
	priv = kmem_alloc(sizeof (*priv), kmflag);
	if (priv == NULL)
		return (ENOMEM);
	scsa_nvl_init(dst, priv, src->nvl_nvflag, kmflag);
	for (s = NVL_PRIV(src)->head; s != NULL; s = s->next) {
		nvp = &s->nvp;
		w = scsa_nvp_alloc(NVP_NAME(nvp), NVP_TYPE(nvp), NVP_NELEM(nvp),
		    NVP_VALUE(nvp), kmflag);
		if (w == NULL) {
			scsa_nvl_embedded_free(dst);
			dst->nvl_priv = 0;
			return (ENOMEM);
		}
		scsa_nvl_append(priv, w);
	}
	return (0);
}

static void scsa_nvl_unlink(struct scsa_nvl *priv, struct scsa_nvp *w)
{
	if (w->prev != NULL)
		w->prev->next = w->next;
	else
		priv->head = w->next;
	if (w->next != NULL)
		w->next->prev = w->prev;
	else
		priv->tail = w->prev;
}

static int scsa_nvl_add(nvlist_t *nvl, const char *name, data_type_t type, uint_t nelem,
    const void *data)
{
	struct scsa_nvl *priv;
	struct scsa_nvp *w, *o, *next;

	if (nvl == NULL || name == NULL || (priv = NVL_PRIV(nvl)) == NULL)
		return (EINVAL);
	if (*name == '\0' || (nelem != 0 && data == NULL))
		return (EINVAL);
	if (!scsa_nv_is_array(type) && type != DATA_TYPE_BOOLEAN && data == NULL)
		return (EINVAL);
	w = scsa_nvp_alloc(name, type, nelem, data, priv->kmflag);
	if (w == NULL)
		return (ENOMEM);

	/* The flags say which earlier pairs the new one replaces. */
	for (o = priv->head; o != NULL; o = next) {
		next = o->next;
		if (strcmp(NVP_NAME(&o->nvp), name) != 0)
			continue;
		if ((nvl->nvl_nvflag & NV_UNIQUE_NAME) ||
		    ((nvl->nvl_nvflag & NV_UNIQUE_NAME_TYPE) &&
		    NVP_TYPE(&o->nvp) == type)) {
			scsa_nvl_unlink(priv, o);
			scsa_nvp_free(o);
		}
	}
	scsa_nvl_append(priv, w);
	return (0);
}

static nvpair_t *scsa_nvl_find(nvlist_t *nvl, const char *name, data_type_t type)
{
	struct scsa_nvp *w;

	if (nvl == NULL || name == NULL || NVL_PRIV(nvl) == NULL)
		return (NULL);
	for (w = NVL_PRIV(nvl)->head; w != NULL; w = w->next) {
		if (strcmp(NVP_NAME(&w->nvp), name) == 0 &&
		    (type == DATA_TYPE_DONTCARE || NVP_TYPE(&w->nvp) == type))
			return (&w->nvp);
	}
	return (NULL);
}

/* A pair's value: scalars are copied out, the rest are returned in place. */
static int scsa_nvp_value(nvpair_t *nvp, data_type_t type, uint_t *nelem, void *data)
{
	if (nvp == NULL || NVP_TYPE(nvp) != type)
		return (EINVAL);
	switch (type) {
	case DATA_TYPE_BOOLEAN:
		return (0);
	case DATA_TYPE_STRING:
	case DATA_TYPE_NVLIST:
		if (data == NULL)
			return (EINVAL);
		*(char **)data = NVP_VALUE(nvp);
		return (0);
	default:
		if (data == NULL)
			return (EINVAL);
		if (scsa_nv_is_array(type)) {
			if (nelem == NULL)
				return (EINVAL);
			*nelem = NVP_NELEM(nvp);
			*(char **)data = NVP_NELEM(nvp) == 0 ? NULL : NVP_VALUE(nvp);
			return (0);
		}
		bcopy(NVP_VALUE(nvp), data, scsa_nv_elem_size(type));
		return (0);
	}
}

static int scsa_nvl_lookup(nvlist_t *nvl, const char *name, data_type_t type, uint_t *nelem,
    void *data)
{
	nvpair_t *nvp;

	if (nvl == NULL || name == NULL || NVL_PRIV(nvl) == NULL)
		return (EINVAL);
	nvp = scsa_nvl_find(nvl, name, type);
	if (nvp == NULL)
		return (ENOENT);
	return (scsa_nvp_value(nvp, type, nelem, data));
}

int nvlist_alloc(nvlist_t **nvlp, uint_t nvflag, int kmflag)
{
	struct scsa_nvl_alloc *a;

	if (nvlp == NULL || (nvflag & ~(NV_UNIQUE_NAME | NV_UNIQUE_NAME_TYPE)) != 0)
		return (EINVAL);
	a = kmem_alloc(sizeof (*a), kmflag);
	if (a == NULL)
		return (ENOMEM);
	scsa_nvl_init(&a->nvl, &a->priv, nvflag, kmflag);
	*nvlp = &a->nvl;
	return (0);
}

void nvlist_free(nvlist_t *nvl)
{
	struct scsa_nvl_alloc *a;

	if (nvl == NULL || NVL_PRIV(nvl) == NULL)
		return;
	a = (struct scsa_nvl_alloc *)nvl;
	scsa_nvl_empty(&a->priv);
	kmem_free(a, sizeof (*a));
}

int nvlist_dup(nvlist_t *nvl, nvlist_t **nvlp, int kmflag)
{
	nvlist_t *n;
	struct scsa_nvp *s;
	int rv;

	if (nvl == NULL || nvlp == NULL || NVL_PRIV(nvl) == NULL)
		return (EINVAL);
	rv = nvlist_alloc(&n, nvl->nvl_nvflag, kmflag);
	if (rv != 0)
		return (rv);
	for (s = NVL_PRIV(nvl)->head; s != NULL; s = s->next) {
		rv = nvlist_add_nvpair(n, &s->nvp);
		if (rv != 0) {
			nvlist_free(n);
			return (rv);
		}
	}
	*nvlp = n;
	return (0);
}

uint_t nvlist_nvflag(nvlist_t *nvl)
{
	return (nvl->nvl_nvflag);
}

int nvlist_add_nvpair(nvlist_t *nvl, nvpair_t *nvp)
{
	if (nvp == NULL)
		return (EINVAL);
	return (scsa_nvl_add(nvl, NVP_NAME(nvp), NVP_TYPE(nvp), NVP_NELEM(nvp),
	    NVP_VALUE(nvp)));
}

int nvlist_add_boolean(nvlist_t *nvl, const char *name)
{
	return (scsa_nvl_add(nvl, name, DATA_TYPE_BOOLEAN, 0, NULL));
}

int nvlist_add_string(nvlist_t *nvl, const char *name, const char *val)
{
	return (scsa_nvl_add(nvl, name, DATA_TYPE_STRING, 1, val));
}

int nvlist_add_nvlist(nvlist_t *nvl, const char *name, nvlist_t *val)
{
	if (val == nvl)
		return (EINVAL);
	return (scsa_nvl_add(nvl, name, DATA_TYPE_NVLIST, 1, val));
}

int nvlist_add_string_array(nvlist_t *nvl, const char *name, char *const *a, uint_t nelem)
{
	return (scsa_nvl_add(nvl, name, DATA_TYPE_STRING_ARRAY, nelem, a));
}

int nvlist_add_nvlist_array(nvlist_t *nvl, const char *name, nvlist_t **a, uint_t nelem)
{
	return (scsa_nvl_add(nvl, name, DATA_TYPE_NVLIST_ARRAY, nelem, a));
}

/* The scalar and array adds, lookups and pair readers, one line each. */
#define	SCSA_NV_SCALAR(suffix, ctype, dtype)				\
int nvlist_add_##suffix(nvlist_t *nvl, const char *name, ctype val)	\
{									\
	return (scsa_nvl_add(nvl, name, dtype, 1, &val));		\
}									\
int nvlist_lookup_##suffix(nvlist_t *nvl, const char *name, ctype *val)	\
{									\
	return (scsa_nvl_lookup(nvl, name, dtype, NULL, val));		\
}									\
int nvpair_value_##suffix(nvpair_t *nvp, ctype *val)			\
{									\
	return (scsa_nvp_value(nvp, dtype, NULL, val));			\
}

#define	SCSA_NV_ARRAY(suffix, ctype, dtype)				\
int nvlist_add_##suffix##_array(nvlist_t *nvl, const char *name, ctype *a, \
    uint_t nelem)							\
{									\
	return (scsa_nvl_add(nvl, name, dtype, nelem, a));		\
}									\
int nvlist_lookup_##suffix##_array(nvlist_t *nvl, const char *name,	\
    ctype **a, uint_t *nelem)						\
{									\
	return (scsa_nvl_lookup(nvl, name, dtype, nelem, a));		\
}									\
int nvpair_value_##suffix##_array(nvpair_t *nvp, ctype **a, uint_t *nelem) \
{									\
	return (scsa_nvp_value(nvp, dtype, nelem, a));			\
}

SCSA_NV_SCALAR(boolean_value, boolean_t, DATA_TYPE_BOOLEAN_VALUE)
SCSA_NV_SCALAR(byte, uchar_t, DATA_TYPE_BYTE)
SCSA_NV_SCALAR(int8, int8_t, DATA_TYPE_INT8)
SCSA_NV_SCALAR(uint8, uint8_t, DATA_TYPE_UINT8)
SCSA_NV_SCALAR(int16, int16_t, DATA_TYPE_INT16)
SCSA_NV_SCALAR(uint16, uint16_t, DATA_TYPE_UINT16)
SCSA_NV_SCALAR(int32, int32_t, DATA_TYPE_INT32)
SCSA_NV_SCALAR(uint32, uint32_t, DATA_TYPE_UINT32)
SCSA_NV_SCALAR(int64, int64_t, DATA_TYPE_INT64)
SCSA_NV_SCALAR(uint64, uint64_t, DATA_TYPE_UINT64)
SCSA_NV_SCALAR(hrtime, hrtime_t, DATA_TYPE_HRTIME)

SCSA_NV_ARRAY(boolean, boolean_t, DATA_TYPE_BOOLEAN_ARRAY)
SCSA_NV_ARRAY(byte, uchar_t, DATA_TYPE_BYTE_ARRAY)
SCSA_NV_ARRAY(int8, int8_t, DATA_TYPE_INT8_ARRAY)
SCSA_NV_ARRAY(uint8, uint8_t, DATA_TYPE_UINT8_ARRAY)
SCSA_NV_ARRAY(int16, int16_t, DATA_TYPE_INT16_ARRAY)
SCSA_NV_ARRAY(uint16, uint16_t, DATA_TYPE_UINT16_ARRAY)
SCSA_NV_ARRAY(int32, int32_t, DATA_TYPE_INT32_ARRAY)
SCSA_NV_ARRAY(uint32, uint32_t, DATA_TYPE_UINT32_ARRAY)
SCSA_NV_ARRAY(int64, int64_t, DATA_TYPE_INT64_ARRAY)
SCSA_NV_ARRAY(uint64, uint64_t, DATA_TYPE_UINT64_ARRAY)

int nvlist_lookup_boolean(nvlist_t *nvl, const char *name)
{
	return (scsa_nvl_lookup(nvl, name, DATA_TYPE_BOOLEAN, NULL, NULL));
}

int nvlist_lookup_string(nvlist_t *nvl, const char *name, char **val)
{
	return (scsa_nvl_lookup(nvl, name, DATA_TYPE_STRING, NULL, val));
}

int nvlist_lookup_nvlist(nvlist_t *nvl, const char *name, nvlist_t **val)
{
	return (scsa_nvl_lookup(nvl, name, DATA_TYPE_NVLIST, NULL, val));
}

int nvlist_lookup_string_array(nvlist_t *nvl, const char *name, char ***a, uint_t *nelem)
{
	return (scsa_nvl_lookup(nvl, name, DATA_TYPE_STRING_ARRAY, nelem, a));
}

int nvlist_lookup_nvlist_array(nvlist_t *nvl, const char *name, nvlist_t ***a, uint_t *nelem)
{
	return (scsa_nvl_lookup(nvl, name, DATA_TYPE_NVLIST_ARRAY, nelem, a));
}

int nvlist_lookup_nvpair(nvlist_t *nvl, const char *name, nvpair_t **nvp)
{
	if (nvl == NULL || name == NULL || nvp == NULL)
		return (EINVAL);
	*nvp = scsa_nvl_find(nvl, name, DATA_TYPE_DONTCARE);
	return (*nvp == NULL ? ENOENT : 0);
}

boolean_t nvlist_exists(nvlist_t *nvl, const char *name)
{
	return (scsa_nvl_find(nvl, name, DATA_TYPE_DONTCARE) != NULL ? B_TRUE : B_FALSE);
}

boolean_t nvlist_empty(nvlist_t *nvl)
{
	return (nvl == NULL || NVL_PRIV(nvl) == NULL || NVL_PRIV(nvl)->head == NULL ?
	    B_TRUE : B_FALSE);
}

int nvlist_remove(nvlist_t *nvl, const char *name, data_type_t type)
{
	nvpair_t *nvp;

	if (nvl == NULL || name == NULL || NVL_PRIV(nvl) == NULL)
		return (EINVAL);
	nvp = scsa_nvl_find(nvl, name, type);
	if (nvp == NULL)
		return (ENOENT);
	return (nvlist_remove_nvpair(nvl, nvp));
}

int nvlist_remove_all(nvlist_t *nvl, const char *name)
{
	nvpair_t *nvp;
	int rv = ENOENT;

	if (nvl == NULL || name == NULL || NVL_PRIV(nvl) == NULL)
		return (EINVAL);
	while ((nvp = scsa_nvl_find(nvl, name, DATA_TYPE_DONTCARE)) != NULL) {
		(void) nvlist_remove_nvpair(nvl, nvp);
		rv = 0;
	}
	return (rv);
}

int nvlist_remove_nvpair(nvlist_t *nvl, nvpair_t *nvp)
{
	struct scsa_nvp *w;

	if (nvl == NULL || nvp == NULL || NVL_PRIV(nvl) == NULL)
		return (EINVAL);
	w = NVP_WRAP(nvp);
	scsa_nvl_unlink(NVL_PRIV(nvl), w);
	scsa_nvp_free(w);
	return (0);
}

nvpair_t *nvlist_next_nvpair(nvlist_t *nvl, nvpair_t *nvp)
{
	struct scsa_nvp *w;

	if (nvl == NULL || NVL_PRIV(nvl) == NULL)
		return (NULL);
	w = nvp == NULL ? NVL_PRIV(nvl)->head : NVP_WRAP(nvp)->next;
	return (w == NULL ? NULL : &w->nvp);
}

nvpair_t *nvlist_prev_nvpair(nvlist_t *nvl, nvpair_t *nvp)
{
	struct scsa_nvp *w;

	if (nvl == NULL || NVL_PRIV(nvl) == NULL)
		return (NULL);
	w = nvp == NULL ? NVL_PRIV(nvl)->tail : NVP_WRAP(nvp)->prev;
	return (w == NULL ? NULL : &w->nvp);
}

char *nvpair_name(nvpair_t *nvp)
{
	return (NVP_NAME(nvp));
}

data_type_t nvpair_type(nvpair_t *nvp)
{
	return (NVP_TYPE(nvp));
}

int nvpair_type_is_array(nvpair_t *nvp)
{
	return (scsa_nv_is_array(NVP_TYPE(nvp)) ? 1 : 0);
}

int nvpair_value_string(nvpair_t *nvp, char **val)
{
	return (scsa_nvp_value(nvp, DATA_TYPE_STRING, NULL, val));
}

int nvpair_value_nvlist(nvpair_t *nvp, nvlist_t **val)
{
	return (scsa_nvp_value(nvp, DATA_TYPE_NVLIST, NULL, val));
}

int nvpair_value_string_array(nvpair_t *nvp, char ***a, uint_t *nelem)
{
	return (scsa_nvp_value(nvp, DATA_TYPE_STRING_ARRAY, nelem, a));
}

int nvpair_value_nvlist_array(nvpair_t *nvp, nvlist_t ***a, uint_t *nelem)
{
	return (scsa_nvp_value(nvp, DATA_TYPE_NVLIST_ARRAY, nelem, a));
}
