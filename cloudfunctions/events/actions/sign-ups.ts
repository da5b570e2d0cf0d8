import { eventsApi } from '../../../core/events/api';
import { defineAction } from '../../../core/contract';
import { toSignUpView } from '../../../core/events/views';
import type { ActionContext } from '../../_shared/handler';
import { ORGANISERS, organiserSession } from '../organiser';
import { allSignUps, sessionNamed } from '../../_shared/events/repository';

const PAGE_SIZE = 50;

/** The organiser's list of a session's sign-ups (by status if asked), in waitlist order: the attendance list. */
export const signUps = defineAction<ActionContext>()({
  ...eventsApi.signUps,
  roles: ORGANISERS,
  prefetch: sessionNamed,
  async handler(input, ctx, read) {
    const { session } = organiserSession(ctx, read);
    const { items, hasMore } = await allSignUps(ctx.db, session._id, input.page, PAGE_SIZE, input.status);
    return { items: items.map(toSignUpView), page: input.page, hasMore };
  },
});
