import { nextCursor, queueCursor } from './queue-page';

describe('queue cursor', () => {
  it('continues after the last row of a page that has more', () => {
    const rows = [
      { _id: 'a1', submittedAt: new Date('2026-11-01T00:00:00Z') },
      { _id: 'a2', submittedAt: '2026-11-02T08:00:00.000Z' },
    ];
    expect(nextCursor(rows, true)).toEqual({ at: '2026-11-02T08:00:00.000Z', id: 'a2' });
  });

  it('is null after the last page, and for an empty page', () => {
    expect(nextCursor([{ _id: 'a1', submittedAt: new Date() }], false)).toBeNull();
    expect(nextCursor([], true)).toBeNull();
  });

  it('refuses ids that could carry query operators', () => {
    expect(queueCursor.safeParse({ at: '2026-11-02T08:00:00.000Z', id: '{"$gt":""}' }).success).toBe(false);
    expect(queueCursor.safeParse({ at: 'yesterday', id: 'a1' }).success).toBe(false);
  });
});
