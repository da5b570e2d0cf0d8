import type * as z from 'zod';
import { shanghaiDateOf } from '../../../core/calendar/dates';
import { AppError } from '../../../core/contract';
import { CONTACT_WEEKS, contactDueOn, contactOverdue, weeksSince } from '../../../core/liaisons/contact';
import type { talentItem } from '../../../core/liaisons/replies';
import type { User } from '../../../core/account/user';
import { COLLECTIONS } from '../collections';
import type { Database, Transaction } from '../cloud';
import type { ActionContext } from '../handler';

// The queries on liaison pairs and contacts, each with the index of INDEXES.liaison_pairs / liaison_contacts
// (collections.ts) that serves it; lookups and writes by `_id` use the primary key.

/**
 * A `liaison_pairs` document. The pair in force has `_id` = the talent's openid and `active: true`; when the talent
 * moves to another liaison, the old pair is kept as `<talentId>:<liaisonId>:<pairedOn>` with `active: false`.
 */
export interface PairDoc {
  _id: string;
  talentId: string;
  liaisonId: string;
  pairedOn: string;
  active: boolean;
  endedOn: string | null;
  lastContactOn: string | null;
  /** When a contact is due (core/liaisons/contact.ts); the scheduler reminds the liaison that day. */
  contactDueOn: string;
  /** A reminder is owed when `contactDueOn` comes: set whenever the due date moves, cleared by the scheduler. */
  reminderPending: boolean;
  updatedAt: Date;
}

/** A `liaison_contacts` document: a visit (走访记录) or a request filed on the talent's behalf. */
export interface ContactDoc {
  _id: string;
  kind: 'visit' | 'request';
  liaisonId: string;
  talentId: string;
  on: string;
  month: string;
  topic: string;
  followUp: string;
  requestId: string | null;
  loggedAt: Date;
}

const MAX_TALENTS = 1000;

/** The talent's pair in force, or null (by `_id`, the talent's openid). */
export async function activePair(db: Database, talentId: string): Promise<PairDoc | null> {
  const { data } = await db.collection(COLLECTIONS.liaisonPairs).where({ _id: talentId, active: true }).limit(1).get();
  return (data[0] as PairDoc | undefined) ?? null;
}

/** The pair in force of the talent an action names (`input.talentId`), or null, as its prefetch (read early: handler.ts). */
export const pairNamed = (input: { talentId: string }, ctx: { db: Database }) => activePair(ctx.db, input.talentId);

/** The caller's pair, as their action read it (`pairNamed`); a talent who is not theirs is NOT_FOUND (nothing said about other pairs). */
export function myPair(ctx: ActionContext, pair: PairDoc | null): PairDoc {
  if (!pair || pair.liaisonId !== ctx.identity.openId) throw new AppError('NOT_FOUND');
  return pair;
}

/** A liaison's talents: their pairs in force (`active_liaison`). */
export async function pairsOf(db: Database, liaisonId: string): Promise<PairDoc[]> {
  const { data } = await db.collection(COLLECTIONS.liaisonPairs).where({ active: true, liaisonId }).limit(MAX_TALENTS).get();
  return data as PairDoc[];
}

/** A page of the pairs in force, by liaison (`active_liaison`), optionally one liaison's only. */
export async function activePairsPage(
  db: Database,
  input: { liaisonId?: string; page: number; pageSize: number },
): Promise<{ items: PairDoc[]; hasMore: boolean }> {
  const where = input.liaisonId ? { active: true, liaisonId: input.liaisonId } : { active: true };
  // One more than the page, to say whether another follows.
  const { data } = await db
    .collection(COLLECTIONS.liaisonPairs)
    .where(where)
    .orderBy('liaisonId', 'asc')
    .orderBy('_id', 'asc')
    .skip(input.page * input.pageSize)
    .limit(input.pageSize + 1)
    .get();
  const items = data as PairDoc[];
  return { items: items.slice(0, input.pageSize), hasMore: items.length > input.pageSize };
}

/** The pairs in force of these talents, by talent (by `_id`, a hundred at a time). */
export async function activePairsOf(db: Database, talentIds: readonly string[]): Promise<Map<string, PairDoc>> {
  const found = new Map<string, PairDoc>();
  for (let i = 0; i < talentIds.length; i += 100) {
    const chunk = talentIds.slice(i, i + 100);
    const { data } = await db
      .collection(COLLECTIONS.liaisonPairs)
      .where({ _id: db.command.in(chunk), active: true })
      .limit(chunk.length)
      .get();
    for (const pair of data as PairDoc[]) found.set(pair.talentId, pair);
  }
  return found;
}

/**
 * Puts a talent's new pair in force, in one transaction (by `_id`): the old pair, if any, kept as ended under
 * `<talentId>:<liaisonId>:<pairedOn>`, and the new one written over the talent's id.
 */
