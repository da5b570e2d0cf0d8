import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import SupportDetailPage from '@/admin/pages/support-detail';
import SupportQueuePage from '@/admin/pages/support';
import type { SupportDetail } from '@/admin/services/support-api';
import { resetLocaleCache, setLocale } from '@/i18n';
import { monthFromNow } from '../../support/clock';
import { restoreFetch } from '../fetch-mock';
import Taro, { resetTaroStub, setRouterParams } from '../stubs/taro';
import { actAs, all, byClass, callsOf, fail, fakeCloud } from './fake-cloud';

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
  actAs('demo-operator');
  setRouterParams({ id: 'sup-1' });
});
afterEach(restoreFetch);

/** One application as `support.getSupport` answers it (typed by its reply schema in core). */
const detail = (over: Partial<SupportDetail> = {}): SupportDetail => ({
  _id: 'sup-1',
  kind: 'rent',
  ownerId: 'renter',
  person: { name: '王租房', phoneMasked: '*******0000', idKind: 'id-card', idMasked: '**************1234' },
  category: 'young',
  employer: { creditCode: '91310115MA1K3YJ2X8', name: '示例科技有限公司' },
  declarations: { ownsHomeInShanghai: false },
  monthlyRentPaid: 4200,
  documents: [
    { kind: 'labour-contract', fileId: 'cloud://e.b/uploads/renter/a.pdf', type: 'pdf', size: 20480 },
    { kind: 'rent-contract', fileId: 'cloud://e.b/uploads/renter/b.pdf', type: 'pdf', size: 10240 },
  ],
  status: 'submitted',
  openQuestion: null,
  answers: [],
  amount: null,
  schedule: [],
  rechecks: [],
  nextRecheck: null,
  reason: null,
  submittedAt: '2026-12-01T02:00:00.000Z',
  decidedAt: null,
  updatedAt: '2026-12-01T02:00:00.000Z',
  disbursements: [],
  checklist: [
    { kind: 'labour-contract', files: 1 },
    { kind: 'social-insurance-record', files: 0 },
    { kind: 'rent-contract', files: 1 },
    { kind: 'no-home-declaration', files: 0 },
  ],
  computed: { monthly: 1500, months: 24, total: 36000 },
  decidedBy: null,
  ...over,
});

// Months around the tests' clock: the page proposes the first unpaid month that is due (not after this month).
const LAST_MONTH = monthFromNow(-1);
const THIS_MONTH = monthFromNow(0);
const RECHECK_MONTH = monthFromNow(11);

const approvedDetail = () =>
  detail({
    status: 'approved',
    amount: { monthly: 1500, months: 24, total: 36000 },
    schedule: [
      { month: LAST_MONTH, amount: 1500, recheck: false },
      { month: THIS_MONTH, amount: 1500, recheck: false },
    ],
    disbursements: [{ month: LAST_MONTH, amount: 1500, paidOn: `${LAST_MONTH}-15`, reference: 'R1' }],
    nextRecheck: RECHECK_MONTH,
    decidedBy: 'demo-operator',
  });

test('the detail shows the masked applicant, the materials checklist and the amount core computes', async () => {
  fakeCloud({ 'support.getSupport': () => detail() });
  render(<SupportDetailPage />);
  await waitFor(() => expect(screen.getByText('王租房')).toBeTruthy());
  expect(all('support-detail__check').map((e) => e.textContent)).toEqual([
    '✓ 劳动合同（1 份）',
    '✗ 上海社保缴纳记录（缺）',
    '✓ 租房合同（1 份）',
    '✗ 无房声明（缺）',
  ]);
  // The files read as on a stay's or seat's application page (one component, src/admin/components/document-files).
  expect(all('application__document').map((e) => e.textContent)).toEqual(['劳动合同（PDF，20 KB）', '租房合同（PDF，10 KB）']);
  expect(byClass('support-detail__computed').textContent).toBe('每月 1500 元 × 24 个月 = 36000 元');
  expect(screen.getByText('*******0000')).toBeTruthy();
  expect(byClass('support-detail__approve').textContent).toBe('批准（36000 元）');
});

