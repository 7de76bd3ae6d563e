/* SPDX-License-Identifier: GPL-2.0 */
/*
 * EFI GUID partition tables (GPT): the on-disk header and entries
 * (little-endian, fixed sizes checked below), the well-known partition type
 * GUIDs, and the DKIOCGETEFI/DKIOCSETEFI/DKIOCPARTITION arguments.
 * illumos's libefi routines (efi_alloc_and_read() and the rest) are
 * user-level and not declared for the kernel, as on illumos.
 */
#ifndef _SYS_EFI_PARTITION_H
#define _SYS_EFI_PARTITION_H

#include <sys/types.h>
#include <sys/uuid.h>

#define EFI_LABEL_SIZE	512

/* Reserved2 fills the header to EFI_LABEL_SIZE after its 92 bytes of fields. */
#define LEN_EFI_PAD	(EFI_LABEL_SIZE - (5 * sizeof (diskaddr_t) +	\
			    7 * sizeof (uint_t) +			\
			    8 * sizeof (char) +				\
			    sizeof (struct uuid)))

#define EFI_SIGNATURE	0x5452415020494645ULL	/* "EFI PART" */

/* The GPT header (LBA 1, and a backup in the disk's last block). */
typedef struct efi_gpt {
	uint64_t	efi_gpt_Signature;
	uint_t		efi_gpt_Revision;
	uint_t		efi_gpt_HeaderSize;
	uint_t		efi_gpt_HeaderCRC32;
	uint_t		efi_gpt_Reserved1;
	diskaddr_t	efi_gpt_MyLBA;
	diskaddr_t	efi_gpt_AlternateLBA;
	diskaddr_t	efi_gpt_FirstUsableLBA;
	diskaddr_t	efi_gpt_LastUsableLBA;
	struct uuid	efi_gpt_DiskGUID;
	diskaddr_t	efi_gpt_PartitionEntryLBA;
	uint_t		efi_gpt_NumberOfPartitionEntries;
	uint_t		efi_gpt_SizeOfPartitionEntry;
	uint_t		efi_gpt_PartitionEntryArrayCRC32;
	char		efi_gpt_Reserved2[LEN_EFI_PAD];
} efi_gpt_t;

/* Attribute bits of a partition entry. */
typedef struct efi_gpe_Attrs {
	uint32_t	PartitionAttrs		:16,
			Reserved2		:16;
	uint32_t	Reserved1		:31,
			RequiredPartition	:1;
} efi_gpe_Attrs_t;

/*
 * Partition type GUIDs, as struct uuid initialisers.  The Solaris types
 * are 6a8xxxxx-1dd2-11b2-99a6-080020736631; EFI_RESERVED is the type of
 * the small reserved partition at the end of a Solaris EFI label.
 */
#define __EFI_SUN_GUID(t)	\
	{ (t), 0x1dd2, 0x11b2, 0x99, 0xa6, { 0x08, 0x00, 0x20, 0x73, 0x66, 0x31 } }

#define EFI_UNUSED	\
	{ 0x00000000, 0x0000, 0x0000, 0x00, 0x00, { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 } }
#define EFI_RESV1	__EFI_SUN_GUID(0x6a96237f)
#define EFI_BOOT	__EFI_SUN_GUID(0x6a82cb45)
#define EFI_ROOT	__EFI_SUN_GUID(0x6a85cf4d)
#define EFI_SWAP	__EFI_SUN_GUID(0x6a87c46f)
#define EFI_USR		__EFI_SUN_GUID(0x6a898cc3)
#define EFI_BACKUP	__EFI_SUN_GUID(0x6a8b642b)
#define EFI_RESV2	__EFI_SUN_GUID(0x6a8d2ac7)
#define EFI_VAR		__EFI_SUN_GUID(0x6a8ef2e9)
#define EFI_HOME	__EFI_SUN_GUID(0x6a90ba39)
#define EFI_ALTSCTR	__EFI_SUN_GUID(0x6a9283a5)
#define EFI_RESERVED	__EFI_SUN_GUID(0x6a945a3b)
#define EFI_SYMC_PUB	__EFI_SUN_GUID(0x6a9630d1)
#define EFI_SYMC_CDS	__EFI_SUN_GUID(0x6a980767)
#define EFI_SYSTEM	\
	{ 0xC12A7328, 0xF81F, 0x11d2, 0xBA, 0x4B, { 0x00, 0xA0, 0xC9, 0x3E, 0xC9, 0x3B } }
