/**
 * Which rows a windowed list renders: those in the viewport plus `overscan` above and below, as `[start, end)`.
 * Only these are in the DOM, so scrolling through thousands of rows costs what a screenful does.
 */
export function visibleRange(input: { scrollTop: number; viewport: number; rowHeight: number; count: number; overscan: number }): {
  start: number;
  end: number;
} {
  const { scrollTop, viewport, rowHeight, count, overscan } = input;
  if (count === 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const top = Math.max(0, scrollTop);
  const start = Math.max(0, Math.min(count - 1, Math.floor(top / rowHeight) - overscan));
  const end = Math.min(count, Math.ceil((top + viewport) / rowHeight) + overscan);
  return { start, end: Math.max(start, end) };
}

/** Whether the rendered window comes within `threshold` rows of the last loaded one: time to fetch the next page. */
export const nearEnd = (input: { end: number; count: number; threshold: number }): boolean => input.count - input.end <= input.threshold;
