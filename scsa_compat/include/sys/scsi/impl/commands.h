/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The command descriptor block, union scsi_cdb, with accessors for the
 * fields of each CDB group, and the helpers that fill CDBs.
 *
 * The FORM and GET helpers are expressions (comma-separated assignments), so
 * they can be used as statements and inside other expressions alike.
 */
/* The SCSA headers depend on each other; enter through the common root. */
#include <sys/scsi/scsi_types.h>

#ifndef _SYS_SCSI_IMPL_COMMANDS_H
#define _SYS_SCSI_IMPL_COMMANDS_H

#include <sys/types.h>

#define CDB_SIZE	CDB_GROUP5
#define SCSI_CDB_SIZE	CDB_GROUP4

/*
 * Byte 0 is the opcode; byte 1 holds the SCSI-1 LUN in bits 7-5 and
 * group-specific bits below; the rest depends on the group.
 */
union scsi_cdb {
	struct {
		uchar_t	cmd;
		uchar_t	tag	: 5,
			lun	: 3;
		union {
			uchar_t	scsi[SCSI_CDB_SIZE - 2];
			struct scsi_g0 {	/* 6-byte CDB */
				uchar_t	addr1;
				uchar_t	addr0;
				uchar_t	count0;
				uchar_t	link	: 1,
					flag	: 1,
					naca	: 1,
					rsvd	: 3,
					vu_56	: 1,
					vu_57	: 1;
			} g0;
			struct scsi_g1 {	/* 10-byte CDB */
				uchar_t	addr3;
				uchar_t	addr2;
				uchar_t	addr1;
				uchar_t	addr0;
				uchar_t	rsvd1;
				uchar_t	count1;
				uchar_t	count0;
				uchar_t	link	: 1,
					flag	: 1,
					naca	: 1,
					rsvd0	: 3,
					vu_96	: 1,
					vu_97	: 1;
			} g1;
			struct scsi_g4 {	/* 16-byte CDB */
				uchar_t	addr3;
				uchar_t	addr2;
				uchar_t	addr1;
				uchar_t	addr0;
				uchar_t	addtl_cdb_data3;
				uchar_t	addtl_cdb_data2;
				uchar_t	addtl_cdb_data1;
				uchar_t	addtl_cdb_data0;
				uchar_t	count3;
				uchar_t	count2;
				uchar_t	count1;
				uchar_t	count0;
				uchar_t	rsvd1;
				uchar_t	link	: 1,
					flag	: 1,
					naca	: 1,
					rsvd0	: 3,
					vu_156	: 1,
					vu_157	: 1;
			} g4;
			struct scsi_g5 {	/* 12-byte CDB */
				uchar_t	addr3;
				uchar_t	addr2;
				uchar_t	addr1;
				uchar_t	addr0;
				uchar_t	count3;
				uchar_t	count2;
				uchar_t	count1;
				uchar_t	count0;
				uchar_t	rsvd1;
				uchar_t	link	: 1,
					flag	: 1,
					naca	: 1,
					rsvd0	: 3,
					vu_116	: 1,
					vu_117	: 1;
			} g5;
		} sg;
	} cdb_un;
	uchar_t	cdb_opaque[SCSI_CDB_SIZE];
	uint_t	cdb_long[SCSI_CDB_SIZE / sizeof (uint_t)];
};

/* Common fields */
#define scc_cmd		cdb_un.cmd
#define scc_lun		cdb_un.lun

/* Group 0 */
#define g0_addr2	cdb_un.tag
#define g0_addr1	cdb_un.sg.g0.addr1
#define g0_addr0	cdb_un.sg.g0.addr0
#define g0_count0	cdb_un.sg.g0.count0
#define g0_vu_1		cdb_un.sg.g0.vu_57
#define g0_vu_0		cdb_un.sg.g0.vu_56
#define g0_naca		cdb_un.sg.g0.naca
#define g0_flag		cdb_un.sg.g0.flag
#define g0_link		cdb_un.sg.g0.link
/* Group 0, sequential-access view */
#define t_code		cdb_un.tag
#define high_count	cdb_un.sg.g0.addr1
#define mid_count	cdb_un.sg.g0.addr0
#define low_count	cdb_un.sg.g0.count0

