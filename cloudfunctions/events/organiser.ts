import type { EventRecord, SessionRecord } from '../../core/events/model';
import { assertStationStaff } from '../../core/stays/access';
import type { ActionContext } from '../_shared/handler';
import { callerOf } from '../_shared/caller';
import { findEvent, findSession } from '../_shared/events/repository';

/** Who organises events: the organising station's operators, and district admins (any station). */
export const ORGANISERS = ['operator', 'admin'] as const;

/** The session an organiser acts on, with its event: it must exist and be their station's (admins: any). */
export async function organiserSession(ctx: ActionContext, sessionId: string): Promise<{ session: SessionRecord; event: EventRecord }> {
  const session = await findSession(ctx.db, sessionId);
  assertStationStaff(callerOf(ctx), session.stationId);
  return { session, event: await findEvent(ctx.db, session.eventId) };
}

/** The event an organiser changes (its photos): it must exist and be their station's (admins: any). */
export async function organiserEvent(ctx: ActionContext, eventId: string): Promise<EventRecord> {
  const event = await findEvent(ctx.db, eventId);
  assertStationStaff(callerOf(ctx), event.stationId);
  return event;
}
