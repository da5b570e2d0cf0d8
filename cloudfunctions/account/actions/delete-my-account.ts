import { accountApi } from '../../../core/account/api';
import {
  anonymiseLedSeat,
  anonymiseMemberEntries,
  anonymiseRequest,
  anonymiseStay,
  assertNothingActive,
  claimOnlyServedThem,
} from '../../../core/account';
import { defineAction } from '../../../core/contract';
import {
  anonymiseApartment,
  anonymiseBlockTenancies,
  anonymiseDisbursement,
  anonymiseLease,
  anonymiseSupport,
} from '../../../core/housing/privacy';
import { SELF_APPLICANT_TYPES } from '../../../core/stays/model';
import { HOLDING_SEAT_STATUSES } from '../../../core/workspaces/model';
import { recordAudit } from '../../_shared/audit';
import { COLLECTIONS } from '../../_shared/collections';
import { anonymiseSignUpsOf } from '../../_shared/event-sign-ups';
import type { Database } from '../../_shared/cloud';
import type { ActionContext } from '../../_shared/handler';
import { blankRequestTitle, blankTalentName } from '../../_shared/notify';
import { claimsOf, dropIdleClaim } from '../../_shared/stays/claims';
import { deleteOwnUploads } from '../../_shared/uploads';
import { removeUser } from '../../_shared/users';
import { dropIdleTeamClaim } from '../../_shared/workspaces/claims';
import {
  myApartments,
  myBlockTenancies,
  myLeases,
  myRequests,
  mySeatsLed,
  myStays,
  mySupport,
  removeAll,
  replaceWhole,
  seatsAsMember,
  supportPaidOn,
} from '../../_shared/account/repository';
import { cloudApp } from '../../_shared/cloud';

const selfTypes: readonly string[] = SELF_APPLICANT_TYPES;

/** Removes the `stay_claims` of these identity hashes that served only this person (core: `claimOnlyServedThem`). */
async function dropClaims(db: Database, idHashes: readonly string[]): Promise<number> {
  const drop = (await claimsOf(db, idHashes)).filter(claimOnlyServedThem);
  for (const claim of drop) await dropIdleClaim(db, claim._id);
  return drop.length;
}

/** The lease PDFs made for them (`leases/<leaseId>/lease.pdf`, made by the function, not uploaded by them). */
async function deleteLeaseDocuments(fileIds: ReadonlyArray<string | null | undefined>): Promise<number> {
  const files = fileIds.filter((f): f is string => Boolean(f));
  if (files.length === 0) return 0;
  const { fileList } = await cloudApp().deleteFile({ fileList: files });
  const failed = (fileList as Array<{ fileID: string; code?: string }>).filter(
    (e) => e.code !== 'SUCCESS' && e.code !== 'STORAGE_FILE_NONEXIST',
  );
  if (failed.length > 0) throw new Error(`deleting ${failed[0].fileID} from storage answered ${failed[0].code}`);
  return (fileList as Array<{ code?: string }>).filter((e) => e.code === 'SUCCESS').length;
}

/**
 * Deletes the caller's account: refused (CONFLICT, naming what to cancel) while a stay or seat booking, or a talent
 * apartment application or lease, or housing support not yet decided or fully paid, is under way; otherwise deletes the files they uploaded that their records name, anonymises what statistics keep
 * (core/account/anonymise.ts), deletes what only served them (messages, notices, claims, stored replies of theirs or showing their records, rate-limit
 * windows, liaison pairs and contact notes) and the `users` document. Idempotent by `requestId`; audit-logged
 * without personal data. A later `me` starts a fresh user.
 */
