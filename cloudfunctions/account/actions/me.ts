import { accountApi } from '../../../core/account/api';
import { toMe } from '../../../core/account';
import { defineAction } from '../../../core/contract';
import type { ActionContext } from '../../_shared/handler';
import { callerUser } from '../../_shared/users';

/** Who am I: creates the user on the first call, from the platform identity. */
export const me = defineAction<ActionContext>()({
  ...accountApi.me,
  roles: [],
  async handler(_input, ctx) {
    const user = await callerUser(ctx);
    return toMe(user);
  },
});
