// SPDX-License-Identifier: GPL-2.0
/*
 * Character devices for illumos minor nodes, the Linux half; its partner
 * is ddi_cbops.c, which dispatches to the driver's cb_ops(9S).
 *
 * Each driver with cb_ops has one Linux major, a chrdev region spanning
 * every minor, so any dev_t the driver hands out (clone opens included)
 * reaches it.  The cdev's owner is the port's module: an open file holds
 * a reference on it, so a port cannot be unloaded while one of its
 * devices is open, as illumos refuses to unload a busy driver.
 * Minor nodes are devices of the "scsa" class; their names contain '/',
 * which devtmpfs turns into directories under /dev.
 *
 * Where Linux differs:
 *  - O_NDELAY and O_NONBLOCK are one flag: both FNDELAY and FNONBLOCK are
 *    passed.
 *  - readv()/writev() reach read(9E)/write(9E) once per iovec.
 *  - Asynchronous reads and writes (Linux AIO, io_uring) of one buffer
 *    reach aread(9E)/awrite(9E), or read(9E)/write(9E) synchronously for a
 *    driver without them (illumos's kaio would use a thread).
 *  - ioctls from 32-bit processes (compat_ioctl) carry DATAMODEL_ILP32 and
 *    a converted pointer; native ones DATAMODEL_LP64.
 *  - O_DIRECT is accepted: the nodes have no page cache to bypass.
 *  - Linux has one device per dev_t, and illumos lets a driver give one
 *    minor several names (st names its default-density nodes and those of
 *    the density letter they stand for with the same minor).  A second name
 *    of a dev_t is a device of the framework's alias region, whose open
 *    maps it back: the driver sees the one dev_t it made.
 */
#include <linux/cdev.h>
#include <linux/compat.h>
#include <linux/cred.h>
#include <linux/device.h>
#include <linux/fs.h>
#include <linux/idr.h>
#include <linux/kdev_t.h>
#include <linux/list.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/workqueue.h>
#include <linux/refcount.h>
#include <linux/slab.h>
#include <linux/uio.h>
#include <linux/workqueue.h>

#include <scsa_cdev.h>
#include "scsa_kcompat.h"
#include "scsa_lx.h"

#define SCSA_CDEV_MINORS	(1U << MINORBITS)

struct scsa_lx_cdev {
	struct list_head list;
	struct cdev *cdev;
	dev_t base;
	struct scsa_drv *drv;
};

struct scsa_lx_node {
	struct device *dev;
	int alias;		/* its minor in the alias region, or -1 */
};

/* What an open file needs for the driver's entry points. */
struct scsa_lx_file {
	struct scsa_drv *drv;
	unsigned int dev;
	void *hold;
	struct module *owner;	/* the port, held by an open of an alias */
};

/* A second name of a driver's dev_t (see the top of this file). */
#define SCSA_ALIAS_MINORS	4096

struct scsa_lx_alias {
	unsigned int devt;		/* the driver's own dev_t */
	struct scsa_lx_cdev *cd;	/* the driver's major */
};

static dev_t scsa_alias_base;
static struct cdev *scsa_alias_cdev;
static DEFINE_IDR(scsa_aliases);	/* under scsa_cdevs_lock */

static struct class scsa_class = {
	.name = "scsa",
};

static LIST_HEAD(scsa_cdevs);
static DEFINE_MUTEX(scsa_cdevs_lock);

static struct scsa_drv *scsa_cdev_drv(unsigned int major)
{
	struct scsa_lx_cdev *cd;
	struct scsa_drv *drv = NULL;

	mutex_lock(&scsa_cdevs_lock);
	list_for_each_entry(cd, &scsa_cdevs, list) {
		if (MAJOR(cd->base) == major) {
			drv = cd->drv;
			break;
		}
	}
	mutex_unlock(&scsa_cdevs_lock);
	return drv;
}

static int scsa_cdev_flags(struct file *file)
{
	int flag = 0;

	if (file->f_mode & FMODE_READ)
		flag |= SCSA_FREAD;
	if (file->f_mode & FMODE_WRITE)
		flag |= SCSA_FWRITE;
	if (file->f_flags & O_EXCL)
		flag |= SCSA_FEXCL;
	if (file->f_flags & O_NONBLOCK)
		flag |= SCSA_FNDELAY | SCSA_FNONBLOCK;
	return flag;
}

/*
 * The driver and dev_t an alias stands for, with a reference on the port
 * (the alias region's cdev holds only scsa_compat).
 */
