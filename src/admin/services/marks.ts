/**
 * Performance marks around the first page of the review queue, read by `npm run bench admin` in Chromium (from the
 * function call to the rows on screen). No-ops where the platform has no User Timing API.
 */
export function mark(name: 'admin.queue.request' | 'admin.queue.rendered'): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}
