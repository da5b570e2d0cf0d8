import type { NoticeTemplate } from '../notices/templates';
import type { LocalName } from '../stays/notices';
import type { SeatApplication } from './model';
import { lastDayOf } from './rules';
import type { SeatEvent } from './state';

/**
 * Which seat decisions the team leader is told about. Ending early by the operator is told (the team loses its
 * seats); by the leader it is their own step. Cancelling and the natural end of a term tell nobody.
 */
export function seatNoticeTemplate(event: SeatEvent, actor: 'owner' | 'operator' | 'system'): NoticeTemplate | null {
  if (event === 'assignSeats') return 'seat_approved';
  if (event === 'reject') return 'seat_rejected';
  if (event === 'refer') return 'seat_referred';
  if (event === 'expire') return 'seat_expired';
  if (event === 'endEarly' && actor === 'operator') return 'seat_ended_early';
  return null;
}

/** The notice for one seat decision (keyed as stayNotice is: application, event, version changed from), or null. */
export function seatNotice(input: {
  app: SeatApplication;
  event: SeatEvent;
  actor: 'owner' | 'operator' | 'system';
  stationName: LocalName | null;
  fields?: Partial<SeatApplication>;
}) {
  const template = seatNoticeTemplate(input.event, input.actor);
  if (!template) return null;
  const { app, stationName } = input;
  const after = { ...app, ...input.fields };
  const data: Record<string, unknown> = {
    applicationId: app._id,
    kind: 'seat',
    stationName: stationName ?? { 'zh-CN': app.stationId, en: app.stationId },
    teamName: app.team.name,
    startDate: app.startDate,
    endDate: after.endDate,
    lastDay: lastDayOf(after.endDate),
    months: app.months,
    seats: app.seats,
  };
  if (after.seatNumbers?.length) data.seatNumbers = after.seatNumbers.join(', ');
  if (after.referredTo) data.incubator = after.referredTo;
  if (after.reason) data.reason = after.reason;
  return { key: `seat:${app._id}:${input.event}:${new Date(app.updatedAt).getTime()}`, template, data };
}
