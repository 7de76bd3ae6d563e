// SPDX-License-Identifier: GPL-2.0
/*
 * Device ids: ddi_devid_init(9F), ddi_devid_register(9F), ddi_devid_get(9F),
 * ddi_devid_scsi_encode(9F), ddi_devid_str_encode(9F) and the rest.
 * Solaris-world file.
 *
 * The binary form is illumos's (PSARC/1995/352): magic "id", revision 1,
 * 16-bit type and length, a four-byte driver hint and the id bytes; the
 * string form is "id1,<hint>@<type letter><id>", with the id in ASCII
 * (upper-case type letter) when every byte allows it, else in hex.  So a
 * devid string printed here is the one illumos prints for the same device.
 * A registered devid is the node's "devid" system property, in string form,
 * as on illumos, so ddi_prop_remove_all() in a driver's detach keeps it.
 * The node's devi_devid_str holds the same string while it is registered
 * (sd reads it for its ereports, as on illumos).
 */
#include <sys/types.h>
#include <sys/systm.h>
#include <sys/kmem.h>
#include <sys/sunddi.h>
#include <sys/sunndi.h>
#include <sys/ddi_impldefs.h>
#include <sys/scsi/scsi.h>
#include "ddi_impl.h"

struct scsa_devid {
	uchar_t	magic_hi, magic_lo;
	uchar_t	rev_hi, rev_lo;
	uchar_t	type_hi, type_lo;
	uchar_t	len_hi, len_lo;
	char	driver[DEVID_HINT_SIZE];
	uchar_t	id[];
};

#define SCSA_DEVID_MAGIC_HI	'i'
#define SCSA_DEVID_MAGIC_LO	'd'
#define SCSA_DEVID_REV_HI	0
#define SCSA_DEVID_REV_LO	1

/* The fewest standard INQUIRY bytes an encoding looks at. */
#define SCSA_DEVID_MIN_INQ	4

/* Type letters of the string form, indexed by type (lower case: hex id). */
static const char scsa_devid_letters[DEVID_MAXTYPE + 1] = {
	[DEVID_NONE] = 'u',
	[DEVID_SCSI3_WWN] = 'w',
	[DEVID_SCSI_SERIAL] = 's',
	[DEVID_FAB] = 'f',
	[DEVID_ENCAP] = 'e',
	[DEVID_ATA_SERIAL] = 'a',
	[DEVID_SCSI3_VPD_T10] = 't',
	[DEVID_SCSI3_VPD_EUI] = 'x',
	[DEVID_SCSI3_VPD_NAA] = 'n',
	[DEVID_NVME_NSID] = 'd',
	[DEVID_NVME_EUI64] = 'i',
	[DEVID_NVME_NGUID] = 'g',
};

static kmutex_t scsa_devid_gen_lock;
static short scsa_devid_gen;

static ushort_t scsa_devid_type(const struct scsa_devid *d)
{
	return ((ushort_t)((d->type_hi << 8) | d->type_lo));
}

static ushort_t scsa_devid_len(const struct scsa_devid *d)
{
	return ((ushort_t)((d->len_hi << 8) | d->len_lo));
}

static size_t scsa_devid_size(size_t idlen)
{
	return (sizeof (struct scsa_devid) + idlen);
}

/* A new devid of a type with room for idlen id bytes; the hint is set. */
static struct scsa_devid *scsa_devid_alloc(const char *driver, ushort_t type, size_t idlen)
{
	struct scsa_devid *d = kmem_zalloc(scsa_devid_size(idlen), KM_SLEEP);
	size_t n;

	d->magic_hi = SCSA_DEVID_MAGIC_HI;
	d->magic_lo = SCSA_DEVID_MAGIC_LO;
	d->rev_hi = SCSA_DEVID_REV_HI;
	d->rev_lo = SCSA_DEVID_REV_LO;
	d->type_hi = (uchar_t)(type >> 8);
	d->type_lo = (uchar_t)type;
	d->len_hi = (uchar_t)(idlen >> 8);
	d->len_lo = (uchar_t)idlen;
	/* The hint is the last four characters of a longer name. */
	if (driver != NULL) {
		n = strlen(driver);
		if (n > DEVID_HINT_SIZE) {
			driver += n - DEVID_HINT_SIZE;
			n = DEVID_HINT_SIZE;
		}
		bcopy(driver, d->driver, n);
	}
	return (d);
}

