import type { ConsentInput } from '@core/account/consent.schema';
import type { MessageItem } from '@core/account/messages.schema';
import type { SetProfileInput } from '@core/account/set-profile.schema';
import type { Me } from '@core/account/user';
import { callFunction, type CallOptions, type Envelope } from './api';

export type { Me } from '@core/account/user';
export type { MessageItem } from '@core/account/messages.schema';

/** Who I am, my roles, my language and whether I have consented to the current privacy policy. */
export const me = (): Promise<Envelope<Me>> => callFunction<Me>('account', 'me');

/** Records consent to `version` (must be the current one); answers with the updated `me`. */
export const consent = (version: string): Promise<Envelope<Me>> =>
  callFunction<Me>('account', 'consent', { version } satisfies ConsentInput);

export const setProfile = (input: SetProfileInput): Promise<Envelope<Me>> => callFunction<Me>('account', 'setProfile', input);

export interface MessagePage {
  items: MessageItem[];
  hasMore: boolean;
  unread: number;
}

export const messages = (page = 0, pageSize = 20): Promise<Envelope<MessagePage>> =>
  callFunction<MessagePage>('account', 'messages', { page, pageSize }, { loading: false });

export const markMessagesRead = (ids: string[]): Promise<Envelope<{ updated: number }>> =>
  callFunction<{ updated: number }>('account', 'markMessagesRead', { ids }, { loading: false });

/** Everything the service holds about me, as one JSON document. */
export const exportMyData = (): Promise<Envelope<Record<string, unknown>>> =>
  callFunction<Record<string, unknown>>('account', 'exportMyData');

export interface DeletedAccount {
  deleted: true;
}

/** Final. Pass the same `requestId` when retrying. CONFLICT while a stay or seat booking is under way. */
export const deleteMyAccount = (options: CallOptions): Promise<Envelope<DeletedAccount>> =>
  callFunction<DeletedAccount>('account', 'deleteMyAccount', { confirm: 'DELETE' }, options);
