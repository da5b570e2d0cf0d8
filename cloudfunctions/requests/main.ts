import { createMain } from '../_shared/handler';
import { accept } from './actions/accept';
import { addInfo } from './actions/add-info';
import { askForInfo } from './actions/ask-for-info';
import { catalog } from './actions/catalog';
import { dispatch } from './actions/dispatch';
import { get } from './actions/get';
import { grantExtension } from './actions/grant-extension';
import { inbox } from './actions/inbox';
import { mine } from './actions/mine';
import { note } from './actions/note';
import { queue } from './actions/queue';
import { rate } from './actions/rate';
import { recordConsultation } from './actions/record-consultation';
import { requestExtension } from './actions/request-extension';
import { resolve } from './actions/resolve';
import { returnRequest } from './actions/return';
import { scheduleConsultation } from './actions/schedule-consultation';
import { submit } from './actions/submit';
import { triage } from './actions/triage';

/** requests (诉求直通车): applicants file and rate, operators triage and dispatch, units handle (calendars are the admin function's). */
export const main = createMain('requests', {
  // applicant
  catalog,
  submit,
  mine,
  get,
  addInfo,
  rate,
  // staff
  // operator
  queue,
  triage,
  dispatch,
  grantExtension,
  scheduleConsultation,
  recordConsultation,
  // unit handler
  inbox,
  accept,
  return: returnRequest,
  note,
  resolve,
  requestExtension,
  // unit handler or operator
  askForInfo,
});
