import type { InputOf } from '@core/api';
import { callFunction, type CallOptions, type Envelope, type Reply } from '@/services/api';

// Reply types come from the actions' output schemas in core (core/policies/api.ts, core/liaisons/api.ts).
export type ForMe = Reply<'policies', 'forMe'>;
export type PolicyMatch = ForMe['matches'][number];
export type PolicyView = PolicyMatch['policy'];
export type TalentProfileView = ForMe['profile'];
export type PolicyPage = Reply<'policies', 'catalogue'>;
export type MyLiaison = Reply<'liaisons', 'myLiaison'>['liaison'];

/** The policies in force matched against my talent profile; `all` adds those that do not fit. */
export const forMe = (all = false): Promise<Envelope<ForMe>> => callFunction('policies', 'forMe', { all }, { loading: false });

export const catalogue = (input: InputOf<'policies', 'catalogue'>): Promise<Envelope<PolicyPage>> =>
  callFunction('policies', 'catalogue', input, { loading: false });

/** Opens a 政策咨询 request about the policy. Pass the same `requestId` when retrying. */
export const askAbout = (input: InputOf<'policies', 'askAbout'>, options: CallOptions = {}) =>
  callFunction('policies', 'askAbout', input, options);

export const myLiaison = (): Promise<Envelope<Reply<'liaisons', 'myLiaison'>>> =>
  callFunction('liaisons', 'myLiaison', {}, { loading: false });

/** A request to my liaison (filed as mine, addressed to them). Pass the same `requestId` when retrying. */
export const askMyLiaison = (input: InputOf<'liaisons', 'askMyLiaison'>, options: CallOptions = {}) =>
  callFunction('liaisons', 'askMyLiaison', input, options);

export const openPolicy = (id: string): string => `/policies/pages/detail/index?id=${encodeURIComponent(id)}`;
export const openRequest = (id: string): string => `/request/detail/index?id=${encodeURIComponent(id)}`;
