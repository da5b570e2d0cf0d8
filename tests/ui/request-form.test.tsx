import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { getLocale, resetLocaleCache, setLocale } from '@/i18n';
import { RequestForm } from '@/request/components/request-form';
import type { RequestView } from '@/services/requests';
import { mockFetch, restoreFetch } from './fetch-mock';
import { chooseOption } from './nutui';
import { byClass, CATALOG } from './request-support';
import Taro, { resetTaroStub } from './stubs/taro';
import { FakeXhr, fileOf, installFakeXhr, uninstallFakeXhr } from './upload-mock';

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
});
afterEach(() => {
  restoreFetch();
  delete process.env.TARO_ENV;
});

const type = (className: string, value: string) => fireEvent.change(byClass(className), { target: { value } });
const texts = (selector: string) => Array.from(document.querySelectorAll(selector), (el) => el.textContent);
/** The title of the step NutUI's steps mark as the current one. */
const current = () => byClass('nut-step-process').querySelector('.nut-step-title')?.textContent;

function renderForm() {
  const submitted: RequestView[] = [];
  render(<RequestForm catalog={CATALOG} onSubmitted={(r) => submitted.push(r)} />);
  return submitted;
}

describe.each([
  {
    locale: 'zh-CN' as const,
    steps: ['选择类别', '填写内容', '确认提交'],
    categoryHint: '点此选择类别',
    confirm: '确定',
    cancel: '取消',
    chooseCategory: '诉求类别：请选择一个类别',
    housing: '人才安居',
    emptyTitle: '标题：请填写此项',
    emptyBody: '详细描述：请填写此项',
    shortBody: '详细描述：至少填写 10 个字',
    bodyHint: '请说明情况、已做过的尝试和希望得到的帮助（10–1000 字）',
    longTitle: '标题：最多 40 个字',
    next: '下一步',
  },
  {
    locale: 'en' as const,
    steps: ['Category', 'Details', 'Review'],
    categoryHint: 'Tap to choose a category',
    confirm: 'OK',
    cancel: 'Cancel',
    chooseCategory: 'Category: Please choose a category',
    housing: 'Talent housing',
    emptyTitle: 'Title: Please fill this in',
    emptyBody: 'Description: Please fill this in',
    shortBody: 'Description: At least 10 characters',
    bodyHint: 'What happened, what you tried, and what help you need (10 to 1000 characters)',
    longTitle: 'Title: At most 40 characters',
    next: 'Next',
  },
])('the request form in $locale', (lang) => {
  beforeEach(() => setLocale(lang.locale));

  test('shows three steps and the categories, and will not go on without a category', () => {
    renderForm();
    expect(texts('.nut-step-title')).toEqual(lang.steps);
    expect(current()).toBe(lang.steps[0]);
    expect(byClass('option-picker__placeholder').textContent).toBe(lang.categoryHint);
    fireEvent.click(byClass('option-picker--category'));
    // The picker lists the 12 categories of the catalog in the UI language, with NutUI's buttons in it too.
    expect(texts('.nut-pickerview-roller-item')).toContain(lang.housing);
    expect(byClass('nut-picker-confirm-btn').textContent).toBe(lang.confirm);
    expect(byClass('nut-picker-cancel-btn').textContent).toBe(lang.cancel);
    fireEvent.click(byClass('nut-picker-cancel-btn'));
    expect(byClass('request-form__next').textContent).toBe(lang.next);

    fireEvent.click(byClass('request-form__next'));
    expect(byClass('request-form__error--category').textContent).toBe(lang.chooseCategory);
    expect(current()).toBe(lang.steps[0]);
  });

  test("checks title and description with core's schema, in the UI language", () => {
    renderForm();
    chooseOption('category', lang.housing);
    expect(byClass('option-picker__value').textContent).toBe(lang.housing);
    fireEvent.click(byClass('request-form__next'));
    expect(current()).toBe(lang.steps[1]);

    fireEvent.click(byClass('request-form__next'));
    expect(byClass('request-form__error--title').textContent).toBe(lang.emptyTitle);
    expect(byClass('request-form__error--body').textContent).toBe(lang.emptyBody);
    expect(byClass('request-form__body').getAttribute('placeholder')).toBe(lang.bodyHint);

    // One character (or a few words padded with spaces) says nothing to the unit: core's minimum, in our words.
    type('request-form__body', '  求助  ');
    fireEvent.click(byClass('request-form__next'));
    expect(byClass('request-form__error--body').textContent).toBe(lang.shortBody);
    expect(current()).toBe(lang.steps[1]);

    type('request-form__title', 'x'.repeat(41));
    type('request-form__body', '想了解人才公寓的申请进度');
    fireEvent.click(byClass('request-form__next'));
    expect(byClass('request-form__error--title').textContent).toBe(lang.longTitle);
    expect(document.querySelector('.request-form__error--body')).toBeNull();
    expect(current()).toBe(lang.steps[1]);

    type('request-form__title', '人才公寓进度');
    fireEvent.click(byClass('request-form__next'));
    expect(current()).toBe(lang.steps[2]);
    expect(byClass('request-form__review-category').textContent).toBe(lang.housing);
    expect(byClass('request-form__review-title').textContent).toBe('人才公寓进度');
  });
});

