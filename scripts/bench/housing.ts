import tcb from '@cloudbase/node-sdk';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { addDays, shanghaiDate } from '../../core/dates';
import { overlappingPairs, type UnitPeriod } from '../../core/housing/unit-periods';
import { localFunctionEnv } from '../../local-cloud/environment';
import { runLocalCloud } from '../../local-cloud/main';
import { DEMO_EMPLOYER_CREDIT_CODE } from '../../local-cloud/seed/demo-housing';
import { consentFirst } from '../support/consent';
import { seedHousing } from '../support/housing';
import { spawnLocalCloud } from '../support/spawn-cloud';
import { pdfDocument, withUploads } from '../support/uploads';
import { buildBundles } from './bundles';
import { report } from './report';
import { requestsSent, SERIAL_TIMED, serialRoundTrips } from './serial';

const UNITS = 20;
const WAITING = 250;
/** Each unit is offered from `SLOTS` start days a month apart, each twice: at most half the offers can be made. */
const SLOTS = 5;
const RACERS = Number(process.env.BENCH_RACERS ?? 200);
/** Four buildings, each with its own list: unit `i` and household `n` are in building `i % 4` and `n % 4`. */
const BUILDINGS = ['bench-apt-a', 'bench-apt-b', 'bench-apt-c', 'bench-apt-d'];

type Db = ReturnType<ReturnType<typeof tcb.init>['database']>;
type Reply = { ok: boolean; data?: { _id: string; ownerId: string }; error?: { code: string } };

async function call(url: string, openId: string, event: Record<string, unknown>): Promise<Reply> {
  const res = await fetch(`${url}/fn/housing`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Dev-OpenId': openId },
    body: JSON.stringify({ ...event, payload: await withUploads({ url }, openId, event.payload) }),
  });
  return (await res.json()) as Reply;
}

/** `UNITS` one-room units (one-month terms, so offers pack tightly) and `WAITING` households, over the buildings. */
const setUp = (db: Db, now: Date): Promise<void> =>
  seedHousing(db, {
    now,
    employerDueOn: shanghaiDate(now),
    leaseMonths: 1,
    buildings: BUILDINGS.map((id) => ({ id })),
    units: Array.from({ length: UNITS }, (_, i) => ({
      id: `bench-unit-${i}`,
      buildingId: BUILDINGS[i % BUILDINGS.length],
      number: String(i),
    })),
    waiting: Array.from({ length: WAITING }, (_, n) => ({
      id: `bench-apt-${n}`,
      buildingId: BUILDINGS[n % BUILDINGS.length],
      ownerId: `bench-household-${n}`,
    })),
  });

/** Pairs of overlapping periods of two households, over every unit of the building: must be 0. */
async function overallocated(db: Db): Promise<number> {
  const { data } = await db
    .collection('apartment_units')
    .where({ buildingId: db.command.in(BUILDINGS) })
    .limit(1000)
    .get();
  return (data as Array<{ periods: UnitPeriod[] }>).reduce((sum, unit) => sum + overlappingPairs(unit.periods).length, 0);
}

/**
 * `npm run bench housing`: 200 offers race on 20 units from days spread over a year (each to the head of the list,
 * written by compare-and-set on the unit's version), then every household offered accepts at once. Prints the
 * allocation throughput (offers decided and made per second, accepts per second) and `housing.overallocated`:
 * pairs of households holding one unit on the same day, which must be 0.
 */
