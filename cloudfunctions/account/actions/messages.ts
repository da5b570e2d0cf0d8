import { accountApi } from '../../../core/account/api';
import { type MessageItem } from '../../../core/account';
import { defineAction } from '../../../core/contract';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';

interface MessageDoc {
  _id: string;
  template: string;
  data?: Record<string, unknown>;
  read?: boolean;
  createdAt?: Date;
}

const toItem = (doc: MessageDoc): MessageItem => ({
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
    const collection = ctx.db.collection(COLLECTIONS.messages);
    const [page, unread] = await Promise.all([
      collection
        .where({ recipient })
        .orderBy('createdAt', 'desc')
        .skip(input.page * input.pageSize)
        .limit(input.pageSize + 1)
        .get(),
      collection.where({ recipient, read: false }).count(),
    ]);
    const items = (page.data as MessageDoc[]).map(toItem);
    return { items: items.slice(0, input.pageSize), hasMore: items.length > input.pageSize, unread: Number(unread.total) };
  },
});
