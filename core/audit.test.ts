import { AUDIT_RETENTION_DAYS, auditCutoff } from './audit';

describe('audit retention', () => {
  it('keeps the audit log at least six months (183 days), as DESIGN.md and issue 8 require', () => {
    expect(AUDIT_RETENTION_DAYS).toBeGreaterThanOrEqual(183);
  });

  it.each([
    ['the default retention', undefined, '2025-12-01T02:00:00.000Z'],
    ['a longer retention', 730, '2024-12-01T02:00:00.000Z'],
  ])('the cutoff is exactly the retention before now, to the millisecond (%s)', (_t, days, expected) => {
    expect(auditCutoff(new Date('2026-12-01T02:00:00Z'), days).toISOString()).toBe(expected);
  });

  it('refuses a retention shorter than six months', () => {
    expect(() => auditCutoff(new Date(), 30)).toThrow(/183/);
  });
});
