import { nearEnd, visibleRange } from '@/admin/components/windowed-list/window';

describe('the windowed list renders only what is in view', () => {
  const base = { viewport: 600, rowHeight: 60, count: 10_000, overscan: 5 };
  it.each([
    ['at the top: the screenful and the overscan below', 0, { start: 0, end: 15 }],
    ['scrolled 1000 rows down', 60_000, { start: 995, end: 1015 }],
    ['part of a row scrolled off', 90, { start: 0, end: 17 }],
    ['scrolled past the end: the last rows, none beyond', 600_000, { start: 9995, end: 10_000 }],
    ['a negative scroll (iOS bounce)', -50, { start: 0, end: 15 }],
  ])('%s', (_t, scrollTop, expected) => {
    expect(visibleRange({ ...base, scrollTop })).toEqual(expected);
  });

  it('an empty list renders nothing', () => {
    expect(visibleRange({ ...base, count: 0, scrollTop: 0 })).toEqual({ start: 0, end: 0 });
  });

  it('asks for the next page once the window nears the last loaded row', () => {
    expect(nearEnd({ end: 40, count: 50, threshold: 10 })).toBe(true);
    expect(nearEnd({ end: 39, count: 50, threshold: 10 })).toBe(false);
  });
});
