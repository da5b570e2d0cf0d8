import type * as z from 'zod';
import { toCsv } from '../reports/csv';
import { eventCheckInCode } from './check-in-code';
import { EVENT_TYPE_LABELS, type EventRecord, type LotteryDraw, type SessionRecord, type SignUpRecord } from './model';
import type { drawView, eventView, sessionView, signUpView } from './replies';

export const toDrawView = (d: LotteryDraw): z.output<typeof drawView> => ({
  seed: d.seed,
  drawnAt: d.drawnAt,
  order: [...d.order],
  winners: d.winners ? [...d.winners] : null,
  drawnLast: d.drawnLast ?? 0,
});

export const toSessionView = (s: SessionRecord): z.output<typeof sessionView> => ({
  id: s._id,
  date: s.date,
  startTime: s.startTime,
  endTime: s.endTime,
  startsAt: s.startsAt,
  endsAt: s.endsAt,
  place: { stationId: s.place.stationId, address: s.place.address },
  capacity: s.capacity,
  taken: s.taken,
  free: Math.max(0, s.capacity - s.taken),
  draw: s.draw ? toDrawView(s.draw) : null,
});

/** An event as its reply shows it; `photoUrls` the temporary links of its photos where the action resolved them. */
export const toEventView = (
  e: EventRecord,
  sessions: readonly SessionRecord[],
  photoUrls: ReadonlyMap<string, string> = new Map(),
): z.output<typeof eventView> => ({
  id: e._id,
  stationId: e.stationId,
  type: e.type,
  title: e.title,
  description: e.description,
  audience: e.audience,
  allocation: e.allocation,
  opensAt: e.opensAt,
  closesAt: e.closesAt,
  maxPartySize: e.maxPartySize,
  fields: e.fields.map((f) => ({ key: f.key, label: f.label, required: f.required })),
  noShowPenalty: e.noShowPenalty,
  sessions: [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()).map(toSessionView),
  photos: (e.photos ?? []).map((p) => ({ fileId: p.fileId, url: photoUrls.get(p.fileId) ?? null })),
  updatedAt: e.updatedAt,
});

export const toSignUpView = (s: SignUpRecord): z.output<typeof signUpView> => ({
  id: s._id,
  sessionId: s.sessionId,
  eventId: s.eventId,
  stationId: s.stationId,
  name: s.name,
  entryId: s.entryId,
  partySize: s.partySize,
  status: s.status,
  answers: { ...s.answers },
  rank: s.rank,
  rating: s.rating,
  offerExpiresAt: s.status === 'offered' ? (s.offerExpiresAt ?? null) : null,
  checkInCode: eventCheckInCode(s._id),
  signedUpAt: s.signedUpAt,
  updatedAt: s.updatedAt,
});

/** The organiser's export of a session's sign-ups: one row each, with a column per field the event asks for. */
export function signUpsCsv(event: EventRecord, session: SessionRecord, signUps: readonly SignUpRecord[]): string {
  const header = ['报名编号 Sign-up', '姓名 Name', '人数 Party', '状态 Status', '报名时间 Signed up', '评分 Rating'];
  const fields = event.fields.map((f) => `${f.label['zh-CN']} ${f.label.en}`);
  const rows = signUps.map((s) => [
    s._id,
    s.name,
    s.partySize,
    s.status,
    s.signedUpAt,
    s.rating ?? '',
    ...event.fields.map((f) => s.answers[f.key] ?? ''),
  ]);
  const title = [
    `${EVENT_TYPE_LABELS[event.type]['zh-CN']} · ${event.title['zh-CN']}`,
    `${session.date} ${session.startTime}-${session.endTime}`,
  ];
  return toCsv([title, [...header, ...fields], ...rows]);
}

/**
 * What a sign-up must carry of the event's fields: every required one answered, and no answer to a field the event
 * does not ask for. The keys at fault, empty when the answers fit.
 */
export function answerProblems(event: Pick<EventRecord, 'fields'>, answers: Record<string, string>): string[] {
  const known = new Set(event.fields.map((f) => f.key));
  return [
    ...event.fields.filter((f) => f.required && !answers[f.key]).map((f) => f.key),
    ...Object.keys(answers).filter((k) => !known.has(k)),
  ];
}
