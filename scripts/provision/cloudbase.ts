import type CloudBase from '@cloudbase/manager-node';
import type { Database } from '../../cloudfunctions/_shared/cloud';
import { addOnce } from '../../cloudfunctions/_shared/duplicate';
import type { ExistingIds, ReferenceDocument } from '../../cloudfunctions/_shared/reference-data';
import type { LiveState, Step } from './plan';

/**
 * The only file that talks to CloudBase, through @cloudbase/manager-node 5.6.5 (TencentCloudBase/cloudbase-manager-node):
 * `database.listCollections` / `describeCollection` (ListTables / DescribeTable), `database.createCollection`
 * (CreateTable), `database.updateCollection(name, { CreateIndexes })` (UpdateTable), and the tcb API
 * `ModifySafeRule` through `commonService().call` (docs.cloudbase.net/api-reference/manager/node/rule).
 * Reference data goes through the functions' own SDK (@cloudbase/node-sdk, with the same keys): read by id, inserted
 * with `addOnce`, so a document that appeared in between is kept, not overwritten.
 * It is loaded only for a real run: the dry run needs neither the package nor the network.
 */
export interface Credentials {
  envId: string;
  secretId: string;
  secretKey: string;
  token?: string;
}

export async function connect({ envId, secretId, secretKey, token }: Credentials): Promise<CloudBase> {
  const { default: Manager } = await import('@cloudbase/manager-node');
  return new Manager({ envId, secretId, secretKey, token });
}

/** The environment's database through @cloudbase/node-sdk, for the reference data. */
export async function connectDatabase({ envId, secretId, secretKey, token }: Credentials): Promise<Database> {
  const { default: tcb } = await import('@cloudbase/node-sdk');
  return tcb.init({ env: envId, secretId, secretKey, sessionToken: token }).database();
}

/** Which of the reference documents' ids each collection already holds. */
export async function readExistingIds(db: Database, data: readonly ReferenceDocument[]): Promise<ExistingIds> {
  const existing = new Map<string, Set<string>>();
  for (const collection of new Set(data.map((d) => d.collection))) {
    const ids = data.filter((d) => d.collection === collection).map((d) => d.doc._id);
    const { data: found } = await db
      .collection(collection)
      .where({ _id: db.command.in(ids) })
      .field({ _id: true })
      .limit(ids.length)
      .get();
    existing.set(collection, new Set((found as Array<{ _id: string }>).map((d) => d._id)));
  }
  return existing;
}

const PAGE = 100;

export async function readLive(manager: CloudBase): Promise<LiveState> {
  const names: string[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const { Collections, Pager } = await manager.database.listCollections({ MgoLimit: PAGE, MgoOffset: offset });
    names.push(...Collections.map((c) => c.CollectionName));
    if (Collections.length < PAGE || names.length >= (Pager?.Total ?? 0)) break;
  }
  const live: LiveState = new Map();
  for (const name of names) {
    const { Indexes = [] } = await manager.database.describeCollection(name);
    live.set(
      name,
      Indexes.map((index) => ({
        name: index.Name,
        keys: (index.Keys ?? []).map((key) => ({ name: key.Name ?? '', direction: String(key.Direction ?? '') })),
      })),
    );
  }
  return live;
}

export async function applyStep(manager: CloudBase, envId: string, step: Step, db?: Database): Promise<void> {
  switch (step.kind) {
    case 'createCollection':
      await manager.database.createCollection(step.collection);
      return;
    case 'createIndexes':
      await manager.database.updateCollection(step.collection, { CreateIndexes: step.indexes });
      return;
    case 'setRule':
      await manager.commonService().call({
        Action: 'ModifySafeRule',
        Param: { EnvId: envId, CollectionName: step.collection, AclTag: 'CUSTOM', Rule: step.rule },
      });
      return;
    case 'insertDocument':
      if (!db) throw new Error('insertDocument needs the database');
      await addOnce(db, step.collection, step.doc);
      return;
    case 'keep':
      return;
  }
}
