// SPDX-License-Identifier: GPL-2.0
/*
 * driver.conf(5) syntax, for a port's conf= parameter.  Solaris-world file.
 *
 *	entry:	prop [prop...] ";"
 *	prop:	name "=" value ["," value...]
 *	value:	"string" | integer		(one type per property)
 *
 * Integers are C-style (decimal, 0x hex, 0 octal, optional '-') and must
 * fit an int; strings take \" \\ \n \t escapes; '#' starts a comment that
 * runs to the end of the line.  Entries that name a node (they have a
 * "name", "parent" or "class" property) describe nodes that nexus drivers
 * create on illumos; here the SCSA HBA creates a node for every device it
 * finds, so they are reported and skipped.  Every other property is global
 * to the driver: visible on each node it binds.  Anything else is an error
 * reported with its line, and nothing of the text is kept.
 */
#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/kmem.h>
#include <sys/cmn_err.h>
#include <sys/sunddi.h>

#include "ddi_impl.h"

struct scsa_conf {
	const char	*drv;
	const char	*p;
	int		line;
	const char	*err;
};

/* A value being collected: at most one type. */
struct scsa_conf_val {
	int	type;		/* 0, DDI_PROP_TYPE_INT or _STRING */
	char	*buf;
	int	len;
	int	size;
};

static void scsa_conf_skip(struct scsa_conf *c)
{
	for (;;) {
		while (*c->p == ' ' || *c->p == '\t' || *c->p == '\n' || *c->p == '\r') {
			if (*c->p == '\n')
				c->line++;
			c->p++;
		}
		if (*c->p != '#')
			return;
		while (*c->p != '\0' && *c->p != '\n')
			c->p++;
	}
}

static int scsa_conf_namechar(char ch)
{
	return ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
	    (ch >= '0' && ch <= '9') || ch == '-' || ch == '_' || ch == '.' ||
	    ch == '+' || ch == ',' || ch == '@');
}

static void scsa_conf_append(struct scsa_conf_val *v, const void *data, int len)
{
	if (v->len + len > v->size) {
		int nsize = (v->len + len) * 2 + 16;
		char *nbuf = kmem_alloc(nsize, KM_SLEEP);

		if (v->len > 0)
			bcopy(v->buf, nbuf, v->len);
		if (v->buf != NULL)
			kmem_free(v->buf, v->size);
		v->buf = nbuf;
		v->size = nsize;
	}
	bcopy(data, v->buf + v->len, len);
	v->len += len;
}

static int scsa_conf_string(struct scsa_conf *c, struct scsa_conf_val *v)
{
	char ch;

	c->p++;		/* the opening quote */
	while ((ch = *c->p) != '"') {
		if (ch == '\0' || ch == '\n') {
			c->err = "unterminated string";
			return (-1);
		}
		if (ch == '\\') {
			switch (*++c->p) {
			case 'n':
				ch = '\n';
				break;
			case 't':
				ch = '\t';
				break;
			case '"':
			case '\\':
				ch = *c->p;
				break;
			default:
				c->err = "unknown escape in string";
				return (-1);
			}
		}
		scsa_conf_append(v, &ch, 1);
		c->p++;
	}
	c->p++;
	ch = '\0';
	scsa_conf_append(v, &ch, 1);
	return (0);
}

static int scsa_conf_digit(char ch, int base)
{
	int d;

	if (ch >= '0' && ch <= '9')
		d = ch - '0';
	else if (ch >= 'a' && ch <= 'f')
		d = ch - 'a' + 10;
	else if (ch >= 'A' && ch <= 'F')
		d = ch - 'A' + 10;
	else
		return (-1);
	return (d < base ? d : -1);
}

static int scsa_conf_int(struct scsa_conf *c, struct scsa_conf_val *v)
{
	long long n = 0;
	int neg = 0, base = 10, d, ndigits = 0, val;

	if (*c->p == '-') {
		neg = 1;
		c->p++;
	}
	if (c->p[0] == '0' && (c->p[1] == 'x' || c->p[1] == 'X')) {
		base = 16;
		c->p += 2;
	} else if (c->p[0] == '0') {
		base = 8;
	}
	while ((d = scsa_conf_digit(*c->p, base)) >= 0) {
		n = n * base + d;
		if (n > 0xffffffffLL) {
			c->err = "integer out of range";
			return (-1);
		}
		c->p++;
		ndigits++;
	}
	if (ndigits == 0 || (scsa_conf_namechar(*c->p) && *c->p != ',')) {
		c->err = "bad integer";
		return (-1);
	}
	if ((neg && n > 0x80000000LL) || (!neg && base == 10 && n > 0x7fffffffLL)) {
		c->err = "integer out of range";
		return (-1);
	}
	val = (int)(neg ? -n : n);
	scsa_conf_append(v, &val, sizeof (val));
	return (0);
}

