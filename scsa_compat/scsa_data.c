// SPDX-License-Identifier: GPL-2.0
/*
 * Library data that illumos target drivers reference directly: SCSA's
 * tables, and the kernel's BCD conversion tables (<sys/sysmacros.h>).
 */
#include <sys/scsi/scsi.h>
#include <sys/sysmacros.h>

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

/* The CDB length of each command group (CDB_GROUPID()); 0: vendor unique. */
uchar_t scsi_cdb_size[] = {
	CDB_GROUP0, CDB_GROUP1, CDB_GROUP2, CDB_GROUP3,
	CDB_GROUP4, CDB_GROUP5, CDB_GROUP6, CDB_GROUP7,
};

/*
 * Command names for scsi_cmd_name() and scsi_vu_errmsg(), which drivers
 * such as st pass as their command list.  Where device types share an
 * opcode the name says both ("rezero/rewind"); the list ends with key -1.
 */
struct scsi_key_strings scsi_cmds[] = {
	{ SCMD_TEST_UNIT_READY,		"test_unit_ready" },
	{ SCMD_REZERO_UNIT,		"rezero/rewind" },
	{ SCMD_REQUEST_SENSE,		"request_sense" },
	{ SCMD_FORMAT,			"format" },
	{ SCMD_READ_BLKLIM,		"read_block_limits" },
	{ SCMD_REASSIGN_BLOCK,		"reassign" },
	{ SCMD_READ,			"read" },
	{ SCMD_WRITE,			"write" },
	{ SCMD_SEEK,			"seek" },
	{ SCMD_READ_REVERSE,		"read_reverse" },
	{ SCMD_WRITE_FILE_MARK,		"write_file_mark" },
	{ SCMD_SPACE,			"space" },
	{ SCMD_INQUIRY,			"inquiry" },
	{ SCMD_VERIFY_G0,		"verify" },
	{ SCMD_RECOVER_BUF,		"recover_buffer_data" },
	{ SCMD_MODE_SELECT,		"mode_select" },
	{ SCMD_RESERVE,			"reserve" },
	{ SCMD_RELEASE,			"release" },
	{ SCMD_COPY,			"copy" },
	{ SCMD_ERASE,			"erase_tape" },
	{ SCMD_MODE_SENSE,		"mode_sense" },
	{ SCMD_START_STOP,		"load/start/stop" },
	{ SCMD_GDIAG,			"get_diagnostic_results" },
	{ SCMD_SDIAG,			"send_diagnostic_command" },
	{ SCMD_DOORLOCK,		"door_lock" },
	{ SCMD_READ_FORMAT_CAP,		"read_format_capacity" },
	{ SCMD_READ_CAPACITY,		"read_capacity" },
	{ SCMD_READ_G1,			"read(10)" },
	{ SCMD_WRITE_G1,		"write(10)" },
	{ SCMD_SEEK_G1,			"seek(10)/locate" },
	{ SCMD_WRITE_VERIFY,		"write_verify" },
	{ SCMD_VERIFY,			"verify(10)" },
	{ SCMD_SEARCH_HIGH,		"search_data_high" },
	{ SCMD_SEARCH_EQUAL,		"search_data_equal" },
	{ SCMD_SEARCH_LOW,		"search_data_low" },
	{ SCMD_SET_LIMITS,		"set_limits" },
	{ SCMD_READ_POSITION,		"read_position" },
	{ SCMD_SYNCHRONIZE_CACHE,	"synchronize_cache" },
	{ SCMD_READ_DEFECT_LIST,	"read_defect_data" },
	{ SCMD_COMPARE,			"compare" },
	{ SCMD_COPY_VERIFY,		"copy_verify" },
	{ SCMD_WRITE_BUFFER,		"write_buffer" },
	{ SCMD_READ_BUFFER,		"read_buffer" },
	{ SCMD_READ_LONG,		"read_long" },
	{ SCMD_WRITE_LONG,		"write_long" },
	{ SCMD_WRITE_SAME_G1,		"write_same(10)" },
	{ SCMD_UNMAP,			"unmap" },
	{ SCMD_REPORT_DENSITIES,	"report_density_support" },
	{ SCMD_GET_CONFIGURATION,	"get_configuration" },
	{ SCMD_GET_EVENT_STATUS_NOTIFICATION, "get_event_status_notification" },
	{ SCMD_LOG_SELECT_G1,		"log_select" },
	{ SCMD_LOG_SENSE_G1,		"log_sense" },
	{ SCMD_MODE_SELECT_G1,		"mode_select(10)" },
	{ SCMD_RESERVE_G1,		"reserve(10)" },
	{ SCMD_RELEASE_G1,		"release(10)" },
	{ SCMD_MODE_SENSE_G1,		"mode_sense(10)" },
	{ SCMD_PERSISTENT_RESERVE_IN,	"persistent_reserve_in" },
	{ SCMD_PERSISTENT_RESERVE_OUT,	"persistent_reserve_out" },
	{ SCMD_VAR_LEN,			"variable_length" },
	{ SCMD_WRITE_FILE_MARK_G4,	"write_file_mark(16)" },
	{ SCMD_READ_REVERSE_G4,		"read_reverse(16)" },
	{ SCMD_EXTENDED_COPY,		"extended_copy" },
	{ SCMD_RECV_COPY_RESULTS,	"receive_copy_results" },
	{ SCMD_READ_G4,			"read(16)" },
	{ SCMD_COMPARE_AND_WRITE,	"compare_and_write" },
	{ SCMD_WRITE_G4,		"write(16)" },
	{ SCMD_READ_ATTRIBUTE,		"read_attribute" },
	{ SCMD_WRITE_ATTRIBUTE,		"write_attribute" },
	{ SCMD_WRITE_VERIFY_G4,		"write_verify(16)" },
	{ SCMD_VERIFY_G4,		"verify(16)" },
	{ SCMD_SPACE_G4,		"space(16)" },
	{ SCMD_LOCATE_G4,		"locate(16)" },
	{ SCMD_WRITE_SAME_G4,		"write_same(16)" },
	{ SCMD_SVC_ACTION_IN_G4,	"service_action_in(16)" },
	{ SCMD_SVC_ACTION_OUT_G4,	"service_action_out(16)" },
	{ SCMD_REPORT_LUNS,		"report_luns" },
	{ SCMD_SECURITY_PROTO_IN,	"security_protocol_in" },
	{ SCMD_MAINTENANCE_IN,		"maintenance_in" },
	{ SCMD_MAINTENANCE_OUT,		"maintenance_out" },
	{ SCMD_READ_G5,			"read(12)" },
	{ SCMD_SVC_ACTION_OUT_G5,	"service_action_out(12)" },
	{ SCMD_WRITE_G5,		"write(12)" },
	{ SCMD_SVC_ACTION_IN_G5,	"service_action_in(12)" },
	{ SCMD_GET_PERFORMANCE,		"get_performance" },
	{ SCMD_WRITE_VERIFY_G5,		"write_verify(12)" },
	{ SCMD_VERIFY_G5,		"verify(12)" },
	{ SCMD_SECURITY_PROTO_OUT,	"security_protocol_out" },
	{ -1,				NULL },
};

