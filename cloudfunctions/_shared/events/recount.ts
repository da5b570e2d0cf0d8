import { recountedTaken } from '../../../core/events/recount';
import type { Database } from '../cloud';
import { everySignUp, recountPlaces, upcomingSessions } from './repository';

/** Sessions looked at per run, soonest first. */
const SESSIONS = 200;

/**
 * The scheduler's step: each session still to start whose count of places disagrees with its sign-ups, once no
 * change can still be running (core's `recountedTaken`), gets the count its sign-ups account for. A take whose
 * sign-up was never stored gives its places back; a cancellation cut short before its release too. Answers how many
 * sessions were recounted.
 */
export async function recountSessions(db: Database, now: Date): Promise<number> {
  let recounted = 0;
  for (const session of await upcomingSessions(db, now, SESSIONS)) {
    const signUps = await everySignUp(db, session._id);
    const taken = recountedTaken({ taken: session.taken, countedAt: session.countedAt ?? null, signUps, now });
    if (taken !== null && (await recountPlaces(db, { session, taken, now }))) recounted += 1;
  }
  return recounted;
}
