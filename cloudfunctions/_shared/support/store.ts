import { supportNotice } from '../../../core/housing/support-notices';
import type { SupportApplication } from '../../../core/housing/support-records';
import type { ActionContext } from '../handler';
import { notifyAfterChange } from '../notify';

// The support function's notices, shared with the scheduler's support step (sweep.ts beside this file).

type Ctx = Pick<ActionContext, 'db' | 'now' | 'requestId'>;

/** Tells a user of a decision already written; never turns the decision into an error. */
export async function tellSupport(
  ctx: Ctx,
  input: { recipient: string; app: Pick<SupportApplication, '_id' | 'kind'> } & Omit<Parameters<typeof supportNotice>[0], 'id' | 'kind'>,
): Promise<void> {
  const { recipient, app, ...notice } = input;
  await notifyAfterChange(ctx, recipient, supportNotice({ ...notice, id: app._id, kind: app.kind }));
}
