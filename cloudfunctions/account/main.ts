import { createMain } from '../_shared/handler';
import { consent } from './actions/consent';
import { deleteMyAccount } from './actions/delete-my-account';
import { exportMyData } from './actions/export-my-data';
import { me } from './actions/me';
import { setProfile } from './actions/set-profile';

/** account: who the caller is, their privacy consent, their profile, and their data (export, delete). */
export const main = createMain('account', { me, consent, setProfile, exportMyData, deleteMyAccount });
