import tcb from '@cloudbase/node-sdk';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SessionRecord, SignUpRecord } from '../../core/events/model';
import { isOverbooked, placesHeld } from '../../core/events/session';
import { localFunctionEnv } from '../../local-cloud/environment';
import { consentFirst } from '../support/consent';
import { benchEventInput } from '../support/events';
import { spawnLocalCloud } from '../support/spawn-cloud';
import { buildBundles } from './bundles';
import { percentile, report } from './report';

const RACERS = Number(process.env.BENCH_RACERS ?? 200);
const CAPACITY = 20;

type Reply = { ok: boolean; data?: { id: string; status: string; sessions?: Array<{ id: string }> }; error?: { code: string } };

async function call(url: string, openId: string, action: string, payload: unknown): Promise<Reply> {
  const res = await fetch(`${url}/fn/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Dev-OpenId': openId },
    body: JSON.stringify({ action, payload, requestId: `bench-${randomUUID()}` }),
  });
  return (await res.json()) as Reply;
}

/**
 * `npm run bench events`: 200 talents sign up for one session of 20 places at once (parties of 1–3), then every
 * holder cancels while 200 others sign up; every session is then checked: `events.overbooked` (must be 0) counts
 * sessions whose `taken` or whose held places exceed the capacity, or where the two disagree.
 */
export async function benchEvents(): Promise<void> {
  await buildBundles(['account', 'events']);
  const dataDir = mkdtempSync(join(tmpdir(), 'rcyz-bench-events-'));
  const cloud = await spawnLocalCloud(dataDir);
  try {
    Object.assign(process.env, localFunctionEnv(cloud.url));
    const db = tcb.init({ env: 'local', serviceUrl: `${cloud.url}/admin` }).database();
    const first = Array.from({ length: RACERS }, (_, n) => `ev-race-${n}`);
    const second = Array.from({ length: RACERS }, (_, n) => `ev-late-${n}`);
    await consentFirst(cloud, [...first, ...second]);
    const created = await call(cloud.url, 'demo-operator', 'saveEvent', benchEventInput({ allocation: 'first-come', capacity: CAPACITY }));
    const sessionId = created.data?.sessions?.[0]?.id;
    if (!sessionId) throw new Error(`saveEvent failed: ${JSON.stringify(created)}`);

    const latencies: number[] = [];
    const timed = async (openId: string, action: string, payload: unknown) => {
      const t0 = performance.now();
      const reply = await call(cloud.url, openId, action, payload);
      latencies.push(performance.now() - t0);
      return reply;
    };
    const started = performance.now();
    const signedUp = await Promise.all(first.map((who, n) => timed(who, 'signUp', { sessionId, partySize: 1 + (n % 3) })));
    const signUpSeconds = (performance.now() - started) / 1000;
    const holders = signedUp.flatMap((r, n) => (r.data?.status === 'confirmed' ? [[first[n], r.data.id] as const] : []));
    const raced = [
      ...signedUp,
      ...(await Promise.all([
        ...holders.map(([who, id]) => timed(who, 'cancel', { id })),
        ...second.map((who, n) => timed(who, 'signUp', { sessionId, partySize: 1 + (n % 3) })),
      ])),
    ];
    // A racer refused for any reason held nothing and would prove nothing.
    const odd = raced.filter((r) => !r.ok).map((r) => r.error?.code ?? 'unknown');
    if (odd.length > 0) throw new Error(`${odd.length} event calls failed: ${[...new Set(odd)].join(', ')}`);

    const { data: sessions } = await db.collection('event_sessions').limit(1000).get();
    let overbooked = 0;
    for (const session of sessions as SessionRecord[]) {
      const { data } = await db.collection('event_sign_ups').where({ sessionId: session._id }).limit(1000).get();
      const held = placesHeld(data as SignUpRecord[]);
      if (isOverbooked(session, held) || held !== session.taken) overbooked += 1;
    }
    report('events.signup_per_s', RACERS / signUpSeconds);
    report('events.call_p50_ms', percentile(latencies, 50));
    report('events.call_p99_ms', percentile(latencies, 99));
    report('events.overbooked', overbooked);
  } finally {
    cloud.child.kill('SIGTERM');
    await cloud.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}
