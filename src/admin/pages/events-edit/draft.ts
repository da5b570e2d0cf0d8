import { addDays, isIsoDate, shanghaiDateOf, shanghaiDateTimeOf } from '@core/calendar/dates';
import type { Allocation, Audience, EventType } from '@core/events/model';
import type { SaveEventInput } from '@core/events/schemas';
import type { OrganiserEvent } from '../../services/events';

/** The edit form's state: texts as typed; `payloadOf` turns it into `events.saveEvent`'s input. */
export interface SessionDraft {
  id?: string;
  date: string;
  startTime: string;
  endTime: string;
  atStation: boolean;
  addressZh: string;
  addressEn: string;
  capacity: string;
}

export interface FieldDraft {
  key: string;
  zh: string;
  en: string;
  required: boolean;
}

export interface EventDraft {
  id?: string;
  stationId: string;
  type: EventType;
  titleZh: string;
  titleEn: string;
  descriptionZh: string;
  descriptionEn: string;
  audience: Audience;
  allocation: Allocation;
  /** Shanghai wall time, `YYYY-MM-DD HH:mm`. */
  opens: string;
  closes: string;
  maxPartySize: string;
  noShowPenalty: boolean;
  fields: FieldDraft[];
  sessions: SessionDraft[];
}

export const emptySession = (date: string): SessionDraft => ({
  date,
  startTime: '14:00',
  endTime: '16:00',
  atStation: true,
  addressZh: '',
  addressEn: '',
  capacity: '30',
});

/** A new event: sign-up open from now for a week, one session the week after. */
export function newDraft(stationId: string, now: Date): EventDraft {
  const today = shanghaiDateOf(now);
  return {
    stationId,
    type: 'community',
    titleZh: '',
    titleEn: '',
    descriptionZh: '',
    descriptionEn: '',
    audience: 'any-talent',
    allocation: 'first-come',
    opens: shanghaiDateTimeOf(now),
    closes: `${addDays(today, 7)} 00:00`,
    maxPartySize: '1',
    noShowPenalty: false,
    fields: [],
    sessions: [emptySession(addDays(today, 14))],
  };
}

export const draftOf = (event: OrganiserEvent): EventDraft => ({
  id: event.id,
  stationId: event.stationId,
  type: event.type,
  titleZh: event.title['zh-CN'],
  titleEn: event.title.en,
  descriptionZh: event.description['zh-CN'],
  descriptionEn: event.description.en,
  audience: event.audience,
  allocation: event.allocation,
  opens: shanghaiDateTimeOf(new Date(event.opensAt)),
  closes: shanghaiDateTimeOf(new Date(event.closesAt)),
  maxPartySize: String(event.maxPartySize),
  noShowPenalty: event.noShowPenalty,
  fields: event.fields.map((f) => ({ key: f.key, zh: f.label['zh-CN'], en: f.label.en, required: f.required })),
  sessions: event.sessions.map((s) => ({
    id: s.id,
    date: s.date,
    startTime: s.startTime,
    endTime: s.endTime,
    atStation: s.place.address === null,
    addressZh: s.place.address?.['zh-CN'] ?? '',
    addressEn: s.place.address?.en ?? '',
    capacity: String(s.capacity),
  })),
});

/** `YYYY-MM-DD HH:mm` in Shanghai as an ISO instant with its offset, or null when it is not one. */
export function instantOf(text: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})[ T]([01]\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  if (!match || !isIsoDate(match[1])) return null;
  return `${match[1]}T${match[2]}:${match[3]}:00+08:00`;
}

/**
 * The save input, or the paths of the two instants that are not `YYYY-MM-DD HH:mm` (everything else the server
 * checks and answers by path, shown beside the same fields).
 */
export function payloadOf(draft: EventDraft): { input: SaveEventInput } | { badInstants: Array<'opensAt' | 'closesAt'> } {
  const opensAt = instantOf(draft.opens);
  const closesAt = instantOf(draft.closes);
  if (!opensAt || !closesAt) return { badInstants: [...(opensAt ? [] : ['opensAt' as const]), ...(closesAt ? [] : ['closesAt' as const])] };
  return {
    input: {
      ...(draft.id ? { id: draft.id } : {}),
      stationId: draft.stationId,
      type: draft.type,
      title: { 'zh-CN': draft.titleZh.trim(), en: draft.titleEn.trim() },
      description: { 'zh-CN': draft.descriptionZh.trim(), en: draft.descriptionEn.trim() },
      audience: draft.audience,
      allocation: draft.allocation,
      opensAt,
      closesAt,
      maxPartySize: Number(draft.maxPartySize),
      noShowPenalty: draft.noShowPenalty,
      fields: draft.fields.map((f) => ({ key: f.key.trim(), label: { 'zh-CN': f.zh.trim(), en: f.en.trim() }, required: f.required })),
      sessions: draft.sessions.map((s) => ({
        ...(s.id ? { id: s.id } : {}),
        date: s.date.trim(),
        startTime: s.startTime.trim(),
        endTime: s.endTime.trim(),
        place: s.atStation ? { stationId: draft.stationId } : { address: { 'zh-CN': s.addressZh.trim(), en: s.addressEn.trim() } },
        capacity: Number(s.capacity),
      })),
    },
  };
}
