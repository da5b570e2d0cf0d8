import { consentFirst } from '../../support/consent';
import { differences, snapshot } from '../../support/fuzz/db-diff';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import { addStation, dbOf, inDays, requestId, seatApplication, talentApplication } from '../../support/stays';

/**
 * Regressions found by the fuzz test: a refused submit left documents behind. A person's or a team's first
 * application refused for capacity kept the claim it had created (`stay_claims` / `seat_claims` with nothing active).
 */
let cloud: Awaited<ReturnType<typeof startTestCloud>>;

beforeAll(async () => {
  cloud = await startTestCloud();
  const db = dbOf(cloud);
  await addStation(db, 'no-room', 0, 0);
  await consentFirst(cloud, ['refused-1', 'refused-2']);
});
afterAll(() => cloud?.stop());

const unchangedBy = async (call: () => Promise<{ body: any }>, code: string) => {
  const before = snapshot(cloud.store, ['rate_limits']);
  const { body } = await call();
  expect(body).toMatchObject({ ok: false, error: { code } });
  return differences(before, snapshot(cloud.store, ['rate_limits']));
};

it('a first stay application refused for capacity leaves no claim on the person', async () => {
  const apply = () =>
    callFunction(
      cloud,
      'stays',
      { action: 'apply', payload: talentApplication({ stationId: 'no-room' }), requestId: requestId() },
      'refused-1',
    );
  expect(await unchangedBy(apply, 'NO_CAPACITY')).toEqual([]);
});

it("a team's first seat application refused for capacity leaves no claim on the team", async () => {
  const payload = seatApplication({ stationId: 'no-room', startDate: inDays(10) });
  const apply = () => callFunction(cloud, 'workspaces', { action: 'apply', payload, requestId: requestId() }, 'refused-2');
  expect(await unchangedBy(apply, 'NO_CAPACITY')).toEqual([]);
});
