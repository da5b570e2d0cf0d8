import type * as z from 'zod';
import { shanghaiDateOf } from '../../core/calendar/dates';
import { AppError } from '../../core/contract';
import { CONTACT_WEEKS, contactDueOn, contactOverdue, weeksSince } from '../../core/liaisons/contact';
import type { talentItem } from '../../core/liaisons/replies';
import type { User } from '../../core/account/user';
import { COLLECTIONS } from '../_shared/collections';
import type { Database } from '../_shared/cloud';
import type { ActionContext } from '../_shared/handler';

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

export async function activePair(db: Database, talentId: string): Promise<PairDoc | null> {
  const { data } = await db.collection(COLLECTIONS.liaisonPairs).where({ _id: talentId, active: true }).limit(1).get();
  return (data[0] as PairDoc | undefined) ?? null;
}

/** The caller's pair with `talentId`; a talent who is not theirs is NOT_FOUND (nothing said about other pairs). */
export async function myPair(ctx: ActionContext, talentId: string): Promise<PairDoc> {
  const pair = await activePair(ctx.db, talentId);
  if (!pair || pair.liaisonId !== ctx.identity.openId) throw new AppError('NOT_FOUND');
  return pair;
}

export async function pairsOf(db: Database, liaisonId: string): Promise<PairDoc[]> {
  const { data } = await db.collection(COLLECTIONS.liaisonPairs).where({ active: true, liaisonId }).limit(MAX_TALENTS).get();
  return data as PairDoc[];
}

export async function usersById(db: Database, ids: readonly string[]): Promise<Map<string, User>> {
  const found = new Map<string, User>();
  for (let i = 0; i < ids.length; i += 100) {
    const chunk = ids.slice(i, i + 100);
    const { data } = await db
      .collection(COLLECTIONS.users)
      .where({ _id: db.command.in(chunk) })
      .limit(chunk.length)
      .get();
    for (const user of data as User[]) found.set(user._id, user);
  }
  return found;
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
