import { ALL_COLLECTIONS, INDEXES, type CollectionName, type IndexSpec } from '../../cloudfunctions/_shared/collections';
import { missingReferenceData, type ExistingIds, type ReferenceDocument } from '../../cloudfunctions/_shared/reference-data';

/**
 * Every collection denies direct client access: the mini-program never reads or writes the database itself, all
 * access goes through the functions, which security rules do not restrict (docs.cloudbase.net/database/security-rules).
 * `false` must be a JSON boolean, not the string "false".
 */
export const DENY_ALL_RULE = { read: false, write: false } as const;

export interface CollectionPlan {
  name: CollectionName;
  indexes: IndexSpec[];
  /** Set with `ModifySafeRule`, AclTag `CUSTOM`, Rule = this object as JSON. */
  rule: typeof DENY_ALL_RULE;
}

/** The desired state: `cloudfunctions/_shared/collections.ts`, the one list of collections and indexes. */
export function provisionPlan(
  collections: readonly CollectionName[] = ALL_COLLECTIONS,
  indexes: Record<CollectionName, IndexSpec[]> = INDEXES,
): CollectionPlan[] {
  return collections.map((name) => ({ name, indexes: indexes[name] ?? [], rule: DENY_ALL_RULE }));
}

/** An index as manager-node's `database.updateCollection(name, { CreateIndexes })` takes it (the UpdateTable API). */
export interface CreateIndex {
  IndexName: string;
  MgoKeySchema: { MgoIndexKeys: Array<{ Name: string; Direction: string }>; MgoIsUnique: boolean };
}

export const toCreateIndex = (index: IndexSpec): CreateIndex => ({
  IndexName: index.name,
  MgoKeySchema: {
    MgoIndexKeys: Object.entries(index.keys).map(([Name, direction]) => ({ Name, Direction: String(direction) })),
    MgoIsUnique: index.unique === true,
  },
});

/** What the environment already has: its collections, each with its indexes' names and keys in order. */
export type LiveState = Map<string, Array<{ name: string; keys: Array<{ name: string; direction: string }> }>>;

export type Step =
  | { kind: 'createCollection'; collection: string }
  | { kind: 'createIndexes'; collection: string; indexes: CreateIndex[] }
  | { kind: 'setRule'; collection: string; rule: string }
  | { kind: 'insertDocument'; collection: string; id: string; doc: ReferenceDocument['doc'] }
  | { kind: 'keep'; collection: string; what: string };

const sameKeys = (live: Array<{ name: string; direction: string }>, wanted: CreateIndex) =>
  JSON.stringify(live.map((k) => [k.name, String(k.direction)])) ===
  JSON.stringify(wanted.MgoKeySchema.MgoIndexKeys.map((k) => [k.Name, k.Direction]));

/**
 * The steps that bring `live` to `plan`, in order. Idempotent: an existing collection is kept, an existing index
 * (same name, or the same keys under another name) is never dropped or recreated; only what is missing is created.
 * The rule is set on every collection every time: setting it is itself idempotent, and it undoes a rule loosened by
 * hand in the console.
 */
export function provisionSteps(plan: CollectionPlan[], live: LiveState): Step[] {
  const steps: Step[] = [];
  for (const { name, indexes, rule } of plan) {
    const existing = live.get(name);
    if (existing) steps.push({ kind: 'keep', collection: name, what: 'collection exists' });
    else steps.push({ kind: 'createCollection', collection: name });
    const missing: CreateIndex[] = [];
    for (const wanted of indexes.map(toCreateIndex)) {
      const match = existing?.find((index) => index.name === wanted.IndexName || sameKeys(index.keys, wanted));
      if (match)
        steps.push({
          kind: 'keep',
          collection: name,
          what: `index ${wanted.IndexName} exists${match.name === wanted.IndexName ? '' : ` as ${match.name}`}`,
        });
      else missing.push(wanted);
    }
    if (missing.length) steps.push({ kind: 'createIndexes', collection: name, indexes: missing });
    steps.push({ kind: 'setRule', collection: name, rule: JSON.stringify(rule) });
  }
  return steps;
}

/**
 * The steps that write the reference data (`_shared/reference-data.ts`: categories, shipped calendars): one insert
 * per document the environment lacks, a keep for each it has. Never an overwrite, so a second run inserts nothing
 * and an admin's edit (a renamed category, a corrected calendar) stays.
 */
export function referenceSteps(data: readonly ReferenceDocument[], existing: ExistingIds): Step[] {
  const missing = new Set(missingReferenceData(data, existing));
  return data.map((item) =>
    missing.has(item)
      ? { kind: 'insertDocument', collection: item.collection, id: item.doc._id, doc: item.doc }
      : { kind: 'keep', collection: item.collection, what: `document ${item.doc._id} exists` },
  );
}

const keysText = (keys: Record<string, 1 | -1>) =>
  Object.entries(keys)
    .map(([field, direction]) => `${field} ${direction === 1 ? 'asc' : 'desc'}`)
    .join(', ');

/** The dry-run report: the desired state, as `npm run provision` would apply it to an empty environment. */
export function formatProvisionPlan(plan: CollectionPlan[], reference: readonly ReferenceDocument[] = []): string {
  const indexCount = plan.reduce((n, c) => n + c.indexes.length, 0);
  const lines = [
    'Provisioning plan (dry run: no network, nothing changed)',
    `${plan.length} collections, ${indexCount} indexes; existing collections and indexes are left as they are`,
    '',
  ];
  for (const { name, indexes, rule } of plan) {
    lines.push(`${name}`, `  security rule  ${JSON.stringify(rule)}  (AclTag CUSTOM: no direct client read or write)`);
    if (!indexes.length) lines.push('  indexes        (none beyond _id)');
    for (const index of indexes)
      lines.push(`  index          ${index.name}: ${keysText(index.keys)}${index.unique ? ', unique' : ', not unique'}`);
  }
  if (reference.length) {
    lines.push('', `Reference data (${reference.length} documents, each written only where its id is missing)`);
    for (const collection of [...new Set(reference.map((r) => r.collection))]) {
      const ids = reference.filter((r) => r.collection === collection).map((r) => r.doc._id);
      lines.push(`${collection}  ${ids.length}: ${ids.join(', ')}`);
    }
  }
  return lines.join('\n');
}

/** One line per step of a real run. */
export function formatStep(step: Step): string {
  switch (step.kind) {
    case 'createCollection':
      return `create collection ${step.collection}`;
    case 'createIndexes':
      return `create indexes on ${step.collection}: ${step.indexes.map((i) => i.IndexName).join(', ')}`;
    case 'setRule':
      return `set security rule on ${step.collection}: ${step.rule}`;
    case 'insertDocument':
      return `insert ${step.collection} ${step.id}`;
    case 'keep':
      return `keep ${step.collection}: ${step.what}`;
  }
}