export const deleteMyAccount = defineAction<ActionContext>()({
  ...accountApi.deleteMyAccount,
  roles: [],
  idempotent: true,
  async handler(_input, ctx) {
    const { db, now } = ctx;
    const openId = ctx.identity.openId;
    const [stays, led, requests, apartments, leases, blocks, support] = await Promise.all([
      myStays(db, openId),
      mySeatsLed(db, openId),
      myRequests(db, openId),
      myApartments(db, openId),
      myLeases(db, openId),
      myBlockTenancies(db, openId),
      mySupport(db, openId),
    ]);
    const paid = await supportPaidOn(db, support);
    const paidMonths: Record<string, string[]> = {};
    for (const d of paid) (paidMonths[d.applicationId] ??= []).push(d.month);
    assertNothingActive({
      stays,
      seats: led,
      housing: { applications: apartments, leases },
      support: { applications: support, paidMonths },
    });

    const idHashes = [...stays.filter((s) => selfTypes.includes(s.type)).map((s) => s.idHash), ...led.map((s) => s.leaderIdHash)];
    // Their entries in other teams' applications (by document or joined by invite); a booking still under way
    // keeps them (the leader's to end).
    const memberOf = (await seatsAsMember(db, { openId, idHashes, led })).filter((s) => !HOLDING_SEAT_STATUSES.includes(s.status));
    const teamKeys = led.map((s) => s.teamKey);

    // Their uploaded files first: if storage fails, nothing else has changed yet, and a retry starts over cleanly.
    const fileIds = [
      ...stays.flatMap((s) => s.documents),
      ...led.flatMap((s) => s.documents),
      ...apartments.flatMap((a) => a.documents),
      ...support.flatMap((a) => [...a.documents, ...a.answers.flatMap((x) => x.documents)]),
    ]
      .map((d) => d.fileId)
      .concat(requests.flatMap((r) => r.attachments));
    const files = (await deleteOwnUploads({ fileIds, openId })) + (await deleteLeaseDocuments(leases.map((l) => l.documentFileId)));

    for (const stay of stays) await replaceWhole(db, COLLECTIONS.stayApplications, anonymiseStay(stay, now));
    for (const seat of led) await replaceWhole(db, COLLECTIONS.seatApplications, anonymiseLedSeat(seat, now));
    for (const seat of memberOf) {
      const entries = anonymiseMemberEntries(seat, idHashes, openId);
      if (entries) {
        const { members, ...lists } = entries;
        await replaceWhole(db, COLLECTIONS.seatApplications, { ...seat, team: { ...seat.team, members }, ...lists });
      }
    }
    for (const request of requests) {
      await replaceWhole(db, COLLECTIONS.requests, anonymiseRequest(request, now));
      // Staff notices about the request quoted its title.
      await blankRequestTitle(db, request._id);
    }
    // 人才公寓: applications (waiting-list entries included), leases and their units of employers' blocks.
    for (const app of apartments) await replaceWhole(db, COLLECTIONS.apartmentApplications, anonymiseApartment(app, now));
    for (const lease of leases) await replaceWhole(db, COLLECTIONS.apartmentLeases, anonymiseLease(lease, now));
    const tenancies = blocks.map((b) => anonymiseBlockTenancies(b, openId)).filter((b) => b !== null);
    for (const block of tenancies) await replaceWhole(db, COLLECTIONS.apartmentBlocks, block);
    // 住房资助: applications and the months paid on them (the claim of one per kind stays, a keyed hash only).
    for (const app of support) await replaceWhole(db, COLLECTIONS.supportApplications, anonymiseSupport(app, now));
    for (const row of paid) await replaceWhole(db, COLLECTIONS.supportDisbursements, { ...anonymiseDisbursement(row, now) });
    const eventSignUps = await anonymiseSignUpsOf(db, openId, now);
    const claims = await dropClaims(db, idHashes);
    for (const teamKey of teamKeys) await dropIdleTeamClaim(db, teamKey);
    const messages = await removeAll(db, COLLECTIONS.messages, { recipient: openId });
    const outbox = await removeAll(db, COLLECTIONS.outbox, { recipient: openId });
    // Stored replies of their earlier submits repeat what they wrote; this submit's own claim stays, so a retry answers the same.
    // Staff actions' stored replies that show one of their records (an operator's offer, with their name) go too.
    const replies =
      (await removeAll(db, COLLECTIONS.idempotency, { owner: openId }, ctx.submitKey ? [ctx.submitKey] : [])) +
      (await removeAll(db, COLLECTIONS.idempotency, { subjects: openId }));
    const rateWindows = await removeAll(db, COLLECTIONS.rateLimits, { owner: openId });
    // 双结对: their pairs with a liaison and the liaison's notes of contacts with them (topics, follow-ups).
    const liaisonPairs = await removeAll(db, COLLECTIONS.liaisonPairs, { talentId: openId });
    const liaisonContacts = await removeAll(db, COLLECTIONS.liaisonContacts, { talentId: openId });
    // Their liaison's notices named them.
    await blankTalentName(db, openId);
    await removeUser(db, openId);

    const counts = {
      stays: stays.length,
      seats: led.length,
      memberEntries: memberOf.length,
      requests: requests.length,
      eventSignUps,
      messages,
      outbox,
      claims,
      storedReplies: replies,
      files,
      rateWindows,
      liaisonPairs,
      liaisonContacts,
      apartments: apartments.length,
      leases: leases.length,
      blockTenancies: tenancies.length,
      support: support.length,
      supportDisbursements: paid.length,
    };
    await recordAudit(
      { ...ctx, action: 'account.delete' },
      { target: { collection: COLLECTIONS.users, id: openId }, before: 'active', after: 'deleted', note: counts },
    );
    return {
      deleted: true as const,
      anonymised: {
        stays: counts.stays,
        seats: counts.seats,
        memberEntries: counts.memberEntries,
        requests: counts.requests,
        eventSignUps,
        apartments: counts.apartments,
        leases: counts.leases,
        blockTenancies: counts.blockTenancies,
        support: counts.support,
        supportDisbursements: counts.supportDisbursements,
      },
      removed: { messages, outbox, claims, storedReplies: replies, files, rateWindows },
    };
  },
});
