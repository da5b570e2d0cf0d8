import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callFunction } from '../../support/local-cloud';
import { spawnLocalCloud, type SpawnedCloud } from '../../support/spawn-cloud';

let dataDir: string;
let running: SpawnedCloud | null = null;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'rcyz-fn-durable-'));
});
afterAll(async () => {
  if (running) {
    running.child.kill('SIGKILL');
    await running.exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

async function killHard(cloud: SpawnedCloud): Promise<void> {
  cloud.child.kill('SIGKILL');
  await cloud.exited;
  running = null;
}

describe('data written through a function', () => {
  it('is still there after kill -9 of the server and a restart', async () => {
    running = await spawnLocalCloud(dataDir);
    const people = Array.from({ length: 30 }, (_, i) => `durable-${i}`);
    const replies = await Promise.all(
      people.map((openId) =>
        callFunction(running!, 'account', { action: 'setProfile', payload: { displayName: `name of ${openId}`, locale: 'en' } }, openId),
      ),
    );
    expect(replies.every((r) => r.body.ok)).toBe(true);
    const renamed = await callFunction(
      running,
      'account',
      { action: 'setProfile', payload: { displayName: 'Renamed operator' } },
      'demo-operator',
    );
    expect(renamed.body.ok).toBe(true);
    await killHard(running);

    running = await spawnLocalCloud(dataDir);
    for (const openId of people) {
      const { body } = await callFunction(running, 'account', { action: 'me' }, openId);
      expect(body.data).toMatchObject({ openId, displayName: `name of ${openId}`, locale: 'en' });
    }
    // The restart found its data folder: the demo district was not seeded again over the change.
    const demo = await callFunction(running, 'account', { action: 'me' }, 'demo-operator');
    expect(demo.body.data).toMatchObject({ displayName: 'Renamed operator', roles: ['applicant', 'operator'] });
  });
});
