import tcb from '@cloudbase/node-sdk';
import type { Identity } from '../../core/account/user';

type App = ReturnType<typeof tcb.init>;
export type Database = ReturnType<App['database']>;
/** The SDK types `runTransaction`'s callback loosely; this is the object it really receives. */
export type { Transaction } from '@cloudbase/database/dist/commonjs/transaction/index';

let app: App | undefined;

/**
 * The SDK pointed at the current environment. On CloudBase that is the function's own environment; in local mode
 * the local cloud sets `TCB_CONTEXT_CNFG` so the very same call reaches it.
 */
export function database(): Database {
  return cloudApp().database();
}

/**
 * The SDK's app for the current environment (database, WeChat open API calls). `keepalive`: in SCF the SDK leaves
 * it off, and its requests then go through Node's global agent, which from Node 19 on keeps connections alive too
 * but, unlike the SDK's own keep-alive agent, does not send a request again when the connection it reused turns out
 * closed (ECONNRESET: the platform closed it while the instance sat frozen between calls).
 * tests/integration/robustness/stale-connections.test.ts.
 */
export function cloudApp(): App {
  app ??= tcb.init({ env: tcb.SYMBOL_CURRENT_ENV, keepalive: true });
  return app;
}

/** The caller as the platform names it, from the invocation context; never from the event. */
export function identityOf(context: unknown): Identity | null {
  const env = tcb.getCloudbaseContext(context as never) as unknown as Record<string, string | undefined>;
  const openId = env.WX_OPENID;
  if (!openId) return null;
  return { openId, appId: env.WX_APPID ?? null, unionId: env.WX_UNIONID ?? null };
}
