import type { LocalizedText } from '../contract/locale';
import type { EventPhoto } from './photos';

/** The kinds of event the stations run (from the seed material). */
export const EVENT_TYPES = [
  'investor-matchmaking',
  'family-camp',
  'experience-tour',
  'community',
  'career',
  'policy-briefing',
  'health',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_TYPE_LABELS: Record<EventType, LocalizedText> = {
  'investor-matchmaking': { 'zh-CN': '三江创投', en: 'Investor matchmaking' },
  'family-camp': { 'zh-CN': '亲子研学夏令营', en: 'Family study camp' },
  'experience-tour': { 'zh-CN': '体验之旅', en: 'Experience tour' },
  community: { 'zh-CN': '社群活动', en: 'Community event' },
  career: { 'zh-CN': '职业对接', en: 'Career matching' },
  'policy-briefing': { 'zh-CN': '政策宣讲', en: 'Policy briefing' },
  health: { 'zh-CN': '医疗服务', en: 'Health service' },
};

/** Who may sign up for a session. */
export const AUDIENCES = ['any-talent', 'station-residents', 'startup-teams'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** First come first served, or a draw among everyone who signed up in the window. */
export const ALLOCATIONS = ['first-come', 'lottery'] as const;
export type Allocation = (typeof ALLOCATIONS)[number];

/** `lapsed`: a place offered from the waitlist not accepted by its deadline (core/events/session.ts `offerDeadline`). */
export const SIGN_UP_STATUSES = ['confirmed', 'entered', 'waitlisted', 'offered', 'cancelled', 'lapsed', 'attended', 'no-show'] as const;
export type SignUpStatus = (typeof SIGN_UP_STATUSES)[number];

/** What a session's rules need to know; places are counted per person (a parent with two children takes 3). */
export interface SessionRules {
  capacity: number;
  audience: Audience;
  allocation: Allocation;
  /** Sign-up window, ISO instants: opens included, closes excluded. */
  opensAt: string;
  closesAt: string;
  /** Most people one sign-up may bring, the talent included. */
  maxPartySize: number;
  /** Station whose residents the session is for, with `station-residents`. */
  stationId?: string;
}

/** Statuses that hold places on the session (`taken` counts their parties). */
export const HOLDING_STATUSES = ['confirmed', 'offered', 'attended', 'no-show'] as const satisfies readonly SignUpStatus[];
/** Statuses that are still "signed up" (one per person per session). */
export const ACTIVE_STATUSES = [
  'confirmed',
  'entered',
  'waitlisted',
  'offered',
  'attended',
  'no-show',
] as const satisfies readonly SignUpStatus[];
/** With the event's `noShowPenalty`, a person with this many no-shows is drawn after everyone else. */
export const NO_SHOW_PENALTY_AFTER = 2;

export const holdsPlaces = (status: SignUpStatus): boolean => (HOLDING_STATUSES as readonly string[]).includes(status);

/** Where a session is held: one of the stations, or an address. */
export interface EventPlace {
  stationId: string | null;
  address: LocalizedText | null;
}

/** A field the event asks each sign-up to fill in (children's ages, the project pitched…). */
export interface EventField {
  key: string;
  label: LocalizedText;
  required: boolean;
}

/** The `events` document. Its sessions are documents of their own (their `taken` is updated alone). */
export interface EventRecord {
  _id: string;
  /** The organising station: its operators edit the event and run its sessions. */
  stationId: string;
  type: EventType;
  title: LocalizedText;
  description: LocalizedText;
  audience: Audience;
  allocation: Allocation;
  opensAt: Date;
  closesAt: Date;
  maxPartySize: number;
  fields: EventField[];
  noShowPenalty: boolean;
  /** Photos organisers added (`events.addPhotos`); absent on events that never had any. */
  photos?: EventPhoto[];
  /** Listed while its last session has not started. */
  active: boolean;
  lastStartsAt: Date;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface LotteryDraw {
  seed: string;
  drawnAt: Date;
  /**
   * Public entry ids (`SignUpRecord.entryId`) in drawn order: with the seed, anyone can re-run `drawLottery` and
   * compare. Never the sign-up ids, which are what the check-in QR code holds.
   */
  order: string[];
  /**
   * The entry ids the draw gave places to (core's `drawLottery` winners over the free places), published with the
   * order; absent on a draw published before it was recorded.
   */
  winners?: string[];
  /** How many entries at the end of `order` were put last for no-shows (policy), so the order can be re-checked. */
  drawnLast?: number;
}

export interface SessionRecord {
  _id: string;
  eventId: string;
  stationId: string;
  date: string;
  startTime: string;
  endTime: string;
  startsAt: Date;
  endsAt: Date;
  place: EventPlace;
  capacity: number;
  /** Places held, people counted (a parent with two children: 3); only ever changed by conditional updates. */
  taken: number;
  /**
   * The tokens of the last calls that took or gave back places (`takePlaces`, `releasePlaces`; at most 20): one
   * applied though its reply was lost, and refused when sent again, is known as that call's own and applies once.
   * Absent until the first.
   */
  recentCalls?: string[];
  /** When `taken` last changed (absent on sessions whose count has not changed since it was recorded). */
  countedAt?: Date;
  draw: LotteryDraw | null;
  /** The day-before reminder went out. */
  reminded: boolean;
}

export interface SignUpRecord {
  _id: string;
  sessionId: string;
  eventId: string;
  stationId: string;
  ownerId: string;
  name: string;
  /** What the published draw names this entry by; its owner sees it, nobody can get the QR code from it. */
  entryId: string;
  partySize: number;
  status: SignUpStatus;
  answers: Record<string, string>;
  /** Waitlist order: the sign-up time (first come) or the place in the drawn order (lottery). */
  rank: number;
  rating: number | null;
  /**
   * While `offered`: the last instant to accept (core's `offerDeadline`); the scheduler lapses it after. Absent on
   * offers made before deadlines were recorded (those can be accepted until the session starts).
   */
  offerExpiresAt?: Date | null;
  /**
   * While `offered`: when the place was offered, what its deadline derives from (again when the session moves).
   * Absent on offers made before it was recorded: their `updatedAt` is that instant.
   */
  offeredAt?: Date;
  signedUpAt: Date;
  updatedAt: Date;
  /**
   * A token of the call that wrote the sign-up: its write, applied though the reply was lost and refused when sent
   * again, is known as its own, not the same person's other tap (events/actions/sign-up.ts).
   */
  call?: string;
  /**
   * Which submit wrote it (derived from the caller and the requestId): a retry of that submit is answered this
   * sign-up, and a twin call of it (sent again while the first was still at work) finds it its submit's own.
   */
  submit?: string;
  /**
   * The token of the call that last changed it by compare-and-set (`setIfStatus`): a change applied though its reply
   * was lost, and refused when sent again, is known as that call's own. Kept out of every view.
   */
  lastChange?: string;
}

/** A session's start or end as an instant: its date and time in Shanghai (UTC+8, no daylight saving). */
export const shanghaiInstant = (date: string, time: string): Date => new Date(`${date}T${time}:00+08:00`);

/** The rules `signUpRefusals` applies, from the event and its session. */
export const sessionRules = (event: EventRecord): SessionRules => ({
  capacity: 0,
  audience: event.audience,
  allocation: event.allocation,
  opensAt: event.opensAt.toISOString(),
  closesAt: event.closesAt.toISOString(),
  maxPartySize: event.maxPartySize,
  stationId: event.stationId,
});
