import { newBucket } from '../capacity/buckets';
import { datesFrom } from '../dates';
import { listInput } from './list.schema';
import type { Station } from './model';
import { fewestFree, matchesFilter, monthsOf, stationNetwork } from './network';
import { assertTakesApplications, offers } from './services';
import { toStationView } from './view';

const station = (id: string, over: Partial<Station> = {}): Station => ({
  _id: id,
  name: { 'zh-CN': id, en: id },
  beds: 4,
  seats: 6,
  active: true,
  services: ['stay', 'seats', 'events'],
  ...over,
});

const pudong = station('pudong-intl', { district: 'pudong', order: 1 });
const baoshanA = station('baoshan-a', { district: 'baoshan', order: 3, services: ['stay', 'events'], seats: 0 });
const baoshanB = station('baoshan-b', { district: 'baoshan', order: 2, services: ['stay'] });
const incubator = station('incubator', { district: 'baoshan', order: 4, beds: 0, services: ['seats', 'stay'] });
const closed = station('closed', { district: 'pudong', order: 0, active: false });
const ALL = [incubator, baoshanA, closed, pudong, baoshanB];

describe('offers', () => {
  it.each([
    ['a station listing stays with beds', pudong, 'stay', true],
    ['a station listing stays but with no beds', incubator, 'stay', false],
    ['a station listing seats with no seats', station('x', { seats: 0 }), 'seats', false],
    ['a station not listing events', baoshanB, 'events', false],
    ['apartments, listed', station('x', { services: ['apartments'] }), 'apartments', true],
    ['a station made before service lists: stays, with beds', station('x', { services: undefined }), 'stay', true],
    ['a station made before service lists: seats, with seats', station('x', { services: undefined }), 'seats', true],
    ['a station made before service lists: nothing else', station('x', { services: undefined }), 'events', false],
  ] as const)('%s', (_title, s, offer, expected) => {
    expect(offers(s, offer)).toBe(expected);
  });
});

describe('assertTakesApplications: stays and seats only where the station names the service', () => {
  it.each([
    ['stays named', { services: ['stay'] }, 'stay', null],
    ['stays named, no beds (the holds answer NO_CAPACITY)', { services: ['stay'], beds: 0 }, 'stay', null],
    ['stays taken off the list', { services: ['seats', 'events'] }, 'stay', 'station-not-offering'],
    ['seats taken off the list', { services: ['stay'] }, 'seats', 'station-not-offering'],
    ['no list (made before lists): stays', { services: undefined }, 'stay', null],
    ['no list (made before lists): seats', { services: undefined }, 'seats', null],
  ] as const)('%s', (_title, over, offer, rule) => {
    const check = () => assertTakesApplications(station('x', { ...over, services: over.services && [...over.services] }), offer);
    if (rule === null) expect(check).not.toThrow();
    else
      expect(check).toThrow(expect.objectContaining({ code: 'NOT_ELIGIBLE', details: { reasons: [expect.objectContaining({ rule })] } }));
  });
});

describe('matchesFilter', () => {
  it.each([
    ['no filter: any active station', pudong, {}, true],
    ['no filter: never an inactive one', closed, {}, false],
    ['the district asked for', baoshanA, { district: 'baoshan' }, true],
    ['another district', pudong, { district: 'baoshan' }, false],
    ['a station with no district, when one is asked', station('x'), { district: 'pudong' }, false],
    ['district and offer both met', baoshanA, { district: 'baoshan', offer: 'events' }, true],
    ['district met, offer not', baoshanB, { district: 'baoshan', offer: 'events' }, false],
  ] as const)('%s', (_title, s, filter, expected) => {
    expect(matchesFilter(s, filter)).toBe(expected);
  });
});

describe('fewestFree', () => {
  const december = newBucket('s', '2026-12', 4);
  december.free['2026-12-30'] = 1;
  december.free['2026-12-31'] = 3;
  it.each([
    ['the tightest night of the stay', datesFrom('2026-12-29', 3), 1],
    ['a stay that ends (check-out) on the full night is not affected by it', datesFrom('2026-12-28', 2), 4],
    ['a month with no counter yet counts as entirely free', datesFrom('2027-01-02', 2), 4],
    ['across the year end: the tight night of December still counts', datesFrom('2026-12-31', 3), 3],
    ['no dates at all: capacity', [], 4],
  ] as const)('%s', (_title, dates, expected) => {
    expect(fewestFree({ stationId: 's', dates, buckets: [december], capacity: 4 })).toBe(expected);
  });
  it('never answers below zero, even from a counter an admin shrank', () => {
    const shrunk = newBucket('s', '2026-12', 4);
    shrunk.free['2026-12-01'] = -2;
    expect(fewestFree({ stationId: 's', dates: ['2026-12-01'], buckets: [shrunk], capacity: 4 })).toBe(0);
  });
});

