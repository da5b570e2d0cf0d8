import { afterRefusedIncrement, rateCounterId, rateWindow, retryAfterSeconds, type RateLimit } from './rate-limit';

const tenMinutes: RateLimit = { max: 10, perSeconds: 600 };
const at = (iso: string) => new Date(iso);

describe('rateWindow', () => {
  it.each([
    ['a moment inside a window', '2026-03-02T08:07:30.000Z', '2026-03-02T08:00:00.000Z', '2026-03-02T08:10:00.000Z'],
    [
      'exactly at a window start belongs to the new window',
      '2026-03-02T08:10:00.000Z',
      '2026-03-02T08:10:00.000Z',
      '2026-03-02T08:20:00.000Z',
    ],
    [
      'one millisecond before the end still belongs to the old window',
      '2026-03-02T08:09:59.999Z',
      '2026-03-02T08:00:00.000Z',
      '2026-03-02T08:10:00.000Z',
    ],
    [
      'windows run across midnight in Shanghai without a break',
      '2026-03-02T15:59:00.000Z',
      '2026-03-02T15:50:00.000Z',
      '2026-03-02T16:00:00.000Z',
    ],
  ])('%s', (_title, now, start, end) => {
    expect(rateWindow({ now: at(now), limit: tenMinutes })).toEqual({ start: at(start), end: at(end) });
  });
});

describe('retryAfterSeconds', () => {
  it.each([
    ['at the window start: the whole window', '2026-03-02T08:00:00.000Z', 600],
    ['half a second into the window rounds up', '2026-03-02T08:00:00.500Z', 600],
    ['one millisecond before the end is still 1 second, never 0', '2026-03-02T08:09:59.999Z', 1],
    ['in the middle', '2026-03-02T08:07:30.000Z', 150],
  ])('%s', (_title, now, seconds) => {
    expect(retryAfterSeconds({ now: at(now), limit: tenMinutes })).toBe(seconds);
  });
});

describe('rateCounterId', () => {
  it('names the function and action, the caller and the window start', () => {
    expect(rateCounterId({ scope: 'requests.submit', openId: 'o-1', start: at('2026-03-02T08:00:00.000Z') })).toBe(
      'requests.submit:o-1:1772438400000',
    );
  });
});

describe('afterRefusedIncrement', () => {
  it.each([
    ['a full window refuses a new submit', { n: 10, ids: ['a'] }, 'b', 'full'],
    ['a retry of a submit counted in this window passes uncharged', { n: 10, ids: ['a', 'b'] }, 'b', 'retry'],
    ['an action without requestId is refused when full', { n: 10 }, null, 'full'],
    ['a counter swept away meanwhile: count again', null, 'b', 'again'],
  ] as const)('%s', (_title, counter, requestId, expected) => {
    expect(
      afterRefusedIncrement({ counter: counter ? { ...counter, ids: 'ids' in counter ? [...counter.ids] : undefined } : null, requestId }),
    ).toBe(expected);
  });
});
