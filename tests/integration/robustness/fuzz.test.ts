import fc from 'fast-check';
import { addDays, shanghaiDate } from '../../../core/dates';
import { ERROR_CODES } from '../../../core/contract/error-codes';
import { allActions } from '../../support/action-tables';
import { ANONYMOUS, STRANGER, callersFor, mayCall, writeCallers, type Caller } from '../../support/fuzz/callers';
import { differences, snapshot } from '../../support/fuzz/db-diff';
import { payloadsFor, type Hints } from '../../support/fuzz/payloads';
import { callFunction, startTestCloud } from '../../support/local-cloud';

/**
 * Property-based fuzzing of every action of every function (enumerated from the functions' own tables, so new ones
 * are covered): random payloads — schema-shaped, mutated, or junk — from callers of every role, anonymous and
 * unknown. Whatever the payload, the answer is an envelope; a refusal carries one of the contract's codes but never
 * INTERNAL, and leaves the database exactly as it was. `FUZZ_RUNS` payloads per action (`npm run test:full`: 1000).
 *
 * Excluded from "exactly as it was": `rate_limits`. A window counts attempts, refused ones included, by design
 * (core/abuse/rate-limit.ts: the limit is on calls that reach the handler's checks, so that a caller cannot probe
 * without limit by sending failing payloads). Idempotency claims are NOT excluded: a refused submit releases its claim.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const EXCLUDED = ['rate_limits'];
const REFUSALS = ERROR_CODES.filter((code) => code !== 'INTERNAL');

const actions = allActions();
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
const callers: Caller[] = callersFor({ prefix: 'fuzz', perRole: 3, only: false });
/** `FUZZ_STATS=1`: how each action answered, printed at the end, to see how deep the payloads reach. */
const stats = new Map<string, Map<string, number>>();
const count = (key: string, outcome: string) => {
  const row = stats.get(key) ?? new Map<string, number>();
  row.set(outcome, (row.get(outcome) ?? 0) + 1);
  stats.set(key, row);
};

beforeAll(async () => {
  cloud = await startTestCloud();
});
beforeEach(async () => {
  await writeCallers(cloud, callers);
});
afterAll(async () => {
  if (process.env.FUZZ_STATS)
    console.log([...stats].map(([key, row]) => `${key}: ${[...row].map(([o, n]) => `${o} ${n}`).join(', ')}`).join('\n'));
  await cloud?.stop();
});

/** Ids that exist now (so lookups succeed and the checks behind them run), dates around today, openids, years. */
function currentHints(fn: string): Hints {
  const view = cloud.store.latestView();
  const idsOf = (collection: string) =>
    cloud.store.hasCollection(collection)
      ? cloud.store
          .scan(collection, view)
          .slice(-40)
          .map((doc) => String((doc as { _id: unknown })._id))
      : [];
  const ids = [
    'stations',
    'units',
    'categories',
    'stay_applications',
    'seat_applications',
    'requests',
    'users',
    'events',
    'event_sessions',
    'event_sign_ups',
    'apartment_buildings',
    'apartment_units',
    'apartment_applications',
    'apartment_leases',
    'apartment_blocks',
    'support_applications',
  ].flatMap(idsOf);
  const units = idsOf('units');
  const own: Record<string, string> = {
    stays: 'stay_applications',
    workspaces: 'seat_applications',
    requests: 'requests',
    housing: 'apartment_applications',
    tenancies: 'apartment_blocks',
    support: 'support_applications',
  };
  const byField = {
    stationId: idsOf('stations'),
    category: idsOf('categories'),
    unitId: fn === 'housing' || fn === 'tenancies' ? idsOf('apartment_units') : units,
    buildingId: idsOf('apartment_buildings'),
    leaseId: idsOf('apartment_leases'),
    employerCreditCode: idsOf('apartment_employers'),
    leadUnitId: units,
    unitIds: fn === 'tenancies' ? idsOf('apartment_units') : units,
    coUnitIds: units,
    seatApplicationId: idsOf('seat_applications'),
    id: fn === 'events' ? [...idsOf('events'), ...idsOf('event_sign_ups')] : own[fn] ? idsOf(own[fn]) : [],
    sessionId: idsOf('event_sessions'),
    // events.checkIn: the QR codes of sign-ups that exist.
    code: idsOf('event_sign_ups').map((id) => `rcyz-event:${id}`),
  };
  const today = shanghaiDate(new Date());
  const dates = [-400, -30, -1, 0, 1, 2, 7, 14, 30, 40, 60, 89, 90, 200].map((n) => addDays(today, n));
  return { strings: [...ids, today.slice(0, 4), 'c1', 'c2', 'cloud://local-env.bucket/uploads/x.pdf'], dates, byField };
}

