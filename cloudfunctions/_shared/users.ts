import { randomUUID } from 'node:crypto';
import { newUser, type User } from '../../core/account/user';
import { creditField } from '../../core/notices/credits';
import type { Role } from '../../core/roles';
import { findByIds } from './applications';
import { COLLECTIONS } from './collections';
import type { Database, Transaction } from './cloud';
import type { ActionContext } from './handler';
import { oncePerCall } from './recent-calls';

// The users repository: lookups by `_id` use the primary key; by role, the `roles` index (INDEXES.users, collections.ts).

export async function findUser(db: Database, openId: string): Promise<User | null> {
  const { data } = await db.collection(COLLECTIONS.users).where({ _id: openId }).limit(1).get();
  return (data[0] as User | undefined) ?? null;
}

/**
 * The caller's user, created on first sight. A transaction makes two first calls at once create one user:
 * the second conflicts, retries, and then finds the first one's document.
 */
export async function getOrCreateUser(db: Database, input: Parameters<typeof newUser>[0]): Promise<User> {
  const existing = await findUser(db, input.identity.openId);
  if (existing) return existing;
  return db.runTransaction(async (t: Transaction) => {
    const { data } = await t.collection(COLLECTIONS.users).doc(input.identity.openId).get();
    if (data) return data as User;
    const user = newUser(input);
    const { _id, ...fields } = user;
    await t.collection(COLLECTIONS.users).doc(_id).set(fields);
    return user;
  }) as Promise<User>;
}

export async function updateUser(db: Database, openId: string, fields: Partial<Omit<User, '_id'>>): Promise<void> {
  await db.collection(COLLECTIONS.users).doc(openId).update(fields);
}

/** The users holding a role (`roles`), at most 1000: staff, a district's handful. */
export async function usersWithRole(db: Database, role: Role): Promise<User[]> {
  const { data } = await db.collection(COLLECTIONS.users).where({ roles: role }).limit(1000).get();
  return data as User[];
}

/** The users of these ids that exist, by `_id` (a hundred a query). */
export const usersById = (db: Database, openIds: readonly string[]): Promise<Map<string, User>> =>
  findByIds<User>(db, COLLECTIONS.users, openIds);

/** How many users hold a role (`roles`). */
export async function countWithRole(db: Database, role: Role): Promise<number> {
  return (await db.collection(COLLECTIONS.users).where({ roles: role }).count()).total;
}

/**
 * Writes a role change only while the user's roles are still those read (`_id`): two admins revoking the last two
 * admin roles at once cannot both pass. Answers whether it was written.
 */
export async function setRolesIfUnchanged(
  db: Database,
  user: Pick<User, '_id' | 'roles'>,
  fields: Partial<Omit<User, '_id'>> & { roles: Role[] },
  now: Date,
): Promise<boolean> {
  const _ = db.command;
  const { updated } = await db
    .collection(COLLECTIONS.users)
    .where({ _id: user._id, roles: _.eq(user.roles) })
    .update({ ...fields, roles: _.set(fields.roles), updatedAt: now });
  return updated === 1;
}

/**
 * Each credit write carries a token of its call in the user's recent notice calls (`noticeCalls`, `oncePerCall`) and
 * is refused where it is already there: sent again after its reply was lost, it counts nothing twice.
 */
const NOTICE_CALLS = 'noticeCalls' satisfies keyof User;

/** One more message credit for each of these templates, counted up atomically (`inc`, by `_id`). */
export async function addNoticeCredits(db: Database, openId: string, templateIds: readonly string[], now: Date): Promise<void> {
  const _ = db.command;
  const once = oncePerCall(db, NOTICE_CALLS, randomUUID());
  await db
    .collection(COLLECTIONS.users)
    .where({ _id: openId, ...once.where })
    .update({ ...Object.fromEntries(templateIds.map((id) => [creditField(id), _.inc(1)])), updatedAt: now, ...once.update });
}

/**
 * Takes one message credit of a template, only if there is one (by `_id`, credit > 0); whether it did. Refused, it
 * reads the user: a take sent again after its reply was lost finds its own token there, and took the credit.
 */
export async function takeNoticeCredit(db: Database, openId: string, templateId: string): Promise<boolean> {
  const field = creditField(templateId);
  const _ = db.command;
  const call = randomUUID();
  const once = oncePerCall(db, NOTICE_CALLS, call);
  const { updated } = await db
    .collection(COLLECTIONS.users)
    .where({ _id: openId, [field]: _.gt(0), ...once.where })
    .update({ [field]: _.inc(-1), ...once.update });
  if (updated === 1) return true;
  return (await findUser(db, openId))?.noticeCalls?.includes(call) ?? false;
}

/** Gives a taken credit back (`inc`, by `_id`), or, `none`, sets the count to 0: WeChat says they hold none. */
export async function returnNoticeCredit(db: Database, openId: string, templateId: string, none = false): Promise<void> {
  const field = creditField(templateId);
  const once = oncePerCall(db, NOTICE_CALLS, randomUUID());
  await db
    .collection(COLLECTIONS.users)
    .where({ _id: openId, ...once.where })
    .update({ [field]: none ? 0 : db.command.inc(1), ...once.update });
}

/** Removes the user document (account deletion; by `_id`). */
export async function removeUser(db: Database, openId: string): Promise<void> {
  await db.collection(COLLECTIONS.users).where({ _id: openId }).remove();
}

/** The caller's user for actions that need one, created if this is their first call. */
export const callerUser = (ctx: ActionContext): Promise<User> =>
  ctx.user
    ? Promise.resolve(ctx.user)
    : getOrCreateUser(ctx.db, {
        identity: ctx.identity,
        now: ctx.now,
        bootstrapAdmins: ctx.config.bootstrapAdmins,
        locale: ctx.locale,
      });
