import { accountApi } from '../../../core/account/api';
import { defineAction } from '../../../core/contract';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';

/** Marks the caller's own messages read; the `recipient` condition makes anyone else's ids change nothing. */
export const markMessagesRead = defineAction<ActionContext>()({
  ...accountApi.markMessagesRead,
  roles: [],
  async handler(input, ctx) {
    const _ = ctx.db.command;
    const result = await ctx.db
      .collection(COLLECTIONS.messages)
      .where({ _id: _.in(input.ids), recipient: ctx.identity.openId })
      .update({ read: true });
    return { updated: Number((result as { updated?: number }).updated ?? 0) };
  },
});
