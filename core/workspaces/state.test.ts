import type { Actor } from '../stays/state';
import { cancelBeforeStart, newSeatApplication, seatReleases, teamKeyOf, termOver, toSeatView, validLastDay } from './application';
import { SEAT_STATUSES, type SeatStatus } from './model';
import { DEFAULT_SEAT_POLICY } from '../stations/policy';
import { seatEligibility, seatNumberProblems, seatRequestRules } from './rules';
import { nextSeatStatus, SEAT_TRANSITIONS, type SeatEvent } from './state';

const outcome = (status: SeatStatus, event: SeatEvent, actor: Actor) => {
  try {
    return nextSeatStatus({ status, event, actor });
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('seat state machine', () => {
  it.each([
    ['assignSeats', 'pending', 'operator', 'approved'],
    ['refer', 'pending', 'operator', 'referred'],
    ['reject', 'pending', 'operator', 'rejected'],
    ['cancel', 'pending', 'owner', 'cancelled'],
    ['cancel', 'approved', 'owner', 'cancelled'],
    ['endEarly', 'approved', 'owner', 'ended-early'],
    ['endEarly', 'approved', 'operator', 'ended-early'],
    ['expire', 'pending', 'system', 'expired'],
    ['end', 'approved', 'system', 'ended'],
    ['assigning seats twice', 'approved', 'operator', 'CONFLICT'],
    ['refer', 'approved', 'operator', 'CONFLICT'],
    ['assignSeats', 'pending', 'owner', 'FORBIDDEN'],
    ['cancel', 'pending', 'operator', 'FORBIDDEN'],
    ['endEarly', 'pending', 'owner', 'CONFLICT'],
  ] as const)('%s from %s by %s → %s', (event, status, actor, expected) => {
    const e = (event === 'assigning seats twice' ? 'assignSeats' : event) as SeatEvent;
    expect(outcome(status, e, actor)).toBe(expected);
  });

  const all = (Object.keys(SEAT_TRANSITIONS) as SeatEvent[]).flatMap((event) =>
    SEAT_STATUSES.flatMap((status) => (['owner', 'operator', 'system'] as Actor[]).map((actor) => [event, status, actor] as const)),
  );
  it.each(all)('%s from %s by %s follows the table', (event, status, actor) => {
    const t = SEAT_TRANSITIONS[event];
    const expected = !(t.by as readonly Actor[]).includes(actor)
      ? 'FORBIDDEN'
      : (t.from as readonly string[]).includes(status)
        ? t.to
        : 'CONFLICT';
    expect(outcome(status, event, actor)).toBe(expected);
  });
});

describe('seatRequestRules', () => {
  const ok = { seats: 6, months: 3, startDate: '2026-11-24', teamSize: 10, today: '2026-11-23', policy: DEFAULT_SEAT_POLICY };
  it.each([
    ['6 seats for 3 months from tomorrow, a team of 10', ok, []],
    ['7 seats', { ...ok, seats: 7 }, ['seats']],
    ['0 seats', { ...ok, seats: 0 }, ['seats']],
    ['4 months', { ...ok, months: 4 }, ['months']],
    ['start today', { ...ok, startDate: '2026-11-23' }, ['startDate']],
    ['start exactly 60 days ahead', { ...ok, startDate: '2027-01-22' }, []],
    ['start 61 days ahead', { ...ok, startDate: '2027-01-23' }, ['startDate']],
    ['a team of 11', { ...ok, teamSize: 11 }, ['members']],
  ])('%s → %j', (_t, input, expected) => {
    expect(seatRequestRules(input).map((r) => r.rule)).toEqual(expected);
  });

  it('needs a business plan', () => {
    expect(seatEligibility([]).map((r) => r.rule)).toEqual(['business-plan']);
    expect(seatEligibility([{ kind: 'business-plan', fileId: 'cloud://e.b/p.pdf', type: 'pdf', size: 1 }])).toEqual([]);
  });
});

describe('seatNumberProblems', () => {
  const period = { first: '2026-12-01', end: '2027-01-01' };
  const base = { seats: 2, capacity: 20, period, others: [] };
  it.each([
    ['two free seats', { ...base, seatNumbers: [1, 2] }, 0],
    ['the same seat twice', { ...base, seatNumbers: [1, 1] }, 1],
    ['one seat for two asked', { ...base, seatNumbers: [1] }, 1],
    ['seat 21 of 20', { ...base, seatNumbers: [1, 21] }, 1],
    [
      'a seat another team holds in December',
      { ...base, seatNumbers: [1, 2], others: [{ seatNumbers: [2], held: { first: '2026-12-15', end: '2027-01-15' } }] },
      1,
    ],
    [
      'a seat whose team leaves the day this one starts',
      { ...base, seatNumbers: [1, 2], others: [{ seatNumbers: [2], held: { first: '2026-11-01', end: '2026-12-01' } }] },
      0,
    ],
  ])('%s → %i problem(s)', (_t, input, count) => {
    expect(seatNumberProblems(input)).toHaveLength(count);
  });
});

describe('seat releases and dates', () => {
  const app = { held: { first: '2026-12-01', end: '2026-12-06' } };
  it.each([
    ['rejection gives back every day', 'pending', 'rejected', undefined, 5],
    ['referral gives back every day', 'pending', 'referred', undefined, 5],
    ['ending early after the 3rd gives back the 4th and 5th', 'approved', 'ended-early', '2026-12-03', 2],
    ['approval keeps every day', 'pending', 'approved', undefined, 0],
    ['a term that ran to its end keeps its days counted', 'approved', 'ended', undefined, 0],
  ] as const)('%s', (_t, from, to, lastDay, days) => {
    expect(seatReleases({ app, from, to, lastDay }).days).toHaveLength(days);
  });

  it.each([
    ['pending, any time', 'pending', '2026-12-05', true],
    ['approved, before the start', 'approved', '2026-11-30', true],
    ['approved, on the start day', 'approved', '2026-12-01', false],
  ] as const)('cancel %s → %s', (_t, status, today, allowed) => {
    expect(cancelBeforeStart({ status, startDate: '2026-12-01', today })).toBe(allowed);
  });

  it.each([
    ['today', '2026-12-03', true],
    ['yesterday', '2026-12-02', false],
    ['the booked last day (nothing to end)', '2026-12-05', false],
  ])('last day %s → %s', (_t, lastDay, ok) => {
    expect(validLastDay({ lastDay, today: '2026-12-03', startDate: '2026-12-01', endDate: '2026-12-06' })).toBe(ok);
  });

  it('counts a team by credit code, else by its leader', () => {
    expect(teamKeyOf({ creditCode: '91310115ma1k3abc1x', ownerId: 'o' })).toBe('uscc:91310115MA1K3ABC1X');
    expect(teamKeyOf({ ownerId: 'o' })).toBe('leader:o');
  });

  it('builds a pending application holding start..end (3 months) and hashes every member', () => {
    const app = newSeatApplication({
      id: 'seat-1',
      ownerId: 'lead',
      now: new Date('2026-11-23T02:00:00Z'),
      policy: DEFAULT_SEAT_POLICY,
      locale: 'en',
      hashOf: (p) => `h:${p.identityDocument.number}`,
      seal: (plain) => ({ kid: 'test', iv: 'iv', tag: 'tag', ct: `sealed(${plain})` }),
      documents: [{ kind: 'business-plan', fileId: 'cloud://e.b/p.pdf', type: 'pdf', size: 1 }],
      apply: {
        stationId: 's',
        seats: 2,
        months: 3,
        startDate: '2026-12-01',
        documents: [],
        team: {
          name: 'T',
          leader: { name: 'L', phone: '+8613800000000', identityDocument: { kind: 'id-card', number: 'A1234567' } },
          members: [{ name: 'M', phone: '13912345678', identityDocument: { kind: 'passport', number: 'E7654321' } }],
          projectSummary: 'A summary here',
        },
      },
    });
    expect(app).toMatchObject({
      status: 'pending',
      endDate: '2027-03-01',
      held: { first: '2026-12-01', end: '2027-03-01' },
      leaderIdHash: 'h:A1234567',
      memberIdHashes: ['h:E7654321'],
    });
    expect(app.team.members[0].idMasked).toBe('****4321');
  });

  it('keeps the leader phone and every identity number only masked and sealed, and a view shows no sealed value', () => {
    const seal = (plain: string) => ({ kid: 'test', iv: 'iv', tag: 'tag', ct: `sealed(${plain})` });
    const app = newSeatApplication({
      id: 'seat-2',
      ownerId: 'lead',
      now: new Date('2026-11-23T02:00:00Z'),
      policy: DEFAULT_SEAT_POLICY,
      locale: 'en',
      hashOf: () => 'h',
      seal,
      documents: [{ kind: 'business-plan', fileId: 'cloud://e.b/p.pdf', type: 'pdf', size: 1 }],
      apply: {
        stationId: 's',
        seats: 1,
        months: 1,
        startDate: '2026-12-01',
        documents: [],
        team: {
          name: 'T',
          leader: { name: 'L', phone: '+8613811112222', identityDocument: { kind: 'id-card', number: 'A1234567' } },
          members: [{ name: 'M', phone: '13912345678', identityDocument: { kind: 'passport', number: 'E7654321' } }],
          projectSummary: 'A summary here',
        },
      },
    });
    expect(app.team.leader).toEqual({
      name: 'L',
      phoneMasked: '*********2222',
      idKind: 'id-card',
      idMasked: '****4567',
      sealed: { phone: seal('+8613811112222'), idNumber: seal('A1234567') },
    });
    expect(app.team.members[0]).toEqual({
      name: 'M',
      phoneMasked: '*******5678',
      idKind: 'passport',
      idMasked: '****4321',
      sealed: { idNumber: seal('E7654321'), phone: seal('13912345678') },
    });
    const view = JSON.stringify(toSeatView(app));
    expect(view).not.toContain('sealed');
    expect(view).not.toMatch(/A1234567|E7654321|13811112222|13912345678/);
  });
});

describe('termOver', () => {
  it.each([
    ['the last day, 23:59 in Shanghai', '2026-12-05T15:59:00Z', false],
    ['the end date, 00:00 in Shanghai', '2026-12-05T16:00:00Z', true],
  ])('%s → %s', (_t, now, over) => {
    expect(termOver({ endDate: '2026-12-06', now: new Date(now) })).toBe(over);
  });
});
