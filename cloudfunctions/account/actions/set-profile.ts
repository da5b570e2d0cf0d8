import { accountApi } from '../../../core/account/api';
import { toMe } from '../../../core/account';
import { assertConsented } from '../../../core/account/consent';
import { defineAction } from '../../../core/contract';
import type { TalentProfile } from '../../../core/talent/profile';
import type { ActionContext } from '../../_shared/handler';
import { callerUser, updateUser } from '../../_shared/users';

/**
 * Display name, language and the talent profile. Name and language need no consent (nothing identifies a person);
 * the talent profile holds a birth date, so it is taken only once the privacy policy is accepted. A refused call
 * writes nothing: a first-time caller's user is created only after the check.
 */
export const setProfile = defineAction<ActionContext>()({
  ...accountApi.setProfile,
  roles: [],
  async handler(input, ctx) {
    const { talent, ...rest } = input;
    // Checked on the user as read before the call (none yet: no consent), so that a refusal creates no user.
    if (talent) assertConsented(ctx.user);
    const user = await callerUser(ctx);
    const fields = { ...rest, updatedAt: ctx.now };
    // `set`: the profile is replaced as a whole, where a plain nested object would be merged field by field.
    const stored = talent ? { ...fields, talent: ctx.db.command.set(talent) as unknown as TalentProfile } : fields;
    await updateUser(ctx.db, user._id, stored);
    return toMe({ ...user, ...fields, ...(talent ? { talent } : {}) });
  },
});
