import { createHash } from 'node:crypto';
import { shanghaiDateTimeOf } from '../../../core/calendar/dates';
import { AppError, defineAction } from '../../../core/contract';
import { tenanciesApi } from '../../../core/housing/tenancies-api';
import { leaseDocument as composeDocument, leaseTermsText } from '../../../core/housing/lease-document';
import type { ApartmentLease } from '../../../core/housing/records';
import { assertMayView, assertOwner } from '../../../core/stays/access';
import { recordAudit } from '../../_shared/audit';
import { callerOf } from '../../_shared/caller';
import { cloudApp } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { leaseTenant } from '../../_shared/housing/blocks';
import { setLeaseDocumentFile, signLeaseIfAsRead } from '../../_shared/housing/repository';
import { findBuilding, findUnit, leaseNamed, policyOf } from '../../_shared/housing/store';
import { leasePdf } from '../../_shared/pdf/lease';
import { findStation } from '../../_shared/stations';

const action = defineAction<ActionContext>();

const LEASE_CHANGED = {
  'zh-CN': '租约内容在您打开后已有变更，请重新打开合同阅读后再确认',
  en: 'The lease has changed since you opened it: open the document again, then confirm',
};

/** The lease document's text as it reads now, and the hash a signature records (core composes; nothing stored). */
async function composeLease(ctx: ActionContext, lease: ApartmentLease) {
  const [building, unit, { person, employer }] = await Promise.all([
    findBuilding(ctx.db, lease.buildingId),
    findUnit(ctx.db, lease.unitId),
    leaseTenant(ctx.db, lease),
  ]);
  const station = await findStation(ctx.db, building.stationId);
  const base = {
    lease,
    building,
    unit,
    policy: policyOf(building),
    tenant: { idKind: person.idKind, idMasked: person.idMasked },
    employer,
    lessor: station?.name['zh-CN'] ?? building.name['zh-CN'],
    madeAt: shanghaiDateTimeOf(ctx.now),
  };
  const textHash = createHash('sha256')
    .update(leaseTermsText(composeDocument({ ...base, signature: null })))
    .digest('hex');
  const signature = lease.signature
    ? {
        at: shanghaiDateTimeOf(new Date(lease.signature.at)),
        textHash: lease.signature.textHash,
        current: lease.signature.textHash === textHash,
      }
    : null;
  return { document: composeDocument({ ...base, signature }), textHash, building };
}

/**
 * The lease document (租赁合同) as a PDF made from the lease's data now, for its tenant and the building's operators
 * (to anyone else the lease does not exist). Stored at `leases/<leaseId>/lease.pdf` (replaced each time, so it
 * always says what the lease says) and answered with a temporary download URL.
 */
export const leaseDocument = action({
  ...tenanciesApi.leaseDocument,
  roles: [],
  prefetch: leaseNamed,
  async handler(_input, ctx, lease) {
    const building = await findBuilding(ctx.db, lease.buildingId);
    assertMayView(callerOf(ctx), { ownerId: lease.ownerId, stationId: building.stationId });
    const { document, textHash } = await composeLease(ctx, lease);
    const cloudPath = `leases/${lease._id}/lease.pdf`;
    const { fileID } = await cloudApp().uploadFile({ cloudPath, fileContent: leasePdf(document) });
    if (lease.documentFileId !== fileID) await setLeaseDocumentFile(ctx.db, { leaseId: lease._id, fileId: fileID });
    const { fileList } = await cloudApp().getTempFileURL({ fileList: [fileID] });
    const [entry] = fileList as Array<{ code?: string; tempFileURL?: string }>;
    if (entry?.code !== 'SUCCESS' || !entry.tempFileURL) throw new Error(`no download URL for ${fileID}: ${entry?.code}`);
    return {
      leaseId: lease._id,
      fileId: fileID,
      url: entry.tempFileURL,
      filename: `lease-${lease._id}.pdf`,
      mimeType: 'application/pdf' as const,
      textHash,
      signed: lease.signature?.textHash === textHash,
    };
  },
});

/**
 * The tenant signs: a recorded confirmation, with the time, of the lease document's text as it reads now (its
 * hash). Written only while the lease ends as read, so a renewal or a notice meanwhile asks for a new reading.
 * Signing the same text again changes nothing; after a renewal the new text can be signed.
 */
export const signLease = action({
  ...tenanciesApi.signLease,
  roles: [],
  prefetch: leaseNamed,
  async handler(input, ctx, lease) {
    assertOwner(callerOf(ctx), lease);
    if (lease.status === 'ended') throw new AppError('CONFLICT');
    const { textHash } = await composeLease(ctx, lease);
    if (input.textHash !== textHash) throw new AppError('CONFLICT', { message: LEASE_CHANGED });
    if (lease.signature?.textHash === textHash) return lease;
    const signature = { at: ctx.now, textHash };
    if (!(await signLeaseIfAsRead(ctx.db, { lease, signature, now: ctx.now }))) throw new AppError('CONFLICT');
    await recordAudit(
      { ...ctx, action: 'housing.signLease' },
      { target: { collection: COLLECTIONS.apartmentLeases, id: lease._id }, before: lease.status, after: lease.status, note: { textHash } },
    );
    return { ...lease, signature, updatedAt: ctx.now };
  },
});
