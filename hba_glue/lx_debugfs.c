// SPDX-License-Identifier: GPL-2.0
/*
 * /sys/kernel/debug/scsa_hba/{luns,stats}: listings for humans.  "stats"
 * has the counters, then one "depth" line per LUN (lx_cmd.c); writing
 * anything to it resets the LUNs' depth high-water marks.
 *
 * debugfs rather than sysfs: sysfs is ABI with one value per attribute,
 * while this is a table (one line per LUN, a dozen columns) meant for
 * people and test logs, with no stability promise and no PAGE_SIZE limit.
 *
 * The files are created "unsafe" (no removal proxy) with read_iter, so
 * that kernel_read() works and in-kernel tests can check the listing (the
 * proxy offers only .read, which kernel_read() refuses).  That is safe
 * here: .owner pins this module while a file is open, and the files are
 * removed first thing at module exit, so no file outlives its data.
 */
#include <linux/debugfs.h>
#include <linux/seq_file.h>

#include "lx_hba.h"

static struct dentry *hba_lx_debugfs_dir;

#define HBA_LX_DEBUGFS_FILE(name)					\
	static int name##_open(struct inode *inode, struct file *file)	\
	{								\
		return single_open(file, name##_show, inode->i_private);\
	}								\
	static const struct file_operations name##_fops = {		\
		.owner = THIS_MODULE,					\
		.open = name##_open,					\
		.read_iter = seq_read_iter,				\
		.llseek = seq_lseek,					\
		.release = single_release,				\
	}

static int luns_show(struct seq_file *m, void *unused)
{
	hba_lx_lun_show_all(m);
	return 0;
}

HBA_LX_DEBUGFS_FILE(luns);

static int stats_show(struct seq_file *m, void *unused)
{
	struct hba_lx_stats st;

	hba_lx_hba_get_stats(&st);
	seq_printf(m, "submitted %llu\ncompleted %llu\nbusy %llu\n"
		   "deferred %llu\ncopies %llu\nbounced %llu\nbatched %llu\nhanded %llu\n",
		   st.submitted, st.completed, st.busy, st.deferred, st.copies,
		   st.bounced, st.batched, st.handed);
	hba_lx_lun_depth_show_all(m);
	return 0;
}

/* Any write starts the depth high-water marks afresh. */
static ssize_t stats_write(struct file *file, const char __user *buf,
			   size_t len, loff_t *ppos)
{
	hba_lx_lun_depth_reset_max();
	return len;
}

static int stats_open(struct inode *inode, struct file *file)
{
	return single_open(file, stats_show, inode->i_private);
}

static const struct file_operations stats_fops = {
	.owner = THIS_MODULE,
	.open = stats_open,
	.read_iter = seq_read_iter,
	.write = stats_write,
	.llseek = seq_lseek,
	.release = single_release,
};

/* debugfs is best effort: a failure here is not a reason not to load. */
void hba_lx_debugfs_init(void)
{
	hba_lx_debugfs_dir = debugfs_create_dir("scsa_hba", NULL);
	debugfs_create_file_unsafe("luns", 0444, hba_lx_debugfs_dir, NULL,
				   &luns_fops);
	debugfs_create_file_unsafe("stats", 0644, hba_lx_debugfs_dir, NULL,
				   &stats_fops);
}

void hba_lx_debugfs_exit(void)
{
	debugfs_remove_recursive(hba_lx_debugfs_dir);
}
