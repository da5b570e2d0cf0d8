import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Me } from '@/services/account';
import { getLocale, resetLocaleCache } from '@/i18n';
import MePage from '@/pages/me';
import { failingFetch, mockFetch, restoreFetch, type RecordedCall } from './fetch-mock';
import Taro, { resetTaroStub } from './stubs/taro';

const VERSION = '2026-11-01';

const meOf = (openId: string, overrides: Partial<Me> = {}): Me => ({
  openId,
  roles: openId === 'demo-operator' ? ['applicant', 'operator'] : openId === 'demo-employer' ? ['applicant', 'employer'] : ['applicant'],
  locale: 'zh-CN',
  displayName: null,
  consent: { currentVersion: VERSION, accepted: false, acceptedAt: null, outdated: false },
  stationId: null,
  unitId: null,
  ...overrides,
});

/** A fake `account` function keeping one user per `X-Dev-OpenId`, as the local cloud would. */
function fakeAccount(): { calls: RecordedCall[] } {
  const users = new Map<string, Me>();
  const calls = mockFetch(({ url, headers, event }) => {
    expect(url).toBe('/fn/account');
    const openId = headers['X-Dev-OpenId'];
    const user = users.get(openId) ?? meOf(openId);
    let next = user;
    if (event.action === 'consent') {
      next = { ...user, consent: { ...user.consent, accepted: true, acceptedAt: '2026-11-02T01:30:00.000Z' } };
    } else if (event.action === 'setProfile') {
      next = { ...user, ...(event.payload as Partial<Me>) };
    }
    users.set(openId, next);
    return { ok: true, data: next };
  });
  return { calls };
}

const byClass = (name: string): HTMLElement => {
  const found = document.querySelector<HTMLElement>(`.${name}`);
  if (!found) throw new Error(`.${name} is not on the page`);
  return found;
};

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
});

afterEach(restoreFetch);

afterAll(() => {
  delete process.env.TARO_ENV;
});

test('shows the loading state, then the identity, localized roles and consent state from me()', async () => {
  const { calls } = fakeAccount();
  render(<MePage />);
  expect(screen.getByText('加载中…')).toBeTruthy();

  await waitFor(() => expect(byClass('me__open-id').textContent).toBe('demo-applicant'));
  expect(byClass('me__roles').textContent).toBe('申请人');
  expect(byClass('me__consent-state').textContent).toBe(`尚未同意隐私政策（版本 ${VERSION}）`);
  expect(document.querySelector('.me__loading')).toBeNull();
  expect(document.querySelector('.me__admin-button')).toBeNull();

  expect(calls).toHaveLength(1);
  expect(calls[0].event).toMatchObject({ action: 'me', locale: 'zh-CN' });
  expect(calls[0].event.requestId.length).toBeGreaterThanOrEqual(8);
  expect(calls[0].headers['content-type']).toBe('application/json');
});

test('accepting the privacy policy sends the current version and shows it accepted', async () => {
  const { calls } = fakeAccount();
  render(<MePage />);
  await waitFor(() => byClass('me__consent-button'));

  fireEvent.click(byClass('me__consent-button'));

  await waitFor(() => expect(byClass('me__consent-state').textContent).toBe(`已同意（版本 ${VERSION}，2026-11-02 09:30）`));
  expect(calls[1].event).toMatchObject({ action: 'consent', payload: { version: VERSION } });
  expect(document.querySelector('.me__consent-button')).toBeNull();
});

test('the language switch saves the locale on the account and switches the UI to English', async () => {
  const { calls } = fakeAccount();
  render(<MePage />);
  await waitFor(() => byClass('me__open-id'));

  fireEvent.click(byClass('me__locale-button'));

  await waitFor(() => expect(byClass('me__locale-button').textContent).toBe('切换到中文'));
  expect(getLocale()).toBe('en');
  expect(byClass('me__roles').textContent).toBe('Applicant');
  expect(calls[1].event).toMatchObject({ action: 'setProfile', payload: { locale: 'en' }, locale: 'en' });
  expect(Taro.setNavigationBarTitle).toHaveBeenLastCalledWith({ title: 'Me' });
  expect(Taro.setTabBarItem).toHaveBeenCalledWith({ index: 1, text: 'My bookings' });
});

test('the language row is a row of the card, whether the account loaded or not', async () => {
  mockFetch(() => ({ ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } }));
  const { unmount } = render(<MePage />);
  await waitFor(() => byClass('me__error'));
  expect(document.querySelectorAll('.me__language')).toHaveLength(1);
  expect(byClass('me__language').parentElement?.classList.contains('me__card')).toBe(true);
  unmount();
  restoreFetch();

  fakeAccount();
  render(<MePage />);
  await waitFor(() => byClass('me__open-id'));
  expect(document.querySelectorAll('.me__card')).toHaveLength(1);
  expect(document.querySelectorAll('.me__language')).toHaveLength(1);
  // Below the account's rows, in the same card.
  expect(byClass('me__language').parentElement).toBe(byClass('me__open-id').closest('.me__card'));
});

test('switching persona reloads me() as the new identity', async () => {
  const { calls } = fakeAccount();
  render(<MePage />);
  await waitFor(() => byClass('me__open-id'));

  fireEvent.click(byClass('role-switcher__option--demo-operator'));

  await waitFor(() => expect(byClass('me__open-id').textContent).toBe('demo-operator'));
  expect(calls[1].headers['X-Dev-OpenId']).toBe('demo-operator');
  expect(byClass('me__roles').textContent).toBe('申请人驿站工作人员');
  expect(document.querySelector('.me__admin-button')).not.toBeNull();
});

test("an employer's HR finds their apartment confirmations here; others do not see the entry", async () => {
  fakeAccount();
  render(<MePage />);
  await waitFor(() => byClass('me__open-id'));
  expect(document.querySelector('.me__employer-button')).toBeNull();
  fireEvent.click(byClass('role-switcher__option--demo-employer'));
  await waitFor(() => expect(byClass('me__open-id').textContent).toBe('demo-employer'));
  expect(document.querySelector('.me__admin-button')).toBeNull();
  fireEvent.click(byClass('me__employer-button'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/housing/pages/employer/index' });
});

test("shows the server's own message when me() fails", async () => {
  mockFetch(() => ({ ok: false, error: { code: 'FORBIDDEN', message: '您没有权限进行此操作' } }));
  render(<MePage />);

  await waitFor(() => expect(byClass('me__error').textContent).toContain('您没有权限进行此操作'));
  expect(document.querySelector('.me__open-id')).toBeNull();
});

test('lists each field problem of a VALIDATION failure', async () => {
  mockFetch(() => ({
    ok: false,
    error: {
      code: 'VALIDATION',
      message: '填写的内容有误，请检查标出的字段',
      issues: [{ path: 'displayName', message: '过长' }],
    },
  }));
  render(<MePage />);
  await waitFor(() => expect(byClass('me__error').textContent).toContain('displayName：过长'));
});

test('a network failure shows a localized INTERNAL message, and retry loads again', async () => {
  failingFetch();
  render(<MePage />);
  await waitFor(() => expect(byClass('me__error').textContent).toContain('网络异常，请检查网络后重试'));

  fakeAccount();
  fireEvent.click(byClass('me__retry-button'));
  await waitFor(() => expect(byClass('me__open-id').textContent).toBe('demo-applicant'));
  expect(document.querySelector('.me__error')).toBeNull();
});
