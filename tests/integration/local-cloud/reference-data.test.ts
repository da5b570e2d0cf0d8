import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INDEXES } from '../../../cloudfunctions/_shared/collections';
import { CATEGORIES, referenceData } from '../../../cloudfunctions/_shared/reference-data';
import { Store } from '../../../local-cloud/db/store';
import { provisionCollections, provisionReferenceData } from '../../../local-cloud/seed';

/** The local cloud writes the reference data as provisioning does: what is missing, on every start, never over an edit. */
let dataDir: string;
let store: Store;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rcyz-reference-'));
  store = await Store.open(dataDir, INDEXES);
  await provisionCollections(store);
});

afterAll(async () => {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('a fresh store gets every reference document; a second start writes nothing', async () => {
  expect(await provisionReferenceData(store)).toBe(referenceData(new Date()).length);
  expect(store.scan('categories', store.latestView())).toHaveLength(CATEGORIES.length);
  expect(await provisionReferenceData(store)).toBe(0);
});

test("an admin's edit stays, and a removed document comes back", async () => {
  const view = store.latestView();
  const housing = store.get('categories', 'housing', view)!;
  await store.commit([
    { collection: 'categories', id: 'housing', doc: { ...housing, name: { 'zh-CN': '安居', en: 'Housing' }, active: false } },
    { collection: 'categories', id: 'health', doc: null },
  ]);
  expect(await provisionReferenceData(store)).toBe(1);
  const after = store.latestView();
  expect(store.get('categories', 'housing', after)).toMatchObject({ name: { en: 'Housing' }, active: false });
  expect(store.get('categories', 'health', after)).toMatchObject({ _id: 'health', active: true });
});