int ddi_devid_valid(ddi_devid_t devid)
{
	struct scsa_devid *d = (struct scsa_devid *)devid;
	ushort_t type;

	if (d == NULL || d->magic_hi != SCSA_DEVID_MAGIC_HI ||
	    d->magic_lo != SCSA_DEVID_MAGIC_LO || d->rev_hi != SCSA_DEVID_REV_HI ||
	    d->rev_lo != SCSA_DEVID_REV_LO)
		return (DDI_FAILURE);
	type = scsa_devid_type(d);
	if (type == DEVID_NONE || type > DEVID_MAXTYPE)
		return (DDI_FAILURE);
	return (DDI_SUCCESS);
}

size_t ddi_devid_sizeof(ddi_devid_t devid)
{
	struct scsa_devid *d = (struct scsa_devid *)devid;

	/* The size of a devid without id bytes. */
	if (d == NULL)
		return (sizeof (struct scsa_devid));
	return (scsa_devid_size(scsa_devid_len(d)));
}

void ddi_devid_free(ddi_devid_t devid)
{
	if (devid != NULL)
		kmem_free(devid, ddi_devid_sizeof(devid));
}

int ddi_devid_init(dev_info_t *dip, ushort_t devid_type, ushort_t nbytes, void *id,
    ddi_devid_t *ret_devid)
{
	struct scsa_devid *d;
	uint32_t hostid;
	int32_t tv[2];
	hrtime_t now;
	short gen;

	switch (devid_type) {
	case DEVID_SCSI3_WWN:
	case DEVID_SCSI_SERIAL:
	case DEVID_ATA_SERIAL:
	case DEVID_NVME_NSID:
	case DEVID_NVME_EUI64:
	case DEVID_NVME_NGUID:
	case DEVID_ENCAP:
		if (nbytes == 0 || id == NULL)
			return (DDI_FAILURE);
		d = scsa_devid_alloc(ddi_driver_name(dip), devid_type, nbytes);
		bcopy(id, d->id, nbytes);
		break;
	case DEVID_FAB:
		if (nbytes != 0 || id != NULL)
			return (DDI_FAILURE);
		/*
		 * illumos fabricates host id, time of day and a generation
		 * number.  Linux has no host id: the high-resolution clock's
		 * bits stand in for it, so two boots do not collide.
		 */
		now = gethrtime();
		hostid = (uint32_t)now ^ (uint32_t)((uint64_t)now >> 32);
		tv[0] = (int32_t)ddi_get_time();
		tv[1] = (int32_t)((now / 1000) % 1000000);
		mutex_enter(&scsa_devid_gen_lock);
		gen = ++scsa_devid_gen;
		mutex_exit(&scsa_devid_gen_lock);
		d = scsa_devid_alloc(ddi_driver_name(dip), DEVID_FAB,
		    sizeof (hostid) + sizeof (tv) + sizeof (gen));
		bcopy(&hostid, d->id, sizeof (hostid));
		bcopy(tv, d->id + sizeof (hostid), sizeof (tv));
		bcopy(&gen, d->id + sizeof (hostid) + sizeof (tv), sizeof (gen));
		break;
	default:
		return (DDI_FAILURE);
	}
	*ret_devid = (ddi_devid_t)d;
	return (DDI_SUCCESS);
}

/* The page 83 descriptor types that identify a logical unit. */
static int scsa_vpd_type_rank(uchar_t code)
{
	switch (code & 0x3f) {		/* association 0 (the LU), then type */
	case 3:				/* NAA */
		return (3);
	case 2:				/* EUI-64 */
		return (2);
	case 1:				/* T10 vendor id */
		return (1);
	default:
		return (0);
	}
}

/*
 * The best identifier in INQUIRY page 0x83: NAA over EUI-64 over T10
 * vendor id, whatever order the device lists them in (so a firmware update
 * that reorders them keeps the devid).
 */
static uchar_t *scsa_page83_id(uchar_t *inq83, size_t len, size_t *idlen, int *rank)
{
	size_t off = 4, end, best = 0;
	int r, best_rank = 0;

	if (len < 4 || (inq83[0] & DTYPE_MASK) == DTYPE_UNKNOWN || inq83[1] != 0x83)
		return (NULL);
	end = 4 + (((size_t)inq83[2] << 8) | inq83[3]);
	if (end > len)
		return (NULL);
	while (off + 4 <= end && off + 4 + inq83[off + 3] <= end) {
		r = scsa_vpd_type_rank(inq83[off + 1]);
		if (r > best_rank) {
			best_rank = r;
			best = off;
		}
		off += 4 + inq83[off + 3];
	}
	if (best_rank == 0 || inq83[best + 3] == 0)
		return (NULL);
	*idlen = inq83[best + 3];
	*rank = best_rank;
	return (&inq83[best + 4]);
}

