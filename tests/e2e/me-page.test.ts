import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { callFunction } from '../support/local-cloud';
import { SCREENSHOTS } from './support/browser';
import { e2eSession } from './support/session';

const e2e = e2eSession();
let page: Page;

beforeAll(async () => {
  page = await e2e.phone();
});

// Taro's H5 keeps visited tab pages in the DOM, hidden: scope every selector to the visible page.
const onMe = (selector: string) => page.locator(`.me ${selector}`).locator('visible=true');

describe('the H5 app served by the local cloud', () => {
  it('shows who you are, lets you switch persona, accept the privacy policy and change language', async () => {
    await page.goto(`${e2e.cloud.url}/#/pages/me/index`);
    await expectText(onMe('.me__open-id'), 'demo-applicant');
    await expectText(onMe('.me__roles'), '申请人');

    await onMe('.role-switcher__option--demo-operator').click();
    await expectText(onMe('.me__open-id'), 'demo-operator');
    await expectText(onMe('.me__roles'), '驿站工作人员');

    await onMe('.me__consent-button').click();
    await onMe('.me__consent-state--accepted').waitFor();
    // The consent is the server's record, not the page's memory.
    const { body } = await callFunction(e2e.cloud, 'account', { action: 'me' }, 'demo-operator');
    expect(body.data.consent.accepted).toBe(true);
    expect((await callFunction(e2e.cloud, 'account', { action: 'me' }, 'demo-applicant')).body.data.consent.accepted).toBe(false);

    await onMe('.me__locale-button').click();
    await expectText(onMe('.me__roles'), 'Station operator');
    expect((await callFunction(e2e.cloud, 'account', { action: 'me' }, 'demo-operator')).body.data.locale).toBe('en');
    await page.screenshot({ path: join(SCREENSHOTS, 'me-operator-en.png') });
  });

  it('opens the home tab at the root URL', async () => {
    await page.goto(`${e2e.cloud.url}/`);
    await page.locator('.home').locator('visible=true').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'home.png') });
  });
});

async function expectText(locator: ReturnType<Page['locator']>, text: string): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ timeout: 15_000 });
  expect(await locator.first().innerText()).toContain(text);
}