/* Group 1 */
#define g1_reladdr	cdb_un.tag
#define g1_rsvd0	cdb_un.sg.g1.rsvd1
#define g1_addr3	cdb_un.sg.g1.addr3
#define g1_addr2	cdb_un.sg.g1.addr2
#define g1_addr1	cdb_un.sg.g1.addr1
#define g1_addr0	cdb_un.sg.g1.addr0
#define g1_count1	cdb_un.sg.g1.count1
#define g1_count0	cdb_un.sg.g1.count0
#define g1_vu_1		cdb_un.sg.g1.vu_97
#define g1_vu_0		cdb_un.sg.g1.vu_96
#define g1_naca		cdb_un.sg.g1.naca
#define g1_flag		cdb_un.sg.g1.flag
#define g1_link		cdb_un.sg.g1.link

/* Group 4 */
#define g4_reladdr		cdb_un.tag
#define g4_addr3		cdb_un.sg.g4.addr3
#define g4_addr2		cdb_un.sg.g4.addr2
#define g4_addr1		cdb_un.sg.g4.addr1
#define g4_addr0		cdb_un.sg.g4.addr0
#define g4_addtl_cdb_data3	cdb_un.sg.g4.addtl_cdb_data3
#define g4_addtl_cdb_data2	cdb_un.sg.g4.addtl_cdb_data2
#define g4_addtl_cdb_data1	cdb_un.sg.g4.addtl_cdb_data1
#define g4_addtl_cdb_data0	cdb_un.sg.g4.addtl_cdb_data0
#define g4_count3		cdb_un.sg.g4.count3
#define g4_count2		cdb_un.sg.g4.count2
#define g4_count1		cdb_un.sg.g4.count1
#define g4_count0		cdb_un.sg.g4.count0
#define g4_rsvd0		cdb_un.sg.g4.rsvd1
#define g4_vu_1			cdb_un.sg.g4.vu_157
#define g4_vu_0			cdb_un.sg.g4.vu_156
#define g4_naca			cdb_un.sg.g4.naca
#define g4_flag			cdb_un.sg.g4.flag
#define g4_link			cdb_un.sg.g4.link

/* Group 5 */
#define scc5_reladdr	cdb_un.tag
#define scc5_addr3	cdb_un.sg.g5.addr3
#define scc5_addr2	cdb_un.sg.g5.addr2
#define scc5_addr1	cdb_un.sg.g5.addr1
#define scc5_addr0	cdb_un.sg.g5.addr0
#define scc5_count3	cdb_un.sg.g5.count3
#define scc5_count2	cdb_un.sg.g5.count2
#define scc5_count1	cdb_un.sg.g5.count1
#define scc5_count0	cdb_un.sg.g5.count0
#define scc5_rsvd0	cdb_un.sg.g5.rsvd1
#define scc5_vu_1	cdb_un.sg.g5.vu_117
#define scc5_vu_0	cdb_un.sg.g5.vu_116
#define scc5_naca	cdb_un.sg.g5.naca
#define scc5_flag	cdb_un.sg.g5.flag
#define scc5_link	cdb_un.sg.g5.link

/* Big-endian loads from a byte pointer. */
#define SCSI_READ16(p)	(((uint16_t)((uint8_t *)(p))[0] << 8) | ((uint8_t *)(p))[1])
#define SCSI_READ24(p)	\
	(((uint32_t)((uint8_t *)(p))[0] << 16) | ((uint32_t)SCSI_READ16((uint8_t *)(p) + 1)))
#define SCSI_READ32(p)	\
	(((uint32_t)SCSI_READ16(p) << 16) | (uint32_t)SCSI_READ16((uint8_t *)(p) + 2))
