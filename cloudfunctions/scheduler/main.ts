import { ok, toFail, type Envelope } from '../../core/contract';
import { timerEventSchema } from '../../core/scheduler/run.schema';
import { database, identityOf } from '../_shared/cloud';
import { readConfig } from '../_shared/config';
import { createMain, type FunctionMain } from '../_shared/handler';
import { run } from './actions/run';

const callable = createMain('scheduler', { run });

/**
 * scheduler: deadline reminders, overdue escalation (督办), auto-close of unrated requests.
 *
 * Two ways in. CloudBase's timer trigger (config.json `triggers`) invokes the function with
 * `{ Type: 'Timer', TriggerName, Time }` and NO caller: the context has no WX_OPENID, which a mini-program
 * user's call always has. Only that combination runs as the timer; anything else goes through the normal shell,
 * where `run` is for admins only. In local mode `POST /fn/scheduler` with no X-Dev-OpenId and a Timer body is the
 * timer; with an admin's X-Dev-OpenId and `{ action: 'run' }` it is a manual run. Either way a run is idempotent,
 * so a forged timer event could only make it run early, never send anything twice.
 */
async function timerOrCall(event: unknown, context: unknown): Promise<Envelope<unknown>> {
  const isTimer = identityOf(context) === null && timerEventSchema.safeParse(event).success;
  if (!isTimer) return callable(event, context);
  const requestId = (context as { request_id?: string } | null)?.request_id ?? `timer-${Date.now().toString(36)}`;
  try {
    const { subscribe } = readConfig();
    if (subscribe.problems.length > 0)
      console.error(`[${requestId}] SUBSCRIBE_TEMPLATES entries left out: ${subscribe.problems.join('; ')}`);
    // Loaded here, not with the bundle: a caller's cold start (not the timer's) then builds none of what a run needs.
    const { tick } = await import('./tick');
    return ok(await tick(database(), new Date(), subscribe.templates));
  } catch (error) {
    console.error(`[${requestId}] scheduler timer run failed`, error);
    return toFail(error, 'en', requestId);
  }
}

/** The callable actions' table travels with the entry point, as createMain's does (FunctionMain). */
export const main: FunctionMain = Object.assign(timerOrCall, { functionName: 'scheduler', actions: callable.actions });