static struct scsa_drv *scsa_alias_drv(unsigned int minor, unsigned int *dev,
				       struct module **owner)
{
	struct scsa_lx_alias *a;
	struct scsa_drv *drv = NULL;

	mutex_lock(&scsa_cdevs_lock);
	a = idr_find(&scsa_aliases, minor);
	if (a && try_module_get(a->cd->cdev->owner)) {
		drv = a->cd->drv;
		*dev = a->devt;
		*owner = a->cd->cdev->owner;
	}
	mutex_unlock(&scsa_cdevs_lock);
	return drv;
}

static int scsa_cdev_open(struct inode *inode, struct file *file)
{
	struct scsa_drv *drv;
	struct scsa_lx_file *sf;
	unsigned int dev = inode->i_rdev;
	struct module *owner = NULL;
	void *hold;
	int err;

	if (imajor(inode) == MAJOR(scsa_alias_base))
		drv = scsa_alias_drv(iminor(inode), &dev, &owner);
	else
		drv = scsa_cdev_drv(imajor(inode));
	if (!drv)
		return -ENXIO;
	sf = kzalloc(sizeof(*sf), GFP_KERNEL);
	if (!sf) {
		module_put(owner);
		return -ENOMEM;
	}
	err = scsa_cb_open(drv, &dev, scsa_cdev_flags(file), SCSA_OTYP_CHR,
			   (struct cred *)file->f_cred, &hold);
	if (err) {
		module_put(owner);
		kfree(sf);
		return err;
	}
	sf->owner = owner;
	sf->drv = drv;
	sf->dev = dev;
	sf->hold = hold;
	file->private_data = sf;
	/*
	 * Reads and writes go to the driver as they are, with no page cache
	 * between (a raw disk node is physio(9F)): O_DIRECT asks for nothing
	 * more, and illumos's raw nodes take any open flags.
	 */
	file->f_mode |= FMODE_CAN_ODIRECT;
	return 0;
}

static int scsa_cdev_release(struct inode *inode, struct file *file)
{
	struct scsa_lx_file *sf = file->private_data;

	/* Linux ignores what release returns; illumos's close(2) would not. */
	scsa_cb_close(sf->drv, sf->dev, scsa_cdev_flags(file), SCSA_OTYP_CHR,
		      (struct cred *)file->f_cred, sf->hold);
	module_put(sf->owner);
	kfree(sf);
	return 0;
}

static long scsa_cdev_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	struct scsa_lx_file *sf = file->private_data;

	return scsa_cb_ioctl(sf->drv, sf->dev, cmd, arg,
			     scsa_cdev_flags(file) | SCSA_FLP64,
			     (struct cred *)current_cred());
}

#ifdef CONFIG_COMPAT
static long scsa_cdev_compat_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	struct scsa_lx_file *sf = file->private_data;

	return scsa_cb_ioctl(sf->drv, sf->dev, cmd, (unsigned long)compat_ptr(arg),
			     scsa_cdev_flags(file) | SCSA_FILP32,
			     (struct cred *)current_cred());
}
#endif

/* read(9E) and write(9E) through a uio over the user buffer. */
static ssize_t scsa_cdev_rw(struct file *file, void __user *buf, size_t count,
			    loff_t *ppos, int write)
{
	struct scsa_lx_file *sf = file->private_data;
	long long off = *ppos;
	long rv;

	rv = scsa_cb_rw(sf->drv, sf->dev, write, (void __force *)buf, count, &off,
			scsa_cdev_flags(file), (struct cred *)current_cred());
	*ppos = off;
	return rv;
}

static ssize_t scsa_cdev_read(struct file *file, char __user *buf, size_t count,
			      loff_t *ppos)
{
	return scsa_cdev_rw(file, buf, count, ppos, 0);
}

static ssize_t scsa_cdev_write(struct file *file, const char __user *buf, size_t count,
			       loff_t *ppos)
{
	return scsa_cdev_rw(file, (void __user *)buf, count, ppos, 1);
}

/*
 * An asynchronous request in flight: one reference for the submitter, one
 * for the buf's completion; the last one completes the kiocb from a worker.
 */
struct scsa_lx_aio {
	struct kiocb *iocb;
	refcount_t ref;
	void *sa;
	struct work_struct work;
};

