import { eventsApi } from '../../../core/events/api';
import { defineAction } from '../../../core/contract';
import { toSignUpView } from '../../../core/events/views';
import type { ActionContext } from '../../_shared/handler';
import { signUpsPageOf } from '../../_shared/events/repository';

const PAGE_SIZE = 20;

/** The caller's sign-ups, newest first, each with its QR code. */
export const mine = defineAction<ActionContext>()({
  ...eventsApi.mine,
  roles: [],
  prefetch: (input, ctx) => signUpsPageOf(ctx.db, ctx.identity.openId, input.page, PAGE_SIZE),
  handler: async (input, _ctx, { items, hasMore }) => ({ items: items.map(toSignUpView), page: input.page, hasMore }),
});
