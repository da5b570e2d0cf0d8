import type { ContractTable } from '../contract/define-action';
import { applyForGuestInput } from './apply-for-guest.schema';
import { applyInput } from './apply.schema';
import { approveInput } from './approve.schema';
import { cancelInput } from './cancel.schema';
import { checkInInput } from './check-in.schema';
import { checkOutInput } from './check-out.schema';
import { confirmOfferInput } from './confirm-offer.schema';
import { getInput } from './get.schema';
import { historyInput } from './history.schema';
import { markNoShowInput } from './mark-no-show.schema';
import { mineInput } from './mine.schema';
import { queueInput } from './queue.schema';
import { quoteInput } from './quote.schema';
import { rejectInput } from './reject.schema';
import { historyReply, pickupReply, quoteReply, revealReply, stationView, stayPage, stayQueuePage, stayView, todayReply } from './replies';
import { staySweepReply } from './sweep-reply';
import { requestPickupInput } from './request-pickup.schema';
import { revealInput } from './reveal.schema';
import { stationInput } from './station.schema';
import { sweepInput } from './sweep.schema';
import { todayInput } from './today.schema';
import { waitlistInput } from './waitlist.schema';

/** The `stays` function's actions: what each takes and what it answers (core/api.ts). */
export const staysApi = {
  station: { input: stationInput, output: stationView },
  quote: { input: quoteInput, output: quoteReply },
  apply: { input: applyInput, output: stayView },
  applyForGuest: { input: applyForGuestInput, output: stayView },
  mine: { input: mineInput, output: stayPage },
  get: { input: getInput, output: stayView },
  cancel: { input: cancelInput, output: stayView },
  confirmOffer: { input: confirmOfferInput, output: stayView },
  requestPickup: { input: requestPickupInput, output: pickupReply },
  queue: { input: queueInput, output: stayQueuePage },
  today: { input: todayInput, output: todayReply },
  history: { input: historyInput, output: historyReply },
  approve: { input: approveInput, output: stayView },
  reject: { input: rejectInput, output: stayView },
  waitlist: { input: waitlistInput, output: stayView },
  reveal: { input: revealInput, output: revealReply },
  checkIn: { input: checkInInput, output: stayView },
  checkOut: { input: checkOutInput, output: stayView },
  markNoShow: { input: markNoShowInput, output: stayView },
  sweep: { input: sweepInput, output: staySweepReply },
} satisfies ContractTable;
