import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { localFunctionEnv } from '../../local-cloud/environment';
import { FUNCTIONS_DIR } from '../../scripts/build-functions';

/** One request through the gateway: `n` is its place on its connection (1 on a new one). */
export interface GatewayRequest {
  n: number;
  method: string;
  url: string;
  body: Buffer;
}

/**
 * What the gateway does with a request: passes it on (`pass`); drops its connection before the request reaches the
 * cloud, by a reset (`reset`, RST) or by closing it (`close`, FIN: "socket hang up"); or passes it on, lets the
 * cloud apply it, and resets the connection instead of replying (`lose-reply`).
 */
export type GatewayVerdict = 'pass' | 'reset' | 'close' | 'lose-reply';

export interface Gateway {
  url: string;
  /** Decides every request from now on (a rule may take its time: the request waits for its verdict). */
  setRule(rule: (request: GatewayRequest) => GatewayVerdict | Promise<GatewayVerdict>): void;
  /** Connections accepted, and requests not answered (any verdict but `pass`), since the last `resetCounts`. */
  counts(): { connections: number; dropped: number };
  resetCounts(): void;
  close(): Promise<void>;
}

const forwardedHeaders = ['content-type', 'range'];

/**
 * A gateway in front of a local cloud (its `/admin` and the storage URLs it hands out, which it rewrites to lead
 * through the gateway too), keeping connections alive as CloudBase's does, with a rule for each request: the
 * platform's faults (a connection it closed meanwhile, a reply lost on the way) on demand.
 */
export async function startGateway(cloudUrl: string): Promise<Gateway> {
  let rule: (request: GatewayRequest) => GatewayVerdict | Promise<GatewayVerdict> = () => 'pass';
  const served = new WeakMap<Socket, number>();
  let connections = 0;
  let dropped = 0;
  let url = '';
  const server: Server = createServer(async (req, res) => {
    const n = (served.get(req.socket) ?? 0) + 1;
    served.set(req.socket, n);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const verdict = await rule({ n, method: req.method ?? 'GET', url: req.url ?? '/', body });
    if (verdict === 'reset' || verdict === 'close') {
      dropped += 1;
      if (verdict === 'reset') req.socket.resetAndDestroy();
      else req.socket.destroy();
      return;
    }
    const headers: Record<string, string> = {};
    for (const name of forwardedHeaders) if (typeof req.headers[name] === 'string') headers[name] = req.headers[name];
    const reply = await fetch(`${cloudUrl}${req.url}`, { method: req.method, headers, body: req.method === 'POST' ? body : undefined });
    const type = reply.headers.get('content-type') ?? '';
    const payload = type.includes('json') ? (await reply.text()).replaceAll(cloudUrl, url) : Buffer.from(await reply.arrayBuffer());
    if (verdict === 'lose-reply') {
      dropped += 1;
      req.socket.resetAndDestroy();
      return;
    }
    const out: Record<string, string> = { 'content-type': type };
    const range = reply.headers.get('content-range');
    if (range) out['content-range'] = range;
    res.writeHead(reply.status, out);
    res.end(payload);
  });
  server.on('connection', () => {
    connections += 1;
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    setRule: (next) => {
      rule = next;
    },
    counts: () => ({ connections, dropped }),
    resetCounts: () => {
      connections = 0;
      dropped = 0;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}

export interface InstanceReply {
  ok: boolean;
  /** The fields the tests read: an application's (`_id`, `status`) or another record's `id`. */
  data?: { _id: string; status: string; id?: string };
  error?: { code: string };
}

/**
 * A fresh process standing for one warm instance of `fn`: it answers `calls` (one after the other, or all at once;
 * `bursts` times in a row) with the deployable bundle, its SDK sent to `adminUrl` (the cloud's own, or a gateway's), and prints the replies.
 */
export async function inOneInstance(
  cloudUrl: string,
  fn: string,
  calls: Array<{ openId: string; event: unknown }>,
  { atOnce = false, bursts = 1, adminUrl = `${cloudUrl}/admin` } = {},
): Promise<{ replies: InstanceReply[]; stderr: string }> {
  const code = `
    const { main } = require(${JSON.stringify(join(FUNCTIONS_DIR, fn, 'index.js'))});
    const call = ({ openId, event }, i) =>
      main(event, { request_id: 'call-' + i, environment: JSON.stringify({ WX_OPENID: openId, WX_APPID: 'local' }) });
    const calls = ${JSON.stringify(calls)};
    (async () => {
      const replies = [];
      for (let burst = 0; burst < ${bursts}; burst += 1) {
        if (${atOnce}) replies.push(...(await Promise.all(calls.map(call))));
        else for (const [i, c] of calls.entries()) replies.push(await call(c, i));
      }
      console.log(JSON.stringify(replies));
    })();`;
  const env = { ...process.env, ...localFunctionEnv(cloudUrl), TCB_CONTEXT_CNFG: JSON.stringify({ URL: adminUrl }) };
  const { stdout, stderr } = await promisify(execFile)(process.execPath, ['-e', code], { env });
  return { replies: JSON.parse(stdout) as InstanceReply[], stderr };
}
