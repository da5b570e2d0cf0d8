import tcb from '@cloudbase/node-sdk';
import { randomBytes } from 'node:crypto';
import { startTestCloud } from './local-cloud';

export type Db = ReturnType<ReturnType<typeof tcb.init>['database']>;

export interface SdkTarget {
  kind: 'local' | 'cloudbase';
  db: Db;
  /** A collection name unique to this run, created on the target. */
  freshCollection(label: string): Promise<string>;
  close(): Promise<void>;
}

/** Set these three to run the fidelity suite against a real CloudBase environment instead of the local cloud. */
export const CLOUDBASE_VARS = ['TCB_ENV_ID', 'TENCENTCLOUD_SECRETID', 'TENCENTCLOUD_SECRETKEY'] as const;
export const realCloudBaseConfigured = (): boolean => CLOUDBASE_VARS.every((name) => Boolean(process.env[name]));

/**
 * The database the fidelity suite talks to through the real node-sdk: the local cloud by default, or CloudBase
 * when `TCB_ENV_ID`, `TENCENTCLOUD_SECRETID` and `TENCENTCLOUD_SECRETKEY` are set.
 */
export async function openSdkTarget(kind: 'local' | 'cloudbase'): Promise<SdkTarget> {
  const run = randomBytes(4).toString('hex');
  const created: string[] = [];
  const freshCollection = (db: Db) => async (label: string) => {
    const name = `fidelity_${run}_${label}`;
    await db.createCollection(name);
    created.push(name);
    return name;
  };
  if (kind === 'cloudbase') {
    const db = tcb
      .init({
        env: process.env.TCB_ENV_ID,
        secretId: process.env.TENCENTCLOUD_SECRETID,
        secretKey: process.env.TENCENTCLOUD_SECRETKEY,
      })
      .database();
    return {
      kind,
      db,
      freshCollection: freshCollection(db),
      async close() {
        // CloudBase has no drop from the server SDK; empty what we made so reruns stay cheap.
        for (const name of created)
          await db
            .collection(name)
            .where({ _id: db.command.exists(true) })
            .remove();
      },
    };
  }
  const cloud = await startTestCloud();
  const db = tcb.init({ env: 'local', serviceUrl: `${cloud.url}/admin` }).database();
  return { kind, db, freshCollection: freshCollection(db), close: () => cloud.stop() };
}
