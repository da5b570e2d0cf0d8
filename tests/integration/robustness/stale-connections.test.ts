import { consentFirst } from '../../support/consent';
import { inOneInstance, startGateway, type Gateway } from '../../support/gateway';
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
let gateway: Gateway;

beforeAll(async () => {
  cloud = await startTestCloud();
  gateway = await startGateway(cloud.url);
  await addStation(dbOf(cloud), 'station-stale', 10);
});

afterAll(async () => {
  await gateway?.close();
  await cloud?.stop();
});

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
  // Every connection is dropped at its second request.
  gateway.setRule(({ n }) => (n > 1 ? how : 'pass'));
  gateway.resetCounts();
  const { replies, stderr } = await inOneInstance(cloud.url, 'stays', calls, { adminUrl: `${gateway.url}/admin` });
  const { dropped, connections } = gateway.counts();
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
  const { replies, stderr } = await inOneInstance(cloud.url, 'account', calls, { atOnce: true });
  expect(replies.map((r) => r.ok)).toEqual(Array.from({ length: 150 }, () => true));
  expect(stderr).not.toMatch(/MaxListenersExceededWarning/);
});

/**
 * The SDK's agent kept 10 free connections: an instance with more requests in flight closed the rest as they ended
 * and connected anew for the next ones (scripts/sdk-patches.ts, `FREE_SOCKETS`). Each `me` sends its requests one
 * after another, so three bursts of 60 need no more than 60 connections in all.
 */
it('an instance with many requests in flight keeps their connections for the next ones', async () => {
  const calls = Array.from({ length: 60 }, (_, n) => ({ openId: `burst-${n}`, event: { action: 'me', payload: {} } }));
  gateway.setRule(() => 'pass');
  gateway.resetCounts();
  const { replies } = await inOneInstance(cloud.url, 'account', calls, { atOnce: true, bursts: 3, adminUrl: `${gateway.url}/admin` });
  expect(replies.filter((r) => r.ok)).toHaveLength(180);
  expect(gateway.counts().connections).toBeLessThanOrEqual(calls.length);
});