test('asks for more with a question, then approves; each is one call and the page reloads', async () => {
  let current = detail();
  const calls = fakeCloud({
    'support.getSupport': () => current,
    'support.askForMore': (p) =>
      (current = detail({ status: 'more-asked', openQuestion: { text: p.question, askedAt: '2026-12-02T00:00:00.000Z' } })),
    'support.approveSupport': () => (current = approvedDetail()),
  });
  render(<SupportDetailPage />);
  await waitFor(() => expect(document.querySelector('.support-detail__ask')).toBeTruthy());
  fireEvent.click(byClass('support-detail__ask'));
  fireEvent.change(byClass('support-detail__text'), { target: { value: '请补充社保缴纳记录' } });
  fireEvent.click(byClass('support-detail__confirm'));
  await waitFor(() => expect(screen.getByText('已请申请人补充：请补充社保缴纳记录')).toBeTruthy());
  expect(callsOf(calls, 'support.askForMore')[0].event.payload).toEqual({ id: 'sup-1', question: '请补充社保缴纳记录' });
  // Asked already: no second question, but the decision stays open.
  expect(document.querySelector('.support-detail__ask')).toBeNull();
  fireEvent.click(byClass('support-detail__approve'));
  await waitFor(() => expect(byClass('application__status').textContent).toBe('已批准'));
  expect(callsOf(calls, 'support.approveSupport')).toHaveLength(1);
  expect(all('support-detail__row').map((r) => r.textContent)).toEqual([
    `${LAST_MONTH}1500 元已发放 ${LAST_MONTH}-15（R1）`,
    `${THIS_MONTH}1500 元未发放`,
  ]);
});

test('rejects with the reason; a refusal of the server is shown', async () => {
  const calls = fakeCloud({
    'support.getSupport': () => detail(),
    'support.rejectSupport': () => fail('CONFLICT', '该申请已被处理'),
  });
  render(<SupportDetailPage />);
  await waitFor(() => expect(document.querySelector('.support-detail__reject')).toBeTruthy());
  fireEvent.click(byClass('support-detail__reject'));
  fireEvent.change(byClass('support-detail__text'), { target: { value: '劳动合同已到期' } });
  fireEvent.click(byClass('support-detail__confirm'));
  await waitFor(() => expect(byClass('application__notice').textContent).toBe('该申请已被处理'));
  expect(callsOf(calls, 'support.rejectSupport')[0].event.payload).toEqual({ id: 'sup-1', reason: '劳动合同已到期' });
});

test('reveal shows the numbers the server decrypted (and audited) in place of the masked ones', async () => {
  const calls = fakeCloud({
    'support.getSupport': () => detail(),
    'support.revealSupport': () => ({
      id: 'sup-1',
      name: '王租房',
      idKind: 'id-card',
      idNumber: '310115199001011234',
      phone: '+8613800000000',
    }),
  });
  render(<SupportDetailPage />);
  await waitFor(() => expect(screen.getByText('*******0000')).toBeTruthy());
  expect(byClass('application__reveal-note').textContent).toBe('查看完整信息将记入审计日志');
  fireEvent.click(byClass('application__reveal'));
  await screen.findByText('310115199001011234');
  expect(screen.getByText('+8613800000000')).toBeTruthy();
  expect(screen.queryByText('*******0000')).toBeNull();
  expect(document.querySelector('.application__reveal')).toBeNull();
  expect(callsOf(calls, 'support.revealSupport').map((c) => c.event.payload)).toEqual([{ id: 'sup-1' }]);
});

test('a refused reveal is shown; an anonymised applicant offers nothing to reveal', async () => {
  fakeCloud({ 'support.getSupport': () => detail(), 'support.revealSupport': () => fail('FORBIDDEN', '无权执行此操作') });
  const { unmount } = render(<SupportDetailPage />);
  await waitFor(() => expect(document.querySelector('.application__reveal')).toBeTruthy());
  fireEvent.click(byClass('application__reveal'));
  await waitFor(() => expect(byClass('application__notice').textContent).toBe('无权执行此操作'));
  expect(screen.getByText('*******0000')).toBeTruthy();
  unmount();

  fakeCloud({
    'support.getSupport': () => detail({ ownerId: '', person: { name: '', phoneMasked: '', idKind: 'id-card', idMasked: '' } }),
  });
  render(<SupportDetailPage />);
  await waitFor(() => expect(document.querySelector('.support-detail__checklist')).toBeTruthy());
  expect(document.querySelector('.application__reveal')).toBeNull();
});