static void scsa_cdev_aio_work(struct work_struct *work)
{
	struct scsa_lx_aio *a = container_of(work, struct scsa_lx_aio, work);
	long res = scsa_aio_finish(a->sa);	/* unpins: process context */

	a->iocb->ki_complete(a->iocb, res);
	kfree(a);
}

static void scsa_cdev_aio_put(struct scsa_lx_aio *a)
{
	if (refcount_dec_and_test(&a->ref)) {
		INIT_WORK(&a->work, scsa_cdev_aio_work);
		queue_work(system_unbound_wq, &a->work);
	}
}

void scsa_lx_aio_done(void *cookie, void *sa)
{
	struct scsa_lx_aio *a = cookie;

	a->sa = sa;
	scsa_cdev_aio_put(a);
}

static ssize_t scsa_cdev_aio(struct kiocb *iocb, struct iov_iter *it, int write)
{
	struct scsa_lx_file *sf = iocb->ki_filp->private_data;
	size_t len = iov_iter_count(it);
	struct scsa_lx_aio *a;
	int queued;
	long rv;

	/* illumos's asynchronous requests have one buffer. */
	if (iov_iter_single_seg_count(it) != len)
		return -EINVAL;
	a = kzalloc(sizeof(*a), GFP_KERNEL);
	if (!a)
		return -ENOMEM;
	a->iocb = iocb;
	refcount_set(&a->ref, 2);
	rv = scsa_cb_aio(sf->drv, sf->dev, write, (void __force *)scsa_iter_uaddr(it), len,
			 iocb->ki_pos, scsa_cdev_flags(iocb->ki_filp),
			 (struct cred *)current_cred(), a, &queued);
	if (!queued) {
		kfree(a);
		return rv;
	}
	scsa_cdev_aio_put(a);
	return -EIOCBQUEUED;
}

/*
 * readv()/writev() and asynchronous requests.  Synchronous ones go to
 * read(9E)/write(9E) one iovec at a time, stopping at a short transfer.
 */
static ssize_t scsa_cdev_rw_iter(struct kiocb *iocb, struct iov_iter *it, int write)
{
	struct scsa_lx_file *sf = iocb->ki_filp->private_data;
	ssize_t total = 0;

	if (!user_backed_iter(it))
		return -EINVAL;
	if (!is_sync_kiocb(iocb))
		return scsa_cdev_aio(iocb, it, write);
	while (iov_iter_count(it)) {
		size_t len = iov_iter_single_seg_count(it);
		long long off = iocb->ki_pos;
		long rv = 0;

		if (len)
			rv = scsa_cb_rw(sf->drv, sf->dev, write,
					(void __force *)scsa_iter_uaddr(it), len, &off,
					scsa_cdev_flags(iocb->ki_filp),
					(struct cred *)current_cred());
		if (rv < 0)
			return total ? total : rv;
		iocb->ki_pos = off;
		total += rv;
		iov_iter_advance(it, rv);
		if ((size_t)rv < len)
			break;
	}
	return total;
}

static ssize_t scsa_cdev_read_iter(struct kiocb *iocb, struct iov_iter *to)
{
	return scsa_cdev_rw_iter(iocb, to, 0);
}

static ssize_t scsa_cdev_write_iter(struct kiocb *iocb, struct iov_iter *from)
{
	return scsa_cdev_rw_iter(iocb, from, 1);
}

static const struct file_operations scsa_cdev_fops = {
	.owner = THIS_MODULE,
	.open = scsa_cdev_open,
	.release = scsa_cdev_release,
	.unlocked_ioctl = scsa_cdev_ioctl,
#ifdef CONFIG_COMPAT
	.compat_ioctl = scsa_cdev_compat_ioctl,
#endif
	.read = scsa_cdev_read,
	.write = scsa_cdev_write,
	.read_iter = scsa_cdev_read_iter,
	.write_iter = scsa_cdev_write_iter,
	.llseek = default_llseek,
};

/**
 * scsa_lx_cdev_register() - give a driver its character major
 * @drv: the driver, for open()
 * @name: the driver's name (/proc/devices)
 * @owner: the port's struct module
 * @major: set to the major
 * @out: the handle for scsa_lx_cdev_unregister()
 *
 * Return: 0 or a negative errno.
 */
