import { accountApi } from '../../../core/account/api';
import { PRIVACY_POLICY_VERSION, toMe } from '../../../core/account';
import { AppError, defineAction } from '../../../core/contract';
import type { ActionContext } from '../../_shared/handler';
import { callerUser, updateUser } from '../../_shared/users';

/** Records consent to the current privacy policy; consenting twice to the same version changes nothing. */
export const consent = defineAction<ActionContext>()({
  ...accountApi.consent,
  roles: [],
  async handler(input, ctx) {
    if (input.version !== PRIVACY_POLICY_VERSION) {
      throw new AppError('CONFLICT', {
        message: {
          'zh-CN': '隐私政策已更新，请阅读最新版本后再同意',
          en: 'The privacy policy has changed; please read the current version and accept again',
        },
        details: { currentVersion: PRIVACY_POLICY_VERSION },
      });
    }
    const user = await callerUser(ctx);
    if (user.consents.some((c) => c.version === input.version)) return toMe(user);
    const consents = [...user.consents, { version: input.version, at: ctx.now }];
    await updateUser(ctx.db, user._id, { consents, updatedAt: ctx.now });
    return toMe({ ...user, consents, updatedAt: ctx.now });
  },
});