const describeReply = (caller: Caller, event: unknown, body: unknown) =>
  `${caller.label} (${caller.openId}) sent ${JSON.stringify(event)?.slice(0, 600)}\n  got ${JSON.stringify(body)?.slice(0, 600)}`;

describe.each([...new Set(actions.map((a) => a.fn))])('%s', (fn) => {
  const mine = actions.filter((a) => a.fn === fn);

  it.each(mine.map((a) => [a.action, a] as const))(
    '%s: any payload from any caller is answered; a refusal is never INTERNAL and changes nothing',
    async (_name, { action, spec }) => {
      const allowed = callers.filter((c) => mayCall(c, spec.roles));
      const others = [...callers.filter((c) => !mayCall(c, spec.roles)), ANONYMOUS, STRANGER];
      // Mostly callers the role check lets through, so that the payload is what gets tested.
      const caller = fc.oneof(
        { arbitrary: fc.constantFrom(...(allowed.length > 0 ? allowed : others)), weight: 9 },
        { arbitrary: fc.constantFrom(...others), weight: 1 },
      );
      const requestId = fc.oneof(
        { arbitrary: fc.uuid().map((u) => `fz-${u}`), weight: 20 },
        { arbitrary: fc.constantFrom(undefined, '', 'short', 'x'.repeat(65)), weight: 1 },
      );
      const locale = fc.constantFrom(undefined, undefined, undefined, 'zh-CN', 'en', 'fr');
      await fc.assert(
        // `uploads`: the files a payload names are uploaded by the caller first (as the app does), or not at all.
        fc.asyncProperty(
          caller,
          payloadsFor(spec.input, currentHints(fn)),
          requestId,
          locale,
          fc.boolean(),
          async (who, payload, rid, loc, uploads) => {
            const event = {
              action,
              payload,
              ...(rid !== undefined ? { requestId: rid } : {}),
              ...(loc !== undefined ? { locale: loc } : {}),
            };
            const before = snapshot(cloud.store, EXCLUDED);
            const { status, body } = await callFunction(cloud, fn, event, who.openId, { uploads });
            const context = describeReply(who, event, body);
            if (status !== 200 || typeof body?.ok !== 'boolean') throw new Error(`not an envelope (HTTP ${status}): ${context}`);
            const paths =
              process.env.FUZZ_STATS === 'issues'
                ? `[${(body.error?.details?.issues ?? body.error?.issues ?? []).map((i: { path: string }) => i.path).join('|')}]`
                : '';
            count(
              `${fn}.${action}`,
              body.ok ? 'ok' : `${body.error?.code}${body.error?.details?.consentRequired ? '(consent)' : ''}${paths}`,
            );
            if (body.ok) return;
            if (!REFUSALS.includes(body.error?.code)) throw new Error(`answered ${body.error?.code}: ${context}`);
            const changed = differences(before, snapshot(cloud.store, EXCLUDED));
            if (changed.length > 0) throw new Error(`refused (${body.error.code}) but changed ${changed.join(', ')}: ${context}`);
          },
        ),
        // No shrinking: each run changes the database, so a shrunk payload would meet another state; the first
        // counterexample is reported as it was found.
        { numRuns: RUNS, endOnFailure: true },
      );
    },
    // Generous (1.5 s a call on a loaded machine): a test timing out would leave its calls running into the next.
    60_000 + RUNS * 1500,
  );

  it(
    'any event at all (no action, unknown action, junk) is answered with VALIDATION or UNAUTHENTICATED',
    async () => {
      const known = mine.map((a) => a.action);
      const event = fc.oneof(
        fc.jsonValue({ maxDepth: 3 }),
        fc.record({
          action: fc
            .oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty'))
            .filter((a) => !known.includes(a)),
          payload: fc.jsonValue({ maxDepth: 2 }),
        }),
      );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...callers, ANONYMOUS, STRANGER), event, async (who, e) => {
          const { body } = await callFunction(cloud, fn, e, who.openId);
          if (body?.ok !== false || !['VALIDATION', 'UNAUTHENTICATED'].includes(body.error?.code))
            throw new Error(describeReply(who, e, body));
        }),
        { numRuns: Math.max(10, Math.round(RUNS / 2)), endOnFailure: true },
      );
    },
    60_000 + RUNS * 1500,
  );
});
