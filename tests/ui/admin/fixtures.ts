import type { TodayView } from '@/admin/services/review';
import type { StayView } from '@/admin/services/review';

/** A stay row as `stays.queue` answers it (masked numbers only). */
export const stayView = (i: number, overrides: Partial<StayView> = {}): StayView =>
  ({
    _id: `stay-${String(i).padStart(5, '0')}`,
    stationId: 'station-pudong',
    type: i % 2 === 0 ? 'overseas-professional' : 'graduate',
    program: 'talent',
    ownerId: `user-${i}`,
    person: { name: `Guest ${i}`, phoneMasked: '*******0000', idKind: 'passport', idMasked: '****1234' },
    checkIn: '2026-12-01',
    nights: 3,
    held: { first: '2026-12-01', end: '2026-12-04' },
    status: 'pending',
    facts: { intendsToWorkInShanghai: true, yearsAbroad: 5 },
    documents: [{ kind: 'passport', fileId: 'cloud://local-env.bucket/uploads/p.pdf', type: 'pdf', size: 2048 }],
    pickup: null,
    reason: null,
    offerExpiresAt: null,
    submittedAt: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(),
    updatedAt: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(),
    ...overrides,
  }) as unknown as StayView;

export const todayView = (overrides: Partial<TodayView> = {}): TodayView => ({
  stationId: 'station-pudong',
  date: '2026-11-23',
  days: ['2026-11-23', '2026-11-24'],
  arrivals: [],
  departures: [],
  waiting: { stays: { count: 0, oldestHours: null }, waitlist: { count: 0, oldestHours: null }, seats: { count: 0, oldestHours: null } },
  occupancy: Array.from({ length: 30 }, (_, i) => ({
    date: `2026-12-${String(i + 1).padStart(2, '0')}`,
    beds: { taken: i % 11, capacity: 10, level: i % 5 },
    seats: { taken: 0, capacity: 20, level: 0 },
  })),
  requests: { awaitingTriage: 0, overdue: 0 },
  ...overrides,
});

export const byClass = (name: string): HTMLElement => {
  const found = document.querySelector<HTMLElement>(`.${name}`);
  if (!found) throw new Error(`.${name} is not on the page`);
  return found;
};

export const all = (name: string): HTMLElement[] => Array.from(document.querySelectorAll<HTMLElement>(`.${name}`));

/** A reply the test releases when it wants: to see a page in its loading state. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
