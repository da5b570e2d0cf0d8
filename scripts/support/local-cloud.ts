import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLocalCloud } from '../../local-cloud/main';
import type { LocalCloud } from '../../local-cloud/server';
import { withUploads } from './uploads';

/** A local cloud on a free port with its own empty data folder (provisioned and seeded), for one test file. */
export async function startTestCloud(): Promise<LocalCloud & { dataDir: string; stop(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rcyz-cloud-'));
  const cloud = await runLocalCloud({ port: 0, dataDir, quiet: true });
  return {
    ...cloud,
    dataDir,
    /** Stops the cloud; fails if any query of the file was not served by a declared index. */
    async stop() {
      const unindexed = cloud.store.unindexedQueries();
      await cloud.close();
      rmSync(dataDir, { recursive: true, force: true });
      if (unindexed.length > 0) {
        throw new Error(
          `queries not served by any index declared in cloudfunctions/_shared/collections.ts:\n${unindexed
            .map((u) => `  ${u.query} (${u.count}x)`)
            .join('\n')}`,
        );
      }
    },
  };
}

/**
 * POST /fn/<name> as the given caller (`null`: no identity at all). As the app does, the files the payload names
 * (`documents`, `attachments`) are uploaded by the caller first and their IDs replaced (tests/support/uploads.ts);
 * `{ uploads: false }` sends the payload as it is (to test what the functions do with files that are not there).
 * As the app does too, an event names its locale (src/services/api.ts), `zh-CN` unless it says otherwise: the
 * functions then start an action's reads beside the caller's user (cloudfunctions/_shared/handler.ts). An event
 * with `locale: undefined` is sent without one (the caller's own locale is then used).
 */
export async function callFunction(
  cloud: { url: string },
  name: string,
  event: unknown,
  openId: string | null,
  { uploads = true }: { uploads?: boolean } = {},
): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (openId) headers['X-Dev-OpenId'] = openId;
  const named = event && typeof event === 'object' && !Array.isArray(event) && 'action' in event ? { locale: 'zh-CN', ...event } : event;
  const sent =
    uploads && named && typeof named === 'object' && 'payload' in named
      ? { ...named, payload: await withUploads(cloud, openId, (named as { payload: unknown }).payload) }
      : named;
  const res = await fetch(`${cloud.url}/fn/${name}`, { method: 'POST', headers, body: JSON.stringify(sent) });
  return { status: res.status, body: await res.json() };
}