#define SCSI_READ40(p)	\
	(((uint64_t)((uint8_t *)(p))[0] << 32) | (uint64_t)SCSI_READ32((uint8_t *)(p) + 1))
#define SCSI_READ48(p)	\
	(((uint64_t)SCSI_READ16(p) << 32) | (uint64_t)SCSI_READ32((uint8_t *)(p) + 2))
#define SCSI_READ64(p)	\
	(((uint64_t)SCSI_READ32(p) << 32) | (uint64_t)SCSI_READ32((uint8_t *)(p) + 4))

/* Big-endian stores to a byte pointer (comma expressions). */
#define SCSI_WRITE16(p, v)						\
	(((uint8_t *)(p))[0] = (uint8_t)((uint16_t)(v) >> 8),		\
	 ((uint8_t *)(p))[1] = (uint8_t)(v))
#define SCSI_WRITE24(p, v)						\
	(((uint8_t *)(p))[0] = (uint8_t)((uint32_t)(v) >> 16),		\
	 SCSI_WRITE16((uint8_t *)(p) + 1, (uint32_t)(v) & 0xffff))
#define SCSI_WRITE32(p, v)						\
	(SCSI_WRITE16(p, (uint32_t)(v) >> 16),				\
	 SCSI_WRITE16((uint8_t *)(p) + 2, (uint32_t)(v) & 0xffff))
#define SCSI_WRITE40(p, v)						\
	(((uint8_t *)(p))[0] = (uint8_t)((uint64_t)(v) >> 32),		\
	 SCSI_WRITE32((uint8_t *)(p) + 1, (uint64_t)(v) & 0xffffffff))
#define SCSI_WRITE48(p, v)						\
	(SCSI_WRITE16(p, (uint64_t)(v) >> 32),				\
	 SCSI_WRITE32((uint8_t *)(p) + 2, (uint64_t)(v) & 0xffffffff))
#define SCSI_WRITE64(p, v)						\
	(SCSI_WRITE32(p, (uint64_t)(v) >> 32),				\
	 SCSI_WRITE32((uint8_t *)(p) + 4, (uint64_t)(v) & 0xffffffff))

/* Join bit fields of the given widths, most significant first. */
#define SCSI_MK8(ms, ls)		(((uint8_t)(ms) << 4) | (uint8_t)(ls))
#define SCSI_MK12_4_8(ms, ls)		(((uint16_t)(ms) << 8) | (uint16_t)(ls))
#define SCSI_MK12_8_4(ms, ls)		(((uint16_t)(ms) << 4) | (uint16_t)(ls))
#define SCSI_MK16_4_8_4(hi, mid, lo)	\
	(((uint16_t)(hi) << 12) | ((uint16_t)(mid) << 4) | (uint16_t)(lo))
#define SCSI_MK20_4_16(ms, ls)		(((uint32_t)(ms) << 16) | (uint32_t)(ls))
#define SCSI_MK20_16_4(ms, ls)		(((uint32_t)(ms) << 4) | (uint32_t)(ls))
#define SCSI_MK24_4_16_4(hi, mid, lo)	\
	(((uint32_t)(hi) << 20) | ((uint32_t)(mid) << 4) | (uint32_t)(lo))
#define SCSI_MK36_4_32(ms, ls)		(((uint64_t)(ms) << 32) | (uint64_t)(ls))
#define SCSI_MK36_32_4(ms, ls)		(((uint64_t)(ms) << 4) | (uint64_t)(ls))

/* Opcode within its group, and the group. */
#define GETCMD(cdb)		((cdb)->scc_cmd & 0x1F)
#define GETGROUP(cdb)		(CDB_GROUPID((cdb)->scc_cmd))

/* Group 0: 21-bit address, 8-bit count */
#define FORMG0COUNT(cdb, cnt)	((cdb)->g0_count0 = (cnt))
#define FORMG0ADDR(cdb, addr)						\
	((cdb)->g0_addr2 = (addr) >> 16,				\
	 (cdb)->g0_addr1 = ((addr) >> 8) & 0xFF,			\
	 (cdb)->g0_addr0 = (addr) & 0xFF)
