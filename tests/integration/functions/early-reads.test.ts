import { consentFirst } from '../../support/consent';
import { inOneInstance, startGateway, type Gateway, type GatewayRequest, type GatewayVerdict } from '../../support/gateway';
import { startTestCloud } from '../../support/local-cloud';
import { addStation, addUser, callStays, dbOf, requestId, talentApplication } from '../../support/stays';
import { withUploads } from '../../support/uploads';

/**
 * An action that takes no personal data starts its prefetch beside the read of the caller's user
 * (cloudfunctions/_shared/handler.ts), so a call waits for one round trip less; one that takes personal data reads
 * nothing of its payload before the caller's consent is checked. A gateway between a deployable bundle and the local
 * cloud sees the database requests in the order they are sent, and can hold one back.
 */
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let gateway: Gateway;

/** The collection a database request of the node-sdk reads or writes (`users`, `stay_applications`…). */
const collectionOf = (request: GatewayRequest): string | null => {
  if (!request.url.startsWith('/admin')) return null;
  const { collectionName } = JSON.parse(request.body.toString('utf8') || '{}') as { collectionName?: unknown };
  return typeof collectionName === 'string' ? collectionName : null;
};

beforeAll(async () => {
  cloud = await startTestCloud();
  gateway = await startGateway(cloud.url);
  const db = dbOf(cloud);
  await addStation(db, 'station-early', 10);
  await addUser(db, 'early-operator', ['operator'], 'station-early');
});

afterAll(async () => {
  await gateway?.close();
  await cloud?.stop();
});

afterEach(() => gateway.setRule(() => 'pass'));

async function pendingStay(openId: string): Promise<string> {
  await consentFirst(cloud, [openId]);
  const payload = await withUploads(cloud, openId, talentApplication({ stationId: 'station-early' }));
  const reply = await callStays(cloud)('apply', payload, openId, { requestId: requestId() });
  expect(reply.ok).toBe(true);
  return reply.data._id as string;
}

it("an operator's approve reads the application while the operator's user is still being read", async () => {
  const id = await pendingStay('early-applicant-1');
  let applicationRead!: () => void;
  const applicationArrived = new Promise<void>((resolve) => (applicationRead = resolve));
  let readWhileUserHeld = false;
  let userHeld = false;
  gateway.setRule(async (request): Promise<GatewayVerdict> => {
    const collection = collectionOf(request);
    if (collection === 'stay_applications') {
      readWhileUserHeld ||= userHeld;
      applicationRead();
    }
    if (collection === 'users' && !userHeld) {
      // Held until the application's read has arrived, or, should it never come while the user is held, for a while.
      userHeld = true;
      await Promise.race([applicationArrived, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      userHeld = false;
    }
    return 'pass';
  });
  const { replies } = await inOneInstance(
    cloud.url,
    'stays',
    [{ openId: 'early-operator', event: { action: 'approve', payload: { id }, locale: 'zh-CN' } }],
    {
      adminUrl: `${gateway.url}/admin`,
    },
  );
  expect(replies.map((r) => (r.ok ? r.data?.status : r.error?.code))).toEqual(['approved']);
  expect(readWhileUserHeld).toBe(true);
});

it('a caller without the role is refused for it first, whatever the early read met', async () => {
  const { replies } = await inOneInstance(
    cloud.url,
    'stays',
    [
      { openId: 'early-stranger', event: { action: 'approve', payload: { id: 'stay-none' }, locale: 'en' } },
      { openId: 'early-operator', event: { action: 'approve', payload: { id: 'stay-none' }, locale: 'en' } },
    ],
    { adminUrl: `${gateway.url}/admin` },
  );
  expect(replies.map((r) => r.error?.code)).toEqual(['FORBIDDEN', 'NOT_FOUND']);
});

it('an apply (personal data) by a caller who has not consented reads nothing but their user', async () => {
  const openId = 'early-unconsented';
  const payload = await withUploads(cloud, openId, talentApplication({ stationId: 'station-early' }));
  const seen: string[] = [];
  gateway.setRule((request) => {
    if (request.url.startsWith('/admin')) seen.push(collectionOf(request) ?? JSON.parse(request.body.toString('utf8')).action);
    else seen.push('storage');
    return 'pass';
  });
  const { replies } = await inOneInstance(
    cloud.url,
    'stays',
    [{ openId, event: { action: 'apply', payload, requestId: requestId(), locale: 'zh-CN' } }],
    { adminUrl: `${gateway.url}/admin` },
  );
  expect(replies.map((r) => r.error?.code)).toEqual(['FORBIDDEN']);
  expect(seen).toEqual(['users']);
});
