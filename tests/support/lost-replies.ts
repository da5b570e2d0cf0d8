import { createHash } from 'node:crypto';
import { LOCAL_ID_HASH_KEY } from '../../cloudfunctions/_shared/config';
import { identityHash } from '../../cloudfunctions/_shared/identity-hash';
import { holderKey, holdsByBucket, newBucket, type CapacityBucket } from '../../core/capacity/buckets';
import { datesUntil } from '../../core/dates';
import { consentFirst } from './consent';
import { inOneInstance, startGateway, type Gateway, type GatewayRequest, type GatewayVerdict } from './gateway';
import { startTestCloud } from './local-cloud';
import { addStation, dbOf, inDays, newPassport, type Db } from './stays';
import { withUploads } from './uploads';

/**
 * The harness of tests/integration/robustness/lost-replies/, one file per domain, each with its own local cloud.
 * A write whose reply is lost on the way back (the platform dropped the connection after the database applied it)
 * reaches the function as an error, or, on a kept-alive connection, is sent again by the SDK
 * (scripts/sdk-patches.ts), and the second time the database refuses it: the claim or the application exists, the
 * nights are held. Either way a submit must not hold what nobody has, nor undo what it stored: it tells its own
 * writes from others' (per-call tokens), looks for an application it was told it failed to insert, and gives back
 * nights whenever it asked for them. Here a gateway in front of the local cloud loses the reply of one chosen write;
 * a deployable bundle, in a process of its own (one warm instance), answers the submit.
 */
export let cloud: Awaited<ReturnType<typeof startTestCloud>>;
export let gateway: Gateway;
export let db: Db;
let serial = 0;

/** A local cloud, the gateway in front of it and a database client, for the test file that calls it. */
export function useLostReplies(): void {
  beforeAll(async () => {
    cloud = await startTestCloud();
    gateway = await startGateway(cloud.url);
    db = dbOf(cloud);
  });
  afterAll(async () => {
    await gateway?.close();
    await cloud?.stop();
  });
}

/** A write to the database; `containing`, a text its request must hold (a status it sets, say). */
export type Write = { action: string; collection: string; containing?: string };
const isTarget = (request: GatewayRequest, target: Write): boolean => {
  if (request.url.split('?')[0] !== '/admin' || request.body.length === 0) return false;
  const text = request.body.toString();
  const body = JSON.parse(text) as { action?: string; collectionName?: string };
  return (
    body.action === target.action &&
    body.collectionName === target.collection &&
    (target.containing === undefined || text.includes(target.containing))
  );
};

/**
 * Loses the reply of the first `action` on `collection` that travels on a kept-alive connection (the SDK then sends
 * it again, on a new one). With `sentAgain: 'dropped too'` the request sent again is dropped too, before it reaches the
 * cloud; on its new connection the SDK gives up, and the error reaches the function.
 */
export function loseReplyOf(target: Write, sentAgain: 'reaches the cloud' | 'dropped too'): () => number {
  let lost: Buffer | null = null;
  let resent = 0;
  gateway.setRule((request): GatewayVerdict => {
    if (!isTarget(request, target)) return 'pass';
    if (!lost && request.n > 1) {
      lost = request.body;
      return 'lose-reply';
    }
    if (lost && request.body.equals(lost)) {
      resent += 1;
      return sentAgain === 'dropped too' ? 'reset' : 'pass';
    }
    return 'pass';
  });
  return () => resent;
}

/** The few fields of stored documents these tests look at. */
export interface Stored {
  _id: string;
  status?: string;
  active?: string | null;
  teamKey?: string;
  idHash?: string;
  kind?: string;
  applicationId?: string;
}
export const one = async (collection: string, query: Record<string, unknown>) =>
  (await db.collection(collection).where(query).limit(1).get()).data[0] as Stored | undefined;
export const months = async (collection: 'stay_nights' | 'seat_days', stationId: string) =>
  (await db.collection(collection).where({ stationId }).limit(10).get()).data as CapacityBucket[];

/** A station with one bed and its months open (so that the hold is the first write to them), and a caller. */
export async function setUp(beds = 1, seats = 0) {
  serial += 1;
  const stationId = `station-lost-${serial}`;
  const openId = `lost-${serial}`;
  await addStation(db, stationId, beds, seats);
  const checkIn = inDays(40);
  const dates = datesUntil(checkIn, inDays(42));
  for (const collection of ['stay_nights', 'seat_days'])
    for (const { month } of holdsByBucket(stationId, datesUntil(inDays(10), inDays(45))))
      await db.collection(collection).add(newBucket(stationId, month, collection === 'stay_nights' ? beds : seats));
  await consentFirst(cloud, [openId]);
  return { stationId, openId, checkIn, dates, passport: newPassport() };
}

/**
 * One instance answers `event`, after a warm-up call (the same action with nothing filled in: refused, having read
 * the caller, so that a connection is kept alive).
 */
export async function submit(fn: string, openId: string, event: { action: string; requestId: string; payload: unknown }) {
  const payload = await withUploads(cloud, openId, event.payload);
  const { replies, stderr } = await inOneInstance(
    cloud.url,
    fn,
    [
      { openId, event: { action: event.action, payload: {} } },
      { openId, event: { ...event, payload } },
    ],
    { adminUrl: `${gateway.url}/admin` },
  );
  gateway.setRule(() => 'pass');
  return { reply: replies[1], stderr };
}

export const stayId = (openId: string, request: string) =>
  `stay-${createHash('sha256').update(`stays.apply:${openId}:${request}`).digest('hex').slice(0, 32)}`;

/** What the station's nights, the person's claim and the application say after a submit of `id`. */
export async function stayState(stationId: string, id: string, dates: string[], passport: string) {
  const buckets = await months('stay_nights', stationId);
  const heldBy = (holder: string) => dates.map((d) => buckets.find((b) => b.holders?.[holderKey(holder, d)] !== undefined) !== undefined);
  const held = dates.map((d) => buckets.find((b) => b.held[d] !== undefined)?.held[d] as number);
  const claim = await one('stay_claims', { _id: identityHash({ kind: 'passport', number: passport }, LOCAL_ID_HASH_KEY) });
  return { held, heldByIt: heldBy(id), claimActive: claim?.active ?? null, stored: (await one('stay_applications', { _id: id }))?.status };
}

/** The application is stored pending, holds its two nights once, and is the person's active claim. */
export async function expectStoredHoldingItsNights(s: Awaited<ReturnType<typeof setUp>>, request: string) {
  expect(await stayState(s.stationId, stayId(s.openId, request), s.dates, s.passport)).toEqual({
    held: [1, 1],
    heldByIt: [true, true],
    claimActive: stayId(s.openId, request),
    stored: 'pending',
  });
}
