import { accountApi } from '../../../core/account/api';
import { defineAction } from '../../../core/contract';
import type { ActionContext } from '../../_shared/handler';
import { markRead } from '../../_shared/notify';

/** Marks the caller's own messages read; the `recipient` condition makes anyone else's ids change nothing. */
export const markMessagesRead = defineAction<ActionContext>()({
  ...accountApi.markMessagesRead,
  roles: [],
  async handler(input, ctx) {
    return { updated: await markRead(ctx.db, ctx.identity.openId, input.ids) };
  },
});