#define EFI_LEGACY_MBR	\
	{ 0x024DEE41, 0x33E7, 0x11d3, 0x9D, 0x69, { 0x00, 0x08, 0xC7, 0x81, 0xF3, 0x9F } }
#define EFI_MSFT_RESV	\
	{ 0xE3C9E316, 0x0B5C, 0x4DB8, 0x81, 0x7D, { 0xF9, 0x2D, 0xF0, 0x02, 0x15, 0xAE } }
#define EFI_DELL_BASIC	\
	{ 0xebd0a0a2, 0xb9e5, 0x4433, 0x87, 0xc0, { 0x68, 0xb6, 0xb7, 0x26, 0x99, 0xc7 } }
#define EFI_DELL_RAID	\
	{ 0xa19d880f, 0x05fc, 0x4d3b, 0xa0, 0x06, { 0x74, 0x3f, 0x0f, 0x84, 0x91, 0x1e } }
#define EFI_DELL_SWAP	\
	{ 0x0657fd6d, 0xa4ab, 0x43c4, 0x84, 0xe5, { 0x09, 0x33, 0xc8, 0x4b, 0x4f, 0x4f } }
#define EFI_DELL_LVM	\
	{ 0xe6d6d379, 0xf507, 0x44c2, 0xa2, 0x3c, { 0x23, 0x8f, 0x2a, 0x3d, 0xf9, 0x28 } }
#define EFI_DELL_RESV	\
	{ 0x8da63339, 0x0007, 0x60c0, 0xc4, 0x36, { 0x08, 0x3a, 0xc8, 0x23, 0x09, 0x08 } }
#define EFI_AAPL_HFS	\
	{ 0x48465300, 0x0000, 0x11aa, 0xaa, 0x11, { 0x00, 0x30, 0x65, 0x43, 0xec, 0xac } }
#define EFI_AAPL_UFS	\
	{ 0x55465300, 0x0000, 0x11aa, 0xaa, 0x11, { 0x00, 0x30, 0x65, 0x43, 0xec, 0xac } }
#define EFI_FREEBSD_BOOT	\
	{ 0x83bd6b9d, 0x7f41, 0x11dc, 0xbe, 0x0b, { 0x00, 0x15, 0x60, 0xb8, 0x4f, 0x0f } }
#define EFI_FREEBSD_SWAP	\
	{ 0x516e7cb5, 0x6ecf, 0x11d6, 0x8f, 0xf8, { 0x00, 0x02, 0x2d, 0x09, 0x71, 0x2b } }
#define EFI_FREEBSD_UFS	\
	{ 0x516e7cb6, 0x6ecf, 0x11d6, 0x8f, 0xf8, { 0x00, 0x02, 0x2d, 0x09, 0x71, 0x2b } }
#define EFI_FREEBSD_VINUM	\
	{ 0x516e7cb8, 0x6ecf, 0x11d6, 0x8f, 0xf8, { 0x00, 0x02, 0x2d, 0x09, 0x71, 0x2b } }
#define EFI_FREEBSD_ZFS	\
	{ 0x516e7cba, 0x6ecf, 0x11d6, 0x8f, 0xf8, { 0x00, 0x02, 0x2d, 0x09, 0x71, 0x2b } }
