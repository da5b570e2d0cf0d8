import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { resetLocaleCache, setLocale } from '@/i18n';
import ApartmentApplicationPage from '@/housing/pages/apply';
import { mockFetch, restoreFetch, type RecordedCall } from './fetch-mock';
import { BUILDING, ME } from './housing-fixtures';
import Taro, { resetTaroStub, setRouterParams } from './stubs/taro';
import { chooseFile, fileOf, installFakeXhr, uninstallFakeXhr } from './upload-mock';

function fakeCloud(apply?: (call: RecordedCall) => unknown) {
  return mockFetch((call) => {
    const name = `${call.url.slice(4)}.${call.event.action}`;
    if (name === 'housing.buildings') return { ok: true, data: { items: [BUILDING] } };
    if (name === 'account.me') return { ok: true, data: ME };
    if (name === 'housing.apply' && apply) return apply(call);
    throw new Error(`unexpected ${name}`);
  });
}

const field = (name: string) => document.querySelector(`.form__field--${name}`) as HTMLElement;
const errorOf = (name: string) => field(name)?.querySelector('.form__error')?.textContent ?? null;
const type = (name: string, value: string) => fireEvent.change(field(name).querySelector('input, textarea')!, { target: { value } });
const click = (selector: string) => fireEvent.click(document.querySelector(selector)!);
const unmet = () => Array.from(document.querySelectorAll('.housing-apply__rules .stay-rules__unmet')).map((e) => e.textContent);

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
  setRouterParams({ building: 'apt-zhangjiang', type: 'one-room' });
  installFakeXhr();
});
afterEach(() => {
  restoreFetch();
  uninstallFakeXhr();
});

/** Everything but the documents, as an eligible young talent with a master's would fill it. */
function fillEligible(): void {
  click('.form__choice--category .form__chip--young');
  click('.form__choice--degree .form__chip--master');
  type('name', '林晓');
  type('phone', '13800000000');
  type('idNumber', '310101199001011234');
  type('creditCode', '91310115ma1k3yj2x8');
  click('.form__check--socialInsurance');
}

test.each([
  ['zh-CN', '请填写此项', '请先修改标出的内容', '请选择一项', '统一社会信用代码为 18 位字母或数字'],
  ['en', 'Required', 'Please correct the marked fields first', 'Choose one', 'The unified social credit code is 18 letters or digits'],
] as const)('%s: an empty form is not sent; each problem is shown at its field', async (locale, empty, fix, choose, creditCode) => {
  setLocale(locale);
  const calls = fakeCloud();
  render(<ApartmentApplicationPage />);
  await waitFor(() => expect(document.querySelector('.housing-apply')).toBeTruthy());
  // The unit type the building page was opened for is already chosen.
  expect(document.querySelector('.form__choice--unitType .form__chip--active')?.className).toContain('form__chip--one-room');
  click('.housing-apply__submit');
  expect(errorOf('name')).toBe(empty);
  // In words, not zod's list of codes or its regular expression.
  expect(errorOf('creditCode')).toBe(creditCode);
  const choiceError = (name: string) => document.querySelector(`.form__choice--${name}`)?.nextElementSibling?.textContent;
  expect(choiceError('category')).toBe(choose);
  expect(choiceError('degree')).toBe(choose);
  expect(document.querySelector('.housing-apply__error')?.textContent).toBe(fix);
  expect(calls.filter((c) => c.event.action === 'apply')).toHaveLength(0);
});

test('core rules are checked as the user answers, each failed one explained, and block the submit', async () => {
  const calls = fakeCloud();
  render(<ApartmentApplicationPage />);
  await waitFor(() => expect(document.querySelector('.housing-apply')).toBeTruthy());
  expect(document.querySelector('.housing-apply__rules')?.textContent).toContain('选择户型、人才类别和学位后核对申请条件');
  fillEligible();
  click('.form__chip--bachelor');
  click('.form__check--ownsHome');
  type('householdSize', '3');
  expect(unmet()).toEqual([
    '✗ 请上传劳动合同',
    '✗ 须在上海缴纳社会保险，并上传缴纳记录',
    '✗ 须在上海无自有住房，并上传无房声明',
    '✗ 该户型最多入住 2 人',
  ]);
  click('.housing-apply__submit');
  expect(document.querySelector('.housing-apply__error')?.textContent).toBe('尚未满足申请条件，请看上方说明');
  expect(calls.filter((c) => c.event.action === 'apply')).toHaveLength(0);
});

test('an eligible household submits once with its documents; the server refusing (employer not registered) is explained', async () => {
  let answer: unknown = {
    ok: false,
    error: {
      code: 'NOT_ELIGIBLE',
      message: '不符合申请条件',
      details: { reasons: [{ rule: 'employer-in-district', message: '用人单位须为本区注册企业（统一社会信用代码）' }] },
    },
  };
  const calls = fakeCloud(() => answer);
  render(<ApartmentApplicationPage />);
  await waitFor(() => expect(document.querySelector('.housing-apply')).toBeTruthy());
  fillEligible();
  await chooseFile('labour-contract', fileOf('contract.pdf', 200_000));
  await chooseFile('social-insurance-record', fileOf('insurance.pdf', 100_000));
  await chooseFile('no-home-declaration', fileOf('declaration.pdf', 50_000));
  await waitFor(() => expect(document.querySelectorAll('.document-upload--done')).toHaveLength(3));
  expect(document.querySelector('.housing-apply__rules .stay-rules__ok')).toBeTruthy();

  click('.housing-apply__submit');
  await waitFor(() => expect(document.querySelector('.housing-apply__reason--employer-in-district')).toBeTruthy());
  expect(document.querySelector('.housing-apply__reason--employer-in-district')?.textContent).toBe(
    '✗ 用人单位须为本区注册企业（统一社会信用代码）',
  );
  expect(screen.getByText('重新提交')).toBeTruthy();

  answer = { ok: true, data: { _id: 'apt-0123', employerDueOn: '2026-12-11', status: 'awaiting-employer' } };
  click('.housing-apply__submit');
  await waitFor(() => expect(screen.getByText('申请已提交')).toBeTruthy());
  expect(screen.getByText('申请编号：apt-0123')).toBeTruthy();
  expect(screen.getByText(/请其在 2026-12-11 前确认您的在职情况/)).toBeTruthy();
  const applies = calls.filter((c) => c.event.action === 'apply');
  // The retry of the same payload is the same submit: one requestId, so the server creates one application.
  expect(applies).toHaveLength(2);
  expect(applies[1].event.requestId).toBe(applies[0].event.requestId);
  expect(applies[0].event.payload).toEqual({
    buildingId: 'apt-zhangjiang',
    unitType: 'one-room',
    householdSize: 1,
    category: 'young',
    degree: 'master',
    applicant: { name: '林晓', phone: '13800000000', identityDocument: { kind: 'id-card', number: '310101199001011234' } },
    employerCreditCode: '91310115ma1k3yj2x8',
    socialInsuranceInShanghai: true,
    ownsHomeInShanghai: false,
    documents: ['labour-contract', 'social-insurance-record', 'no-home-declaration'].map((kind) => ({
      kind,
      fileId: expect.stringMatching(/^cloud:\/\/local-env\.local-bucket\/uploads\/demo-applicant\/apartment-documents\//),
      type: 'pdf',
      size: expect.any(Number),
    })),
  });
  click('.housing-apply-done__mine');
  expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/housing/pages/mine/index' });
});