/* A devid's id must not be all blanks or all zeros: that is no id yet. */
static boolean_t scsa_id_initialised(const uchar_t *id, size_t len)
{
	boolean_t blank = B_TRUE, zero = B_TRUE;
	size_t i;

	for (i = 0; i < len; i++) {
		if (id[i] != ' ')
			blank = B_FALSE;
		if (id[i] != 0)
			zero = B_FALSE;
	}
	return (len > 0 && !blank && !zero);
}

int ddi_devid_scsi_encode(int version, char *driver_name, uchar_t *inq, size_t inq_len,
    uchar_t *inq80, size_t inq80_len, uchar_t *inq83, size_t inq83_len,
    ddi_devid_t *ret_devid)
{
	struct scsi_inquiry *std = (struct scsi_inquiry *)inq;
	static const ushort_t v2types[] = {
		DEVID_NONE, DEVID_SCSI3_VPD_T10, DEVID_SCSI3_VPD_EUI, DEVID_SCSI3_VPD_NAA
	};
	struct scsa_devid *d;
	size_t idlen = 0, vplen, i;
	uchar_t *id = NULL;
	ushort_t type = DEVID_NONE;
	int rank;

	if (version < DEVID_SCSI_ENCODE_VERSION1 || version > DEVID_SCSI_ENCODE_VERSION_LATEST ||
	    inq == NULL || inq_len < SCSA_DEVID_MIN_INQ || ret_devid == NULL)
		return (DDI_FAILURE);

	if (inq83 != NULL) {
		id = scsa_page83_id(inq83, inq83_len, &idlen, &rank);
		if (id != NULL) {
			/* Version 1 lumps every page 83 identifier together. */
			type = version == DEVID_SCSI_ENCODE_VERSION1 ? DEVID_SCSI3_WWN :
			    v2types[rank];
		}
	}
	if (id != NULL) {
		if (!scsa_id_initialised(id, idlen))
			return (DDI_NOT_WELL_FORMED);
		d = scsa_devid_alloc(driver_name, type, idlen);
		bcopy(id, d->id, idlen);
		*ret_devid = (ddi_devid_t)d;
		return (DDI_SUCCESS);
	}

	/*
	 * Page 0x80: a unit serial number is only unique per vendor and
	 * product, so the id is vendor, product and serial number.  A device
	 * without one reports blanks.
	 */
	if (inq80 != NULL && inq80_len >= 4 && inq80[1] == 0x80 &&
	    inq80_len >= 4 + (size_t)inq80[3]) {
		for (i = 0; i < inq80[3] && inq80[4 + i] == ' '; i++)
			;
		if (i < inq80[3]) {
			vplen = sizeof (std->inq_vid) + sizeof (std->inq_pid);
			idlen = vplen + inq80[3];
			d = scsa_devid_alloc(driver_name, DEVID_SCSI_SERIAL, idlen);
			bcopy(std->inq_vid, d->id, sizeof (std->inq_vid));
			bcopy(std->inq_pid, d->id + sizeof (std->inq_vid), sizeof (std->inq_pid));
			bcopy(&inq80[4], d->id + vplen, inq80[3]);
			if (!scsa_id_initialised(d->id, idlen)) {
				ddi_devid_free((ddi_devid_t)d);
				return (DDI_NOT_WELL_FORMED);
			}
			*ret_devid = (ddi_devid_t)d;
			return (DDI_SUCCESS);
		}
	}
	/*
	 * illumos fabricates a serial number from the standard INQUIRY data of
	 * Sun-branded disks only; without a VPD id the caller decides (a
	 * target driver falls back to DEVID_FAB).
	 */
	return (DDI_FAILURE);
}

/* Whether an id byte may appear as itself in the string form. */
static boolean_t scsa_devid_byte_ascii(uchar_t c)
{
	return ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	    c == '+' || c == '-' || c == '.' || c == '=' || c == ' ' || c == 0);
}

