import { eventsApi } from '../../../core/events/api';
import { defineAction } from '../../../core/contract';
import { toEventView } from '../../../core/events/views';
import type { ActionContext } from '../../_shared/handler';
import { findEvent, sessionsOf } from '../../_shared/events/repository';
import { photoUrls } from '../../_shared/event-photos';

/** An event with its sessions, free places, for a drawn lottery the published seed and drawn order, and its photos. */
export const get = defineAction<ActionContext>()({
  ...eventsApi.get,
  roles: [],
  async handler(input, ctx) {
    const event = await findEvent(ctx.db, input.id);
    return toEventView(event, await sessionsOf(ctx.db, [event._id]), await photoUrls(event));
  },
});
