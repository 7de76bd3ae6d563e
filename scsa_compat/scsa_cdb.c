// SPDX-License-Identifier: GPL-2.0
/*
 * Building CDBs (Solaris world): scsi_setup_cdb(9F) and the makecom(9F)
 * family, over the FORMG* and MAKECOM_* macros of <sys/scsi/impl/commands.h>.
 */
#include <sys/types.h>
#include <sys/scsi/scsi.h>

/**
 * scsi_setup_cdb() - fill a CDB's opcode, address and count by its group
 *
 * No LUN goes into the CDB (SCSI-3).  For group 0 the address and count
 * are taken as one 29-bit quantity, (addr << 8) + cnt, so that 6-byte tape
 * commands, whose 24-bit count spans the address bytes, work as disk ones.
 * Returns 1, or 0 for an opcode group without a fixed layout (3, 6, 7).
 */
int scsi_setup_cdb(union scsi_cdb *cdbp, uchar_t cmd, uint_t addr, uint_t cnt,
    uint_t addtl_cdb_data)
{
	uint_t both;

	cdbp->scc_cmd = cmd;
	switch (CDB_GROUPID(cmd)) {
	case CDB_GROUPID_0:
		both = (addr << 8) + cnt;
		FORMG0ADDR(cdbp, (both >> 8) & 0x1fffff);
		FORMG0COUNT(cdbp, both & 0xff);
		return (1);
	case CDB_GROUPID_1:
	case CDB_GROUPID_2:
		FORMG1ADDR(cdbp, addr);
		FORMG1COUNT(cdbp, cnt);
		return (1);
	case CDB_GROUPID_4:
		FORMG4ADDR(cdbp, addr);
		FORMG4COUNT(cdbp, cnt);
		FORMG4ADDTL(cdbp, addtl_cdb_data);
		return (1);
	case CDB_GROUPID_5:
		FORMG5ADDR(cdbp, addr);
		FORMG5COUNT(cdbp, cnt);
		return (1);
	default:
		return (0);
	}
}

/* The makecom functions, deprecated in illumos, put the SCSI-1 LUN in byte 1. */
void makecom_g0(struct scsi_pkt *pkt, struct scsi_device *devp, int flag, int cmd,
    int addr, int cnt)
{
	MAKECOM_G0(pkt, devp, flag, cmd, addr, (uchar_t)cnt);
}

void makecom_g0_s(struct scsi_pkt *pkt, struct scsi_device *devp, int flag, int cmd,
    int cnt, int fixbit)
{
	MAKECOM_G0_S(pkt, devp, flag, cmd, cnt, (uchar_t)fixbit);
}

void makecom_g1(struct scsi_pkt *pkt, struct scsi_device *devp, int flag, int cmd,
    int addr, int cnt)
{
	MAKECOM_G1(pkt, devp, flag, cmd, addr, cnt);
}

void makecom_g5(struct scsi_pkt *pkt, struct scsi_device *devp, int flag, int cmd,
    int addr, int cnt)
{
	MAKECOM_G5(pkt, devp, flag, cmd, addr, cnt);
}