/*
 * BYTE_TO_BCD() and BCD_TO_BYTE() (sd's CD audio commands).  Each row
 * below is one decade; what is not a two-digit value (100 and up, or a
 * nibble above 9) maps to 0.
 */
#define BCD_DECADE(d)							\
	((d) << 4), ((d) << 4) | 1, ((d) << 4) | 2, ((d) << 4) | 3,	\
	((d) << 4) | 4, ((d) << 4) | 5, ((d) << 4) | 6, ((d) << 4) | 7,	\
	((d) << 4) | 8, ((d) << 4) | 9

unsigned char byte_to_bcd[256] = {
	BCD_DECADE(0), BCD_DECADE(1), BCD_DECADE(2), BCD_DECADE(3),
	BCD_DECADE(4), BCD_DECADE(5), BCD_DECADE(6), BCD_DECADE(7),
	BCD_DECADE(8), BCD_DECADE(9),
};

/* Sixteen entries per high nibble: ten digits, then six invalid codes. */
#define BIN_DECADE(d)							\
	(d) * 10, (d) * 10 + 1, (d) * 10 + 2, (d) * 10 + 3, (d) * 10 + 4,	\
	(d) * 10 + 5, (d) * 10 + 6, (d) * 10 + 7, (d) * 10 + 8, (d) * 10 + 9,	\
	0, 0, 0, 0, 0, 0

unsigned char bcd_to_byte[256] = {
	BIN_DECADE(0), BIN_DECADE(1), BIN_DECADE(2), BIN_DECADE(3),
	BIN_DECADE(4), BIN_DECADE(5), BIN_DECADE(6), BIN_DECADE(7),
	BIN_DECADE(8), BIN_DECADE(9),
};
