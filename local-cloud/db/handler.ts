import { randomUUID } from 'node:crypto';
import { DB_ACTIONS } from './actions';
import { DB_ERROR, DbError } from './errors';
import type { Store } from './store';

/**
 * `(store, request body) → reply body` for `POST /admin`. Replies are always HTTP 200, like CloudBase: success is
 * `{ requestId, ... }`, failure `{ requestId, code, message }`, which the SDK turns into a TcbError.
 */
export async function handleDbRequest(store: Store, body: unknown): Promise<Record<string, unknown>> {
  const requestId = randomUUID();
  try {
    if (typeof body !== 'object' || body === null) throw new DbError(DB_ERROR.INVALID_PARAM, 'body must be a JSON object');
    const params = body as Record<string, unknown>;
    const action = typeof params.action === 'string' ? DB_ACTIONS[params.action] : undefined;
    if (!action) throw new DbError(DB_ERROR.ACTION_NOT_SUPPORTED, `action ${String(params.action)} is not supported by the local cloud`);
    const reply = await action({ params, store, now: Date.now() });
    return { requestId, ...reply };
  } catch (error) {
    if (error instanceof DbError) return { requestId, code: error.code, message: error.message };
    if (error instanceof TypeError) return { requestId, code: DB_ERROR.INVALID_PARAM, message: error.message };
    console.error(`[local-cloud] ${requestId}`, error);
    return { requestId, code: DB_ERROR.INTERNAL, message: 'internal error' };
  }
}
