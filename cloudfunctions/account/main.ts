import { createMain } from '../_shared/handler';
import { consent } from './actions/consent';
import { me } from './actions/me';
import { setProfile } from './actions/set-profile';

/** account: who the caller is, their privacy consent and their profile. */
export const main = createMain('account', { me, consent, setProfile });