int scsa_lx_cdev_register(struct scsa_drv *drv, const char *name, void *owner,
			  unsigned int *major, struct scsa_lx_cdev **out)
{
	struct scsa_lx_cdev *cd;
	int err;

	cd = kzalloc(sizeof(*cd), GFP_KERNEL);
	if (!cd)
		return -ENOMEM;
	err = alloc_chrdev_region(&cd->base, 0, SCSA_CDEV_MINORS, name);
	if (err)
		goto free_cd;
	/* Allocated, not embedded: open files may outlive the driver's record. */
	cd->cdev = cdev_alloc();
	if (!cd->cdev) {
		err = -ENOMEM;
		goto unregister_region;
	}
	cd->cdev->ops = &scsa_cdev_fops;
	cd->cdev->owner = owner;
	cd->drv = drv;
	mutex_lock(&scsa_cdevs_lock);
	list_add(&cd->list, &scsa_cdevs);
	mutex_unlock(&scsa_cdevs_lock);
	err = cdev_add(cd->cdev, cd->base, SCSA_CDEV_MINORS);
	if (err)
		goto unlist;
	*major = MAJOR(cd->base);
	*out = cd;
	pr_debug("scsa_compat: driver %s: character major %u\n", name, *major);
	return 0;

unlist:
	mutex_lock(&scsa_cdevs_lock);
	list_del(&cd->list);
	mutex_unlock(&scsa_cdevs_lock);
	kobject_put(&cd->cdev->kobj);
unregister_region:
	unregister_chrdev_region(cd->base, SCSA_CDEV_MINORS);
free_cd:
	kfree(cd);
	return err;
}

void scsa_lx_cdev_unregister(struct scsa_lx_cdev *cd)
{
	pr_debug("scsa_compat: character major %u released\n", MAJOR(cd->base));
	cdev_del(cd->cdev);
	mutex_lock(&scsa_cdevs_lock);
	list_del(&cd->list);
	mutex_unlock(&scsa_cdevs_lock);
	unregister_chrdev_region(cd->base, SCSA_CDEV_MINORS);
	kfree(cd);
}

/* A minor of the alias region for the driver's @devt. */
static int scsa_alias_add(unsigned int devt, int *minor)
{
	struct scsa_lx_alias *a;
	struct scsa_lx_cdev *cd;
	int id = -ENXIO;

	a = kzalloc(sizeof(*a), GFP_KERNEL);
	if (!a)
		return -ENOMEM;
	a->devt = devt;
	mutex_lock(&scsa_cdevs_lock);
	list_for_each_entry(cd, &scsa_cdevs, list) {
		if (MAJOR(cd->base) == MAJOR(devt)) {
			a->cd = cd;
			id = idr_alloc(&scsa_aliases, a, 0, SCSA_ALIAS_MINORS, GFP_KERNEL);
			break;
		}
	}
	mutex_unlock(&scsa_cdevs_lock);
	if (id < 0) {
		kfree(a);
		return id;
	}
	*minor = id;
	return 0;
}

static void scsa_alias_remove(int minor)
{
	struct scsa_lx_alias *a;

	if (minor < 0)
		return;
	mutex_lock(&scsa_cdevs_lock);
	a = idr_remove(&scsa_aliases, minor);
	mutex_unlock(&scsa_cdevs_lock);
	kfree(a);
}

/**
 * scsa_lx_node_create() - make /dev/<path> for a minor node
 * @devt: its Linux dev_t
 * @path: e.g. "scsa/sgen/0:direct"
 * @out: the handle for scsa_lx_node_destroy()
 *
 * Return: 0 or a negative errno.
 */
int scsa_lx_node_create(unsigned int devt, const char *path, struct scsa_lx_node **out)
{
	struct scsa_lx_node *node;
	struct device *other;
	dev_t lxdevt = devt;
	int err;

	node = kzalloc(sizeof(*node), GFP_KERNEL);
	if (!node)
		return -ENOMEM;
	node->alias = -1;
	/* A dev_t that has a name already: this one is an alias. */
	other = class_find_device_by_devt(&scsa_class, devt);
	if (other) {
		put_device(other);
		err = scsa_alias_add(devt, &node->alias);
		if (err)
			goto fail;
		lxdevt = MKDEV(MAJOR(scsa_alias_base), node->alias);
	}
	node->dev = device_create(&scsa_class, NULL, lxdevt, NULL, "%s", path);
	if (IS_ERR(node->dev)) {
		err = PTR_ERR(node->dev);
		scsa_alias_remove(node->alias);
		goto fail;
	}
	*out = node;
	pr_debug("scsa_compat: /dev/%s created, dev %u,%u%s\n", path, MAJOR(lxdevt),
		 MINOR(lxdevt), node->alias >= 0 ? " (alias)" : "");
	return 0;
fail:
	pr_warn("scsa_compat: cannot create /dev/%s: %d\n", path, err);
	kfree(node);
	return err;
}