async function fillToReview(): Promise<void> {
  chooseOption('category', CATALOG.categories.find((c) => c.id === 'housing')!.name[getLocale()]);
  fireEvent.click(byClass('request-form__next'));
  type('request-form__title', '人才公寓进度');
  type('request-form__body', '申请已一个月，想了解进度');
  fireEvent.click(byClass('request-form__next'));
}

test('submits once with a requestId; a retry after a failure reuses the same requestId', async () => {
  let fail = true;
  const calls = mockFetch(() =>
    fail
      ? { ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试', requestId: 'srv-1' } }
      : { ok: true, data: { id: 'R20261123-abcdef', status: 'submitted' } },
  );
  const submitted = renderForm();
  await fillToReview();

  fireEvent.click(byClass('request-form__submit'));
  await waitFor(() => expect(byClass('request-form__failure').textContent).toContain('系统繁忙，请稍后再试'));
  fail = false;
  fireEvent.click(byClass('request-form__submit'));
  await waitFor(() => expect(submitted).toHaveLength(1));

  expect(calls.map((c) => c.event.action)).toEqual(['submit', 'submit']);
  expect(calls[0].event.payload).toEqual({ category: 'housing', title: '人才公寓进度', body: '申请已一个月，想了解进度', attachments: [] });
  expect(calls[1].event.requestId).toBe(calls[0].event.requestId);
  expect(submitted[0].id).toBe('R20261123-abcdef');
  // H5 has no subscribe messages; nothing is asked.
  expect(Taro.requestSubscribeMessage).not.toHaveBeenCalled();
});

test("a field the server refuses is shown on that field's step, in English", async () => {
  setLocale('en');
  mockFetch(() => ({
    ok: false,
    error: {
      code: 'VALIDATION',
      message: 'Some fields need your attention',
      issues: [{ path: 'title', message: 'This text is not allowed' }],
    },
  }));
  renderForm();
  await fillToReview();
  fireEvent.click(byClass('request-form__submit'));

  await waitFor(() => expect(byClass('request-form__error--title').textContent).toBe('Title: This text is not allowed'));
  expect(current()).toBe('Details');
  expect(byClass('request-form__failure').textContent).toBe('Some fields need your attention');
});

test('in WeChat the tap that submits asks for the subscribe messages first, and records what was accepted', async () => {
  process.env.TARO_ENV = 'weapp';
  process.env.TARO_APP_SUBSCRIBE_TEMPLATES = JSON.stringify({
    request_resolved: { id: 'tmpl-progress', fields: { thing1: 'title' } },
    request_auto_closed: { id: 'tmpl-closed', fields: { thing1: 'title' } },
  });
  Taro.requestSubscribeMessage.mockResolvedValueOnce({
    errMsg: 'requestSubscribeMessage:ok',
    'tmpl-progress': 'accept',
    'tmpl-closed': 'reject',
  });
  Taro.cloud.callFunction.mockResolvedValue({ result: { ok: true, data: { id: 'R1' } }, errMsg: 'ok' });
  try {
    const submitted = renderForm();
    await fillToReview();
    fireEvent.click(byClass('request-form__submit'));
    await waitFor(() => expect(submitted).toHaveLength(1));
    expect(Taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['tmpl-progress', 'tmpl-closed'], entityIds: [] });
    expect(Taro.requestSubscribeMessage.mock.invocationCallOrder[0]).toBeLessThan(Taro.cloud.callFunction.mock.invocationCallOrder[0]);
    const events = Taro.cloud.callFunction.mock.calls.map(([call]) => [call.name, call.data?.action, call.data?.payload]);
    expect(events).toContainEqual(['account', 'recordSubscriptions', { accepted: ['tmpl-progress'] }]);
  } finally {
    delete process.env.TARO_APP_SUBSCRIBE_TEMPLATES;
  }
});

