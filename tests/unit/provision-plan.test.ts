import { ALL_COLLECTIONS, INDEXES } from '../../cloudfunctions/_shared/collections';
import { CATEGORIES, referenceData } from '../../cloudfunctions/_shared/reference-data';
import { SHIPPED_CALENDARS } from '../../core/calendar/years';
import { DENY_ALL_RULE, provisionPlan, provisionSteps, referenceSteps, toCreateIndex, type LiveState } from '../../scripts/provision/plan';
import { runOffline } from './support/offline';

const plan = provisionPlan();

/** The live state of an environment provisioned exactly as planned. */
const provisioned = (): LiveState =>
  new Map(
    plan.map((c) => [
      c.name,
      c.indexes.map((i) => ({ name: i.name, keys: Object.entries(i.keys).map(([name, d]) => ({ name, direction: String(d) })) })),
    ]),
  );

describe('provisionPlan', () => {
  it('has every collection and every index of collections.ts, and rules that deny all client access', () => {
    expect(plan.map((c) => c.name)).toEqual(ALL_COLLECTIONS);
    for (const collection of plan) {
      expect(collection.indexes).toEqual(INDEXES[collection.name]);
      expect(collection.rule).toEqual({ read: false, write: false });
    }
    expect(plan.flatMap((c) => c.indexes)).toHaveLength(Object.values(INDEXES).flat().length);
  });

  it('writes an index in the shape UpdateTable takes, directions as strings, unique as a boolean', () => {
    expect(toCreateIndex({ name: 'target', keys: { 'target.id': 1, at: -1 } })).toEqual({
      IndexName: 'target',
      MgoKeySchema: {
        MgoIndexKeys: [
          { Name: 'target.id', Direction: '1' },
          { Name: 'at', Direction: '-1' },
        ],
        MgoIsUnique: false,
      },
    });
    expect(toCreateIndex({ name: 'code', keys: { code: 1 }, unique: true }).MgoKeySchema.MgoIsUnique).toBe(true);
  });
});

describe('provisionSteps', () => {
  it('creates every collection and index of an empty environment, then sets each rule', () => {
    const steps = provisionSteps(plan, new Map());
    expect(steps.filter((s) => s.kind === 'createCollection').map((s) => s.collection)).toEqual(ALL_COLLECTIONS);
    const created = steps.flatMap((s) => (s.kind === 'createIndexes' ? s.indexes.map((i) => `${s.collection}.${i.IndexName}`) : []));
    expect(created).toEqual(plan.flatMap((c) => c.indexes.map((i) => `${c.name}.${i.name}`)));
    const rules = steps.filter((s) => s.kind === 'setRule');
    expect(rules.map((s) => s.collection)).toEqual(ALL_COLLECTIONS);
    for (const rule of rules) expect(rule.kind === 'setRule' && JSON.parse(rule.rule)).toEqual(DENY_ALL_RULE);
  });

  it('is idempotent: an environment already provisioned gets no create step, only the rules again', () => {
    const steps = provisionSteps(plan, provisioned());
    expect(steps.filter((s) => s.kind === 'createCollection' || s.kind === 'createIndexes')).toEqual([]);
    expect(steps.filter((s) => s.kind === 'setRule')).toHaveLength(ALL_COLLECTIONS.length);
  });

  it('keeps an index that exists under another name with the same keys, and adds only the missing ones', () => {
    const live = provisioned();
    live.set('audit_logs', [
      {
        name: 'by_target',
        keys: [
          { name: 'target.id', direction: '1' },
          { name: 'at', direction: '-1' },
        ],
      },
    ]);
    const steps = provisionSteps(plan, live).filter((s) => s.collection === 'audit_logs');
    expect(steps).toContainEqual({ kind: 'keep', collection: 'audit_logs', what: 'index target exists as by_target' });
    expect(steps).toContainEqual({
      kind: 'createIndexes',
      collection: 'audit_logs',
      indexes: INDEXES.audit_logs.slice(1).map(toCreateIndex),
    });
    expect(steps.some((s) => s.kind === 'createCollection')).toBe(false);
  });
});

describe('reference data', () => {
  const now = new Date('2026-12-06T00:00:00Z');
  const data = referenceData(now);
  const idsOf = (collection: string) => data.filter((d) => d.collection === collection).map((d) => d.doc._id);

  it('is the twelve categories, active, in menu order, and every shipped calendar, each in a provisioned collection', () => {
    expect(idsOf('categories')).toHaveLength(12);
    expect(CATEGORIES.map((c) => c.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(CATEGORIES.every((c) => c.active && c.name['zh-CN'] && c.name.en)).toBe(true);
    expect(idsOf('calendars')).toEqual(SHIPPED_CALENDARS.map((c) => c.year));
    expect(new Set(data.map((d) => `${d.collection}/${d.doc._id}`)).size).toBe(data.length);
    for (const { collection } of data) expect(ALL_COLLECTIONS).toContain(collection);
  });

  it('inserts every document into an empty environment', () => {
    const steps = referenceSteps(data, new Map());
    expect(steps.map((s) => s.kind)).toEqual(data.map(() => 'insertDocument'));
    expect(steps[0]).toEqual({ kind: 'insertDocument', collection: 'categories', id: 'residence-permit', doc: CATEGORIES[0] });
  });

  it('is idempotent: a second run inserts nothing', () => {
    const existing = new Map([
      ['categories', new Set(idsOf('categories'))],
      ['calendars', new Set(idsOf('calendars'))],
    ]);
    expect(referenceSteps(data, existing).filter((s) => s.kind !== 'keep')).toEqual([]);
  });

  it('inserts only what is missing and never overwrites an existing document (an admin may have edited it)', () => {
    const existing = new Map([['categories', new Set(['housing', 'retired-by-admin'])]]);
    const steps = referenceSteps(data, existing);
    expect(steps).toContainEqual({ kind: 'keep', collection: 'categories', what: 'document housing exists' });
    expect(steps.filter((s) => s.kind === 'insertDocument')).toHaveLength(data.length - 1);
    expect(steps.some((s) => s.kind === 'insertDocument' && s.id === 'housing')).toBe(false);
  });
});

describe('npm run provision -- --dry-run', () => {
  const run = runOffline('scripts/provision/main.ts', ['--dry-run']);

  it('prints every collection, index (keys, unique) and rule without network or credentials', () => {
    expect(run.stderr).not.toMatch(/network access refused/);
    expect(run.status).toBe(0);
    expect(run.ran).toEqual([]);
    for (const collection of plan) {
      expect(run.stdout).toMatch(new RegExp(`^${collection.name}\\n  security rule  {"read":false,"write":false}`, 'm'));
      for (const index of collection.indexes) expect(run.stdout).toContain(`  index          ${index.name}: `);
    }
    expect(run.stdout).toContain('index          target: target.id asc, at desc, not unique');
  });

  it('lists the reference data it would write', () => {
    expect(run.stdout).toContain(`categories  12: ${CATEGORIES.map((c) => c._id).join(', ')}`);
    expect(run.stdout).toContain(`calendars  ${SHIPPED_CALENDARS.length}: ${SHIPPED_CALENDARS.map((c) => c.year).join(', ')}`);
  });
});
