import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { callFunction, startTestCloud } from '../support/local-cloud';
import { launchBrowser, SCREENSHOTS } from './support/browser';

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;

beforeAll(async () => {
  cloud = await startTestCloud();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await cloud?.stop();
});

// Taro's H5 keeps visited tab pages in the DOM, hidden: scope every selector to the visible page.
const onMe = (selector: string) => page.locator(`.me ${selector}`).locator('visible=true');

describe('the H5 app served by the local cloud', () => {
  it('shows who you are, lets you switch persona, accept the privacy policy and change language', async () => {
    await page.goto(`${cloud.url}/#/pages/me/index`);
    await expectText(onMe('.me__open-id'), 'demo-applicant');
    await expectText(onMe('.me__roles'), '申请人');

    await onMe('.role-switcher__option--demo-operator').click();
    await expectText(onMe('.me__open-id'), 'demo-operator');
    await expectText(onMe('.me__roles'), '驿站工作人员');

    await onMe('.me__consent-button').click();
    await onMe('.me__consent-state--accepted').waitFor();
    // The consent is the server's record, not the page's memory.
    const { body } = await callFunction(cloud, 'account', { action: 'me' }, 'demo-operator');
    expect(body.data.consent.accepted).toBe(true);
    expect((await callFunction(cloud, 'account', { action: 'me' }, 'demo-applicant')).body.data.consent.accepted).toBe(false);

    await onMe('.me__locale-button').click();
    await expectText(onMe('.me__roles'), 'Station operator');
    expect((await callFunction(cloud, 'account', { action: 'me' }, 'demo-operator')).body.data.locale).toBe('en');
    await page.screenshot({ path: join(SCREENSHOTS, 'me-operator-en.png') });
  });

  it('opens the home tab at the root URL', async () => {
    await page.goto(`${cloud.url}/`);
    await page.locator('.home').locator('visible=true').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'home.png') });
  });
});

async function expectText(locator: ReturnType<Page['locator']>, text: string): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ timeout: 15_000 });
  expect(await locator.first().innerText()).toContain(text);
}
