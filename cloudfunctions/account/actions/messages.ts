import { accountApi } from '../../../core/account/api';
import { type MessageItem } from '../../../core/account';
import { defineAction } from '../../../core/contract';
import type { ActionContext } from '../../_shared/handler';
import { messagesPage, type StoredMessage, unreadCount } from '../../_shared/notify';

const toItem = (doc: StoredMessage): MessageItem => ({
  id: doc._id,
  template: doc.template,
  data: doc.data ?? {},
  read: doc.read === true,
  createdAt: doc.createdAt ? new Date(doc.createdAt) : null,
});

/**
 * 消息: the caller's in-app messages (written by `notify`), newest first, one page at a time, with how many are
 * unread in all (the badge). Both queries are served by the `recipient…` indexes.
 */
export const messages = defineAction<ActionContext>()({
  ...accountApi.messages,
  roles: [],
  async handler(input, ctx) {
    const recipient = ctx.identity.openId;
    const [page, unread] = await Promise.all([messagesPage(ctx.db, recipient, input.page, input.pageSize), unreadCount(ctx.db, recipient)]);
    const items = page.map(toItem);
    return { items: items.slice(0, input.pageSize), hasMore: items.length > input.pageSize, unread };
  },
});
