import { fnv1a, mulberry32 } from '../random';
import { drawLottery, drawMatchesSeed } from './lottery';
import type { SessionRules } from './model';
import { firstComeOutcome, offersFromWaitlist, signUpRefusals, type SignUpInput } from './sign-up';

const session: SessionRules = {
  capacity: 30,
  audience: 'any-talent',
  allocation: 'first-come',
  opensAt: '2026-12-01T00:00:00.000Z',
  closesAt: '2026-12-10T00:00:00.000Z',
  maxPartySize: 3,
};
const ok: SignUpInput = {
  session,
  now: '2026-12-06T00:00:00.000Z',
  partySize: 1,
  residentOf: [],
  isStartupTeamMember: false,
  earlier: null,
};
const refused = (change: Partial<SignUpInput>) => signUpRefusals({ ...ok, ...change }).map((r) => r.rule);

describe('signing up for a session', () => {
  it.each<[string, Partial<SignUpInput>, string[]]>([
    ['inside the window', {}, []],
    ['at the very instant the window opens', { now: session.opensAt }, []],
    ['a millisecond before it opens', { now: '2026-11-30T23:59:59.999Z' }, ['window-not-open']],
    ['at the instant it closes', { now: session.closesAt }, ['window-closed']],
    ['a session already under way', { sessionStartsAt: '2026-12-05T00:00:00.000Z' }, ['session-started']],
    ['a session starting later', { sessionStartsAt: '2026-12-20T00:00:00.000Z' }, []],
    ['a second sign-up of the same person', { earlier: 'confirmed' }, ['one-per-person']],
    ['the same person, still on the waitlist', { earlier: 'waitlisted' }, ['one-per-person']],
    ['the same person, entered in the draw', { earlier: 'entered' }, ['one-per-person']],
    ['the same person, offered a place', { earlier: 'offered' }, ['one-per-person']],
    ['the same person, checked in', { earlier: 'attended' }, ['one-per-person']],
    ['the same person, a no-show', { earlier: 'no-show' }, ['one-per-person']],
    ['the same person after cancelling', { earlier: 'cancelled' }, []],
    ['the same person after an offered place lapsed', { earlier: 'lapsed' }, []],
    ['a parent with two children (3 places)', { partySize: 3 }, []],
    ['a party of 4 where 3 is the most', { partySize: 4 }, ['party-size']],
    ['a party of none', { partySize: 0 }, ['party-size']],
    ['a resident of the station', { session: { ...session, audience: 'station-residents', stationId: 's1' }, residentOf: ['s1'] }, []],
    [
      'a resident of another station',
      { session: { ...session, audience: 'station-residents', stationId: 's1' }, residentOf: ['s2'] },
      ['residents-only'],
    ],
    ['a startup team member', { session: { ...session, audience: 'startup-teams' }, isStartupTeamMember: true }, []],
    ['not in a startup team', { session: { ...session, audience: 'startup-teams' } }, ['teams-only']],
  ])('%s → %j', (_t, change, expected) => {
    expect(refused(change)).toEqual(expected);
  });

  it.each([
    ['the party fits exactly', 27, 3, 'confirmed'],
    ['one place short', 28, 3, 'waitlisted'],
    ['full', 30, 1, 'waitlisted'],
  ])('first come: %s → %s', (_t, taken, partySize, expected) => {
    expect(firstComeOutcome({ capacity: 30, taken, partySize })).toBe(expected);
  });

  it('offers freed places in waitlist order, skipping a party too large for them', () => {
    const waitlist = [
      { id: 'a', partySize: 3 },
      { id: 'b', partySize: 1 },
      { id: 'c', partySize: 2 },
      { id: 'd', partySize: 1 },
    ];
    expect(offersFromWaitlist(waitlist, 2).map((e) => e.id)).toEqual(['b', 'd']);
    expect(offersFromWaitlist(waitlist, 3).map((e) => e.id)).toEqual(['a']);
    expect(offersFromWaitlist(waitlist, 0)).toEqual([]);
  });
});

