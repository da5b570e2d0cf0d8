import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { checkInCode } from '../../core/stays/check-in-code';
import { consentFirst } from '../support/consent';
import { dbOf, inDays, talentApplication, today } from '../support/stays';
import { SCREENSHOTS } from './support/browser';
import { e2eSession } from './support/session';

/**
 * The operator console in the H5 build as demo-operator: applications made through the functions first, then
 * approved and rejected from the queue, a guest checked in by the code from their QR, and the CSV export read back.
 */
const e2e = e2eSession();
let page: Page;
const ids: Record<string, string> = {};

const stays = (action: string, payload: unknown, openId: string) => e2e.fn('stays', openId, action, payload);

beforeAll(async () => {
  const people = { approve: 'e2e-approve', reject: 'e2e-reject', arrive: 'e2e-arrive' };
  await consentFirst(e2e.cloud, Object.values(people));
  for (const [key, who] of Object.entries(people)) {
    const name = { approve: 'Ada Approve', reject: 'Rex Reject', arrive: 'Ari Arrive' }[key];
    const reply = await stays(
      'apply',
      talentApplication({
        checkIn: inDays(20),
        applicant: { name, phone: '+8613800000000', identityDocument: { kind: 'passport', number: `E2E${key.toUpperCase()}1` } },
      }),
      who,
    );
    if (!reply.ok) throw new Error(JSON.stringify(reply));
    ids[key] = reply.data._id;
  }
  page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  // The role switcher's choice, as if the operator had picked it on the home tab.
  await page.addInitScript(() => localStorage.setItem('dev.openId', 'demo-operator'));
});

// Taro's H5 keeps earlier pages of the stack in the DOM, hidden: scope every selector to what is visible.
const visible = (selector: string) => page.locator(selector).locator('visible=true');

async function openFromQueue(name: string): Promise<void> {
  await page.goto(`${e2e.cloud.url}/#/admin/pages/queue/index`);
  await visible('.queue-row').filter({ hasText: name }).first().click();
  await visible('.application__name').filter({ hasText: name }).waitFor();
}

describe('the operator console in the H5 app', () => {
  it('approves an application from the queue', async () => {
    await page.goto(`${e2e.cloud.url}/#/admin/pages/index/index`);
    await visible('.admin-index__entry--queue').click();
    await visible('.queue-row').filter({ hasText: 'Ada Approve' }).first().click();
    await visible('.application__decision--approve').click();
    await visible('.application__status').filter({ hasText: '已通过' }).waitFor();
    expect((await stays('get', { id: ids.approve }, 'e2e-approve')).data.status).toBe('approved');
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-application-approved.png') });
  });

  it('rejects one with a template reason', async () => {
    await openFromQueue('Rex Reject');
    await visible('.application__decision--reject').click();
    await visible('.application__template').nth(1).click();
    await visible('.application__confirm--reject').click();
    await visible('.application__status').filter({ hasText: '未通过' }).waitFor();
    const reply = await stays('get', { id: ids.reject }, 'e2e-reject');
    expect(reply.data).toMatchObject({ status: 'rejected', reason: '经核实不符合申请条件' });
  });

  it('checks a guest in with the code from their QR, typed into the scan field', async () => {
    expect((await stays('approve', { id: ids.arrive }, 'demo-operator')).ok).toBe(true);
    // Nobody can apply for today; the guest's check-in day is moved to today directly in the database.
    await dbOf(e2e.cloud).collection('stay_applications').doc(ids.arrive).update({ checkIn: today() });
    await page.goto(`${e2e.cloud.url}/#/admin/pages/check-in/index`);
    await visible('.check-in__code input, input.check-in__code').first().fill(checkInCode(ids.arrive));
    await visible('.check-in__look-up').click();
    await visible('.check-in__name').filter({ hasText: 'Ari Arrive' }).waitFor();
    await visible('.check-in__confirm').click();
    await visible('.check-in__status').filter({ hasText: '已入住' }).waitFor();
    expect((await stays('get', { id: ids.arrive }, 'e2e-arrive')).data.status).toBe('checked-in');
  });

  it('exports the approved applications as CSV and the file reads back', async () => {
    await page.goto(`${e2e.cloud.url}/#/admin/pages/queue/index`);
    await visible('.queue__chip--approved').click();
    await visible('.queue-row').filter({ hasText: 'Ada Approve' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), visible('.queue__export').click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text
      .slice(1)
      .trim()
      .split('\r\n')
      .map((l) => l.split(','));
    expect(lines[0].slice(0, 4)).toEqual(['id', 'type', 'status', 'name']);
    const rows = lines.slice(1);
    expect(rows.map((r) => r[0])).toContain(ids.approve);
    expect(rows.find((r) => r[0] === ids.approve)?.slice(2, 4)).toEqual(['approved', 'Ada Approve']);
    expect(rows.every((r) => r[2] === 'approved')).toBe(true);
    // Masked numbers only: the passport number never leaves the database through an export.
    expect(text).not.toContain('E2EAPPROVE1');
  });
});
