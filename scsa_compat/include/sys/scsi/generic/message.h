/* SPDX-License-Identifier: GPL-2.0 */
/* SCSI (SPI) message codes. */
/* The SCSA headers depend on each other; enter through the common root. */
#include <sys/scsi/scsi_types.h>

#ifndef _SYS_SCSI_GENERIC_MESSAGE_H
#define _SYS_SCSI_GENERIC_MESSAGE_H

/* One-byte messages */
#define MSG_COMMAND_COMPLETE	0x00
#define MSG_EXTENDED		0x01
#define MSG_SAVE_DATA_PTR	0x02
#define MSG_RESTORE_PTRS	0x03
#define MSG_DISCONNECT		0x04
#define MSG_INITIATOR_ERROR	0x05
#define MSG_ABORT		0x06
#define MSG_REJECT		0x07
#define MSG_NOP			0x08
#define MSG_MSG_PARITY		0x09
#define MSG_LINK_CMPLT		0x0A
#define MSG_LINK_CMPLT_FLAG	0x0B
#define MSG_DEVICE_RESET	0x0C
#define MSG_ABORT_TAG		0x0D
#define MSG_CLEAR_QUEUE		0x0E
#define MSG_INITIATE_RECOVERY	0x0F
#define MSG_RELEASE_RECOVERY	0x10
#define MSG_TERMINATE_PROCESS	0x11
#define MSG_CONTINUE_TASK	0x12
#define MSG_TARGET_TRAN_DIS	0x13
#define MSG_CLEAR_ACA		0x16

/* Extended message codes */
#define MSG_MODIFY_DATA_PTR	0x00
#define MSG_SYNCHRONOUS		0x01
#define MSG_IDENTIFY_EXTENDED	0x02
#define MSG_WIDE_DATA_XFER	0x03
#define MSG_PARALLEL_PROTOCOL	0x04

/* Parallel protocol options */
#define OPT_IU			0x01
#define OPT_DT			0x02
#define OPT_QAS_REQ		0x04

/* Two-byte messages */
#define MSG_SIMPLE_QTAG		0x20
#define MSG_HEAD_QTAG		0x21
#define MSG_ORDERED_QTAG	0x22
#define MSG_IGNORE_WIDE_RESID	0x23
#define MSG_ACA			0x24
#define MSG_LUN_RESET		0x25

/* IDENTIFY */
#define MSG_IDENTIFY		0x80
#define INI_CAN_DISCON		0x40
#define MSG_DR_IDENTIFY		(MSG_IDENTIFY | INI_CAN_DISCON)
#define MSG_LUNTAR		0x20
#define MSG_LUNRTN		0x07
#define BAD_IDENTIFY		0x18

#define IS_IDENTIFY_MSG(m)	(((m) & MSG_IDENTIFY) && !((m) & BAD_IDENTIFY))
#define IS_IDENTIFY_MSG_SCSI3(m)	((m) & MSG_IDENTIFY)
#define IS_EXTENDED_MSG(m)	((m) == MSG_EXTENDED)
#define IS_2BYTE_MSG(m)		(((m) & 0xF0) == 0x20)
#define IS_1BYTE_MSG(m)		\
	(!IS_EXTENDED_MSG(m) && ((((m) & 0xF0) == 0) || IS_IDENTIFY_MSG(m)))

#endif /* _SYS_SCSI_GENERIC_MESSAGE_H */
