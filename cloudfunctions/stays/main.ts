import { createMain } from '../_shared/handler';
import { apply } from './actions/apply';
import { applyForGuest } from './actions/apply-for-guest';
import { approve } from './actions/approve';
import { cancel } from './actions/cancel';
import { checkIn } from './actions/check-in';
import { checkOut } from './actions/check-out';
import { confirmOffer } from './actions/confirm-offer';
import { get } from './actions/get';
import { history } from './actions/history';
import { markNoShow } from './actions/mark-no-show';
import { mine } from './actions/mine';
import { queue } from './actions/queue';
import { quote } from './actions/quote';
import { reject } from './actions/reject';
import { requestPickup } from './actions/request-pickup';
import { reveal } from './actions/reveal';
import { station } from './actions/station';
import { sweep } from './actions/sweep';
import { today } from './actions/today';
import { waitlist } from './actions/waitlist';

/** stays: free stays at talent stations — applicants, employers for their guests, and station operators. */
export const main = createMain('stays', {
  station,
  quote,
  apply,
  applyForGuest,
  mine,
  get,
  cancel,
  confirmOffer,
  requestPickup,
  queue,
  today,
  history,
  approve,
  reject,
  waitlist,
  reveal,
  checkIn,
  checkOut,
  markNoShow,
  sweep,
});
