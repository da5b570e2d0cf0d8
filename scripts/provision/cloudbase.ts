import type CloudBase from '@cloudbase/manager-node';
import type { LiveState, Step } from './plan';

/**
 * The only file that talks to CloudBase, through @cloudbase/manager-node 5.6.5 (TencentCloudBase/cloudbase-manager-node):
 * `database.listCollections` / `describeCollection` (ListTables / DescribeTable), `database.createCollection`
 * (CreateTable), `database.updateCollection(name, { CreateIndexes })` (UpdateTable), and the tcb API
 * `ModifySafeRule` through `commonService().call` (docs.cloudbase.net/api-reference/manager/node/rule).
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

export async function applyStep(manager: CloudBase, envId: string, step: Step): Promise<void> {
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
    case 'keep':
      return;
  }
}
