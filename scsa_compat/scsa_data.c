// SPDX-License-Identifier: GPL-2.0
/*
 * SCSA library data that illumos target drivers reference directly.
 */
#include <sys/scsi/scsi.h>

/*
 * The spellings are illumos's: drivers print them in messages that users
 * and scripts compare with what illumos prints (st's "Unhandled Sense Key").
 */
char *sense_keys[NUM_SENSE_KEYS + NUM_IMPL_SENSE_KEYS] = {
	[KEY_NO_SENSE]			= "No_Additional_Sense",
	[KEY_RECOVERABLE_ERROR]		= "Soft_Error",
	[KEY_NOT_READY]			= "Not_Ready",
	[KEY_MEDIUM_ERROR]		= "Media_Error",
	[KEY_HARDWARE_ERROR]		= "Hardware_Error",
	[KEY_ILLEGAL_REQUEST]		= "Illegal_Request",
	[KEY_UNIT_ATTENTION]		= "Unit_Attention",
	[KEY_WRITE_PROTECT]		= "Write_Protected",
	[KEY_BLANK_CHECK]		= "Blank_Check",
	[KEY_VENDOR_UNIQUE]		= "Vendor_Unique",
	[KEY_COPY_ABORTED]		= "Copy_Aborted",
	[KEY_ABORTED_COMMAND]		= "Aborted_Command",
	[KEY_EQUAL]			= "Equal_Error",
	[KEY_VOLUME_OVERFLOW]		= "Volume_Overflow",
	[KEY_MISCOMPARE]		= "Miscompare_Error",
	[KEY_RESERVED]			= "Reserved",
	[SUN_KEY_FATAL]			= "fatal",
	[SUN_KEY_TIMEOUT]		= "timeout",
	[SUN_KEY_EOF]			= "EOF",
	[SUN_KEY_EOT]			= "EOT",
	[SUN_KEY_LENGTH]		= "length_error",
	[SUN_KEY_BOT]			= "BOT",
	[SUN_KEY_WRONGMEDIA]		= "wrong_tape_media",
};
