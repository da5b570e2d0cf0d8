import { newUser, type User } from '../../core/account/user';
import { COLLECTIONS } from './collections';
import type { Database, Transaction } from './cloud';
import type { ActionContext } from './handler';

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
