import { assertMayView, assertOwner, assertStationStaff, type Caller } from './access';
import { leftoverNights, releasesOf, STAY_DONE_HOLDING } from './holds';

const app = { held: { first: '2026-12-01', end: '2026-12-04' } };
const today = '2026-12-02';

describe('releasesOf', () => {
  it.each([
    ['approval keeps everything', 'pending', 'approved', [], false, false],
    ['rejection gives back every night and the free stay', 'pending', 'rejected', ['2026-12-01', '2026-12-02', '2026-12-03'], true, true],
    [
      'cancelling an approved stay gives back every night and the free stay',
      'approved',
      'cancelled',
      ['2026-12-01', '2026-12-02', '2026-12-03'],
      true,
      true,
    ],
    [
      'a no-show gives back the nights but uses up the free stay',
      'approved',
      'no-show',
      ['2026-12-01', '2026-12-02', '2026-12-03'],
      true,
      false,
    ],
    ['checking out early gives back the nights from today', 'checked-in', 'checked-out', ['2026-12-02', '2026-12-03'], true, false],
    ['check-in keeps the nights and the claim', 'approved', 'checked-in', [], false, false],
    ['cancelling from the waitlist gives back no nights (none held)', 'waitlisted', 'cancelled', [], true, true],
    ['an offer confirmed keeps its nights', 'offered', 'pending', [], false, false],
  ] as const)('%s', (_t, from, to, nights, releaseClaim, returnFreeStay) => {
    const held = from === 'waitlisted' ? null : app.held;
    expect(releasesOf({ app: { held }, from, to, today })).toMatchObject({ nights, releaseClaim, returnFreeStay });
  });
});

const code = (fn: () => void) => {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return (error as { code: string }).code;
  }
};
const operator: Caller = { openId: 'op', roles: ['applicant', 'operator'], stationId: 's1' };
const admin: Caller = { openId: 'ad', roles: ['applicant', 'admin'], stationId: null };
const applicant: Caller = { openId: 'me', roles: ['applicant'], stationId: null };
const record = { ownerId: 'me', stationId: 's1' };

describe('access', () => {
  it.each([
    ['the operator of the station', operator, 's1', 'ok'],
    ['an operator of another station', operator, 's2', 'FORBIDDEN'],
    ['an admin, any station', admin, 's2', 'ok'],
    ['an applicant', applicant, 's1', 'FORBIDDEN'],
  ])('station staff: %s → %s', (_t, caller, station, expected) => {
    expect(code(() => assertStationStaff(caller, station))).toBe(expected);
  });

  it.each([
    ['the owner', applicant, 'ok'],
    ['another applicant', { ...applicant, openId: 'other' }, 'NOT_FOUND'],
    ['the operator of the station', operator, 'ok'],
    ['an operator of another station', { ...operator, stationId: 's2' }, 'NOT_FOUND'],
  ])('view: %s → %s', (_t, caller, expected) => {
    expect(code(() => assertMayView(caller, record))).toBe(expected);
  });

  it('only the owner acts as the applicant', () => {
    expect(code(() => assertOwner(operator, record))).toBe('NOT_FOUND');
    expect(code(() => assertOwner(applicant, record))).toBe('ok');
  });
});

describe('leftoverNights', () => {
  const dates = ['2026-12-01', '2026-12-02', '2026-12-03'];
  const fromToday = ['2026-12-02', '2026-12-03'];
  it('a stay is done holding in exactly its final statuses', () => {
    expect([...STAY_DONE_HOLDING].sort()).toEqual(['cancelled', 'checked-out', 'expired', 'no-show', 'rejected']);
  });
  // Each status with its hold settled (older than the grace) and not (a change that holds may still be running).
  it.each([
    ['cancelled: every night from today on', 'cancelled', fromToday, fromToday],
    ['rejected', 'rejected', fromToday, fromToday],
    ['expired', 'expired', fromToday, fromToday],
    ['no-show', 'no-show', fromToday, fromToday],
    ['checked out: the nights from today on', 'checked-out', fromToday, fromToday],
    ['waitlisted: held for it once settled; before, an offer may be between its hold and its status write', 'waitlisted', fromToday, []],
    ['pending holds its nights', 'pending', [], []],
    ['approved', 'approved', [], []],
    ['offered', 'offered', [], []],
    ['checked in', 'checked-in', [], []],
  ] as const)('%s', (_case, status, settled, unsettled) => {
    expect(leftoverNights({ status, dates, today, settled: true })).toEqual(settled);
    expect(leftoverNights({ status, dates, today, settled: false })).toEqual(unsettled);
  });
  it('nothing from today on: nothing left over', () => {
    expect(leftoverNights({ status: 'cancelled', dates: ['2026-11-30'], today, settled: true })).toEqual([]);
  });
});
