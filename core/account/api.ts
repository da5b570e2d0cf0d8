import type { ContractTable } from '../contract/define-action';
import { consentInput } from './consent.schema';
import { deleteMyAccountInput } from './delete-my-account.schema';
import { exportMyDataInput } from './export-my-data.schema';
import { meInput } from './me.schema';
import { markMessagesReadInput, messagesInput } from './messages.schema';
import { recordSubscriptionsInput } from './record-subscriptions.schema';
import { deletedAccount, markMessagesReadReply, meView, messagePage, myDataExport, recordSubscriptionsReply } from './replies';
import { setProfileInput } from './set-profile.schema';

/** The `account` function's actions: what each takes and what it answers (core/api.ts). */
export const accountApi = {
  me: { input: meInput, output: meView },
  consent: { input: consentInput, output: meView },
  setProfile: { input: setProfileInput, output: meView },
  messages: { input: messagesInput, output: messagePage },
  markMessagesRead: { input: markMessagesReadInput, output: markMessagesReadReply },
  recordSubscriptions: { input: recordSubscriptionsInput, output: recordSubscriptionsReply },
  exportMyData: { input: exportMyDataInput, output: myDataExport },
  deleteMyAccount: { input: deleteMyAccountInput, output: deletedAccount },
} satisfies ContractTable;
