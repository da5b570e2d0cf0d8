import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Role } from '@core/roles';
import AdminIndexPage from '@/admin/pages/index';
import { entriesFor } from '@/admin/pages/index/entries';
import { resetLocaleCache } from '@/i18n';
import { mockFetch, restoreFetch } from '../fetch-mock';
import Taro, { resetTaroStub } from '../stubs/taro';
import { all } from './fixtures';

const me = (roles: Role[]) => ({
  ok: true,
  data: {
    openId: 'x',
    roles,
    locale: 'zh-CN',
    displayName: null,
    consent: { currentVersion: 'v', accepted: true, acceptedAt: null, outdated: false },
    stationId: null,
    unitId: null,
  },
});

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
});
afterEach(restoreFetch);

const entryIds = () => all('admin-index__entry').map((e) => e.className.replace(/.*admin-index__entry--/, ''));

describe('role gating of the console entries', () => {
  it.each([
    [
      'an operator',
      ['applicant', 'operator'],
      ['today', 'queue', 'check-in', 'dispatch', 'support', 'housing-board', 'housing-leases', 'housing-blocks', 'events'],
    ],
    ['a unit handler', ['applicant', 'unit'], ['inbox', 'liaison-talents']],
    [
      'a district admin',
      ['applicant', 'admin'],
      [
        'dispatch',
        'support',
        'support-policy',
        'kpi',
        'settings',
        'liaison-pairs',
        'housing-board',
        'housing-leases',
        'housing-blocks',
        'housing-inventory',
        'events',
      ],
    ],
    [
      'an operator who is also an admin',
      ['operator', 'admin'],
      [
        'today',
        'queue',
        'check-in',
        'dispatch',
        'support',
        'support-policy',
        'kpi',
        'settings',
        'liaison-pairs',
        'housing-board',
        'housing-leases',
        'housing-blocks',
        'housing-inventory',
        'events',
      ],
    ],
    ['an applicant', ['applicant'], []],
  ] as Array<[string, Role[], string[]]>)('%s', async (_t, roles, expected) => {
    expect(entriesFor(roles).map((e) => e.id)).toEqual(expected);
    mockFetch(() => me(roles));
    render(<AdminIndexPage />);
    if (expected.length === 0) {
      await screen.findByText('您的账号没有管理后台的权限');
    } else {
      await waitFor(() => expect(entryIds()).toEqual(expected));
    }
  });
});

test('shows loading first, then opens an entry by its page path', async () => {
  mockFetch(() => me(['operator']));
  render(<AdminIndexPage />);
  expect(screen.getByText('加载中…')).toBeTruthy();
  await waitFor(() => expect(entryIds()).toContain('queue'));
  fireEvent.click(document.querySelector('.admin-index__entry--queue')!);
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/admin/pages/queue/index' });
});

test('an error from account.me shows the message and a retry that loads again', async () => {
  let calls = 0;
  mockFetch(() => (++calls === 1 ? { ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用' } } : me(['unit'])));
  render(<AdminIndexPage />);
  await screen.findByText('服务暂时不可用');
  fireEvent.click(document.querySelector('.state-view__retry')!);
  await waitFor(() => expect(entryIds()).toEqual(['inbox', 'liaison-talents']));
});
