import { createMain } from '../_shared/handler';
import { acceptOffer } from './actions/accept-offer';
import { addPhotos } from './actions/add-photos';
import { cancel } from './actions/cancel';
import { checkIn } from './actions/check-in';
import { drawLottery } from './actions/draw-lottery';
import { exportSignUps } from './actions/export-sign-ups';
import { get } from './actions/get';
import { list } from './actions/list';
import { markNoShows } from './actions/mark-no-shows';
import { messageAttendees } from './actions/message-attendees';
import { mine } from './actions/mine';
import { rate } from './actions/rate';
import { removePhoto } from './actions/remove-photo';
import { saveEvent } from './actions/save-event';
import { signUp } from './actions/sign-up';
import { signUps } from './actions/sign-ups';

/** events: events and service projects (活动与服务项目) — talents sign up, organisers run the sessions. */
export const main = createMain('events', {
  list,
  get,
  signUp,
  cancel,
  acceptOffer,
  mine,
  rate,
  saveEvent,
  signUps,
  exportSignUps,
  checkIn,
  markNoShows,
  drawLottery,
  messageAttendees,
  addPhotos,
  removePhoto,
});
