import { waitingTimes } from './kpi';

const offer = (submittedOn: string, offeredOn: string) => ({ submittedOn, offeredOn });

describe('waitingTimes', () => {
  it.each<[string, Array<[string, string]>, { offers: number; medianDays: number | null; p90Days: number | null }]>([
    ['no offer', [], { offers: 0, medianDays: null, p90Days: null }],
    ['one offer', [['2026-01-01', '2026-01-31']], { offers: 1, medianDays: 30, p90Days: 30 }],
    [
      'two offers: the mean of the middle two',
      [
        ['2026-01-01', '2026-01-11'],
        ['2026-01-01', '2026-01-21'],
      ],
      { offers: 2, medianDays: 15, p90Days: 20 },
    ],
    [
      'ten offers of 1…10 days: p90 is the ninth',
      Array.from({ length: 10 }, (_, i) => ['2026-03-01', `2026-03-${String(2 + i).padStart(2, '0')}`] as [string, string]),
      { offers: 10, medianDays: 5.5, p90Days: 9 },
    ],
    [
      'eleven offers: p90 is the tenth (nearest rank)',
      Array.from({ length: 11 }, (_, i) => ['2026-03-01', `2026-03-${String(2 + i).padStart(2, '0')}`] as [string, string]),
      { offers: 11, medianDays: 6, p90Days: 10 },
    ],
    ['an offer on the day of applying', [['2026-05-05', '2026-05-05']], { offers: 1, medianDays: 0, p90Days: 0 }],
    ['across a year end and a leap day', [['2027-12-31', '2028-03-01']], { offers: 1, medianDays: 61, p90Days: 61 }],
  ])('%s', (_t, entries, expected) => {
    expect(waitingTimes(entries.map(([s, o]) => offer(s, o)))).toEqual(expected);
  });
});
