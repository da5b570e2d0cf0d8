import { newBucket } from '../capacity/buckets';
import { departuresOn, heatLevel, movementDays, occupancyCalendar, occupancyMonths, waitingHours } from './today';

describe('heat level', () => {
  it.each([
    ['nothing taken', 0, 10, 0],
    ['one of ten', 1, 10, 1],
    ['half', 5, 10, 2],
    ['nine of ten: busy but not full', 9, 10, 3],
    ['exactly full', 10, 10, 4],
    ['a station with no capacity', 0, 0, 0],
  ])('%s', (_t, taken, capacity, level) => {
    expect(heatLevel({ taken, capacity })).toBe(level);
  });
});

describe('occupancy calendar', () => {
  it('reads taken places from the month counters, across a month end, and treats a missing month as free', () => {
    const nights = newBucket('s1', '2026-11', 10);
    nights.free['2026-11-30'] = 0;
    nights.held['2026-11-30'] = 10;
    nights.free['2026-11-29'] = 7;
    nights.held['2026-11-29'] = 3;
    const days = occupancyCalendar({ stationId: 's1', today: '2026-11-29', beds: 10, seats: 20, nights: [nights], seatDays: [], days: 3 });
    expect(days.map((d) => [d.date, d.beds.taken, d.beds.level, d.seats.taken])).toEqual([
      ['2026-11-29', 3, 1, 0],
      ['2026-11-30', 10, 4, 0],
      ['2026-12-01', 0, 0, 0],
    ]);
  });

  it('shows 30 days from today by default, and names the months it needs', () => {
    expect(occupancyCalendar({ stationId: 's', today: '2026-01-15', beds: 1, seats: 1, nights: [], seatDays: [] })).toHaveLength(30);
    expect(occupancyMonths('2026-01-15')).toEqual(['2026-01', '2026-02']);
    expect(occupancyMonths('2026-01-01')).toEqual(['2026-01']);
  });
});

describe('movements and waiting', () => {
  it('today and tomorrow, across a year end', () => {
    expect(movementDays('2026-12-31')).toEqual(['2026-12-31', '2027-01-01']);
  });

  it('waiting hours are whole hours since the oldest submission; none waiting is null', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect(waitingHours({ oldestSubmittedAt: new Date('2026-11-21T10:30:00Z'), now })).toBe(49);
    expect(waitingHours({ oldestSubmittedAt: null, now })).toBeNull();
  });
});

describe('departures', () => {
  it('are checked-in guests whose planned check-out (the morning after the last night) is today or tomorrow', () => {
    const stays = [
      { id: 'leaves-today', status: 'checked-in', checkIn: '2026-11-20', nights: 3 },
      { id: 'leaves-tomorrow', status: 'checked-in', checkIn: '2026-11-22', nights: 2 },
      { id: 'stays-on', status: 'checked-in', checkIn: '2026-11-23', nights: 5 },
      { id: 'approved-not-arrived', status: 'approved', checkIn: '2026-11-20', nights: 3 },
    ];
    expect(departuresOn(stays, ['2026-11-23', '2026-11-24']).map((s) => [s.id, s.checkOut])).toEqual([
      ['leaves-today', '2026-11-23'],
      ['leaves-tomorrow', '2026-11-24'],
    ]);
  });
});
