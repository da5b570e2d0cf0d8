import type { ApartmentApplication, ApartmentBlock, ApartmentLease } from '../../../core/housing/records';
import type { SupportApplication, SupportDisbursement } from '../../../core/housing/support-records';
import type { ServiceRequest } from '../../../core/requests/request';
import type { StayApplication } from '../../../core/stays/model';
import type { SeatApplication } from '../../../core/workspaces/model';
import { COLLECTIONS } from '../collections';
import type { Database } from '../cloud';

/** One page of a person's documents; CloudBase answers at most 1000 per query, we ask for far fewer. */
export const PAGE = 100;
/** A person's documents of one kind, at most this many pages (10,000): more would be a fault, not a person. */
const MAX_PAGES = 100;

// The account's repository: one person's documents in every collection, for their data export and account deletion
// (account.exportMyData and account.deleteMyAccount). Each query names the owner index of INDEXES (collections.ts) that serves it.

/**
 * Every document of one person in a collection, page by page through the index that serves `where` (the owner
 * field) and `order`; never the whole collection.
 */
export async function pagesOf<T>(db: Database, collection: string, where: Record<string, unknown>, order: string): Promise<T[]> {
  const out: T[] = [];
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const { data } = await db
      .collection(collection)
      .where(where)
      .orderBy(order, 'asc')
      .skip(page * PAGE)
      .limit(PAGE)
      .get();
    out.push(...(data as T[]));
    if (data.length < PAGE) break;
  }
  return out;
}

/** The stays they applied for (`stay_applications.owner_submitted`). */
export const myStays = (db: Database, openId: string) =>
  pagesOf<StayApplication>(db, COLLECTIONS.stayApplications, { ownerId: openId }, 'submittedAt');

/** The seat bookings they lead (`seat_applications.owner_submitted`). */
export const mySeatsLed = (db: Database, openId: string) =>
  pagesOf<SeatApplication>(db, COLLECTIONS.seatApplications, { ownerId: openId }, 'submittedAt');

/** Seat applications that list one of these identity hashes among their members (`seat_applications.member_hashes`). */
export async function seatsWithMember(db: Database, idHashes: readonly string[]): Promise<SeatApplication[]> {
  const hashes = [...new Set(idHashes.filter(Boolean))];
  if (hashes.length === 0) return [];
  return pagesOf<SeatApplication>(db, COLLECTIONS.seatApplications, { memberIdHashes: db.command.in(hashes) }, 'submittedAt');
}

/** Seat applications the person joined by invite (`seat_applications.member_openids_submitted`). */
export const seatsJoined = (db: Database, openId: string) =>
  pagesOf<SeatApplication>(db, COLLECTIONS.seatApplications, { memberOpenIds: openId }, 'submittedAt');

/** The teams the person is a member of, by identity document or by joining, without the ones they lead. */
export async function seatsAsMember(db: Database, input: { openId: string; idHashes: readonly string[]; led: readonly SeatApplication[] }) {
  const [byHash, byAccount] = await Promise.all([seatsWithMember(db, input.idHashes), seatsJoined(db, input.openId)]);
  const seen = new Set(input.led.map((s) => s._id));
  return [...byHash, ...byAccount].filter((s) => !seen.has(s._id) && (seen.add(s._id), true));
}

/** Their requests (`requests.applicant`). */
export const myRequests = (db: Database, openId: string) =>
  pagesOf<ServiceRequest>(db, COLLECTIONS.requests, { applicantId: openId }, 'createdAt');

/** Their talent apartment applications, waiting-list entries included (`apartment_applications.owner_submitted`). */
export const myApartments = (db: Database, openId: string) =>
  pagesOf<ApartmentApplication>(db, COLLECTIONS.apartmentApplications, { ownerId: openId }, 'submittedAt');

/** Their apartment leases (`apartment_leases.owner`). */
export const myLeases = (db: Database, openId: string) =>
  pagesOf<ApartmentLease>(db, COLLECTIONS.apartmentLeases, { ownerId: openId }, 'start');

/** Employers' blocks with a unit they confirmed as its tenant (`apartment_blocks.tenant`). */
export const myBlockTenancies = (db: Database, openId: string) =>
  pagesOf<ApartmentBlock>(db, COLLECTIONS.apartmentBlocks, { 'allocations.ownerId': openId }, 'submittedAt');

/** Their housing support applications (`support_applications.owner_submitted`). */
export const mySupport = (db: Database, openId: string) =>
  pagesOf<SupportApplication>(db, COLLECTIONS.supportApplications, { ownerId: openId }, 'submittedAt');

/** The months paid on these support applications (`support_disbursements.application_month`). */
export async function supportPaidOn(db: Database, apps: readonly Pick<SupportApplication, '_id'>[]): Promise<SupportDisbursement[]> {
  const pages = await Promise.all(
    apps.map((a) => pagesOf<SupportDisbursement>(db, COLLECTIONS.supportDisbursements, { applicationId: a._id }, 'month')),
  );
  return pages.flat();
}

/** Their in-app messages (`messages.recipient`). */
export const myMessages = (db: Database, openId: string) =>
  pagesOf<Record<string, unknown>>(db, COLLECTIONS.messages, { recipient: openId }, 'createdAt');

/** What they did, as the audit log has it (`audit_logs.actor`). */
export const myAuditTrail = (db: Database, openId: string) =>
  pagesOf<Record<string, unknown>>(db, COLLECTIONS.auditLogs, { actor: openId }, 'at');

/**
 * Replaces a document whole (`set`, by `_id`), so fields an anonymised form leaves out (the sealed numbers) are gone:
 * account deletion's stays, seats and requests.
 */
export async function replaceWhole(db: Database, collection: string, doc: { _id: string } & Record<string, unknown>): Promise<void> {
  const { _id, ...fields } = doc;
  await db.collection(collection).doc(_id).set(fields);
}

/**
 * Removes every document `where` selects, a page of ids at a time (each removal by `_id`), until none is left;
 * `keep` ids are never removed. Answers how many were removed. `where` pins the owner field its collection indexes
 * (`recipient` of messages and outbox, `owner` of idempotency and rate_limits).
 */
export async function removeAll(
  db: Database,
  collection: string,
  where: Record<string, unknown>,
  keep: readonly string[] = [],
): Promise<number> {
  const _ = db.command;
  let removed = 0;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const { data } = await db
      .collection(collection)
      .where(where)
      .limit(PAGE + keep.length)
      .get();
    const ids = (data as Array<{ _id: string }>).map((d) => d._id).filter((id) => !keep.includes(id));
    if (ids.length === 0) break;
    const result = await db
      .collection(collection)
      .where({ _id: _.in(ids) })
      .remove();
    removed += Number((result as { deleted?: number }).deleted ?? ids.length);
  }
  return removed;
}
