import { eventsApi } from '../../../core/events/api';
import { defineAction } from '../../../core/contract';
import { toEventView } from '../../../core/events/views';
import type { ActionContext } from '../../_shared/handler';
import { findEvent, sessionsOf } from '../../_shared/events/repository';

/** An event with its sessions, free places, and for a drawn lottery the published seed and drawn order. */
export const get = defineAction<ActionContext>()({
  ...eventsApi.get,
  roles: [],
  async handler(input, ctx) {
    const event = await findEvent(ctx.db, input.id);
    return toEventView(event, await sessionsOf(ctx.db, [event._id]));
  },
});