describe('the lottery', () => {
  const entries = Array.from({ length: 40 }, (_, i) => ({ id: `e${String(i).padStart(2, '0')}`, partySize: (i % 3) + 1 }));

  it('is the same draw for the same seed, whatever order the entries come in', () => {
    const one = drawLottery({ seed: 'camp-2027-07:9f2c', entries, capacity: 30 });
    const two = drawLottery({ seed: 'camp-2027-07:9f2c', entries: [...entries].reverse(), capacity: 30 });
    expect(two.order.map((e) => e.id)).toEqual(one.order.map((e) => e.id));
  });

  it('is another draw for another seed', () => {
    const one = drawLottery({ seed: 'a', entries, capacity: 30 });
    const two = drawLottery({ seed: 'b', entries, capacity: 30 });
    expect(two.order.map((e) => e.id)).not.toEqual(one.order.map((e) => e.id));
  });

  it('never gives more places than the capacity, and everyone is either a winner or on the waitlist', () => {
    for (const seed of ['x', 'y', 'z', '2026-12-10T00:00:00Z']) {
      const draw = drawLottery({ seed, entries, capacity: 30 });
      expect(draw.winners.reduce((n, e) => n + e.partySize, 0)).toBeLessThanOrEqual(30);
      expect([...draw.winners, ...draw.waitlist].map((e) => e.id).sort()).toEqual(entries.map((e) => e.id));
    }
  });

  it('lets everyone in when the session is not oversubscribed', () => {
    const draw = drawLottery({ seed: 's', entries: entries.slice(0, 5), capacity: 30 });
    expect(draw.waitlist).toEqual([]);
  });

  it('draws parties with too many no-shows after everyone else, when the policy says so', () => {
    const marked = entries.map((e, i) => ({ ...e, penalised: i < 5 }));
    const draw = drawLottery({ seed: 'p', entries: marked, capacity: 30 });
    expect(draw.order.slice(-5).every((e) => e.penalised)).toBe(true);
    expect(draw.winners.some((e) => e.penalised)).toBe(false);
  });

  it('pins the hash and generator, so a published seed can be checked with any copy of this code', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    const random = mulberry32(1);
    expect([random(), random()].map((x) => x.toFixed(6))).toEqual(['0.627074', '0.002736']);
  });

  it('draws each party with about equal chance (no position bias)', () => {
    const wins = new Map<string, number>();
    const small = Array.from({ length: 10 }, (_, i) => ({ id: `p${i}`, partySize: 1 }));
    for (let run = 0; run < 2000; run += 1) {
      for (const w of drawLottery({ seed: `run-${run}`, entries: small, capacity: 5 }).winners) wins.set(w.id, (wins.get(w.id) ?? 0) + 1);
    }
    for (const entry of small) expect(wins.get(entry.id)).toBeGreaterThan(850);
  });
});

describe('checking a published draw from its seed and order alone', () => {
  const ids = Array.from({ length: 12 }, (_, i) => `e${String(i).padStart(2, '0')}`);
  const drawn = (seed: string, penalised: string[] = []) =>
    drawLottery({ seed, entries: ids.map((id) => ({ id, partySize: 1, penalised: penalised.includes(id) })), capacity: 5 }).order.map(
      (e) => e.id,
    );
  it.each<[string, () => { seed: string; order: string[]; drawnLast: number }, boolean]>([
    ['the order the draw published', () => ({ seed: 'camp', order: drawn('camp'), drawnLast: 0 }), true],
    ['with 3 entries drawn last for no-shows', () => ({ seed: 'camp', order: drawn('camp', ['e03', 'e07', 'e11']), drawnLast: 3 }), true],
    ['the same, not saying 3 were drawn last', () => ({ seed: 'camp', order: drawn('camp', ['e03', 'e07', 'e11']), drawnLast: 0 }), false],
    ['the same order under another seed', () => ({ seed: 'other', order: drawn('camp'), drawnLast: 0 }), false],
    ['two entries swapped', () => ({ seed: 'camp', order: ((o) => [o[1], o[0], ...o.slice(2)])(drawn('camp')), drawnLast: 0 }), false],
    ['an entry named twice', () => ({ seed: 'camp', order: [...drawn('camp'), drawn('camp')[0]], drawnLast: 0 }), false],
    ['more drawn last than drawn', () => ({ seed: 'camp', order: drawn('camp'), drawnLast: 13 }), false],
    ['a draw of one entry', () => ({ seed: 'x', order: ['e00'], drawnLast: 0 }), true],
    ['a draw nobody entered', () => ({ seed: 'x', order: [], drawnLast: 0 }), true],
  ])('%s', (_, input, expected) => {
    expect(drawMatchesSeed(input())).toBe(expected);
  });
});
