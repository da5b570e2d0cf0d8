import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { localFunctionEnv } from '../../../local-cloud/environment';
import { FUNCTIONS_DIR } from '../../../scripts/build-functions';
import { startTestCloud } from '../../support/local-cloud';

/**
 * A kept-alive connection that the platform closed while the function sat idle (SCF freezes an instance between
 * calls) is found dead only when the next request is written on it: ECONNRESET. The node-sdk sends that request
 * again on a new connection when its own keep-alive is on (`keepalive: true`, cloudfunctions/_shared/cloud.ts).
 * Through Node's global agent, which keeps connections alive too from Node 19 on, it would fail the call.
 * Here a gateway in front of the local cloud's `/admin` drops every connection at its second request, by a reset
 * (RST: the connection was gone) or by closing it (FIN: "socket hang up"), and a deployable bundle, in a process of
 * its own, answers calls one after the other.
 */
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let gateway: Server;
let gatewayUrl: string;
const served = new WeakMap<Socket, number>();
let drop: 'reset' | 'close' = 'reset';
let dropped = 0;
let connections = 0;

beforeAll(async () => {
  cloud = await startTestCloud();
  gateway = createServer(async (req, res) => {
    const n = (served.get(req.socket) ?? 0) + 1;
    served.set(req.socket, n);
    if (n > 1) {
      dropped += 1;
      if (drop === 'reset') req.socket.resetAndDestroy();
      else req.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const reply = await fetch(`${cloud.url}${req.url}`, {
      method: 'POST',
      headers: { 'content-type': req.headers['content-type'] ?? 'application/json' },
      body: Buffer.concat(chunks),
    });
    res.writeHead(reply.status, { 'content-type': reply.headers.get('content-type') ?? 'application/json' });
    res.end(Buffer.from(await reply.arrayBuffer()));
  });
  gateway.on('connection', () => {
    connections += 1;
  });
  gateway.keepAliveTimeout = 30_000;
  await new Promise<void>((done) => gateway.listen(0, '127.0.0.1', done));
  gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
});

afterAll(async () => {
  gateway?.closeAllConnections();
  await new Promise((done) => gateway?.close(done));
  await cloud?.stop();
});

/** `account.me` three times in one process, as three calls reaching one warm instance. */
const threeCalls = (bundle: string) => `
  const { main } = require(${JSON.stringify(bundle)});
  const context = { request_id: 'stale', environment: JSON.stringify({ WX_OPENID: 'stale-caller', WX_APPID: 'local' }) };
  (async () => {
    const replies = [];
    for (let i = 0; i < 3; i += 1) replies.push(await main({ action: 'me', payload: {} }, { ...context, request_id: 'stale-' + i }));
    console.log(JSON.stringify(replies));
  })();`;

it.each(['reset', 'close'] as const)('a call whose kept-alive connection was dropped (%s) is answered on a new one', async (how) => {
  drop = how;
  dropped = 0;
  connections = 0;
  const { NODE_EXTRA_CA_CERTS: _machineCerts, ...machine } = process.env;
  const env = { ...machine, ...localFunctionEnv(cloud.url), TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${gatewayUrl}/admin` }) };
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', threeCalls(join(FUNCTIONS_DIR, 'account', 'index.js'))], {
    env,
  });
  const replies = JSON.parse(stdout) as Array<{ ok: boolean; error?: { code: string } }>;
  expect(replies.map((r) => (r.ok ? 'ok' : r.error?.code))).toEqual(['ok', 'ok', 'ok']);
  // The scenario happened: connections were reused and dropped, and each dropped request went again on a new one.
  expect(dropped).toBeGreaterThan(0);
  expect(connections).toBeGreaterThan(dropped);
});
