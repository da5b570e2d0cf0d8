import { createMain } from '../_shared/handler';
import { consent } from './actions/consent';
import { deleteMyAccount } from './actions/delete-my-account';
import { exportMyData } from './actions/export-my-data';
import { markMessagesRead } from './actions/mark-messages-read';
import { me } from './actions/me';
import { messages } from './actions/messages';
import { recordSubscriptions } from './actions/record-subscriptions';
import { setProfile } from './actions/set-profile';

/** account: who the caller is, their privacy consent, their profile, their messages, their WeChat subscriptions and their data (export, delete). */
export const main = createMain('account', {
  me,
  consent,
  setProfile,
  messages,
  markMessagesRead,
  recordSubscriptions,
  exportMyData,
  deleteMyAccount,
});