#define GETG0COUNT(cdb)		((cdb)->g0_count0)
#define GETG0ADDR(cdb)							\
	((((cdb)->g0_addr2 & 0x1F) << 16) + ((cdb)->g0_addr1 << 8) +	\
	 (cdb)->g0_addr0)
#define GETG0TAG(cdb)		((cdb)->g0_addr2)
/* Group 0, sequential access: 24-bit count */
#define FORMG0COUNT_S(cdb, cnt)						\
	((cdb)->high_count = (cnt) >> 16,				\
	 (cdb)->mid_count = ((cnt) >> 8) & 0xFF,			\
	 (cdb)->low_count = (cnt) & 0xFF)

/* Group 1: 32-bit address, 16-bit count */
#define FORMG1COUNT(cdb, cnt)						\
	((cdb)->g1_count1 = (cnt) >> 8,					\
	 (cdb)->g1_count0 = (cnt) & 0xFF)
#define FORMG1ADDR(cdb, addr)						\
	((cdb)->g1_addr3 = (addr) >> 24,				\
	 (cdb)->g1_addr2 = ((addr) >> 16) & 0xFF,			\
	 (cdb)->g1_addr1 = ((addr) >> 8) & 0xFF,			\
	 (cdb)->g1_addr0 = (addr) & 0xFF)
#define GETG1COUNT(cdb)		(((cdb)->g1_count1 << 8) + (cdb)->g1_count0)
#define GETG1ADDR(cdb)							\
	(((cdb)->g1_addr3 << 24) + ((cdb)->g1_addr2 << 16) +		\
	 ((cdb)->g1_addr1 << 8) + (cdb)->g1_addr0)
#define GETG1TAG(cdb)		((cdb)->g1_reladdr)

/* Group 4: 64-bit address (or 32-bit address + 32 bits more), 32-bit count */
#define FORMG4COUNT(cdb, cnt)						\
	((cdb)->g4_count3 = (cnt) >> 24,				\
	 (cdb)->g4_count2 = ((cnt) >> 16) & 0xFF,			\
	 (cdb)->g4_count1 = ((cnt) >> 8) & 0xFF,			\
	 (cdb)->g4_count0 = (cnt) & 0xFF)
#define FORMG4LONGADDR(cdb, addr)					\
	((cdb)->g4_addr3 = (addr) >> 56,				\
	 (cdb)->g4_addr2 = ((addr) >> 48) & 0xFF,			\
	 (cdb)->g4_addr1 = ((addr) >> 40) & 0xFF,			\
	 (cdb)->g4_addr0 = ((addr) >> 32) & 0xFF,			\
	 (cdb)->g4_addtl_cdb_data3 = ((addr) >> 24) & 0xFF,		\
	 (cdb)->g4_addtl_cdb_data2 = ((addr) >> 16) & 0xFF,		\
	 (cdb)->g4_addtl_cdb_data1 = ((addr) >> 8) & 0xFF,		\
	 (cdb)->g4_addtl_cdb_data0 = (addr) & 0xFF)
#define FORMG4ADDR(cdb, addr)						\
	((cdb)->g4_addr3 = (addr) >> 24,				\
	 (cdb)->g4_addr2 = ((addr) >> 16) & 0xFF,			\
	 (cdb)->g4_addr1 = ((addr) >> 8) & 0xFF,			\
	 (cdb)->g4_addr0 = (addr) & 0xFF)
#define FORMG4ADDTL(cdb, data)						\
	((cdb)->g4_addtl_cdb_data3 = (data) >> 24,			\
	 (cdb)->g4_addtl_cdb_data2 = ((data) >> 16) & 0xFF,		\
	 (cdb)->g4_addtl_cdb_data1 = ((data) >> 8) & 0xFF,		\
	 (cdb)->g4_addtl_cdb_data0 = (data) & 0xFF)
