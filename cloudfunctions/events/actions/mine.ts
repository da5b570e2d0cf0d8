import { eventsApi } from '../../../core/events/api';
import { defineAction } from '../../../core/contract';
import type { SignUpRecord } from '../../../core/events/model';
import { toSignUpView } from '../../../core/events/views';
import type { ActionContext } from '../../_shared/handler';
import { COLLECTIONS } from '../../_shared/collections';

const PAGE_SIZE = 20;

/** The caller's sign-ups, newest first, each with its QR code. */
export const mine = defineAction<ActionContext>()({
  ...eventsApi.mine,
  roles: [],
  async handler(input, ctx) {
    const { data } = await ctx.db
      .collection(COLLECTIONS.eventSignUps)
      .where({ ownerId: ctx.identity.openId })
      .orderBy('signedUpAt', 'desc')
      .skip(input.page * PAGE_SIZE)
      .limit(PAGE_SIZE + 1)
      .get();
    return {
      items: (data as SignUpRecord[]).slice(0, PAGE_SIZE).map(toSignUpView),
      page: input.page,
      hasMore: data.length > PAGE_SIZE,
    };
  },
});
