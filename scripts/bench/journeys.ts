import tcb from '@cloudbase/node-sdk';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, shanghaiDate } from '../../core/dates';
import { runLocalCloud } from '../../local-cloud/main';
import { consentFirst } from '../support/consent';
import { benchEventInput } from '../support/events';
import { pdfDocument, withUploads } from '../support/uploads';
import { buildBundles } from './bundles';
import { report } from './report';
import { requestsSent, SERIAL_TIMED, serialRoundTrips } from './serial';

/** Instances of each step: serialRoundTrips times `SERIAL_TIMED` calls as they are and as many slowed. */
const CALLS = 2 * SERIAL_TIMED;
/** Entries of each lottery drawn (for five places). */
const LOTTERY_ENTRIES = 10;

type Reply = { ok: boolean; data?: Record<string, unknown>; error?: { code: string } };

/**
 * `npm run bench journeys`: what the main journeys' calls wait for, with the demo district in a local cloud in this
 * process: `journeys.<fn>.<action>_serial_round_trips`, the platform requests a call waits for one after another
 * (serial.ts; what its time on CloudBase is made of), and `journeys.<fn>.<action>_round_trips`, the requests it
 * sends. A talent files a service request that the operator triages and dispatches, the unit accepts and resolves
 * and the talent rates; a returnee applies for a stay that the operator approves and the returnee then cancels; the
 * lists those people open; a talent signs up for an event, and an organiser draws a lottery.
 */
export async function benchJourneys(): Promise<void> {
  await buildBundles(['account', 'stays', 'requests', 'housing', 'events']);
  const dataDir = mkdtempSync(join(tmpdir(), 'rcyz-bench-journeys-'));
  const cloud = await runLocalCloud({ port: 0, dataDir, quiet: true });
  try {
    const talents = Array.from({ length: CALLS }, (_, n) => `journey-talent-${n}`);
    await consentFirst(cloud, ['demo-applicant', 'demo-operator', 'demo-unit', ...talents]);
    let requestIds = 0;
    const call = async (fn: string, action: string, openId: string, payload: unknown): Promise<Reply> => {
      const res = await fetch(`${cloud.url}/fn/${fn}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'X-Dev-OpenId': openId },
        // The app names its locale in every call (src/services/api.ts), which lets a function start its reads early.
        body: JSON.stringify({
          action,
          payload: await withUploads(cloud, openId, payload),
          requestId: `journey-${(requestIds += 1)}-call`,
          locale: 'zh-CN',
        }),
      });
      const reply = (await res.json()) as Reply;
      if (!reply.ok) throw new Error(`${fn}.${action} by ${openId} failed: ${reply.error?.code}`);
      return reply;
    };
    const step = async (name: string, run: (n: number) => Promise<unknown>) => {
      const before = requestsSent(cloud);
      const serial = await serialRoundTrips(cloud, run);
      report(`journeys.${name}_round_trips`, (requestsSent(cloud) - before) / CALLS);
      report(`journeys.${name}_serial_round_trips`, serial);
    };

    // Files uploaded before the timed calls, as the app uploads before it submits.
    const documents = [pdfDocument('passport'), pdfDocument('work-proof')];
    for (const talent of talents) await withUploads(cloud, talent, { documents });

    const requests: string[] = [];
    await step('requests.submit', async (n) => {
      const { data } = await call('requests', 'submit', talents[n], {
        category: 'policy',
        title: `落户咨询 ${n}`,
        body: '请问人才落户的办理流程',
      });
      requests[n] = String(data!.id);
    });
    await step('requests.triage', (n) =>
      call('requests', 'triage', 'demo-operator', { id: requests[n], tier: 5, leadUnitId: 'unit-hrss' }),
    );
    await step('requests.dispatch', (n) => call('requests', 'dispatch', 'demo-operator', { id: requests[n] }));
    await step('requests.accept', (n) => call('requests', 'accept', 'demo-unit', { id: requests[n] }));
    await step('requests.resolve', (n) => call('requests', 'resolve', 'demo-unit', { id: requests[n], reply: '已办结' }));
    await step('requests.rate', (n) => call('requests', 'rate', talents[n], { id: requests[n], score: 5, satisfied: true }));

    const today = shanghaiDate(new Date());
    const stays: string[] = [];
    await step('stays.apply', async (n) => {
      const { data } = await call('stays', 'apply', talents[n], {
        stationId: 'station-pudong',
        type: 'overseas-professional',
        checkIn: addDays(today, 20 + n),
        nights: 3,
        applicant: {
          name: `归国 ${n}`,
          phone: '+8613800000000',
          identityDocument: { kind: 'passport', number: `J${String(n).padStart(9, '0')}` },
        },
        intendsToWorkInShanghai: true,
        yearsAbroad: 5,
        documents,
      });
      stays[n] = String(data!._id);
    });
    await step('stays.approve', (n) => call('stays', 'approve', 'demo-operator', { id: stays[n] }));
    await step('stays.cancel', (n) => call('stays', 'cancel', talents[n], { id: stays[n] }));

    await step('account.me', () => call('account', 'me', 'demo-applicant', {}));
    await step('stays.mine', (n) => call('stays', 'mine', talents[n], {}));
    await step('stays.queue', () => call('stays', 'queue', 'demo-operator', {}));
    await step('requests.inbox', () => call('requests', 'inbox', 'demo-unit', {}));
    await step('housing.buildings', () => call('housing', 'buildings', 'demo-applicant', {}));
    await step('events.list', () => call('events', 'list', 'demo-applicant', {}));

    // A talent signs up for a first-come session; an organiser draws a lottery of ten entries for five places.
    const sessionOf = async (allocation: 'first-come' | 'lottery', capacity: number) => {
      const { data } = await call('events', 'saveEvent', 'demo-operator', benchEventInput({ allocation, capacity }));
      return { eventId: String(data!.id), sessionId: String((data!.sessions as Array<{ id: string }>)[0].id) };
    };
    const camp = await sessionOf('first-come', CALLS);
    await step('events.signUp', (n) => call('events', 'signUp', talents[n], { sessionId: camp.sessionId, partySize: 1 }));
    const lotteries: Array<{ eventId: string; sessionId: string }> = [];
    for (let n = 0; n < CALLS; n += 1) {
      const lottery = await sessionOf('lottery', 5);
      for (const talent of talents.slice(0, LOTTERY_ENTRIES))
        await call('events', 'signUp', talent, { sessionId: lottery.sessionId, partySize: 1 });
      lotteries.push(lottery);
    }
    const db = tcb.init({ env: 'local', serviceUrl: `${cloud.url}/admin` }).database();
    await db
      .collection('events')
      .where({ _id: db.command.in(lotteries.map((l) => l.eventId)) })
      .update({ closesAt: new Date(Date.now() - 60_000) });
    await step('events.drawLottery', (n) => call('events', 'drawLottery', 'demo-operator', { sessionId: lotteries[n].sessionId }));
  } finally {
    await cloud.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
