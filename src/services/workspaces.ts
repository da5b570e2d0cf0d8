import type { JoinTeamInput } from '@core/workspaces/join-team.schema';
import type { ApplySeatsInput } from '@core/workspaces/apply.schema';
import { callFunction, type CallOptions, type Envelope, type Reply } from './api';

// Reply types come from the actions' output schemas in core (core/workspaces/api.ts), never from here.
export type SeatView = Reply<'workspaces', 'get'>;
/** Free seats for each of `days` days from `startDate`. */
export type SeatQuote = Reply<'workspaces', 'quote'>;
/** The leader's invite link: `path` opens the join page (the share card's path). */
export type TeamInvite = Reply<'workspaces', 'invite'>;
/** What an invite link opens, before joining. */
export type Invitation = Reply<'workspaces', 'invitation'>;
/** A team's booking as a member who joined by invite sees it (read-only). */
export type JoinedSeatView = Reply<'workspaces', 'joinTeam'>;

export const quote = (input: { stationId: string; startDate: string; days: number }): Promise<Envelope<SeatQuote>> =>
  callFunction('workspaces', 'quote', input);

export const apply = (input: ApplySeatsInput, options: CallOptions): Promise<Envelope<SeatView>> =>
  callFunction('workspaces', 'apply', input, options);

export const mine = (page = 0): Promise<Envelope<Reply<'workspaces', 'mine'>>> =>
  callFunction('workspaces', 'mine', { page, pageSize: 20 });

export const cancel = (id: string): Promise<Envelope<SeatView>> => callFunction('workspaces', 'cancel', { id });

/** `renew` voids the links shared so far and makes a new one. */
export const invite = (id: string, renew = false): Promise<Envelope<TeamInvite>> =>
  callFunction('workspaces', 'invite', renew ? { id, renew } : { id });

export const invitation = (input: { id: string; token: string }): Promise<Envelope<Invitation>> =>
  callFunction('workspaces', 'invitation', input);

export const joinTeam = (input: JoinTeamInput, options: CallOptions): Promise<Envelope<JoinedSeatView>> =>
  callFunction('workspaces', 'joinTeam', input, options);

export const joined = (page = 0): Promise<Envelope<Reply<'workspaces', 'joined'>>> =>
  callFunction('workspaces', 'joined', { page, pageSize: 20 });
