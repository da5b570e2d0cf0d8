import type * as z from 'zod';
import type { deliveryCounts } from '../../core/scheduler/replies';
import { sendVerdict, subscribeMessage, type SubscribeMessage } from '../../core/notices/wechat-message';
import type { WechatTemplates } from '../../core/notices/wechat-templates';
import { cloudApp, type Database } from '../_shared/cloud';
import { claimNotice, closeInterrupted, finishNotice, pendingNotices, type OutboxDoc } from '../_shared/outbox';
import { returnNoticeCredit, takeNoticeCredit } from '../_shared/users';

/** Sends tried per notice before it is given up as `failed` (one per scheduler run). */
export const MAX_SEND_ATTEMPTS = 3;
const PAGE = 50;
const MAX_PAGES = 10;
/**
 * A send claimed longer ago than this was interrupted (the scheduler's timeout is 60 s, cloudbaserc.json): whether
 * WeChat delivered it is unknown, so it is closed as `failed` (reason `interrupted`), never sent again.
 */
export const SENDING_TIMEOUT_MS = 10 * 60_000;

/**
 * WeChat's subscribeMessage.send through CloudBase's open API call (云调用, authorised for the bound mini-program;
 * no access token here). The answer's `errcode`, or null when the call itself failed (network, SDK error).
 *
 * The `apiName` is NOT verified against a real environment, like content-safety.ts's: the node-sdk passes it
 * verbatim (`{ action: 'wx.api', apiName, requestData }`, src/wx/index.ts) and documents no names; this is the
 * HTTPS path of the API (`POST /cgi-bin/message/subscribe/send`). A wrong name fails as an error of the call: the
 * notice is retried, then `failed`, and the user's credit is given back each time — never a message sent twice.
 */
async function sendSubscribeMessage(message: SubscribeMessage): Promise<{ errcode: number | null; errmsg?: string }> {
  try {
    const reply = (await cloudApp().callWxOpenApi({ apiName: '/cgi-bin/message/subscribe/send', requestData: message })) as {
      code?: string;
      message?: string;
      result?: { errcode?: number; errmsg?: string };
    };
    if (reply.code) return { errcode: null, errmsg: `${reply.code}: ${reply.message ?? ''}` };
    return { errcode: Number(reply.result?.errcode ?? 0), errmsg: reply.result?.errmsg };
  } catch (error) {
    return { errcode: null, errmsg: String((error as Error)?.message ?? error) };
  }
}

/** What a delivery run did (its schema: `deliveryCounts`, core/scheduler/replies.ts). */
export type DeliveryCounts = z.output<typeof deliveryCounts>;

/**
 * Delivers the pending outbox as WeChat subscribe messages, oldest first, each at most once:
 * 1. a notice with no template configured is `skipped` (in-app only);
 * 2. the document is claimed by a status-checked update (`pending` with the attempts seen → `sending`): of two
 *    runs at once only one gets it;
 * 3. the recipient's credit for the template is taken by ONE conditional update (credit > 0 → credit − 1); none:
 *    `skipped` (the user did not subscribe);
 * 4. sent: `sent`; refused for good or after MAX_SEND_ATTEMPTS: `failed`; otherwise back to `pending` for the next
 *    run. Whenever WeChat did not deliver, the credit is given back (WeChat counts only delivered messages), except
 *    when it says the user holds no subscription (43101): then the user has none, and their count is set to 0.
 * A run that dies between claim and answer leaves the document `sending`, and it is never sent again: a lost
 * subscribe message is better than a duplicate one (the in-app message exists either way). A later run closes it as
 * `failed: interrupted` once SENDING_TIMEOUT_MS has passed (its credit is not given back: it may have been used).
 */
export async function deliverOutbox(db: Database, now: Date, templates: WechatTemplates): Promise<DeliveryCounts> {
  const counts: DeliveryCounts = { sent: 0, skipped: 0, failed: 0, retrying: 0, interrupted: 0 };
  const seen = new Set<string>();
  counts.interrupted = await closeInterrupted(db, new Date(now.getTime() - SENDING_TIMEOUT_MS), now);
  const finish = async (doc: OutboxDoc, from: OutboxDoc['status'], fields: Record<string, unknown>) =>
    finishNotice(db, doc._id, from, fields, now);

  for (let page = 0; page < MAX_PAGES; page += 1) {
    const fresh = (await pendingNotices(db, PAGE)).filter((doc) => !seen.has(doc._id));
    if (fresh.length === 0) break;
    for (const doc of fresh) {
      seen.add(doc._id);
      const template = templates[doc.template];
      if (!template) {
        await finish(doc, 'pending', { status: 'skipped', reason: 'no-template' });
        counts.skipped += 1;
        continue;
      }
      const attempts = (doc.attempts ?? 0) + 1;
      if (!(await claimNotice(db, doc, attempts, now))) continue;

      if (!(await takeNoticeCredit(db, doc.recipient, template.id))) {
        await finish(doc, 'sending', { status: 'skipped', reason: 'no-subscription' });
        counts.skipped += 1;
        continue;
      }

      const answer = await sendSubscribeMessage(subscribeMessage({ template, data: doc.data, openId: doc.recipient }));
      const verdict = sendVerdict({ errcode: answer.errcode, attempts, maxAttempts: MAX_SEND_ATTEMPTS });
      if (verdict === 'sent') {
        await finish(doc, 'sending', { status: 'sent', sentAt: now });
        counts.sent += 1;
        continue;
      }
      await returnNoticeCredit(db, doc.recipient, template.id, verdict === 'no-subscription');
      const error = { errcode: answer.errcode, errmsg: (answer.errmsg ?? '').slice(0, 200) };
      if (verdict === 'retry') {
        await finish(doc, 'sending', { status: 'pending', lastError: error });
        counts.retrying += 1;
      } else {
        await finish(doc, 'sending', { status: verdict === 'no-subscription' ? 'skipped' : 'failed', reason: verdict, lastError: error });
        if (verdict === 'no-subscription') counts.skipped += 1;
        else counts.failed += 1;
      }
    }
  }
  return counts;
}
