import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import { launchBrowser, SCREENSHOTS } from './browser';

type Cloud = Awaited<ReturnType<typeof startTestCloud>>;

let serial = 0;

/**
 * What every journey starts from: the local cloud (the H5 build and the demo data) and a Chromium, started before
 * the file's first test (and before the file's own `beforeAll`, which may use them), closed after its last. Call it
 * once, at the top of the file; `cloud` and `browser` are there from the first `beforeAll` on.
 */
export function e2eSession() {
  let cloud: Cloud | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    cloud = await startTestCloud();
    browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await cloud?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('e2eSession: used before its beforeAll ran');
    return value;
  };
  const session = {
    get cloud(): Cloud {
      return started(cloud);
    },
    get browser(): Browser {
      return started(browser);
    },
    /**
     * A 390×844 phone in the H5 app, as `persona` when given (the local cloud's `X-Dev-OpenId`, set the way the
     * role switcher sets it; the demo applicant otherwise).
     */
    phone: async (persona?: string, locale = 'zh-CN'): Promise<Page> => {
      const page = await session.browser.newPage({ viewport: { width: 390, height: 844 }, locale });
      if (persona) await page.addInitScript((who) => localStorage.setItem('dev.openId', who), persona);
      return page;
    },
    /** Function `name`'s `action` as `openId` (the staff side, or what a test sets up), a fresh requestId each: the body. */
    fn: async (name: string, openId: string | null, action: string, payload?: unknown) =>
      (await callFunction(session.cloud, name, { action, payload, requestId: `e2e-${action}-${Date.now()}-${(serial += 1)}` }, openId))
        .body,
  };
  return session;
}

// Taro's H5 keeps visited pages in the DOM, hidden: every selector is scoped to what is visible.
export const visible = (page: Page, selector: string): Locator => page.locator(selector).locator('visible=true').first();

/** Taps a document slot's button and picks `path` in the browser's file dialog; waits until it is uploaded. */
export async function upload(page: Page, kind: string, path: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    visible(page, `.document-upload--${kind} .document-upload__button`).click(),
  ]);
  await chooser.setFiles(path);
  await visible(page, `.document-upload--${kind}.document-upload--done`).waitFor({ timeout: 15_000 });
}

/**
 * Waits until a page opened with navigateTo has slid in from the right (Taro H5) and `selector` is in place at the
 * left edge: a screenshot taken before catches the page halfway, cut off at the right.
 */
export const inPlace = (page: Page, selector: string) =>
  page.waitForFunction(
    (sel) =>
      Array.from(document.querySelectorAll(sel)).some(
        (el) => el.getBoundingClientRect().left === 0 && el.getBoundingClientRect().width > 0,
      ),
    selector,
  );

/** A full-page screenshot for people to look at (tests/e2e/screenshots, never committed). */
export const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