test('records a month paid (the first unpaid month proposed) and the annual re-check', async () => {
  const calls = fakeCloud({
    'support.getSupport': () => approvedDetail(),
    'support.recordDisbursement': () => approvedDetail(),
    'support.recordRecheck': () => approvedDetail(),
  });
  render(<SupportDetailPage />);
  await waitFor(() => expect(document.querySelector('.support-detail__pay')).toBeTruthy());
  fireEvent.change(byClass('support-detail__reference').querySelector('input') ?? byClass('support-detail__reference'), {
    target: { value: 'BANK-42' },
  });
  fireEvent.click(byClass('support-detail__pay'));
  await waitFor(() => expect(callsOf(calls, 'support.recordDisbursement')).toHaveLength(1));
  expect(callsOf(calls, 'support.recordDisbursement')[0].event.payload).toMatchObject({
    id: 'sup-1',
    month: THIS_MONTH,
    reference: 'BANK-42',
  });
  await waitFor(() => expect(byClass('application__notice').textContent).toBe('已记录发放'));
  fireEvent.click(byClass('support-detail__recheck--pass'));
  await waitFor(() => expect(callsOf(calls, 'support.recordRecheck')).toHaveLength(1));
  expect(callsOf(calls, 'support.recordRecheck')[0].event.payload).toEqual({ id: 'sup-1', month: RECHECK_MONTH, passed: true, note: '' });
});

test('the queue lists undecided applications and opens one; the CSV is exported for the period (en)', async () => {
  setLocale('en');
  const calls = fakeCloud({
    'support.supportQueue': () => ({
      items: [
        {
          _id: 'sup-1',
          kind: 'rent',
          name: '王租房',
          category: 'young',
          employerName: '示例科技',
          status: 'submitted',
          submittedAt: '2026-12-01T02:00:00.000Z',
          updatedAt: '2026-12-01T02:00:00.000Z',
        },
      ],
    }),
    'support.disbursementsCsv': (p) => ({ filename: `x-${p.from}.csv`, mimeType: 'text/csv', content: 'a,b\r\n', rows: 3 }),
  });
  URL.createObjectURL = jest.fn(() => 'blob:x');
  URL.revokeObjectURL = jest.fn();
  const saved: string[] = [];
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
  render(<SupportQueuePage />);
  await waitFor(() => expect(screen.getByText('Rent support · Young talent · 示例科技')).toBeTruthy());
  fireEvent.click(byClass('support-queue__item'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/admin/pages/support-detail/index?id=sup-1' });
  fireEvent.click(byClass('support-export__button'));
  await waitFor(() => expect(screen.getByText('3 disbursements exported')).toBeTruthy());
  expect(callsOf(calls, 'support.disbursementsCsv')).toHaveLength(1);
  expect(saved).toEqual([`x-${(callsOf(calls, 'support.disbursementsCsv')[0].event.payload as { from: string }).from}.csv`]);
  click.mockRestore();
  fireEvent.click(byClass('admin-tabs__tab--approved'));
  await waitFor(() => expect(callsOf(calls, 'support.supportQueue')).toHaveLength(2));
  expect(callsOf(calls, 'support.supportQueue')[1].event.payload).toEqual({ status: 'approved' });
});

test('the queue and the detail show days in Shanghai: an answer and a submit at 07:30 there are that day, not UTC’s day before', async () => {
  const early = '2026-12-31T23:30:00.000Z';
  const item = { _id: 'sup-1', kind: 'rent', name: '王租房', category: 'young', employerName: '示例科技', status: 'submitted' };
  fakeCloud({ 'support.supportQueue': () => ({ items: [{ ...item, submittedAt: early, updatedAt: early }] }) });
  const queue = render(<SupportQueuePage />);
  await waitFor(() => expect(screen.getByText('提交于 2027-01-01')).toBeTruthy());
  queue.unmount();

  const answer = { question: '请补充租金凭证', askedAt: early, text: '已上传', documents: [], answeredAt: early };
  fakeCloud({ 'support.getSupport': () => detail({ submittedAt: early, answers: [answer] }) });
  render(<SupportDetailPage />);
  await waitFor(() => expect(screen.getByText(/申请人补充（2027-01-01）：已上传/)).toBeTruthy());
  expect(screen.getByText('提交于 2027-01-01')).toBeTruthy();
});
