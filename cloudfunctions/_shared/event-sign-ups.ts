import { anonymiseSignUp } from '../../core/account/anonymise';
import { holdsPlaces, type SignUpRecord } from '../../core/events/model';
import { setIfStill } from './applications';
import { COLLECTIONS } from './collections';
import type { Database } from './cloud';
import { releasePlaces } from './events/repository';

/** A person's event sign-ups (their data export and account deletion), through the owner index. */
export async function signUpsOf(db: Database, openId: string): Promise<SignUpRecord[]> {
  const { data } = await db.collection(COLLECTIONS.eventSignUps).where({ ownerId: openId }).orderBy('signedUpAt', 'asc').limit(1000).get();
  return data as SignUpRecord[];
}

/**
 * Deleting an account: each sign-up keeps what statistics count and loses who it was (core's `anonymiseSignUp`);
 * places still held for a session to come go back (the organiser's list shows the cancellation).
 */
export async function anonymiseSignUpsOf(db: Database, openId: string, now: Date): Promise<number> {
  const _ = db.command;
  const signUps = await signUpsOf(db, openId);
  for (const signUp of signUps) {
    const { _id, ...fields } = anonymiseSignUp(signUp, now);
    const changed = await setIfStill(db, COLLECTIONS.eventSignUps, {
      id: _id,
      where: { status: signUp.status },
      update: { ...fields, answers: _.set({}) },
    });
    if (changed && fields.status === 'cancelled' && holdsPlaces(signUp.status))
      await releasePlaces(db, signUp.sessionId, signUp.partySize, now);
  }
  return signUps.length;
}
