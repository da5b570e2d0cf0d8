import type { InputOf } from '@core/api';
import { callFunction, type CallOptions, type Envelope, type Reply } from './api';

// Reply types come from the actions' output schemas in core (core/account/api.ts), never from here.
export type Me = Reply<'account', 'me'>;
export type MessagePage = Reply<'account', 'messages'>;
export type MessageItem = MessagePage['items'][number];
export type DeletedAccount = Reply<'account', 'deleteMyAccount'>;

/** Who I am, my roles, my language and whether I have consented to the current privacy policy. */
export const me = (): Promise<Envelope<Me>> => callFunction('account', 'me');

/** Records consent to `version` (must be the current one); answers with the updated `me`. */
export const consent = (version: string): Promise<Envelope<Me>> => callFunction('account', 'consent', { version });

export const setProfile = (input: InputOf<'account', 'setProfile'>): Promise<Envelope<Me>> => callFunction('account', 'setProfile', input);

export const messages = (page = 0, pageSize = 20): Promise<Envelope<MessagePage>> =>
  callFunction('account', 'messages', { page, pageSize }, { loading: false });

export const markMessagesRead = (ids: string[]): Promise<Envelope<Reply<'account', 'markMessagesRead'>>> =>
  callFunction('account', 'markMessagesRead', { ids }, { loading: false });

/** Everything the service holds about me, as one JSON document. */
export const exportMyData = (): Promise<Envelope<Reply<'account', 'exportMyData'>>> => callFunction('account', 'exportMyData');

/** Final. Pass the same `requestId` when retrying. CONFLICT while a stay or seat booking is under way. */
export const deleteMyAccount = (options: CallOptions): Promise<Envelope<DeletedAccount>> =>
  callFunction('account', 'deleteMyAccount', { confirm: 'DELETE' }, options);
