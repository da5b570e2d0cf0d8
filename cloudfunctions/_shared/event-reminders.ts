import type { EventRecord, SessionRecord } from '../../core/events/model';
import { REMIND_WITHIN_MS } from '../../core/events/session';
import { COLLECTIONS } from './collections';
import { peopleSignedUp } from './events/repository';
import type { Database } from './cloud';
import { notify } from './notify';

/**
 * The scheduler's step: the day before a session, everyone holding a place gets a reminder. Notices first (each
 * keyed by session and start, so a second run or a crash in between sends nothing twice), then the session is
 * marked `reminded`. Answers how many people were newly reminded. Lives here, not in the events function, so the
 * scheduler never imports another function's folder.
 */
export async function remindEventSessions(db: Database, now: Date, limit = 100): Promise<number> {
  const _ = db.command;
  const { data } = await db
    .collection(COLLECTIONS.eventSessions)
    .where({ reminded: false, startsAt: _.gt(now).and(_.lte(new Date(now.getTime() + REMIND_WITHIN_MS))) })
    .orderBy('startsAt', 'asc')
    .limit(limit)
    .get();
  let reminded = 0;
  for (const session of data as SessionRecord[]) {
    const { data: events } = await db.collection(COLLECTIONS.events).where({ _id: session.eventId }).limit(1).get();
    const event = events[0] as EventRecord | undefined;
    if (event) {
      const recipients = await peopleSignedUp(db, session._id, ['confirmed', 'offered']);
      reminded += await notify(
        db,
        recipients,
        {
          key: `event_reminder:${session._id}:${session.startsAt.getTime()}`,
          template: 'event_reminder',
          data: { eventId: event._id, sessionId: session._id, title: event.title, date: session.date, startTime: session.startTime },
        },
        now,
      );
    }
    await db.collection(COLLECTIONS.eventSessions).where({ _id: session._id, reminded: false }).update({ reminded: true });
  }
  return reminded;
}
