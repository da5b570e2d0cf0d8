import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DEFAULT_SUPPORT_POLICY, SUPPORT_DOCUMENTS } from '@core/housing/support';
import { resetLocaleCache, setLocale } from '@/i18n';
import SupportApplyPage from '@/support/pages/apply';
import MySupportPage from '@/support/pages/mine';
import { mockFetch, restoreFetch, type RecordedCall } from './fetch-mock';
import Taro, { resetTaroStub } from './stubs/taro';
import { chooseFile, fileOf, installFakeXhr, uninstallFakeXhr } from './upload-mock';

const POLICY = {
  policy: DEFAULT_SUPPORT_POLICY,
  documents: { rent: [...SUPPORT_DOCUMENTS.rent], purchase: [...SUPPORT_DOCUMENTS.purchase] },
};

function fakeCloud(options: { apply?: (call: RecordedCall) => unknown; mine?: unknown; answer?: (call: RecordedCall) => unknown } = {}) {
  return mockFetch((call) => {
    const name = `${call.url.slice(4)}.${call.event.action}`;
    if (name === 'support.supportPolicy') return { ok: true, data: POLICY };
    if (name === 'support.applySupport' && options.apply) return options.apply(call);
    if (name === 'support.mySupport') return { ok: true, data: options.mine ?? { items: [] } };
    if (name === 'support.answerSupport' && options.answer) return options.answer(call);
    throw new Error(`unexpected ${name}`);
  });
}

const field = (name: string) => document.querySelector(`.form__field--${name}`) as HTMLElement;
const errorOf = (name: string) => field(name)?.querySelector('.form__error')?.textContent ?? null;
const type = (name: string, value: string) => fireEvent.change(field(name).querySelector('input, textarea')!, { target: { value } });
const click = (selector: string) => fireEvent.click(document.querySelector(selector)!);

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
  installFakeXhr();
});
afterEach(() => {
  restoreFetch();
  uninstallFakeXhr();
});

test.each([
  ['zh-CN', '请填写此项', '请上传租房合同', '请确认声明', '请先修改标出的内容', '青年人才：每月最高 1500 元，共 24 个月，且不超过实际租金'],
  [
    'en',
    'Required',
    'Attach the Rent contract',
    'Please confirm the declaration',
    'Please correct the marked fields first',
    'Young talent: up to 1500 CNY a month for 24 months, never above the rent paid',
  ],
] as const)(
  '%s: shows the tiers; an empty form is not sent and says what is missing where',
  async (locale, empty, rentContract, declaration, fix, tier) => {
    setLocale(locale);
    const calls = fakeCloud();
    render(<SupportApplyPage />);
    await waitFor(() => expect(screen.getByText(tier)).toBeTruthy());
    click('.support__submit');
    expect(errorOf('name')).toBe(empty);
    expect(document.querySelector('.support__category-error')?.textContent).toBe(locale === 'en' ? 'Choose one' : '请选择一项');
    expect(errorOf('idNumber')).toBe(empty);
    expect(errorOf('creditCode')).toBe(empty);
    expect(errorOf('rent')).toBe(empty);
    expect(screen.getByText(rentContract)).toBeTruthy();
    expect(screen.getByText(declaration)).toBeTruthy();
    expect(document.querySelector('.support__error')?.textContent).toBe(fix);
    expect(calls.some((c) => c.event.action === 'applySupport')).toBe(false);
  },
);