export async function switchPair(db: Database, input: { old: PairDoc | null; pair: PairDoc; today: string; now: Date }): Promise<void> {
  const { _id, ...fields } = input.pair;
  await db.runTransaction(async (t: Transaction) => {
    if (input.old) {
      const { _id: oldId, ...old } = input.old;
      const endedId = `${oldId}:${old.liaisonId}:${old.pairedOn}`;
      await t
        .collection(COLLECTIONS.liaisonPairs)
        .doc(endedId)
        .set({ ...old, active: false, endedOn: input.today, reminderPending: false, updatedAt: input.now });
    }
    await t.collection(COLLECTIONS.liaisonPairs).doc(_id).set(fields);
  });
}

const MAX_DOCS = 1000;

/** Reads every document a query selects, a thousand at a time (CloudBase's largest page). */
async function readAll<T>(query: { skip(n: number): { limit(n: number): { get(): Promise<{ data: unknown[] }> } } }): Promise<T[]> {
  // Ordered by the index's leading key, so that pages do not overlap.
  const all: T[] = [];
  for (let skip = 0; ; skip += MAX_DOCS) {
    const { data } = await query.skip(skip).limit(MAX_DOCS).get();
    all.push(...(data as T[]));
    if (data.length < MAX_DOCS) return all;
  }
}

/** Every pair, in force or ended (`active_liaison` with both values). */
export const allPairs = (db: Database): Promise<PairDoc[]> =>
  readAll<PairDoc>(
    db
      .collection(COLLECTIONS.liaisonPairs)
      .where({ active: db.command.in([true, false]) })
      .orderBy('active', 'asc'),
  );

/** Every contact logged in these months (`month_on`, the months pinned with `_.in`). */
export const contactsInMonths = (db: Database, months: readonly string[]): Promise<ContactDoc[]> =>
  readAll<ContactDoc>(
    db
      .collection(COLLECTIONS.liaisonContacts)
      .where({ month: db.command.in([...months]) })
      .orderBy('month', 'asc'),
  );

/** A talent's latest contacts, newest first, at most `limit` (`talent_on`). */
export async function recentContacts(db: Database, talentId: string, limit: number): Promise<ContactDoc[]> {
  const { data } = await db.collection(COLLECTIONS.liaisonContacts).where({ talentId }).orderBy('on', 'desc').limit(limit).get();
  return data as ContactDoc[];
}

export function newPair(input: { talentId: string; liaisonId: string; pairedOn: string; now: Date }): PairDoc {
  return {
    _id: input.talentId,
    talentId: input.talentId,
    liaisonId: input.liaisonId,
    pairedOn: input.pairedOn,
    active: true,
    endedOn: null,
    lastContactOn: null,
    contactDueOn: contactDueOn({ pairedOn: input.pairedOn, weeks: CONTACT_WEEKS }),
    reminderPending: true,
    updatedAt: input.now,
  };
}

/** One line of the liaison's list. */
export function toTalentItem(pair: PairDoc, user: User | undefined, today: string): z.input<typeof talentItem> {
  const since = pair.lastContactOn && pair.lastContactOn > pair.pairedOn ? pair.lastContactOn : pair.pairedOn;
  return {
    talentId: pair.talentId,
    displayName: user?.displayName ?? null,
    pairedOn: pair.pairedOn,
    lastContactOn: pair.lastContactOn,
    weeksSinceContact: Math.max(0, weeksSince(since, today)),
    contactDueOn: pair.contactDueOn,
    overdue: contactOverdue({ pairedOn: pair.pairedOn, lastContactOn: pair.lastContactOn ?? undefined, weeks: CONTACT_WEEKS, today }),
  };
}

/**
 * Records a contact and moves the pair's due date on. The contact's `_id` is given by the caller (derived from the
 * submit), so a retried submit writes the same document again, never a second one.
 */
export async function recordContact(ctx: ActionContext, pair: PairDoc, contact: ContactDoc): Promise<void> {
  const { _id, ...fields } = contact;
  await ctx.db.collection(COLLECTIONS.liaisonContacts).doc(_id).set(fields);
  const lastContactOn = pair.lastContactOn && pair.lastContactOn > contact.on ? pair.lastContactOn : contact.on;
  await ctx.db
    .collection(COLLECTIONS.liaisonPairs)
    .doc(pair._id)
    .update({
      lastContactOn,
      contactDueOn: contactDueOn({ pairedOn: pair.pairedOn, lastContactOn, weeks: CONTACT_WEEKS }),
      reminderPending: true,
      updatedAt: ctx.now,
    });
}

export const todayOf = (ctx: Pick<ActionContext, 'now'>) => shanghaiDateOf(ctx.now);