describe('photos', () => {
  beforeEach(() => installFakeXhr());
  afterEach(() => uninstallFakeXhr());

  const pick = async (file: File) => {
    fireEvent.click(byClass('request-form__add-photo'));
    const picker = document.querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(picker, 'files', { value: [file] });
    await act(async () => {
      fireEvent.change(picker);
    });
  };

  test.each([
    ['zh-CN', '只能添加 JPG、PNG 或 PDF 文件，且不超过 10 MB', '已添加 1 张图片'],
    ['en', 'Only JPG, PNG or PDF files up to 10 MB', '1 photo(s) added'],
  ] as const)(
    '%s: refuses a wrong file before uploading, uploads a photo under the caller, submits its file ID',
    async (locale, refused, count) => {
      setLocale(locale);
      const calls = mockFetch(() => ({ ok: true, data: { id: 'R20261123-abcdef', status: 'submitted' } }));
      renderForm();
      chooseOption('category', CATALOG.categories.find((c) => c.id === 'housing')!.name[getLocale()]);
      fireEvent.click(byClass('request-form__next'));
      type('request-form__title', '人才公寓进度');
      type('request-form__body', '申请已一个月，想了解进度');

      await pick(fileOf('notes.docx', 2048, 'application/msword'));
      expect(byClass('request-form__photo-error').textContent).toBe(refused);
      expect(FakeXhr.sent).toHaveLength(0);

      await pick(fileOf('door.jpg', 4096, 'image/jpeg'));
      await waitFor(() => expect(document.querySelectorAll('.request-form__photo')).toHaveLength(1));
      expect(FakeXhr.sent[0].url).toMatch(/^\/storage\/upload\?cloudPath=uploads%2Fdemo-applicant%2Frequests%2F[a-z0-9]+\.jpg$/);

      fireEvent.click(byClass('request-form__next'));
      expect(byClass('request-form__review-photos').textContent).toBe(count);
      fireEvent.click(byClass('request-form__submit'));
      await waitFor(() => expect(calls).toHaveLength(1));
      expect((calls[0].event.payload as { attachments: string[] }).attachments).toEqual([
        expect.stringMatching(/^cloud:\/\/local-env\.local-bucket\/uploads\/demo-applicant\/requests\/[a-z0-9]+\.jpg$/),
      ]);
    },
  );

  test('a removed photo is not sent', async () => {
    const calls = mockFetch(() => ({ ok: true, data: { id: 'R20261123-abcdef', status: 'submitted' } }));
    renderForm();
    chooseOption('category', CATALOG.categories.find((c) => c.id === 'housing')!.name[getLocale()]);
    fireEvent.click(byClass('request-form__next'));
    type('request-form__title', '人才公寓进度');
    type('request-form__body', '申请已一个月，想了解进度');
    await pick(fileOf('door.png', 4096, 'image/png'));
    await waitFor(() => expect(document.querySelectorAll('.request-form__photo')).toHaveLength(1));
    fireEvent.click(byClass('request-form__photo-remove'));
    fireEvent.click(byClass('request-form__next'));
    fireEvent.click(byClass('request-form__submit'));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect((calls[0].event.payload as { attachments: string[] }).attachments).toEqual([]);
  });
});
