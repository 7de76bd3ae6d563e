// SPDX-License-Identifier: GPL-2.0
/*
 * Device events, ddi_get_eventcookie(9F) and ddi_add_event_handler(9F).
 * Solaris-world file.
 *
 * On illumos a node's nexus defines the events its children may subscribe
 * to.  Here the framework defines two for every node, and posts them
 * itself: DDI_DEVI_REMOVE_EVENT when the device behind the node goes away
 * (Linux removed the LUN or its host: ndi_devi_device_remove()), and
 * DDI_DEVI_INSERT_EVENT when it comes back.  Handlers run in the thread
 * that reports the change, which may sleep, never with a framework lock
 * held; ddi_remove_event_handler() waits for a handler that is running.
 */
#include <sys/types.h>
#include <sys/systm.h>
#include <sys/kmem.h>
#include <sys/ksynch.h>
#include <sys/sysmacros.h>
#include <sys/sunddi.h>
#include "ddi_impl.h"

struct ddi_event_cookie {
	const char	*name;
};

static struct ddi_event_cookie scsa_event_cookies[] = {
	{ DDI_DEVI_REMOVE_EVENT },
	{ DDI_DEVI_INSERT_EVENT },
};

struct ddi_event_callbacks {
	struct ddi_event_callbacks *next;
	dev_info_t		*dip;
	ddi_eventcookie_t	cookie;
	void			(*handler)(dev_info_t *, ddi_eventcookie_t, void *,
				    void *);
	void			*arg;
	int			running;	/* calls in progress */
	boolean_t		removed;	/* no new calls */
	uint64_t		posted;		/* the last post that called it */
};

/* Zero-filled locks and condition variables are initialised ones. */
static kmutex_t scsa_event_lock;
static kcondvar_t scsa_event_cv;
static struct ddi_event_callbacks *scsa_event_handlers;
static uint64_t scsa_event_posts;

int ddi_get_eventcookie(dev_info_t *dip, char *name, ddi_eventcookie_t *event_cookiep)
{
	int i;

	if (dip == NULL || name == NULL || event_cookiep == NULL)
		return (DDI_FAILURE);
	for (i = 0; i < ARRAY_SIZE(scsa_event_cookies); i++) {
		if (strcmp(name, scsa_event_cookies[i].name) == 0) {
			*event_cookiep = &scsa_event_cookies[i];
			return (DDI_SUCCESS);
		}
	}
	return (DDI_FAILURE);
}

static boolean_t scsa_event_cookie_valid(ddi_eventcookie_t c)
{
	int i;

	for (i = 0; i < ARRAY_SIZE(scsa_event_cookies); i++)
		if (c == &scsa_event_cookies[i])
			return (B_TRUE);
	return (B_FALSE);
}

int ddi_add_event_handler(dev_info_t *dip, ddi_eventcookie_t event,
    void (*handler)(dev_info_t *, ddi_eventcookie_t, void *, void *), void *arg,
    ddi_callback_id_t *id)
{
	struct ddi_event_callbacks *cb;

	if (dip == NULL || handler == NULL || id == NULL ||
	    !scsa_event_cookie_valid(event))
		return (DDI_FAILURE);
	cb = kmem_zalloc(sizeof (*cb), KM_SLEEP);
	cb->dip = dip;
	cb->cookie = event;
	cb->handler = handler;
	cb->arg = arg;
	mutex_enter(&scsa_event_lock);
	cb->next = scsa_event_handlers;
	scsa_event_handlers = cb;
	mutex_exit(&scsa_event_lock);
	*id = cb;
	return (DDI_SUCCESS);
}

int ddi_remove_event_handler(ddi_callback_id_t id)
{
	struct ddi_event_callbacks **pp;

	if (id == NULL)
		return (DDI_FAILURE);
	mutex_enter(&scsa_event_lock);
	for (pp = &scsa_event_handlers; *pp != NULL && *pp != id; pp = &(*pp)->next)
		;
	if (*pp == NULL) {
		mutex_exit(&scsa_event_lock);
		return (DDI_FAILURE);
	}
	id->removed = B_TRUE;
	while (id->running != 0)
		cv_wait(&scsa_event_cv, &scsa_event_lock);
	*pp = id->next;
	mutex_exit(&scsa_event_lock);
	kmem_free(id, sizeof (*id));
	return (DDI_SUCCESS);
}

/*
 * Calls every handler of the event on the node, one at a time, with the
 * list unlocked across each call: a handler may remove others, or itself
 * (its removal then waits for nothing but the other callers).
 */
static void scsa_event_post(dev_info_t *dip, ddi_eventcookie_t c)
{
	struct ddi_event_callbacks *cb;
	uint64_t post;

	mutex_enter(&scsa_event_lock);
	post = ++scsa_event_posts;
	for (;;) {
		for (cb = scsa_event_handlers; cb != NULL; cb = cb->next) {
			if (cb->dip == dip && cb->cookie == c && !cb->removed &&
			    cb->posted != post)
				break;
		}
		if (cb == NULL)
			break;
		cb->posted = post;
		cb->running++;
		mutex_exit(&scsa_event_lock);
		cb->handler(dip, c, cb->arg, NULL);
		mutex_enter(&scsa_event_lock);
		cb->running--;
		cv_broadcast(&scsa_event_cv);
	}
	mutex_exit(&scsa_event_lock);
}

/* The device behind the node is gone (1) or back (0). */
void scsa_event_post_removal(dev_info_t *dip, int removed)
{
	scsa_event_post(dip, &scsa_event_cookies[removed ? 0 : 1]);
}
