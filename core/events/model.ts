import type { LocalizedText } from '../contract/locale';

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

export const SIGN_UP_STATUSES = ['confirmed', 'entered', 'waitlisted', 'offered', 'cancelled', 'attended', 'no-show'] as const;
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