/* name=value[,value...]: into *name (kmem) and *v. */
static int scsa_conf_prop(struct scsa_conf *c, char **name, struct scsa_conf_val *v)
{
	const char *start = c->p;
	int type, n;

	while (scsa_conf_namechar(*c->p))
		c->p++;
	if ((n = c->p - start) == 0) {
		c->err = "property name expected";
		return (-1);
	}
	scsa_conf_skip(c);
	if (*c->p != '=') {
		c->err = "'=' expected after the property name";
		return (-1);
	}
	c->p++;
	for (;;) {
		scsa_conf_skip(c);
		type = *c->p == '"' ? DDI_PROP_TYPE_STRING : DDI_PROP_TYPE_INT;
		if (v->type != 0 && v->type != type) {
			c->err = "strings and integers mixed in one property";
			return (-1);
		}
		v->type = type;
		if ((type == DDI_PROP_TYPE_STRING ? scsa_conf_string(c, v) :
		    scsa_conf_int(c, v)) != 0)
			return (-1);
		scsa_conf_skip(c);
		if (*c->p != ',')
			break;
		c->p++;
	}
	*name = kmem_alloc(n + 1, KM_SLEEP);
	bcopy(start, *name, n);
	(*name)[n] = '\0';
	return (0);
}

static int scsa_conf_is_node_spec(const char *name)
{
	return (strcmp(name, "name") == 0 || strcmp(name, "parent") == 0 ||
	    strcmp(name, "class") == 0);
}

/* One entry, up to and including its ';', appended to *tail. */
static int scsa_conf_entry(struct scsa_conf *c, struct scsa_prop ***tail)
{
	struct scsa_prop *entry = NULL, **etail = &entry, *p;
	struct scsa_conf_val v;
	int node_spec = 0, line = c->line;
	char *name;

	while (*c->p != ';') {
		if (*c->p == '\0') {
			c->err = "';' expected at the end of the entry";
			goto free_entry;
		}
		bzero(&v, sizeof (v));
		if (scsa_conf_prop(c, &name, &v) != 0) {
			if (v.buf != NULL)
				kmem_free(v.buf, v.size);
			goto free_entry;
		}
		node_spec |= scsa_conf_is_node_spec(name);
		(void) scsa_prop_add(etail, DDI_DEV_T_NONE, v.type, name, v.buf, v.len);
		etail = &(*etail)->next;
		kmem_free(name, strlen(name) + 1);
		kmem_free(v.buf, v.size);
	}
	c->p++;
	if (node_spec) {
		cmn_err(CE_NOTE, "%s: conf line %d: node specification ignored: SCSA "
		    "nodes come from the HBA", c->drv, line);
		scsa_prop_list_free(&entry);
		return (0);
	}
	**tail = entry;
	for (p = entry; p != NULL; p = p->next)
		*tail = &p->next;
	return (0);

free_entry:
	scsa_prop_list_free(&entry);
	return (-1);
}

/**
 * scsa_conf_parse() - parse driver.conf text into global properties
 * @drvname: for messages
 * @text: the text; NULL or empty gives no properties
 * @out: the properties, in file order (first definition found first)
 *
 * Return: 0, or EINVAL after a message naming the line.
 */
int scsa_conf_parse(const char *drvname, const char *text, struct scsa_prop **out)
{
	struct scsa_conf c = { drvname, text, 1, NULL };
	struct scsa_prop *head = NULL, **tail = &head;

	*out = NULL;
	if (text == NULL)
		return (0);
	for (;;) {
		scsa_conf_skip(&c);
		if (*c.p == '\0')
			break;
		if (scsa_conf_entry(&c, &tail) != 0) {
			cmn_err(CE_WARN, "%s: conf line %d: %s", drvname, c.line, c.err);
			scsa_prop_list_free(&head);
			return (EINVAL);
		}
	}
	*out = head;
	return (0);
}
