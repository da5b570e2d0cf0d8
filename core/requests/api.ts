import type { ContractTable } from '../contract/define-action';
import { acceptInput } from './accept.schema';
import { addInfoInput } from './add-info.schema';
import { askForInfoInput } from './ask-for-info.schema';
import { catalogInput } from './catalog.schema';
import { dispatchInput } from './dispatch.schema';
import { getInput } from './get.schema';
import { grantExtensionInput } from './grant-extension.schema';
import { inboxInput } from './inbox.schema';
import { mineInput } from './mine.schema';
import { noteInput } from './note.schema';
import { queueInput } from './queue.schema';
import { rateInput } from './rate.schema';
import { recordConsultationInput } from './record-consultation.schema';
import { catalogReply, inboxPage, queuePage, requestApplicantView, requestPage, requestStaffView, requestView } from './replies';
import { requestExtensionInput } from './request-extension.schema';
import { resolveInput } from './resolve.schema';
import { returnInput } from './return.schema';
import { scheduleConsultationInput } from './schedule-consultation.schema';
import { submitInput } from './submit.schema';
import { triageInput } from './triage.schema';

/**
 * The `requests` function's actions: what each takes and what it answers (core/api.ts). The applicant's
 * own steps answer the applicant's view, staff steps the staff view (transitions.ts says who takes which).
 */
export const requestsApi = {
  // applicant
  catalog: { input: catalogInput, output: catalogReply },
  submit: { input: submitInput, output: requestApplicantView },
  mine: { input: mineInput, output: requestPage },
  get: { input: getInput, output: requestView },
  addInfo: { input: addInfoInput, output: requestApplicantView },
  rate: { input: rateInput, output: requestApplicantView },
  // operator
  queue: { input: queueInput, output: queuePage },
  triage: { input: triageInput, output: requestStaffView },
  dispatch: { input: dispatchInput, output: requestStaffView },
  grantExtension: { input: grantExtensionInput, output: requestStaffView },
  scheduleConsultation: { input: scheduleConsultationInput, output: requestStaffView },
  recordConsultation: { input: recordConsultationInput, output: requestStaffView },
  // unit handler
  inbox: { input: inboxInput, output: inboxPage },
  accept: { input: acceptInput, output: requestStaffView },
  return: { input: returnInput, output: requestStaffView },
  note: { input: noteInput, output: requestStaffView },
  resolve: { input: resolveInput, output: requestStaffView },
  requestExtension: { input: requestExtensionInput, output: requestStaffView },
  // unit handler or operator
  askForInfo: { input: askForInfoInput, output: requestStaffView },
} satisfies ContractTable;