export async function benchHousing(): Promise<void> {
  await buildBundles(['housing']);
  const dataDir = mkdtempSync(join(tmpdir(), 'rcyz-bench-housing-'));
  const cloud = await spawnLocalCloud(dataDir);
  try {
    Object.assign(process.env, localFunctionEnv(cloud.url));
    const db = tcb.init({ env: 'local', serviceUrl: `${cloud.url}/admin` }).database();
    const now = new Date();
    await setUp(db, now);
    const today = shanghaiDate(now);
    // Warm the function outside the measurement.
    await call(cloud.url, 'demo-operator', { action: 'waitingList', payload: { buildingId: BUILDINGS[0], unitType: 'one-room' } });

    const started = performance.now();
    const offers = await Promise.all(
      Array.from({ length: RACERS }, (_, n) =>
        call(cloud.url, 'demo-operator', {
          action: 'offer',
          requestId: `bench-offer-${n}`,
          payload: { unitId: `bench-unit-${n % UNITS}`, start: addDays(today, 1 + 31 * (Math.floor(n / UNITS) % SLOTS)) },
        }),
      ),
    );
    const offerSeconds = (performance.now() - started) / 1000;
    const odd = offers.filter((r) => !r.ok && r.error?.code !== 'CONFLICT').map((r) => r.error?.code ?? 'unknown');
    if (odd.length > 0) throw new Error(`${odd.length} offers failed other than CONFLICT: ${[...new Set(odd)].join(', ')}`);

    const made = offers.filter((r) => r.ok);

    const acceptStarted = performance.now();
    const accepts = await Promise.all(
      made.map((r, n) =>
        call(cloud.url, r.data!.ownerId, { action: 'acceptOffer', requestId: `bench-accept-${n}`, payload: { id: r.data!._id } }),
      ),
    );
    const acceptSeconds = (performance.now() - acceptStarted) / 1000;
    const leased = accepts.filter((r) => r.ok).length;

    report('housing.offers_decided_per_s', RACERS / offerSeconds);
    report('housing.offers_made', made.length);
    report('housing.offers_made_per_s', made.length / offerSeconds);
    report('housing.accepts_per_s', made.length / Math.max(acceptSeconds, 1e-3));
    report('housing.leased', leased);
    report('housing.overallocated', await overallocated(db));
  } finally {
    cloud.child.kill('SIGTERM');
    await cloud.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
  await countApplyRoundTrips();
}

/** A household's application to the demo district's building, through its employer in the register. */
const apartmentApply = (n: number) => ({
  action: 'apply',
  requestId: `bench-apartment-${n}`,
  payload: {
    buildingId: 'apt-zhangjiang',
    unitType: 'one-room',
    householdSize: 1,
    category: 'young',
    degree: 'master',
    applicant: {
      name: `Bench ${n}`,
      phone: '+8613800000000',
      identityDocument: { kind: 'passport', number: `H${String(n).padStart(9, '0')}` },
    },
    employerCreditCode: DEMO_EMPLOYER_CREDIT_CODE,
    socialInsuranceInShanghai: true,
    ownsHomeInShanghai: false,
    documents: [pdfDocument('labour-contract'), pdfDocument('social-insurance-record'), pdfDocument('no-home-declaration')],
  },
});

/**
 * What one household's apply sends to the database (`housing.apply_round_trips`, counted where the requests arrive)
 * and how many of those requests it waits for one after another (`housing.apply_serial_round_trips`, serial.ts):
 * a local cloud in this process with the demo district, applies one after the other by new households.
 */
async function countApplyRoundTrips(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rcyz-bench-housing-trips-'));
  const cloud = await runLocalCloud({ port: 0, dataDir, quiet: true });
  try {
    const counted = 5;
    const callers = Array.from({ length: counted + 1 + 2 * SERIAL_TIMED }, (_, n) => `bench-household-${n}`);
    await consentFirst(cloud, callers);
    for (const [n, openId] of callers.entries()) await withUploads(cloud, openId, apartmentApply(n).payload);
    const apply = async (n: number) => {
      const reply = await call(cloud.url, callers[n], apartmentApply(n));
      if (!reply.ok) throw new Error(`a counted apartment apply failed: ${reply.error?.code}`);
    };
    await apply(counted);
    const before = requestsSent(cloud, 'database.');
    for (let n = 0; n < counted; n += 1) await apply(n);
    report('housing.apply_round_trips', (requestsSent(cloud, 'database.') - before) / counted);
    report('housing.apply_serial_round_trips', await serialRoundTrips(cloud, (n) => apply(counted + 1 + n)));
  } finally {
    await cloud.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
