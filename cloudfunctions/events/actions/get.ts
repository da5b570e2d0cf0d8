import { eventsApi } from '../../../core/events/api';
import { defineAction } from '../../../core/contract';
import { toEventView } from '../../../core/events/views';
import type { ActionContext } from '../../_shared/handler';
import { eventNamed, sessionsOf } from '../../_shared/events/repository';
import { photoUrls } from '../../_shared/event-photos';

/** An event with its sessions, free places, for a drawn lottery the published seed and drawn order, and its photos. */
export const get = defineAction<ActionContext>()({
  ...eventsApi.get,
  roles: [],
  prefetch: eventNamed,
  async handler(_input, ctx, event) {
    return toEventView(event, await sessionsOf(ctx.db, [event._id]), await photoUrls(event));
  },
});
