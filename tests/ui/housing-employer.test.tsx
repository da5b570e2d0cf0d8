import { fireEvent, render, waitFor } from '@testing-library/react';
import { resetLocaleCache } from '@/i18n';
import EmployerQueuePage from '@/housing/pages/employer';
import { mockFetch, restoreFetch, type RecordedCall } from './fetch-mock';
import { application, BUILDING, ME } from './housing-fixtures';
import { resetTaroStub } from './stubs/taro';

const HR = { ...ME, openId: 'demo-employer', roles: ['applicant', 'employer'] };
const { waitingPosition: _position, ...AWAITING } = application('awaiting-employer');

function fakeCloud(me: typeof ME, onCall: (call: RecordedCall) => unknown = () => undefined) {
  let queue = [AWAITING];
  return mockFetch((call) => {
    const name = `${call.url.slice(4)}.${call.event.action}`;
    const answered = onCall(call);
    if (answered) {
      queue = [];
      return answered;
    }
    if (name === 'account.me') return { ok: true, data: me };
    if (name === 'housing.employerQueue') return { ok: true, data: { items: queue } };
    if (name === 'housing.buildings') return { ok: true, data: { items: [BUILDING] } };
    if (name === 'tenancies.employerBlocks') return { ok: true, data: { items: [] } };
    throw new Error(`unexpected ${name}`);
  });
}

const text = (selector: string) => document.querySelector(selector)?.textContent ?? null;
const click = (selector: string) => fireEvent.click(document.querySelector(selector)!);

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
});
afterEach(restoreFetch);

test('the HR sees who named their company and confirms: the applicant joins the waiting list', async () => {
  const calls = fakeCloud(HR, (call) =>
    call.event.action === 'confirmEmployment' ? { ok: true, data: { ...AWAITING, status: 'waiting' } } : undefined,
  );
  render(<EmployerQueuePage />);
  await waitFor(() => expect(document.querySelector('.housing-employer__item')).toBeTruthy());
  const item = text('.housing-employer__item');
  expect(item).toContain('林晓 · 青年人才 · 硕士');
  expect(item).toContain('张江人才公寓 · 一室户 · 1 人入住');
  expect(item).toContain('示例科技有限公司（91310115MA1K3YJ2X8）');
  expect(item).toContain('请在 2026-12-11（含）前确认');
  click('.housing-employer__confirm');
  await waitFor(() => expect(text('.housing-employer__notice')).toBe('已确认 林晓 的在职情况'));
  expect(calls.filter((c) => c.event.action === 'confirmEmployment').map((c) => c.event.payload)).toEqual([{ id: AWAITING._id }]);
  await waitFor(() => expect(document.querySelector('.housing-employer__empty')).toBeTruthy());
});

test("denying asks for a reason; the server's field message is shown at the field", async () => {
  let reply: unknown = {
    ok: false,
    error: { code: 'VALIDATION', message: '输入有误', issues: [{ path: 'reason', message: '至少填写 2 个字' }] },
  };
  const calls = fakeCloud(HR, (call) => (call.event.action === 'denyEmployment' ? reply : undefined));
  render(<EmployerQueuePage />);
  await waitFor(() => expect(document.querySelector('.housing-employer__deny')).toBeTruthy());
  click('.housing-employer__deny');
  fireEvent.change(document.querySelector('.form__field--reason textarea')!, { target: { value: '无' } });
  click('.housing-employer__deny-submit');
  await waitFor(() => expect(text('.form__field--reason .form__error')).toBe('至少填写 2 个字'));

  reply = { ok: true, data: { ...AWAITING, status: 'employer-denied' } };
  fireEvent.change(document.querySelector('.form__field--reason textarea')!, { target: { value: '查无此人' } });
  click('.housing-employer__deny-submit');
  await waitFor(() => expect(text('.housing-employer__notice')).toBe('已告知 林晓 未予确认'));
  expect(calls.filter((c) => c.event.action === 'denyEmployment').map((c) => c.event.payload)).toEqual([
    { id: AWAITING._id, reason: '无' },
    { id: AWAITING._id, reason: '查无此人' },
  ]);
});

test('someone without the employer role is told the page is for HR, and the queue is not asked for', async () => {
  const calls = fakeCloud(ME);
  render(<EmployerQueuePage />);
  await waitFor(() => expect(text('.housing-employer__not-employer')).toBe('此页面供用人单位 HR 使用'));
  expect(calls.map((c) => c.event.action)).toEqual(['me']);
});
