// SPDX-License-Identifier: GPL-2.0
/*
 * illumos time: lbolt ticks, hz, delays.  A tick is a Linux jiffy, and
 * scsa_hz (the illumos hz and drv_usectohz() scale) is HZ.
 */
#include <linux/jiffies.h>
#include <linux/delay.h>
#include <linux/sched.h>
#include <linux/timekeeping.h>
#include <linux/export.h>

#include <scsa_prims.h>

int scsa_hz = HZ;
EXPORT_SYMBOL(scsa_hz);

long ddi_get_lbolt(void)
{
	return (long)jiffies;
}
EXPORT_SYMBOL(ddi_get_lbolt);

long ddi_get_lbolt64(void)
{
	return (long)get_jiffies_64();
}
EXPORT_SYMBOL(ddi_get_lbolt64);

/* Seconds since the epoch. */
long ddi_get_time(void)
{
	return (long)ktime_get_real_seconds();
}
EXPORT_SYMBOL(ddi_get_time);

/* Monotonic nanoseconds. */
long long gethrtime(void)
{
	return ktime_get_ns();
}
EXPORT_SYMBOL(gethrtime);

/* illumos rounds up: a non-zero delay never becomes zero ticks. */
long drv_usectohz(long microsecs)
{
	if (microsecs <= 0)
		return 0;
	return (long)usecs_to_jiffies((unsigned int)min_t(long, microsecs, UINT_MAX));
}
EXPORT_SYMBOL(drv_usectohz);

long drv_hztousec(long ticks)
{
	if (ticks <= 0)
		return 0;
	return (long)jiffies_to_usecs((unsigned long)ticks);
}
EXPORT_SYMBOL(drv_hztousec);

/* delay(9F) sleeps; it may not be called where sleeping is not allowed. */
void delay(long ticks)
{
	might_sleep();
	if (ticks > 0)
		schedule_timeout_uninterruptible(ticks);
}
EXPORT_SYMBOL(delay);

/*
 * drv_usecwait(9F) busy-waits, as illumos documents.  Long waits sleep
 * instead where the context allows it: nothing can tell the difference but
 * the other tasks on that CPU.
 */
void drv_usecwait(long microsecs)
{
	if (microsecs <= 0)
		return;
	if (microsecs >= 10 * USEC_PER_MSEC && preemptible()) {
		fsleep(microsecs);
		return;
	}
	for (; microsecs > USEC_PER_MSEC; microsecs -= USEC_PER_MSEC)
		udelay(USEC_PER_MSEC);
	udelay(microsecs);
}
EXPORT_SYMBOL(drv_usecwait);