test('rent support with its documents is sent as support.applySupport expects; NOT_ELIGIBLE reasons are listed', async () => {
  const applies: RecordedCall[] = [];
  let refuse = true;
  fakeCloud({
    apply: (call) => {
      applies.push(call);
      if (refuse) {
        refuse = false;
        return {
          ok: false,
          error: {
            code: 'NOT_ELIGIBLE',
            message: '不符合条件',
            details: { reasons: [{ rule: 'employer-in-district', message: { 'zh-CN': '用人单位须为本区注册企业', en: 'x' } }] },
          },
        };
      }
      return { ok: true, data: { _id: 'sup-xyz', status: 'submitted' } };
    },
  });
  render(<SupportApplyPage />);
  await waitFor(() => expect(document.querySelector('.support__tier')).toBeTruthy());
  click('.form__choice--category .form__chip--young');
  type('name', '王租房');
  type('phone', '13900000000');
  type('idNumber', '310101199001011234');
  type('creditCode', '91310115MA1K3YJ2X8');
  type('rent', '4200');
  for (const kind of SUPPORT_DOCUMENTS.rent) {
    await chooseFile(kind, fileOf(`${kind}.pdf`, 20_000));
    await waitFor(() => expect(document.querySelector(`.document-upload--${kind}.document-upload--done`)).toBeTruthy());
  }
  click('.form__check--declaration');
  click('.support__submit');
  await waitFor(() => expect(screen.getByText('✗ 用人单位须为本区注册企业')).toBeTruthy());
  click('.support__submit');
  await waitFor(() => expect(screen.getByText('申请已提交，编号 sup-xyz。审核结果将通过消息通知您。')).toBeTruthy());
  expect(applies).toHaveLength(2);
  expect(applies[0].event.payload).toEqual({
    kind: 'rent',
    category: 'young',
    applicant: { name: '王租房', phone: '13900000000', identityDocument: { kind: 'id-card', number: '310101199001011234' } },
    employerCreditCode: '91310115MA1K3YJ2X8',
    monthlyRentPaid: 4200,
    ownsHomeInShanghai: false,
    declaration: true,
    documents: SUPPORT_DOCUMENTS.rent.map((kind) => ({
      kind,
      fileId: expect.stringMatching(/^cloud:\/\/local-env\.local-bucket\/uploads\/demo-applicant\/support-documents\//),
      type: 'pdf',
      size: 20_000,
    })),
  });
  // The same payload retried: the same requestId, so nothing is created twice.
  expect(applies[1].event.requestId).toBe(applies[0].event.requestId);
  click('.support__to-mine');
  expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/support/pages/mine/index' });
});

test('the purchase subsidy asks for no rent, and for the purchase contract', async () => {
  fakeCloud();
  render(<SupportApplyPage />);
  await waitFor(() => expect(document.querySelector('.support__tier')).toBeTruthy());
  click('.form__choice--kind .form__chip--purchase');
  expect(field('rent')).toBeNull();
  expect(document.querySelector('.document-upload--purchase-contract')).toBeTruthy();
  expect(document.querySelector('.document-upload--rent-contract')).toBeNull();
  expect(screen.getByText('领军人才：一次性 500000 元')).toBeTruthy();
});

const approved = {
  _id: 'sup-1',
  kind: 'rent',
  ownerId: 'demo-applicant',
  person: { name: '王租房', phoneMasked: '*******0000', idKind: 'id-card', idMasked: '****1234' },
  category: 'young',
  employer: { creditCode: '91310115MA1K3YJ2X8', name: '示例科技' },
  declarations: { ownsHomeInShanghai: false },
  monthlyRentPaid: 4200,
  documents: [],
  status: 'approved',
  openQuestion: null,
  answers: [],
  amount: { monthly: 1500, months: 24, total: 36000 },
  schedule: [
    { month: '2026-12', amount: 1500, recheck: false },
    { month: '2027-01', amount: 1500, recheck: false },
    { month: '2027-12', amount: 1500, recheck: true },
  ],
  rechecks: [],
  nextRecheck: '2027-12',
  reason: null,
  submittedAt: '2026-12-01T02:00:00.000Z',
  decidedAt: '2026-12-02T02:00:00.000Z',
  updatedAt: '2026-12-02T02:00:00.000Z',
  disbursements: [{ month: '2026-12', amount: 1500, paidOn: '2026-12-15', reference: 'R1' }],
};

test('my support shows the approved amount, the schedule with the months paid and the re-check', async () => {
  fakeCloud({ mine: { items: [approved] } });
  render(<MySupportPage />);
  await waitFor(() => expect(screen.getByText('每月 1500 元，共 24 个月，合计 36000 元')).toBeTruthy());
  const rows = Array.from(document.querySelectorAll('.support-schedule__row')).map((r) => r.textContent);
  expect(rows).toEqual(['2026-121500 元已发放（2026-12-15）', '2027-011500 元待发放', '2027-121500 元年度复核']);
  expect(screen.getByText('下次年度复核：2027-12（在职、租房、无房情况）')).toBeTruthy();
});

test('my support: the question asked is answered with text; the list reloads', async () => {
  const answers: RecordedCall[] = [];
  const asked = {
    ...approved,
    status: 'more-asked',
    amount: null,
    schedule: [],
    nextRecheck: null,
    disbursements: [],
    openQuestion: { text: '请补充租金凭证', askedAt: '2026-12-03T02:00:00.000Z' },
  };
  fakeCloud({ mine: { items: [asked] }, answer: (call) => (answers.push(call), { ok: true, data: asked }) });
  render(<MySupportPage />);
  await waitFor(() => expect(screen.getByText('工作人员请您补充：请补充租金凭证')).toBeTruthy());
  click('.support__send-answer');
  expect(errorOf('answer')).toBe('请填写此项');
  type('answer', '已上传三个月的凭证');
  click('.support__send-answer');
  await waitFor(() => expect(answers).toHaveLength(1));
  expect(answers[0].event.payload).toEqual({ id: 'sup-1', text: '已上传三个月的凭证', documents: [] });
});

test('my support shows the day of submission in Shanghai: 07:30 on New Year’s Day is 2027-01-01, not UTC’s 2026-12-31', async () => {
  fakeCloud({ mine: { items: [{ ...approved, submittedAt: '2026-12-31T23:30:00.000Z' }] } });
  render(<MySupportPage />);
  await waitFor(() => expect(screen.getByText('青年人才 · 提交于 2027-01-01')).toBeTruthy());
});

test('an ID card number of the right shape but a wrong check character says so, not that the shape is wrong', async () => {
  fakeCloud();
  render(<SupportApplyPage />);
  await waitFor(() => expect(document.querySelector('.support__tier')).toBeTruthy());
  type('idNumber', '11010519491231003X');
  click('.support__submit');
  expect(errorOf('idNumber')).toBe('身份证号码有误，请核对（18 位，最后一位可为 X）');
  type('idNumber', '1101');
  click('.support__submit');
  expect(errorOf('idNumber')).toBe('证件号码为 5–20 位字母或数字');
});
