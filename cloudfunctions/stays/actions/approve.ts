import { staysApi } from '../../../core/stays/api';
import { defineAction } from '../../../core/contract';
import type { ActionContext } from '../../_shared/handler';
import { changeStay } from '../../_shared/stays/lifecycle';
import { stayNamed } from '../../_shared/stays/repository';
import { STAFF, staffStay } from '../staff';

/** Approves a pending application; its nights stay held. */
export const approve = defineAction<ActionContext>()({
  ...staysApi.approve,
  roles: STAFF,
  prefetch: stayNamed,
  async handler(_input, ctx, read) {
    const app = staffStay(ctx, read);
    return changeStay(ctx, { app, event: 'approve', actor: 'operator' });
  },
});
