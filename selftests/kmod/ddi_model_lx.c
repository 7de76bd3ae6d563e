// SPDX-License-Identifier: GPL-2.0
/*
 * Linux half of scsa_test_ddi_model.ko: runs the Solaris-world cases of
 * sol_ddi_model.c at load time (KTAP), and gives them what only Linux can:
 * the module, and files opened and closed as a process would.
 */
#include <linux/err.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/kthread.h>
#include <linux/completion.h>
#include <linux/module.h>
#include <linux/namei.h>
#include <linux/slab.h>

#include "scsa_ktap.h"
#include "scsa_sol_ktap.h"
#include "ddi_model_lx.h"

void *ddi_test_this_module(void)
{
	return THIS_MODULE;
}

int ddi_test_path_exists(const char *path)
{
	struct path p;

	if (kern_path(path, LOOKUP_FOLLOW, &p))
		return 0;
	path_put(&p);
	return 1;
}

void *ddi_test_open(const char *path, int excl, int *errp)
{
	struct file *f = filp_open(path, O_RDWR | (excl ? O_EXCL : 0), 0);

	if (IS_ERR(f)) {
		*errp = -PTR_ERR(f);
		return NULL;
	}
	return f;
}

struct ddi_test_closing {
	struct file *file;
	struct completion done;
};

static int ddi_test_fput(void *arg)
{
	struct ddi_test_closing *c = arg;

	__fput_sync(c->file);
	kthread_complete_and_exit(&c->done, 0);
}

/*
 * Closes now: a process's last fput() runs at its return to user space,
 * too late for the test, and only a kernel thread may release synchronously.
 */
void ddi_test_close(void *file)
{
	struct ddi_test_closing c = { .file = file };
	struct task_struct *t;

	init_completion(&c.done);
	t = kthread_run(ddi_test_fput, &c, "ddi_test_close");
	if (IS_ERR(t)) {
		fput(file);
		return;
	}
	wait_for_completion(&c.done);
}

static int __init ddi_model_init(void)
{
	return scsa_sol_run_cases();
}

static void __exit ddi_model_exit(void)
{
}

module_init(ddi_model_init);
module_exit(ddi_model_exit);

MODULE_DESCRIPTION("scsa_compat selftest: the DDI device model, from a Solaris-world driver");
MODULE_LICENSE("GPL");
