import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { localFunctionEnv } from '../../../local-cloud/environment';
import { FUNCTIONS_DIR } from '../../../scripts/build-functions';
import { consentFirst } from '../../support/consent';
import { startTestCloud } from '../../support/local-cloud';
import { addStation, dbOf, requestId, talentApplication } from '../../support/stays';
import { withUploads } from '../../support/uploads';

/**
 * A kept-alive connection that the platform closed while the function sat idle (SCF freezes an instance between
 * calls) is found dead only when the next request is written on it: ECONNRESET. The node-sdk sends that request
 * again on a new connection when its own keep-alive is on (`keepalive: true`, cloudfunctions/_shared/cloud.ts, and
 * the retry scripts/sdk-patches.ts makes happen); the uploads check sends its ranged GET again itself. Through Node's
 * global agent, which keeps connections alive too from Node 19 on, the call answered INTERNAL.
 * Here a gateway stands in front of the local cloud (its `/admin` and the storage URLs it hands out) and drops every
 * connection at its second request, by a reset (RST) or by closing it (FIN: "socket hang up"); a deployable bundle,
 * in a process of its own, answers applies one after the other, each checking two uploaded files.
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
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'range']) if (typeof req.headers[name] === 'string') headers[name] = req.headers[name];
    const reply = await fetch(`${cloud.url}${req.url}`, {
      method: req.method,
      headers,
      body: req.method === 'POST' ? Buffer.concat(chunks) : undefined,
    });
    const type = reply.headers.get('content-type') ?? '';
    const out: Record<string, string> = { 'content-type': type };
    const range = reply.headers.get('content-range');
    if (range) out['content-range'] = range;
    res.writeHead(reply.status, out);
    // The storage URLs the local cloud hands out (getTempFileURL) lead through the gateway too.
    if (type.includes('json')) res.end((await reply.text()).replaceAll(cloud.url, gatewayUrl));
    else res.end(Buffer.from(await reply.arrayBuffer()));
  });
  gateway.on('connection', () => {
    connections += 1;
  });
  gateway.keepAliveTimeout = 30_000;
  await new Promise<void>((done) => gateway.listen(0, '127.0.0.1', done));
  gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
  await addStation(dbOf(cloud), 'station-stale', 10);
});

afterAll(async () => {
  gateway?.closeAllConnections();
  await new Promise((done) => gateway?.close(done));
  await cloud?.stop();
});

/**
 * A fresh process standing for one warm instance of `fn`: it answers `calls` (one after the other, or all at once)
 * with the deployable bundle, its SDK sent to `adminUrl`, and prints the replies.
 */
async function inOneInstance(
  fn: string,
  calls: Array<{ openId: string; event: unknown }>,
  { atOnce = false, adminUrl = `${cloud.url}/admin` } = {},
) {
  const code = `
    const { main } = require(${JSON.stringify(join(FUNCTIONS_DIR, fn, 'index.js'))});
    const call = ({ openId, event }, i) =>
      main(event, { request_id: 'call-' + i, environment: JSON.stringify({ WX_OPENID: openId, WX_APPID: 'local' }) });
    const calls = ${JSON.stringify(calls)};
    (async () => {
      const replies = [];
      if (${atOnce}) replies.push(...(await Promise.all(calls.map(call))));
      else for (const [i, c] of calls.entries()) replies.push(await call(c, i));
      console.log(JSON.stringify(replies));
    })();`;
  const env = { ...process.env, ...localFunctionEnv(cloud.url), TCB_CONTEXT_CNFG: JSON.stringify({ URL: adminUrl }) };
  const { stdout, stderr } = await promisify(execFile)(process.execPath, ['-e', code], { env });
  return { replies: JSON.parse(stdout) as Array<{ ok: boolean; data?: { status: string }; error?: { code: string } }>, stderr };
}

it.each(['reset', 'close'] as const)('applies whose kept-alive connections were dropped (%s) are answered on new ones', async (how) => {
  const callers = [1, 2, 3].map((n) => `stale-${how}-${n}`);
  await consentFirst(cloud, callers);
  const calls = await Promise.all(
    callers.map(async (openId) => ({
      openId,
      event: {
        action: 'apply',
        requestId: requestId(),
        payload: await withUploads(cloud, openId, talentApplication({ stationId: 'station-stale' })),
      },
    })),
  );
  drop = how;
  dropped = 0;
  connections = 0;
  const { replies, stderr } = await inOneInstance('stays', calls, { adminUrl: `${gatewayUrl}/admin` });
  expect(replies.map((r) => (r.ok ? r.data?.status : r.error?.code))).toEqual(['pending', 'pending', 'pending']);
  // The scenario happened: connections were reused and dropped, and each dropped request went again on a new one.
  expect(dropped).toBeGreaterThan(3);
  expect(connections).toBeGreaterThan(dropped);
  // Each time it is logged, for the platform's logs to show how often it happens.
  expect(stderr).toMatch(/\[TCB\] .* on a reused connection: sent again \(http:\/\/127\.0\.0\.1:\d+\/admin\)/);
  expect(stderr).toMatch(/\[uploads\] a ranged read's connection was dropped: sent again \(127\.0\.0\.1:\d+\)/);
});

/**
 * More requests at once than the SDK's agent has connections (100) wait for a free one, and get one already
 * connected: the SDK left a `connect` listener on it for each, which never fired (scripts/sdk-patches.ts). In SCF an
 * instance runs one call at a time; the local cloud runs many, as here.
 */
it('many calls at once in one instance leave no listener behind', async () => {
  const calls = Array.from({ length: 150 }, (_, n) => ({ openId: `many-${n}`, event: { action: 'me', payload: {} } }));
  const { replies, stderr } = await inOneInstance('account', calls, { atOnce: true });
  expect(replies.map((r) => r.ok)).toEqual(Array.from({ length: 150 }, () => true));
  expect(stderr).not.toMatch(/MaxListenersExceededWarning/);
});
