import { accountApi } from '../../../core/account/api';
import { toMe } from '../../../core/account';
import { defineAction } from '../../../core/contract';
import type { ActionContext } from '../../_shared/handler';
import { callerUser, updateUser } from '../../_shared/users';

/** Display name and language; nothing here needs consent because nothing here identifies a person. */
export const setProfile = defineAction<ActionContext>()({
  ...accountApi.setProfile,
  roles: [],
  async handler(input, ctx) {
    const user = await callerUser(ctx);
    const fields = { ...input, updatedAt: ctx.now };
    await updateUser(ctx.db, user._id, fields);
    return toMe({ ...user, ...fields });
  },
});
