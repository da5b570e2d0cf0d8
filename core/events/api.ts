import type { ContractTable } from '../contract/define-action';
import { csvFile } from '../reports/replies';
import { drawReply, eventPage, eventView, sessionCountReply, signUpPage, signUpView } from './replies';
import {
  addPhotosInput,
  bySession,
  bySignUp,
  checkInInput,
  getInput,
  listInput,
  messageAttendeesInput,
  mineInput,
  rateInput,
  removePhotoInput,
  saveEventInput,
  signUpInput,
  signUpsInput,
} from './schemas';

/** The `events` function's actions: what each takes and what it answers (core/api.ts). */
export const eventsApi = {
  // Talents.
  list: { input: listInput, output: eventPage },
  get: { input: getInput, output: eventView },
  signUp: { input: signUpInput, output: signUpView },
  cancel: { input: bySignUp, output: signUpView },
  /** A place offered from the waitlist: the owner says they will come (offered → confirmed). */
  acceptOffer: { input: bySignUp, output: signUpView },
  mine: { input: mineInput, output: signUpPage },
  rate: { input: rateInput, output: signUpView },
  // Organisers: the organising station's operators, and district admins.
  saveEvent: { input: saveEventInput, output: eventView },
  signUps: { input: signUpsInput, output: signUpPage },
  exportSignUps: { input: bySession, output: csvFile },
  checkIn: { input: checkInInput, output: signUpView },
  markNoShows: { input: bySession, output: sessionCountReply },
  drawLottery: { input: bySession, output: drawReply },
  messageAttendees: { input: messageAttendeesInput, output: sessionCountReply },
  /** Photos of the event (core/events/photos.ts), before or after it: jpg/png the organiser uploaded, at most 12. */
  addPhotos: { input: addPhotosInput, output: eventView },
  removePhoto: { input: removePhotoInput, output: eventView },
} satisfies ContractTable;
