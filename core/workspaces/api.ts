import type { ContractTable } from '../contract/define-action';
import { historyInput } from '../stays/history.schema';
import { historyReply } from '../stays/replies';
import { applySeatsInput } from './apply.schema';
import { assignSeatsInput } from './assign-seats.schema';
import { cancelSeatsInput } from './cancel.schema';
import { endEarlyInput } from './end-early.schema';
import { getSeatsInput } from './get.schema';
import { invitationInput, inviteInput } from './invite.schema';
import { joinTeamInput } from './join-team.schema';
import { joinedSeatsInput } from './joined.schema';
import { mineSeatsInput } from './mine.schema';
import { queueSeatsInput } from './queue.schema';
import { quoteSeatsInput } from './quote.schema';
import { referInput } from './refer.schema';
import { rejectSeatsInput } from './reject.schema';
import {
  invitationReply,
  inviteReply,
  joinedSeatPage,
  joinedSeatView,
  revealTeamReply,
  seatMapReply,
  seatPage,
  seatQueuePage,
  seatQuoteReply,
  seatSweepReply,
  seatView,
} from './replies';
import { revealSeatsInput } from './reveal.schema';
import { seatMapInput } from './seat-map-view.schema';
import { sweepSeatsInput } from './sweep.schema';

/** The `workspaces` function's actions: what each takes and what it answers (core/api.ts). */
export const workspacesApi = {
  quote: { input: quoteSeatsInput, output: seatQuoteReply },
  apply: { input: applySeatsInput, output: seatView },
  mine: { input: mineSeatsInput, output: seatPage },
  get: { input: getSeatsInput, output: seatView },
  cancel: { input: cancelSeatsInput, output: seatView },
  endEarly: { input: endEarlyInput, output: seatView },
  queue: { input: queueSeatsInput, output: seatQueuePage },
  /** The same audit lines as a stay's (cloudfunctions/_shared/history.ts). */
  history: { input: historyInput, output: historyReply },
  seatMap: { input: seatMapInput, output: seatMapReply },
  assignSeats: { input: assignSeatsInput, output: seatView },
  reject: { input: rejectSeatsInput, output: seatView },
  refer: { input: referInput, output: seatView },
  reveal: { input: revealSeatsInput, output: revealTeamReply },
  sweep: { input: sweepSeatsInput, output: seatSweepReply },
  invite: { input: inviteInput, output: inviteReply },
  invitation: { input: invitationInput, output: invitationReply },
  joinTeam: { input: joinTeamInput, output: joinedSeatView },
  joined: { input: joinedSeatsInput, output: joinedSeatPage },
} satisfies ContractTable;
