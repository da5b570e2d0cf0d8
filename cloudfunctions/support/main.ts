import { createMain } from '../_shared/handler';
import { setSupportPolicy, supportPolicy } from './actions/admin';
import { answerSupport, applySupport, mySupport } from './actions/applicant';
import {
  approveSupport,
  askForMore,
  disbursementsCsv,
  getSupport,
  recordDisbursement,
  recordRecheck,
  rejectSupport,
  revealSupport,
  supportQueue,
} from './actions/staff';

/**
 * support: housing support (租房资助, 购房补贴) — the district admin's tiers; applicants' applications, answers and
 * schedules; the operators' review (checklist, ask for more, approve with core's amount, reject), disbursements,
 * the annual re-check and the finance office's CSV. The scheduler's support step reminds and lapses re-checks.
 */
export const main = createMain('support', {
  supportPolicy,
  setSupportPolicy,
  applySupport,
  mySupport,
  answerSupport,
  supportQueue,
  getSupport,
  revealSupport,
  askForMore,
  approveSupport,
  rejectSupport,
  recordDisbursement,
  recordRecheck,
  disbursementsCsv,
});
