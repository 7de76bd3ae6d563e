// SPDX-License-Identifier: GPL-2.0
/*
 * Soft state: ddi_soft_state_init(9F) and friends.  Solaris-world file.
 *
 * A state is an array of pointers to zeroed items, indexed by instance and
 * grown on demand.  ddi_get_soft_state() takes no lock, as on illumos
 * (drivers call it from every entry point): an array replaced by a larger
 * one is kept until ddi_soft_state_fini(), so a reader still looking at it
 * reads valid memory.
 */
#include <sys/types.h>
#include <sys/systm.h>
#include <sys/kmem.h>
#include <sys/sysmacros.h>
#include <sys/errno.h>
#include <sys/sunddi.h>

/* An array that was replaced, kept for lockless readers. */
struct scsa_ss_old {
	struct scsa_ss_old	*next;
	void			**array;
	size_t			n;
};

struct scsa_softstate {
	kmutex_t		lock;
	size_t			size;
	size_t			n;
	void			**array;
	struct scsa_ss_old	*old;
};

int ddi_soft_state_init(void **state_p, size_t size, size_t n_items)
{
	struct scsa_softstate *ss;

	if (state_p == NULL || size == 0)
		return (EINVAL);
	ss = kmem_zalloc(sizeof (*ss), KM_SLEEP);
	mutex_init(&ss->lock, NULL, MUTEX_DRIVER, NULL);
	ss->size = size;
	ss->n = n_items > 0 ? n_items : 1;
	ss->array = kmem_zalloc(ss->n * sizeof (void *), KM_SLEEP);
	*state_p = ss;
	return (0);
}

/* Grows the array to hold @item; called with the lock held. */
static void scsa_ss_grow(struct scsa_softstate *ss, size_t item)
{
	struct scsa_ss_old *old = kmem_alloc(sizeof (*old), KM_SLEEP);
	size_t n = MAX(item + 1, ss->n * 2);
	void **array = kmem_zalloc(n * sizeof (void *), KM_SLEEP);

	bcopy(ss->array, array, ss->n * sizeof (void *));
	old->array = ss->array;
	old->n = ss->n;
	old->next = ss->old;
	ss->old = old;
	/* Readers see either array whole; the new one before its size. */
	__atomic_store_n(&ss->array, array, __ATOMIC_RELEASE);
	__atomic_store_n(&ss->n, n, __ATOMIC_RELEASE);
}

int ddi_soft_state_zalloc(void *state, int item)
{
	struct scsa_softstate *ss = state;
	void *p;

	if (ss == NULL || item < 0)
		return (DDI_FAILURE);
	p = kmem_zalloc(ss->size, KM_SLEEP);
	mutex_enter(&ss->lock);
	if ((size_t)item >= ss->n)
		scsa_ss_grow(ss, item);
	if (ss->array[item] != NULL) {
		mutex_exit(&ss->lock);
		kmem_free(p, ss->size);
		return (DDI_FAILURE);
	}
	__atomic_store_n(&ss->array[item], p, __ATOMIC_RELEASE);
	mutex_exit(&ss->lock);
	return (DDI_SUCCESS);
}

void *ddi_get_soft_state(void *state, int item)
{
	struct scsa_softstate *ss = state;
	size_t n;
	void **array;

	if (ss == NULL || item < 0)
		return (NULL);
	n = __atomic_load_n(&ss->n, __ATOMIC_ACQUIRE);
	array = __atomic_load_n(&ss->array, __ATOMIC_ACQUIRE);
	if ((size_t)item >= n)
		return (NULL);
	return (__atomic_load_n(&array[item], __ATOMIC_ACQUIRE));
}

void ddi_soft_state_free(void *state, int item)
{
	struct scsa_softstate *ss = state;
	void *p = NULL;

	if (ss == NULL || item < 0)
		return;
	mutex_enter(&ss->lock);
	if ((size_t)item < ss->n) {
		p = ss->array[item];
		ss->array[item] = NULL;
	}
	mutex_exit(&ss->lock);
	if (p != NULL)
		kmem_free(p, ss->size);
}

/* Frees the state and any item still allocated; *state_p becomes NULL. */
void ddi_soft_state_fini(void **state_p)
{
	struct scsa_softstate *ss;
	struct scsa_ss_old *old;
	size_t i;

	if (state_p == NULL || (ss = *state_p) == NULL)
		return;
	for (i = 0; i < ss->n; i++)
		if (ss->array[i] != NULL)
			kmem_free(ss->array[i], ss->size);
	kmem_free(ss->array, ss->n * sizeof (void *));
	while ((old = ss->old) != NULL) {
		ss->old = old->next;
		kmem_free(old->array, old->n * sizeof (void *));
		kmem_free(old, sizeof (*old));
	}
	mutex_destroy(&ss->lock);
	kmem_free(ss, sizeof (*ss));
	*state_p = NULL;
}
