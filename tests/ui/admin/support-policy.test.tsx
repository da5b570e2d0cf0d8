import { fireEvent, render, waitFor } from '@testing-library/react';
import { DEFAULT_SUPPORT_POLICY, SUPPORT_DOCUMENTS } from '@core/housing/support';
import { resetLocaleCache, setLocale } from '@/i18n';
import SupportPolicyPage from '@/admin/pages/support-policy';
import { restoreFetch } from '../fetch-mock';
import { resetTaroStub } from '../stubs/taro';
import { actAs, byClass, callsOf, fakeCloud } from './fake-cloud';

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
});
afterEach(restoreFetch);

const cloud = () =>
  fakeCloud({
    'support.supportPolicy': () => ({ policy: DEFAULT_SUPPORT_POLICY, documents: SUPPORT_DOCUMENTS }),
    'support.setSupportPolicy': (p) => ({ policy: p.policy, documents: SUPPORT_DOCUMENTS }),
  });

const field = (tier: string, name: string) =>
  document.querySelector<HTMLInputElement>(
    `${tier ? `.support-policy__tier--${tier} ` : ''}.housing-field--${name} .housing-field__input`,
  )!;
const type = (tier: string, name: string, value: string) => fireEvent.change(field(tier, name), { target: { value } });
const errorOf = (tier: string, name: string) =>
  document.querySelector(`${tier ? `.support-policy__tier--${tier} ` : ''}.housing-field--${name} .housing-field__error`)?.textContent;

test('an operator is not shown the policy', async () => {
  actAs('demo-operator');
  const calls = cloud();
  render(<SupportPolicyPage />);
  await waitFor(() => byClass('admin-state--forbidden'));
  expect(calls.map((c) => c.url)).toEqual(['/fn/account']);
});

test("the admin edits the tiers: refused first by core's schema in the user's language, then saved whole", async () => {
  actAs('demo-admin');
  const calls = cloud();
  render(<SupportPolicyPage />);
  await waitFor(() => expect(field('leading', 'monthlyRent').value).toBe('5000'));
  expect(field('', 'recheck-every-months').value).toBe('12');
  type('young', 'rentMonths', '200');
  type('', 'recheck-every-months', '0');
  fireEvent.click(byClass('support-policy__save'));
  await waitFor(() => expect(errorOf('young', 'rentMonths')).toMatch(/120/));
  expect(errorOf('', 'recheck-every-months')).toMatch(/1/);
  expect(byClass('support-policy__message').textContent).toBe('请先修正标出的字段');
  expect(callsOf(calls, 'support.setSupportPolicy')).toHaveLength(0);
  type('young', 'rentMonths', '36');
  type('', 'recheck-every-months', '6');
  // Graduates lose their support: a category left blank is not listed.
  for (const name of ['monthlyRent', 'rentMonths', 'purchase']) type('graduate', name, '');
  fireEvent.click(byClass('support-policy__save'));
  await waitFor(() => expect(byClass('support-policy__message').textContent).toBe('已保存'));
  expect(callsOf(calls, 'support.setSupportPolicy')[0].event.payload).toEqual({
    policy: {
      tiers: [
        ...DEFAULT_SUPPORT_POLICY.tiers.filter((t) => ['leading', 'high-level', 'shortage'].includes(t.category)),
        { category: 'young', monthlyRent: 1500, rentMonths: 36, purchase: 0 },
      ],
      recheckEveryMonths: 6,
    },
  });
});

test('in English, the labels and errors are English', async () => {
  setLocale('en');
  actAs('demo-admin');
  cloud();
  render(<SupportPolicyPage />);
  await waitFor(() => expect(field('leading', 'purchase').value).toBe('500000'));
  expect(document.querySelector('.support-policy__tier--leading .housing-field--purchase .housing-field__label')!.textContent).toBe(
    'Purchase subsidy (CNY)',
  );
  type('leading', 'purchase', 'abc');
  fireEvent.click(byClass('support-policy__save'));
  await waitFor(() => expect(errorOf('leading', 'purchase')).toBeTruthy());
  expect(errorOf('leading', 'purchase')).not.toMatch(/[\u4e00-\u9fff]/);
});
