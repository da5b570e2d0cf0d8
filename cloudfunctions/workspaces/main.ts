import { createMain } from '../_shared/handler';
import { apply } from './actions/apply';
import { assignSeats } from './actions/assign-seats';
import { cancel } from './actions/cancel';
import { endEarly } from './actions/end-early';
import { get } from './actions/get';
import { history } from './actions/history';
import { invitation } from './actions/invitation';
import { invite } from './actions/invite';
import { joinTeam } from './actions/join-team';
import { joined } from './actions/joined';
import { mine } from './actions/mine';
import { queue } from './actions/queue';
import { quote } from './actions/quote';
import { refer } from './actions/refer';
import { reject } from './actions/reject';
import { reveal } from './actions/reveal';
import { seatMap } from './actions/seat-map';
import { sweep } from './actions/sweep';

/** workspaces: free co-working seats for startup teams, and the operator's review and seat assignment. */
export const main = createMain('workspaces', {
  quote,
  apply,
  mine,
  get,
  cancel,
  endEarly,
  queue,
  history,
  seatMap,
  assignSeats,
  reject,
  refer,
  reveal,
  sweep,
  invite,
  invitation,
  joinTeam,
  joined,
});
