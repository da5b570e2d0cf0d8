import type { InputOf } from '@core/api';
import { callFunction, type Reply } from '@/services/api';

// Reply types come from the actions' output schemas in core (core/housing/support-api.ts), never from here.
export type SupportItem = Reply<'support', 'supportQueue'>['items'][number];
export type SupportDetail = Reply<'support', 'getSupport'>;
export type RevealedApplicant = Reply<'support', 'revealSupport'>;

/** What the support pages call; roles are the function's own. Every call carries its own requestId (callFunction). */
export const supportApi = {
  policy: () => callFunction('support', 'supportPolicy', {}),
  setPolicy: (policy: InputOf<'support', 'setSupportPolicy'>['policy']) => callFunction('support', 'setSupportPolicy', { policy }),
  queue: (input: InputOf<'support', 'supportQueue'>) => callFunction('support', 'supportQueue', input),
  get: (id: string) => callFunction('support', 'getSupport', { id }),
  /** The applicant's numbers in clear; the function audits every reveal. */
  reveal: (id: string) => callFunction('support', 'revealSupport', { id }),
  askForMore: (id: string, question: string) => callFunction('support', 'askForMore', { id, question }),
  approve: (id: string) => callFunction('support', 'approveSupport', { id }),
  reject: (id: string, reason: string) => callFunction('support', 'rejectSupport', { id, reason }),
  recordDisbursement: (input: InputOf<'support', 'recordDisbursement'>) => callFunction('support', 'recordDisbursement', input),
  recordRecheck: (input: InputOf<'support', 'recordRecheck'>) => callFunction('support', 'recordRecheck', input),
  disbursementsCsv: (from: string, to: string) => callFunction('support', 'disbursementsCsv', { from, to }),
};