/* Types whose ids are numbers: always hex, even when the bytes look ASCII. */
static boolean_t scsa_devid_type_hex(ushort_t type)
{
	return (type == DEVID_SCSI3_WWN || type == DEVID_SCSI3_VPD_EUI ||
	    type == DEVID_SCSI3_VPD_NAA || type == DEVID_NVME_EUI64 ||
	    type == DEVID_NVME_NGUID || type == DEVID_FAB);
}

char *ddi_devid_str_encode(ddi_devid_t devid, char *minor_name)
{
	static const char hex[] = "0123456789abcdef";
	struct scsa_devid *d = (struct scsa_devid *)devid;
	size_t hint, len, slen, i;
	boolean_t ascii;
	ushort_t type;
	char *s, *p;

	if (d == NULL) {
		/* The string form of no devid. */
		s = kmem_alloc(4, KM_SLEEP);
		(void) strcpy(s, "id0");
		return (s);
	}
	if (ddi_devid_valid(devid) != DDI_SUCCESS)
		return (NULL);

	for (hint = 0; hint < DEVID_HINT_SIZE && d->driver[hint] != '\0'; hint++)
		;
	type = scsa_devid_type(d);
	len = scsa_devid_len(d);
	ascii = !scsa_devid_type_hex(type);
	for (i = 0; ascii && i < len; i++)
		ascii = scsa_devid_byte_ascii(d->id[i]);

	slen = 3 + 1 + hint + 1 + 1 + (ascii ? len : 2 * len) + 1;
	if (minor_name != NULL)
		slen += 1 + strlen(minor_name);
	s = p = kmem_alloc(slen, KM_SLEEP);
	*p++ = 'i';
	*p++ = 'd';
	*p++ = '0' + d->rev_lo;
	*p++ = ',';
	bcopy(d->driver, p, hint);
	p += hint;
	*p++ = '@';
	*p = scsa_devid_letters[type];
	if (ascii)
		*p += 'A' - 'a';
	p++;
	for (i = 0; i < len; i++) {
		if (!ascii) {
			*p++ = hex[d->id[i] >> 4];
			*p++ = hex[d->id[i] & 0xf];
		} else if (d->id[i] == ' ') {
			*p++ = '_';
		} else if (d->id[i] == 0) {
			*p++ = '~';
		} else {
			*p++ = d->id[i];
		}
	}
	if (minor_name != NULL) {
		*p++ = '/';
		(void) strcpy(p, minor_name);
	} else {
		*p = '\0';
	}
	return (s);
}

void ddi_devid_str_free(char *devidstr)
{
	if (devidstr != NULL)
		kmem_free(devidstr, strlen(devidstr) + 1);
}

static int scsa_hexval(char c)
{
	if (c >= '0' && c <= '9')
		return (c - '0');
	if (c >= 'a' && c <= 'f')
		return (c - 'a' + 10);
	if (c >= 'A' && c <= 'F')
		return (c - 'A' + 10);
	return (-1);
}

int ddi_devid_str_decode(char *devidstr, ddi_devid_t *retdevid, char **retminor_name)
{
	struct scsa_devid *d;
	ushort_t type;
	char *hint, *at, *idp, *slash, *m;
	size_t hintlen, idchars, idlen, i;
	boolean_t ascii;
	int hi, lo;

	if (devidstr == NULL || retdevid == NULL || strncmp(devidstr, "id1,", 4) != 0)
		return (DDI_FAILURE);
	hint = devidstr + 4;
	at = strchr(hint, '@');
	if (at == NULL || at - hint > DEVID_HINT_SIZE || at[1] == '\0')
		return (DDI_FAILURE);
	hintlen = at - hint;

	for (type = DEVID_SCSI3_WWN; type <= DEVID_MAXTYPE; type++)
		if (scsa_devid_letters[type] == at[1] ||
		    scsa_devid_letters[type] + 'A' - 'a' == at[1])
			break;
	if (type > DEVID_MAXTYPE)
		return (DDI_FAILURE);
	ascii = at[1] >= 'A' && at[1] <= 'Z';

	idp = at + 2;
	slash = strchr(idp, '/');
	idchars = slash != NULL ? (size_t)(slash - idp) : strlen(idp);
	if (idchars == 0 || (!ascii && idchars % 2 != 0))
		return (DDI_FAILURE);
	idlen = ascii ? idchars : idchars / 2;
	if (idlen > 0xffff)
		return (DDI_FAILURE);

	d = scsa_devid_alloc(NULL, type, idlen);
	bcopy(hint, d->driver, hintlen);
	for (i = 0; i < idlen; i++) {
		if (ascii) {
			d->id[i] = idp[i] == '_' ? ' ' : idp[i] == '~' ? 0 : idp[i];
			continue;
		}
		hi = scsa_hexval(idp[2 * i]);
		lo = scsa_hexval(idp[2 * i + 1]);
		if (hi < 0 || lo < 0) {
			ddi_devid_free((ddi_devid_t)d);
			return (DDI_FAILURE);
		}
		d->id[i] = (uchar_t)(hi << 4 | lo);
	}

	if (retminor_name != NULL) {
		*retminor_name = NULL;
		if (slash != NULL && slash[1] != '\0') {
			m = kmem_alloc(strlen(slash + 1) + 1, KM_SLEEP);
			(void) strcpy(m, slash + 1);
			*retminor_name = m;
		}
	}
	*retdevid = (ddi_devid_t)d;
	return (DDI_SUCCESS);
}

