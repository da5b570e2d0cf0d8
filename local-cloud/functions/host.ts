import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

export interface Caller {
  openId: string | null;
  appId: string;
}

/** How long a call may run, as a function's configured timeout would allow. */
const TIMEOUT_MS = 20_000;

/**
 * The code each worker runs. Plain JavaScript on purpose: a worker starts without the TypeScript loader, and all it
 * does is require a bundle (already JavaScript) and call its `main`.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const loaded = new Map();
parentPort.on('message', async ({ id, file, event, context, env }) => {
  try {
    if (env) {
      // A plain object, not the worker's own environment store: the node-sdk reads some twenty variables for every
      // request it sends (getCloudbaseContext), and each read of a worker's process.env crosses into C++ and takes
      // a lock (a tenth of the worker's time in npm run bench stays). What a function reads is the same strings.
      const next = {};
      for (const key of Object.keys(env)) if (typeof env[key] === 'string') next[key] = env[key];
      process.env = next;
    }
    let main = loaded.get(file);
    if (!main) {
      main = require(file).main;
      if (typeof main !== 'function') throw new Error(file + ' does not export main');
      loaded.set(file, main);
    }
    parentPort.postMessage({ id, reply: await main(event, context) });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.stack) || error) });
  }
});
`;

interface Pending {
  resolve: (reply: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
  worker: Worker;
}

/**
 * Runs the bundled functions (`cloudfunctions/<name>/index.js`, what `npm run build:functions` makes and what gets
 * deployed) the way the platform does: `main(event, context)`, with the caller's identity only in `context`.
 * They run in worker threads, as on CloudBase they run beside the database rather than inside it: the SDK's own
 * work then uses another core, and a function that blocks its thread does not block the database. Each worker
 * loads a bundle once, like a warm instance, and serialises nothing: its message handler is async, so every call it
 * is given is in flight at once, interleaving at each database round trip. CloudBase (SCF) runs one request per
 * instance by default and scales by starting more instances, or several per instance with "multi-concurrency"
 * (单实例多并发); what the tests rely on either way is that two calls of one function may overlap, which they do
 * here within one worker. More workers (`FN_WORKERS`) only buy cores: in `npm run bench stays` on 2 shared cores,
 * 3 workers measured the same `stays.apply_ratio` as 1 (0.05–0.06 each, two runs apiece). Each call carries the
 * host's environment (the deployment settings) when it differs from what that worker was last sent, so a setting
 * changed at run time applies from the next turn of the event loop on; it is sent rather than shared because a test
 * runner may give the host a `process.env` of its own.
 */
export class FunctionHost {
  private readonly workers: Worker[] = [];
  private readonly load = new Map<Worker, number>();
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  /** The environment as last sent to each worker (JSON), which keeps it until it is sent another. */
  private readonly sentEnv = new Map<Worker, string>();
  /** The host's environment, read at most once per turn of the event loop (see `environment`). */
  private snapshot: { env: Record<string, string | undefined>; json: string } | null = null;

  constructor(
    private readonly functionsDir: string,
    private readonly size = Number(process.env.FN_WORKERS ?? Math.max(1, availableParallelism() - 1)),
  ) {}

  exists(name: string): boolean {
    return /^[a-z][a-z0-9-]*$/.test(name) && existsSync(join(this.functionsDir, name, 'index.js'));
  }

  /** The least busy worker, starting them on first use (after the environment has been set up). */
  private pick(): Worker {
    if (this.workers.length < this.size) {
      const worker = new Worker(WORKER_SOURCE, { eval: true });
      worker.on('message', (message: { id: number; reply?: unknown; error?: string }) => this.settle(message));
      worker.on('error', (error) => this.failAll(worker, error));
      worker.unref();
      this.workers.push(worker);
      this.load.set(worker, 0);
      return worker;
    }
    return this.workers.reduce((best, w) => ((this.load.get(w) ?? 0) < (this.load.get(best) ?? 0) ? w : best));
  }

  private settle({ id, reply, error }: { id: number; reply?: unknown; error?: string }): void {
    const call = this.pending.get(id);
    if (!call) return;
    this.pending.delete(id);
    clearTimeout(call.timer);
    this.load.set(call.worker, (this.load.get(call.worker) ?? 1) - 1);
    if (error !== undefined) call.reject(new Error(error));
    else call.resolve(reply);
  }

  private failAll(worker: Worker, error: Error): void {
    for (const [id, call] of this.pending) if (call.worker === worker) this.settle({ id, error: String(error) });
  }

  /**
   * The host's environment as the calls of this turn of the event loop see it. Reading `process.env` whole is slow
   * (each variable is a call into the C library; measured at 0.2-0.5 ms a call on the stays bench, on the thread
   * that also serves the database), so the calls that arrive in one turn share one reading; a setting changed now
   * applies from the next turn on, as calls arriving after it are in later turns.
   */
  private environment(): { env: Record<string, string | undefined>; json: string } {
    if (!this.snapshot) {
      const env = { ...process.env };
      this.snapshot = { env, json: JSON.stringify(env) };
      setImmediate(() => {
        this.snapshot = null;
      });
    }
    return this.snapshot;
  }

  /** What to send `worker` with a call: the environment if it differs from what the worker has, else nothing. */
  private environmentFor(worker: Worker): Record<string, string | undefined> | undefined {
    const { env, json } = this.environment();
    if (this.sentEnv.get(worker) === json) return undefined;
    this.sentEnv.set(worker, json);
    return env;
  }

  invoke(name: string, event: unknown, caller: Caller): Promise<unknown> {
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
    const worker = this.pick();
    const id = (this.nextId += 1);
    this.load.set(worker, (this.load.get(worker) ?? 0) + 1);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.settle({ id, error: `function ${name} timed out after ${TIMEOUT_MS} ms` }), TIMEOUT_MS);
      this.pending.set(id, { resolve, reject, timer, worker });
      worker.postMessage({ id, file: join(this.functionsDir, name, 'index.js'), event, context, env: this.environmentFor(worker) });
    });
  }

  async close(): Promise<void> {
    for (const [id] of this.pending) this.settle({ id, error: 'the local cloud is shutting down' });
    await Promise.all(this.workers.map((worker) => worker.terminate()));
    this.workers.length = 0;
    this.sentEnv.clear();
  }
}
