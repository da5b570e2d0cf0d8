import type { ConsentInput } from '@core/account/consent.schema';
import type { SetProfileInput } from '@core/account/set-profile.schema';
import type { Me } from '@core/account/user';
import { callFunction, type Envelope } from './api';

export type { Me } from '@core/account/user';

/** Who I am, my roles, my language and whether I have consented to the current privacy policy. */
export const me = (): Promise<Envelope<Me>> => callFunction<Me>('account', 'me');

/** Records consent to `version` (must be the current one); answers with the updated `me`. */
export const consent = (version: string): Promise<Envelope<Me>> =>
  callFunction<Me>('account', 'consent', { version } satisfies ConsentInput);

export const setProfile = (input: SetProfileInput): Promise<Envelope<Me>> =>
  callFunction<Me>('account', 'setProfile', input);
