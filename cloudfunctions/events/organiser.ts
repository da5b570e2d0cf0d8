import type { EventRecord, SessionRecord } from '../../core/events/model';
import { assertStationStaff } from '../../core/stays/access';
import type { ActionContext } from '../_shared/handler';
import { callerOf } from '../_shared/caller';
import type { SessionRead } from '../_shared/events/repository';

/** Who organises events: the organising station's operators, and district admins (any station). */
export const ORGANISERS = ['operator', 'admin'] as const;

/** The session an organiser acts on, with its event (as its action read them, `sessionNamed`): their station's (admins: any). */
export function organiserSession(ctx: ActionContext, read: SessionRead): { session: SessionRecord; event: EventRecord } {
  assertStationStaff(callerOf(ctx), read.session.stationId);
  // What reading the event met comes after the station check, as when the event was read after it.
  if ('refused' in read.event) throw read.event.refused;
  return { session: read.session, event: read.event };
}

/** The event an organiser changes (its photos, as its action read it, `eventIdNamed`): their station's (admins: any). */
export function organiserEvent(ctx: ActionContext, event: EventRecord): EventRecord {
  assertStationStaff(callerOf(ctx), event.stationId);
  return event;
}
