import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

type Main = (event: unknown, context: Record<string, unknown>) => Promise<unknown>;

export interface Caller {
  openId: string | null;
  appId: string;
}

/** How long a call may run, as a function's configured timeout would allow. */
const TIMEOUT_MS = 20_000;

/**
 * Runs the bundled functions (`cloudfunctions/<name>/index.js`, what `npm run build:functions` makes and what gets
 * deployed) the way the platform does: `main(event, context)`, with the caller's identity only in `context`.
 * Each bundle is loaded once, like a warm instance.
 */
export class FunctionHost {
  private readonly loaded = new Map<string, Main>();

  constructor(private readonly functionsDir: string) {}

  exists(name: string): boolean {
    return /^[a-z][a-z0-9-]*$/.test(name) && existsSync(join(this.functionsDir, name, 'index.js'));
  }

  private load(name: string): Main {
    const cached = this.loaded.get(name);
    if (cached) return cached;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(join(this.functionsDir, name, 'index.js')) as { main?: Main };
    if (typeof mod.main !== 'function') throw new Error(`function ${name} does not export main`);
    this.loaded.set(name, mod.main);
    return mod.main;
  }

  async invoke(name: string, event: unknown, caller: Caller): Promise<unknown> {
    const main = this.load(name);
    const requestId = randomUUID();
    const environment: Record<string, string> = { WX_APPID: caller.appId, TCB_SOURCE: 'local-cloud' };
    if (caller.openId) environment.WX_OPENID = caller.openId;
    const context = {
      request_id: requestId,
      function_name: name,
      function_version: '$LATEST',
      namespace: process.env.SCF_NAMESPACE,
      memory_limit_in_mb: 256,
      time_limit_in_ms: TIMEOUT_MS,
      // The node-sdk's getCloudbaseContext(context) reads the caller from here (JSON, "new architecture").
      environment: JSON.stringify(environment),
    };
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        main(event, context),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`function ${name} timed out after ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }
}