#define EFI_BIOS_BOOT	\
	{ 0x21686148, 0x6449, 0x6e6f, 0x74, 0x4e, { 0x65, 0x65, 0x64, 0x45, 0x46, 0x49 } }

#define EFI_MIN_ARRAY_SIZE	(16 * 1024)	/* bytes of entries, at least */
#define EFI_PART_NAME_LEN	36		/* UCS-2 characters */
#define EFI_MIN_RESV_SIZE	(16 * 1024)	/* blocks of EFI_RESERVED */

/* A partition entry (128 bytes). */
typedef struct efi_gpe {
	struct uuid	efi_gpe_PartitionTypeGUID;
	struct uuid	efi_gpe_UniquePartitionGUID;
	diskaddr_t	efi_gpe_StartingLBA;
	diskaddr_t	efi_gpe_EndingLBA;
	efi_gpe_Attrs_t	efi_gpe_Attributes;
	ushort_t	efi_gpe_PartitionName[EFI_PART_NAME_LEN];
} efi_gpe_t;

/*
 * libefi's host-order, VTOC-like view of a GPT (a partition, and the
 * table), which programs pass around; the kernel only sees efi_gpt_t.
 */
typedef struct dk_part {
	diskaddr_t	p_start;
	diskaddr_t	p_size;
	struct uuid	p_guid;		/* type */
	ushort_t	p_tag;		/* V_* equivalent of the type */
	ushort_t	p_flag;
	char		p_name[EFI_PART_NAME_LEN];
	struct uuid	p_uguid;	/* unique GUID */
	uint_t		p_resv[8];
} dk_part_t;

#define EFI_VERSION102		0x00010002
#define EFI_VERSION100		0x00010000
#define EFI_VERSION_CURRENT	EFI_VERSION100

typedef struct dk_gpt {
	uint_t		efi_version;
	uint_t		efi_nparts;
	uint_t		efi_part_size;
	uint_t		efi_lbasize;
	diskaddr_t	efi_last_lba;
	diskaddr_t	efi_first_u_lba;
	diskaddr_t	efi_last_u_lba;
	struct uuid	efi_disk_uguid;
	uint_t		efi_flags;
	uint_t		efi_reserved1;
	diskaddr_t	efi_altern_lba;
	uint_t		efi_reserved[12];
	struct dk_part	efi_parts[1];	/* efi_nparts of them */
} dk_gpt_t;

#define EFI_GPT_PRIMARY_CORRUPT	0x1	/* efi_flags */

/*
 * DKIOCGETEFI/DKIOCSETEFI: read or write dki_length bytes at block dki_lba
 * from or to dki_data (a user address; dki_data_64 is the same for 32-bit
 * callers).
 */
typedef struct dk_efi {
	diskaddr_t	dki_lba;
	len_t		dki_length;
	union {
		efi_gpt_t	*_dki_data;
		uint64_t	_dki_data_64;
	} dki_un;
#define dki_data	dki_un._dki_data
#define dki_data_64	dki_un._dki_data_64
} dk_efi_t;

/* DKIOCPARTITION: partition p_partno of an EFI label. */
struct partition64 {
	struct uuid	p_type;
	uint_t		p_partno;
	uint_t		p_resv1;
	diskaddr_t	p_start;
	diskaddr_t	p_size;
};

#define EFI_NUMPAR	9	/* partitions of a Solaris EFI label */

_Static_assert(__builtin_offsetof(efi_gpt_t, efi_gpt_Reserved2) == 92,
    "the GPT header has 92 bytes of fields");
_Static_assert(sizeof (efi_gpt_t) == EFI_LABEL_SIZE, "efi_gpt_t is 512 bytes");
_Static_assert(sizeof (efi_gpe_Attrs_t) == 8, "GPT entry attributes are 8 bytes");
_Static_assert(sizeof (efi_gpe_t) == 128, "efi_gpe_t is 128 bytes");

#endif /* _SYS_EFI_PARTITION_H */