int ddi_devid_compare(ddi_devid_t id1, ddi_devid_t id2)
{
	struct scsa_devid *a = (struct scsa_devid *)id1, *b = (struct scsa_devid *)id2;
	ushort_t ta, tb, la, lb;
	int rv;

	rv = bcmp(a, b, 4);		/* magic and revision */
	if (rv != 0)
		return (rv < 0 ? -1 : 1);
	ta = scsa_devid_type(a);
	tb = scsa_devid_type(b);
	/*
	 * Encoding version 1 gave every page 83 id the type DEVID_SCSI3_WWN:
	 * such a devid matches a version 2 page 83 devid of the same bytes.
	 */
	if (ta == DEVID_SCSI3_WWN || tb == DEVID_SCSI3_WWN) {
		if (ta >= DEVID_SCSI3_VPD_T10 && ta <= DEVID_SCSI3_VPD_NAA)
			ta = DEVID_SCSI3_WWN;
		if (tb >= DEVID_SCSI3_VPD_T10 && tb <= DEVID_SCSI3_VPD_NAA)
			tb = DEVID_SCSI3_WWN;
	}
	if (ta != tb)
		return (ta < tb ? -1 : 1);
	la = scsa_devid_len(a);
	lb = scsa_devid_len(b);
	if (la != lb)
		return (la < lb ? -1 : 1);
	rv = bcmp(a->id, b->id, la);
	return (rv == 0 ? 0 : rv < 0 ? -1 : 1);
}

/*
 * Replaces the node's devi_devid_str.  Readers do not lock, as on illumos:
 * the string is replaced only by register and unregister, which a driver
 * calls from attach and detach.
 */
static void scsa_devid_str_set(dev_info_t *dip, char *s)
{
	char *old;

	mutex_enter(&dip->devi_lock);
	old = dip->devi_devid_str;
	dip->devi_devid_str = s;
	mutex_exit(&dip->devi_lock);
	if (old != NULL)
		ddi_devid_str_free(old);
}

int ddi_devid_register(dev_info_t *dip, ddi_devid_t devid)
{
	char *s;
	int rv;

	if (dip == NULL || ddi_devid_valid(devid) != DDI_SUCCESS)
		return (DDI_FAILURE);
	s = ddi_devid_str_encode(devid, NULL);
	if (s == NULL)
		return (DDI_FAILURE);
	rv = ndi_prop_update_string(DDI_DEV_T_NONE, dip, DEVID_PROP_NAME, s);
	if (rv != DDI_PROP_SUCCESS) {
		ddi_devid_str_free(s);
		return (DDI_FAILURE);
	}
	scsa_devid_str_set(dip, s);
	return (DDI_SUCCESS);
}

void ddi_devid_unregister(dev_info_t *dip)
{
	(void) ndi_prop_remove(DDI_DEV_T_NONE, dip, DEVID_PROP_NAME);
	scsa_devid_str_set(dip, NULL);
}

int ddi_devid_get(dev_info_t *dip, ddi_devid_t *ret_devid)
{
	char *s;
	int rv;

	if (ddi_prop_lookup_string(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS, DEVID_PROP_NAME,
	    &s) != DDI_PROP_SUCCESS)
		return (DDI_FAILURE);
	rv = ddi_devid_str_decode(s, ret_devid, NULL);
	ddi_prop_free(s);
	return (rv);
}
