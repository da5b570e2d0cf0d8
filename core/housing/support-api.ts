import type { ContractTable } from '../contract/define-action';
import * as input from './support-inputs';
import * as reply from './support-replies';
import { revealReply } from '../stays/replies';

/** The `support` function's actions (租房资助, 购房补贴): what each takes and what it answers (core/api.ts). */
export const supportApi = {
  // Anyone signed in reads the policy; the district admin sets it.
  supportPolicy: { input: input.supportPolicyInput, output: reply.supportPolicyReply },
  setSupportPolicy: { input: input.setSupportPolicyInput, output: reply.supportPolicyReply },
  // Applicants.
  applySupport: { input: input.applySupportInput, output: reply.supportView },
  mySupport: { input: input.mySupportInput, output: reply.mySupportReply },
  answerSupport: { input: input.answerSupportInput, output: reply.supportView },
  // Operators and admins.
  supportQueue: { input: input.supportQueueInput, output: reply.supportQueueReply },
  getSupport: { input: input.getSupportInput, output: reply.supportStaffView },
  revealSupport: { input: input.revealSupportInput, output: revealReply },
  askForMore: { input: input.askForMoreInput, output: reply.supportStaffView },
  approveSupport: { input: input.approveSupportInput, output: reply.supportStaffView },
  rejectSupport: { input: input.rejectSupportInput, output: reply.supportStaffView },
  recordDisbursement: { input: input.recordDisbursementInput, output: reply.supportStaffView },
  recordRecheck: { input: input.recordRecheckInput, output: reply.supportStaffView },
  disbursementsCsv: { input: input.disbursementsCsvInput, output: reply.disbursementsCsvReply },
} satisfies ContractTable;
