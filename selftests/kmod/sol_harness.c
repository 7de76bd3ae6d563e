// SPDX-License-Identifier: GPL-2.0
/*
 * The module around Solaris-world test cases that need nothing installed:
 * runs them at load time (see sol_ktap.c).
 */
#include <linux/module.h>
#include <linux/timer.h>
#include <linux/completion.h>

#include "scsa_sol_ktap.h"

struct scsa_sol_irq_call {
	struct timer_list timer;
	void (*fn)(void *arg);
	void *arg;
	struct completion done;
};

static void scsa_sol_irq_fire(struct timer_list *t)
{
	struct scsa_sol_irq_call *c = from_timer(c, t, timer);

	c->fn(c->arg);
	complete(&c->done);
}

void scsa_sol_in_interrupt(void (*fn)(void *), void *arg)
{
	struct scsa_sol_irq_call c = { .fn = fn, .arg = arg };

	init_completion(&c.done);
	timer_setup_on_stack(&c.timer, scsa_sol_irq_fire, 0);
	mod_timer(&c.timer, jiffies + 1);
	wait_for_completion(&c.done);
	del_timer_sync(&c.timer);
	destroy_timer_on_stack(&c.timer);
}

static int __init scsa_sol_harness_init(void)
{
	return scsa_sol_run_cases();
}

static void __exit scsa_sol_harness_exit(void)
{
}

module_init(scsa_sol_harness_init);
module_exit(scsa_sol_harness_exit);

MODULE_DESCRIPTION("scsa_compat selftest: services seen from a Solaris-world translation unit");
MODULE_LICENSE("GPL");