void scsa_lx_node_destroy(struct scsa_lx_node *node)
{
	pr_debug("scsa_compat: /dev/%s removed\n", dev_name(node->dev));
	device_unregister(node->dev);
	scsa_alias_remove(node->alias);
	kfree(node);
}

/* Uevents of callers that may not sleep; drained at unload. */
static struct workqueue_struct *scsa_uevent_wq;

struct scsa_uevent_work {
	struct work_struct work;
	struct device *dev;
	char **envp;
};

static void scsa_uevent_free_env(char **envp)
{
	char **e;

	for (e = envp; *e; e++)
		kfree(*e);
	kfree(envp);
}

static void scsa_uevent_workfn(struct work_struct *work)
{
	struct scsa_uevent_work *w = container_of(work, struct scsa_uevent_work, work);

	kobject_uevent_env(&w->dev->kobj, KOBJ_CHANGE, w->envp);
	put_device(w->dev);
	scsa_uevent_free_env(w->envp);
	kfree(w);
}

/**
 * scsa_lx_node_uevent() - post a change uevent on a minor node's device
 * @node: the node
 * @envp: NULL-terminated "KEY=value" strings, copied
 * @can_sleep: whether the caller may sleep
 *
 * illumos's sysevents reach user space this way, for udev rules to act on
 * as syseventd's subscribers would.  kobject_uevent_env() allocates and may
 * sleep, so a caller that may not sleep has it done by a worker.
 *
 * Return: 0 or a negative errno.
 */
int scsa_lx_node_uevent(struct scsa_lx_node *node, char *const envp[], int can_sleep)
{
	gfp_t gfp = can_sleep ? GFP_KERNEL : GFP_ATOMIC;
	struct scsa_uevent_work *w;
	int i, n;

	for (n = 0; envp[n]; n++)
		;
	w = kzalloc(sizeof(*w), gfp);
	if (!w)
		return -ENOMEM;
	w->envp = kcalloc(n + 1, sizeof(char *), gfp);
	if (!w->envp)
		goto nomem;
	for (i = 0; i < n; i++) {
		w->envp[i] = kstrdup(envp[i], gfp);
		if (!w->envp[i])
			goto nomem;
	}
	w->dev = get_device(node->dev);
	if (can_sleep) {
		scsa_uevent_workfn(&w->work);
	} else {
		INIT_WORK(&w->work, scsa_uevent_workfn);
		queue_work(scsa_uevent_wq, &w->work);
	}
	return 0;
nomem:
	if (w->envp)
		scsa_uevent_free_env(w->envp);
	kfree(w);
	return -ENOMEM;
}

int __init scsa_cdev_init(void)
{
	int err;

	err = alloc_chrdev_region(&scsa_alias_base, 0, SCSA_ALIAS_MINORS, "scsa_alias");
	if (err)
		return err;
	err = -ENOMEM;
	scsa_alias_cdev = cdev_alloc();
	if (!scsa_alias_cdev)
		goto unregister_region;
	scsa_alias_cdev->ops = &scsa_cdev_fops;
	scsa_alias_cdev->owner = THIS_MODULE;
	err = cdev_add(scsa_alias_cdev, scsa_alias_base, SCSA_ALIAS_MINORS);
	if (err) {
		kobject_put(&scsa_alias_cdev->kobj);
		goto unregister_region;
	}
	err = -ENOMEM;
	scsa_uevent_wq = alloc_workqueue("scsa_uevent", 0, 0);
	if (!scsa_uevent_wq)
		goto del_cdev;
	err = class_register(&scsa_class);
	if (err)
		goto destroy_wq;
	return 0;

destroy_wq:
	destroy_workqueue(scsa_uevent_wq);
del_cdev:
	cdev_del(scsa_alias_cdev);
unregister_region:
	unregister_chrdev_region(scsa_alias_base, SCSA_ALIAS_MINORS);
	return err;
}

void scsa_cdev_exit(void)
{
	destroy_workqueue(scsa_uevent_wq);
	class_unregister(&scsa_class);
	cdev_del(scsa_alias_cdev);
	unregister_chrdev_region(scsa_alias_base, SCSA_ALIAS_MINORS);
	idr_destroy(&scsa_aliases);
}
