import type { toJoinedSeatView, toSeatView } from '@core/workspaces/application';
import type { JoinTeamInput } from '@core/workspaces/join-team.schema';
import type { ApplySeatsInput } from '@core/workspaces/apply.schema';
import { callFunction, type CallOptions, type Envelope } from './api';
import type { Page, Wire } from './wire';
import type { NightFree } from './stays';

export type SeatView = Wire<ReturnType<typeof toSeatView>>;

/** Free seats for each of `days` days from `startDate`. */
export interface SeatQuote {
  stationId: string;
  days: NightFree[];
  minFree: number;
}
export const quote = (input: { stationId: string; startDate: string; days: number }): Promise<Envelope<SeatQuote>> =>
  callFunction<SeatQuote>('workspaces', 'quote', input);

export const apply = (input: ApplySeatsInput, options: CallOptions): Promise<Envelope<SeatView>> =>
  callFunction<SeatView>('workspaces', 'apply', input, options);

export const mine = (page = 0): Promise<Envelope<Page<SeatView>>> =>
  callFunction<Page<SeatView>>('workspaces', 'mine', { page, pageSize: 20 });

export const cancel = (id: string): Promise<Envelope<SeatView>> => callFunction<SeatView>('workspaces', 'cancel', { id });

/** The leader's invite link: `path` opens the join page (the share card's path); `renew` voids the old links. */
export interface TeamInvite {
  id: string;
  token: string;
  path: string;
  expiresAt: string;
  version: number;
  teamName: string;
  people: number;
  maxTeamSize: number;
}
export const invite = (id: string, renew = false): Promise<Envelope<TeamInvite>> =>
  callFunction<TeamInvite>('workspaces', 'invite', renew ? { id, renew } : { id });

/** What an invite link opens, before joining. */
export interface Invitation {
  id: string;
  teamName: string;
  station: { id: string; name: { 'zh-CN': string; en: string } };
  seats: number;
  months: number;
  startDate: string;
  endDate: string;
  status: string;
  people: number;
  maxTeamSize: number;
  open: boolean;
  expired: boolean;
  leader: boolean;
  joined: boolean;
}
export const invitation = (input: { id: string; token: string }): Promise<Envelope<Invitation>> =>
  callFunction<Invitation>('workspaces', 'invitation', input);

/** A team's booking as a member who joined by invite sees it (read-only). */
export type JoinedSeatView = Wire<ReturnType<typeof toJoinedSeatView>>;

export const joinTeam = (input: JoinTeamInput, options: CallOptions): Promise<Envelope<JoinedSeatView>> =>
  callFunction<JoinedSeatView>('workspaces', 'joinTeam', input, options);

export const joined = (page = 0): Promise<Envelope<Page<JoinedSeatView>>> =>
  callFunction<Page<JoinedSeatView>>('workspaces', 'joined', { page, pageSize: 20 });