#define GETG4COUNT(cdb)							\
	(((cdb)->g4_count3 << 24) + ((cdb)->g4_count2 << 16) +		\
	 ((cdb)->g4_count1 << 8) + (cdb)->g4_count0)
#define GETG4LONGADDR(cdb)						\
	(((diskaddr_t)(cdb)->g4_addr3 << 56) +				\
	 ((diskaddr_t)(cdb)->g4_addr2 << 48) +				\
	 ((diskaddr_t)(cdb)->g4_addr1 << 40) +				\
	 ((diskaddr_t)(cdb)->g4_addr0 << 32) +				\
	 ((diskaddr_t)(cdb)->g4_addtl_cdb_data3 << 24) +		\
	 ((diskaddr_t)(cdb)->g4_addtl_cdb_data2 << 16) +		\
	 ((diskaddr_t)(cdb)->g4_addtl_cdb_data1 << 8) +			\
	 (diskaddr_t)(cdb)->g4_addtl_cdb_data0)
#define GETG4ADDR(cdb)							\
	(((cdb)->g4_addr3 << 24) + ((cdb)->g4_addr2 << 16) +		\
	 ((cdb)->g4_addr1 << 8) + (cdb)->g4_addr0)
#define GETG4ADDRTL(cdb)						\
	(((cdb)->g4_addtl_cdb_data3 << 24) +				\
	 ((cdb)->g4_addtl_cdb_data2 << 16) +				\
	 ((cdb)->g4_addtl_cdb_data1 << 8) + (cdb)->g4_addtl_cdb_data0)
#define GETG4TAG(cdb)		((cdb)->g4_reladdr)

/* Group 5: 32-bit address, 32-bit count */
#define FORMG5COUNT(cdb, cnt)						\
	((cdb)->scc5_count3 = (cnt) >> 24,				\
	 (cdb)->scc5_count2 = ((cnt) >> 16) & 0xFF,			\
	 (cdb)->scc5_count1 = ((cnt) >> 8) & 0xFF,			\
	 (cdb)->scc5_count0 = (cnt) & 0xFF)
#define FORMG5ADDR(cdb, addr)						\
	((cdb)->scc5_addr3 = (addr) >> 24,				\
	 (cdb)->scc5_addr2 = ((addr) >> 16) & 0xFF,			\
	 (cdb)->scc5_addr1 = ((addr) >> 8) & 0xFF,			\
	 (cdb)->scc5_addr0 = (addr) & 0xFF)
#define GETG5ADDR(cdb)							\
	(((cdb)->scc5_addr3 << 24) + ((cdb)->scc5_addr2 << 16) +	\
	 ((cdb)->scc5_addr1 << 8) + (cdb)->scc5_addr0)
#define GETG5COUNT(cdb)							\
	(((cdb)->scc5_count3 << 24) + ((cdb)->scc5_count2 << 16) +	\
	 ((cdb)->scc5_count1 << 8) + (cdb)->scc5_count0)
#define GETG5TAG(cdb)		((cdb)->scc5_reladdr)

/*
 * Fill a packet's address, flags and the opcode/LUN of its CDB from the
 * device, then the group-specific address and count.
 */
#define __SCSA_PKT_CDB(pkt)	((union scsi_cdb *)(pkt)->pkt_cdbp)
#define MAKECOM_COMMON(pkt, devp, flag, cmd)				\
	((pkt)->pkt_address = (devp)->sd_address,			\
	 (pkt)->pkt_flags = (flag),					\
	 __SCSA_PKT_CDB(pkt)->scc_cmd = (cmd),				\
	 __SCSA_PKT_CDB(pkt)->scc_lun = (pkt)->pkt_address.a_lun)
#define MAKECOM_G0(pkt, devp, flag, cmd, addr, cnt)			\
	(MAKECOM_COMMON(pkt, devp, flag, cmd),				\
	 FORMG0ADDR(__SCSA_PKT_CDB(pkt), addr),				\
	 FORMG0COUNT(__SCSA_PKT_CDB(pkt), cnt))