describe('monthsOf', () => {
  it('names each month once, in date order, whatever the order of the dates', () => {
    expect(monthsOf(['2027-01-02', '2026-12-31', '2027-01-01'])).toEqual(['2026-12', '2027-01']);
  });
});

describe('stationNetwork', () => {
  const ids = (entries: Array<{ id: string }>) => entries.map((e) => e.id);
  const nights = datesFrom('2026-12-10', 3);
  const fullAtBaoshanB = newBucket('baoshan-b', '2026-12', 4);
  fullAtBaoshanB.free['2026-12-11'] = 0;
  const stayQuery = { kind: 'stay' as const, dates: nights, need: 1, availableOnly: false };

  it('without dates lists the active stations in their order, then by id, with no free counts', () => {
    const list = stationNetwork({ stations: ALL, filter: {} });
    expect(ids(list)).toEqual(['pudong-intl', 'baoshan-b', 'baoshan-a', 'incubator']);
    expect(list.every((e) => e.free === null && e.available === null)).toBe(true);
  });

  it('a station with no order comes after those with one, then by id', () => {
    expect(ids(stationNetwork({ stations: [station('b'), station('a'), pudong], filter: {} }))).toEqual(['pudong-intl', 'a', 'b']);
  });

  it('filters by district and offer', () => {
    expect(ids(stationNetwork({ stations: ALL, filter: { district: 'baoshan', offer: 'seats' } }))).toEqual(['incubator']);
    expect(ids(stationNetwork({ stations: ALL, filter: { district: 'baoshan', offer: 'stay' } }))).toEqual(['baoshan-b', 'baoshan-a']);
  });

  it('with dates for stays: only stations with beds, those with a free bed every night first', () => {
    const list = stationNetwork({ stations: ALL, filter: { district: 'baoshan' }, free: stayQuery, buckets: [fullAtBaoshanB] });
    expect(list.map((e) => [e.id, e.free, e.available])).toEqual([
      ['baoshan-a', 4, true],
      ['baoshan-b', 0, false],
    ]);
  });

  it('availableOnly leaves out the stations without room on every date', () => {
    const list = stationNetwork({ stations: ALL, filter: {}, free: { ...stayQuery, availableOnly: true }, buckets: [fullAtBaoshanB] });
    expect(ids(list)).toEqual(['pudong-intl', 'baoshan-a']);
  });

  it('a team needing more seats than a station has free on one day sees it as not available', () => {
    const seatDays = newBucket('pudong-intl', '2026-12', 6);
    seatDays.free['2026-12-20'] = 2;
    const list = stationNetwork({
      stations: ALL,
      filter: {},
      free: { kind: 'seats', dates: datesFrom('2026-12-15', 30), need: 3, availableOnly: false },
      buckets: [seatDays],
    });
    expect(list.map((e) => [e.id, e.free, e.available])).toEqual([
      ['incubator', 6, true],
      ['pudong-intl', 2, false],
    ]);
  });

  it("reads another station's counters only for that station", () => {
    const otherFull = newBucket('pudong-intl', '2026-12', 4);
    for (const d of nights) otherFull.free[d] = 0;
    const list = stationNetwork({ stations: [pudong, baoshanA], filter: {}, free: stayQuery, buckets: [otherFull] });
    expect(list.map((e) => [e.id, e.free])).toEqual([
      ['baoshan-a', 4],
      ['pudong-intl', 0],
    ]);
  });
});

describe('toStationView', () => {
  it('leaves out values this build does not know (a newer edit) and fills the rest with null or empty', () => {
    const view = toStationView(
      station('x', { district: 'atlantis' as never, kind: 'castle' as never, facilities: ['wifi', 'moat'], services: ['stay', 'spa'] }),
    );
    expect(view).toMatchObject({
      district: null,
      kind: null,
      facilities: ['wifi'],
      services: ['stay'],
      contact: null,
      hours: null,
      photos: [],
    });
  });
});

describe('listInput', () => {
  it.each([
    ['nothing at all', undefined, true],
    ['a district and an offer', { district: 'baoshan', offer: 'stay' }, true],
    ['an unknown district', { district: 'atlantis' }, false],
    ['dates for a stay', { free: { kind: 'stay', from: '2026-12-10', days: 3 } }, true],
    ['a 3-month seat booking', { free: { kind: 'seats', from: '2026-12-10', days: 93, need: 6 } }, true],
    ['more days than any booking has', { free: { kind: 'stay', from: '2026-12-10', days: 94 } }, false],
    ['no date', { free: { kind: 'stay', days: 3 } }, false],
    ['an unknown field', { station: 'x' }, false],
  ] as const)('%s', (_title, payload, ok) => {
    expect(listInput.safeParse(payload).success).toBe(ok);
  });
  it('fills need 1 and availableOnly false', () => {
    expect(listInput.parse({ free: { kind: 'stay', from: '2026-12-10', days: 3 } }).free).toMatchObject({ need: 1, availableOnly: false });
  });
});
