import { accountApi } from '../../../core/account/api';
import { type RecordSubscriptionsResult } from '../../../core/account';
import { SUBMIT_RATE_LIMIT } from '../../../core/abuse/rate-limit';
import { defineAction } from '../../../core/contract';
import { creditsToAdd } from '../../../core/notices/credits';
import { configuredTemplateIds } from '../../../core/notices/wechat-templates';
import type { ActionContext } from '../../_shared/handler';
import { addNoticeCredits, callerUser } from '../../_shared/users';

/**
 * The app reports what the caller accepted in WeChat's subscribe prompt: each configured template id earns the caller
 * one message of it (a one-time subscription), counted up atomically (`inc`), so a credit the scheduler takes at the
 * same moment is never lost. Whose credits: the caller's, from the context. A retry (same requestId) counts nothing
 * twice; the count per template is capped (core/notices/credits.ts), and calls are rate-limited like submits.
 */
export const recordSubscriptions = defineAction<ActionContext>()({
  ...accountApi.recordSubscriptions,
  roles: [],
  idempotent: true,
  rateLimit: SUBMIT_RATE_LIMIT,
  async handler(input, ctx): Promise<RecordSubscriptionsResult> {
    const user = await callerUser(ctx);
    const credited = creditsToAdd({
      accepted: input.accepted,
      configured: configuredTemplateIds(ctx.config.subscribe.templates),
      current: user.noticeCredits ?? {},
    });
    if (credited.length === 0) return { credited };
    await addNoticeCredits(ctx.db, user._id, credited, ctx.now);
    return { credited };
  },
});
