import { openSdkTarget, type Db, type SdkTarget } from '../../support/sdk-target';

export type TargetKind = 'local' | 'cloudbase';

export const LOCAL_NOTICE =
  'fidelity: local cloud (set TCB_ENV_ID, TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY to run against CloudBase)';

/**
 * Opens the target for one test file (beforeAll) and closes it (afterAll). Read `db`, `collection(label)`... only
 * inside hooks and tests: they exist once beforeAll has run.
 */
export function useSdkTarget(kind: TargetKind): {
  readonly db: Db;
  readonly target: SdkTarget;
  fresh(label: string): Promise<string>;
} {
  let target: SdkTarget | undefined;
  beforeAll(async () => {
    if (kind === 'local') console.info(LOCAL_NOTICE);
    target = await openSdkTarget(kind);
  });
  afterAll(async () => {
    await target?.close();
  });
  const opened = (): SdkTarget => {
    if (!target) throw new Error('the SDK target is not open yet (use it inside a hook or a test)');
    return target;
  };
  return {
    get db() {
      return opened().db;
    },
    get target() {
      return opened();
    },
    fresh: (label) => opened().freshCollection(label),
  };
}

/** Ids of the documents, sorted, for order-independent comparisons. */
export const idsOf = (docs: Array<{ _id?: unknown }>): string[] => docs.map((doc) => String(doc._id)).sort();

/** Ids in the order given. */
export const orderedIds = (docs: Array<{ _id?: unknown }>): string[] => docs.map((doc) => String(doc._id));

/** Runs `task` over `items` with at most `width` in flight. */
export async function inBatches<T, R>(items: T[], width: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      out[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return out;
}

/** What `runTransaction` hands its callback and `startTransaction` resolves to (the SDK types both as `any`). */
export type Tx = import('@cloudbase/database/dist/commonjs/transaction/index').Transaction;
