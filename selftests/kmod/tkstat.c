// SPDX-License-Identifier: GPL-2.0
/*
 * tkstat: kstats for the in-guest test of /proc/scsa/kstat
 * (tests.d/30-kstat.sh), written against the illumos headers as a misc
 * module.  Its _init accounts a known workload in an I/O kstat the way a
 * disk driver does (3 reads of 512 bytes, 2 writes of 4096, one request
 * left waiting) and installs a named kstat whose ks_update counts the
 * snapshots taken of it, so each read of the file is visible in the next.
 * _fini deletes both.
 */
#include <sys/types.h>
#include <sys/errno.h>
#include <sys/modctl.h>
#include <sys/kstat.h>
#include <sys/ddi.h>
#include <sys/sunddi.h>

static kstat_t *tk_io;
static kstat_t *tk_named;
static kmutex_t tk_lock;

struct tk_named {
	kstat_named_t	snapshots;
	kstat_named_t	answer;
	kstat_named_t	label;
};

static struct modlmisc tk_modlmisc = {
	&mod_miscops,
	"scsa_compat kstat test"
};

static struct modlinkage tk_modlinkage = {
	MODREV_1,
	{ &tk_modlmisc, NULL }
};

static int tk_update(kstat_t *ksp, int rw)
{
	struct tk_named *n = ksp->ks_data;

	if (rw == KSTAT_WRITE)
		return (EACCES);
	n->snapshots.value.ui64++;
	return (0);
}

/* One request through the queues, as sd accounts it. */
static void tk_io_done(kstat_io_t *io, int write, size_t bytes)
{
	kstat_waitq_enter(io);
	kstat_waitq_to_runq(io);
	kstat_runq_exit(io);
	if (write) {
		io->writes++;
		io->nwritten += bytes;
	} else {
		io->reads++;
		io->nread += bytes;
	}
}

static void tk_delete(void)
{
	if (tk_io != NULL)
		kstat_delete(tk_io);
	if (tk_named != NULL)
		kstat_delete(tk_named);
	tk_io = tk_named = NULL;
}

int _init(void)
{
	struct tk_named *n;
	kstat_io_t *io;
	int i, rv;

	tk_io = kstat_create("tkstat", 0, "tkstat0", "disk", KSTAT_TYPE_IO, 1, 0);
	tk_named = kstat_create("tkstat", 0, "tkstat0,stats", "misc", KSTAT_TYPE_NAMED,
	    sizeof (struct tk_named) / sizeof (kstat_named_t), 0);
	if (tk_io == NULL || tk_named == NULL) {
		tk_delete();
		return (ENOMEM);
	}

	io = KSTAT_IO_PTR(tk_io);
	tk_io->ks_lock = &tk_lock;
	mutex_enter(&tk_lock);
	for (i = 0; i < 3; i++)
		tk_io_done(io, 0, 512);
	for (i = 0; i < 2; i++)
		tk_io_done(io, 1, 4096);
	kstat_waitq_enter(io);		/* still waiting at unload */
	mutex_exit(&tk_lock);

	n = tk_named->ks_data;
	kstat_named_init(&n->snapshots, "snapshots", KSTAT_DATA_UINT64);
	kstat_named_init(&n->answer, "answer", KSTAT_DATA_INT32);
	kstat_named_init(&n->label, "label", KSTAT_DATA_CHAR);
	n->answer.value.i32 = -42;
	(void) strncpy(n->label.value.c, "tkstat", sizeof (n->label.value.c));
	tk_named->ks_update = tk_update;

	kstat_install(tk_io);
	kstat_install(tk_named);

	rv = mod_install(&tk_modlinkage);
	if (rv != 0)
		tk_delete();
	return (rv);
}

int _fini(void)
{
	int rv = mod_remove(&tk_modlinkage);

	if (rv == 0)
		tk_delete();
	return (rv);
}

int _info(struct modinfo *modinfop)
{
	return (mod_info(&tk_modlinkage, modinfop));
}