#define MAKECOM_G0_S(pkt, devp, flag, cmd, cnt, fixbit)		\
	(MAKECOM_COMMON(pkt, devp, flag, cmd),				\
	 FORMG0COUNT_S(__SCSA_PKT_CDB(pkt), cnt),			\
	 __SCSA_PKT_CDB(pkt)->t_code = (fixbit))
#define MAKECOM_G1(pkt, devp, flag, cmd, addr, cnt)			\
	(MAKECOM_COMMON(pkt, devp, flag, cmd),				\
	 FORMG1ADDR(__SCSA_PKT_CDB(pkt), addr),				\
	 FORMG1COUNT(__SCSA_PKT_CDB(pkt), cnt))
#define MAKECOM_G5(pkt, devp, flag, cmd, addr, cnt)			\
	(MAKECOM_COMMON(pkt, devp, flag, cmd),				\
	 FORMG5ADDR(__SCSA_PKT_CDB(pkt), addr),				\
	 FORMG5COUNT(__SCSA_PKT_CDB(pkt), cnt))

/* FORMAT UNIT and defect-list fields */
#define fmt_parm_bits		g0_addr2
#define fmt_interleave		g0_count0
#define defect_list_descrip	g1_addr3

#define FPB_BFI			0x04
#define FPB_CMPLT		0x08
#define FPB_DATA		0x10

#define DLD_MAN_DEF_LIST	0x10
#define DLD_GROWN_DEF_LIST	0x08
#define DLD_BLOCK_FORMAT	0x00
#define DLD_BFI_FORMAT		0x04
#define DLD_PS_FORMAT		0x05

#define CDB_FLAG_NACA		0x04

#define RDEF_ALL		0
#define RDEF_MANUF		1
#define RDEF_CKLEN		2

#define ST506_NDEFECT		127
#define ESDI_NDEFECT		ST506_NDEFECT

struct scsi_bfi_defect {
	unsigned	cyl	: 24;
	unsigned	head	: 8;
	int		bytes_from_index;
};

struct scsi_format_params {
	ushort_t		reserved;
	ushort_t		length;
	struct scsi_bfi_defect	list[ESDI_NDEFECT];
};

struct scsi_defect_hdr {
	uchar_t		reserved;
	uchar_t		descriptor;
	ushort_t	length;
};

struct scsi_defect_list {
	uchar_t			reserved;
	uchar_t			descriptor;
	ushort_t		length;
	struct scsi_bfi_defect	list[ESDI_NDEFECT];
};

struct scsi_reassign_blk {
	ushort_t	reserved;
	ushort_t	length;
	uint_t		defect;
};

/* READ CAPACITY (10) and (16) data */
struct scsi_capacity {
	uint_t	capacity;
	uint_t	lbasize;
};

struct scsi_capacity_16 {
	uint64_t	sc_capacity;
	uint_t		sc_lbasize;
	uchar_t		sc_rto_en	: 1,
			sc_prot_en	: 1,
			sc_rsvd0	: 6;
	uchar_t		sc_rsvd1[19];
};

#ifdef _KERNEL
__SCSA_IMPL extern void makecom_g0(struct scsi_pkt *pkt, struct scsi_device *devp,
    int flag, int cmd, int addr, int cnt);
__SCSA_IMPL extern void makecom_g0_s(struct scsi_pkt *pkt, struct scsi_device *devp,
    int flag, int cmd, int cnt, int fixbit);
__SCSA_IMPL extern void makecom_g1(struct scsi_pkt *pkt, struct scsi_device *devp,
    int flag, int cmd, int addr, int cnt);
__SCSA_IMPL extern void makecom_g5(struct scsi_pkt *pkt, struct scsi_device *devp,
    int flag, int cmd, int addr, int cnt);
__SCSA_IMPL extern int scsi_setup_cdb(union scsi_cdb *cdbp, uchar_t cmd, uint_t addr,
    uint_t cnt, uint_t addtl_cdb_data);
#endif

#endif /* _SYS_SCSI_IMPL_COMMANDS_H */
