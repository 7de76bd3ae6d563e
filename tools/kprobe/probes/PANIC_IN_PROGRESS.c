// SPDX-License-Identifier: GPL-2.0
/* panic_in_progress(), declared and exported (6.12 has it, 6.1 not). */
#include <linux/panic.h>

bool probe_panicking(void)
{
	return panic_in_progress();
}
