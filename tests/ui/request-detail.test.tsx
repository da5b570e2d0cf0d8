import { fireEvent, render, waitFor } from '@testing-library/react';
import { resetCatalogCache } from '@/hooks/use-catalog';
import { resetLocaleCache, setLocale } from '@/i18n';
import RequestDetailPage from '@/request/detail';
import RequestsPage from '@/pages/requests';
import { mockFetch, restoreFetch, type RecordedCall } from './fetch-mock';
import { byClass, CATALOG } from './request-support';
import Taro, { resetTaroStub, setRouterParams, shareCard } from './stubs/taro';

const at = (hhmm: string) => `2026-11-23T${hhmm}:00.000Z`;

const resolved = {
  id: 'R20261123-abcdef',
  category: 'housing',
  title: '人才公寓进度',
  body: '申请已一个月，想了解进度',
  attachments: [],
  status: 'resolved',
  tier: 5,
  leadUnitId: 'unit-hrss',
  coUnitIds: ['unit-education'],
  dispatchedAt: at('02:00'),
  dueAt: '2026-11-30T15:59:59.999Z',
  dueDate: '2026-11-30',
  dueProvisional: false,
  resolvedAt: at('06:00'),
  reply: '已为您登记，下周一可入住',
  rating: null,
  reopenCount: 0,
  createdAt: at('01:00'),
  updatedAt: at('06:00'),
  consultations: [],
  timeline: [
    { type: 'submit', at: at('01:00'), by: { role: 'applicant' } },
    {
      type: 'triage',
      at: at('01:30'),
      by: { role: 'operator' },
      data: { tier: 5, leadUnitId: 'unit-hrss', coUnitIds: ['unit-education'] },
    },
    { type: 'dispatch', at: at('02:00'), by: { role: 'operator' }, data: { unitId: 'unit-hrss', tier: 5, dueDate: '2026-11-30' } },
    { type: 'accept', at: at('03:00'), by: { role: 'unit', unitId: 'unit-hrss' } },
    { type: 'resolve', at: at('06:00'), by: { role: 'unit', unitId: 'unit-hrss' }, text: '已为您登记，下周一可入住' },
  ],
};

/** A fake `requests` function: catalog, get, rate (closing the request), addInfo. */
function fakeRequests(): RecordedCall[] {
  let current: Record<string, unknown> = { ...resolved };
  return mockFetch(({ event }) => {
    const payload = event.payload as Record<string, unknown>;
    switch (event.action) {
      case 'catalog':
        return { ok: true, data: CATALOG };
      case 'get':
        return { ok: true, data: current };
      case 'mine':
        return { ok: true, data: { items: [{ ...resolved, overdue: false }], hasMore: false } };
      case 'rate':
        current = {
          ...current,
          status: 'closed',
          rating: { score: payload.score, satisfied: payload.satisfied, comment: payload.comment ?? null, at: at('07:00') },
        };
        return { ok: true, data: current };
      default:
        return { ok: false, error: { code: 'VALIDATION', message: 'unknown action' } };
    }
  });
}

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  resetCatalogCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
  setRouterParams({ id: resolved.id });
});
afterEach(() => {
  restoreFetch();
  delete process.env.TARO_ENV;
});

const texts = (selector: string) => Array.from(document.querySelectorAll(selector), (el) => el.textContent);

test.each([
  {
    locale: 'zh-CN' as const,
    unit: '区人力资源和社会保障局',
    deadline: '2026-11-30（派单后 5 个工作日）',
    steps: [
      '提交诉求',
      '已受理，5 个工作日内办结',
      '已派单至区人力资源和社会保障局，期限 2026-11-30',
      '区人力资源和社会保障局已接单',
      '区人力资源和社会保障局已办结',
    ],
    status: '已办结',
  },
  {
    locale: 'en' as const,
    unit: 'District Human Resources and Social Security Bureau',
    deadline: '2026-11-30 (5 working days after dispatch)',
    steps: [
      'Request filed',
      'Accepted: to be resolved within 5 working days',
      'Dispatched to District Human Resources and Social Security Bureau, due 2026-11-30',
      'District Human Resources and Social Security Bureau took it on',
      'Resolved by District Human Resources and Social Security Bureau',
    ],
    status: 'Resolved',
  },
])('shows the unit, the deadline in working days and every step ($locale)', async ({ locale, unit, deadline, steps, status }) => {
  setLocale(locale);
  fakeRequests();
  render(<RequestDetailPage />);
  await waitFor(() => expect(byClass('request-detail__row--unit').textContent).toContain(unit));
  expect(byClass('request-detail__row--deadline').textContent).toContain(deadline);
  expect(byClass('request-status').textContent).toBe(status);
  expect(texts('.request-timeline__what')).toEqual(steps);
  // Shanghai time: 06:00Z is 14:00.
  expect(texts('.request-timeline__when')[4]).toBe('2026-11-23 14:00');
  expect(byClass('request-detail__reply').textContent).toContain('已为您登记，下周一可入住');
  // Resolved: rating is offered; adding information is not.
  expect(document.querySelector('.rate-form')).not.toBeNull();
  expect(document.querySelector('.add-info-form')).toBeNull();
  expect(shareCard?.()).toEqual({
    title: locale === 'en' ? 'Talent Station · Service requests' : '人才驿站 · 诉求直通车',
    path: '/pages/requests/index',
  });
});

test('rating asks for a score first, then sends score and verdict once and shows the rating', async () => {
  const calls = fakeRequests();
  render(<RequestDetailPage />);
  await waitFor(() => byClass('rate-form__submit'));

  fireEvent.click(byClass('rate-form__submit'));
  expect(byClass('rate-form__error').textContent).toBe('请选择评分');

  fireEvent.click(byClass('rate-form__score--4'));
  // A score chosen answers the message: it does not stay until the next submit.
  expect(document.querySelector('.rate-form__error')).toBeNull();
  fireEvent.click(byClass('rate-form__verdict--unsatisfied'));
  expect(byClass('rate-form__note').textContent).toContain('重新办理');
  fireEvent.click(byClass('rate-form__verdict--satisfied'));
  fireEvent.change(byClass('rate-form__comment'), { target: { value: ' 很及时 ' } });
  fireEvent.click(byClass('rate-form__submit'));

  await waitFor(() => expect(byClass('request-detail__rating').textContent).toBe('您的评价：4 分，满意'));
  const rate = calls.filter((c) => c.event.action === 'rate');
  expect(rate).toHaveLength(1);
  expect(rate[0].event.payload).toEqual({ id: resolved.id, score: 4, satisfied: true, comment: '很及时' });
  expect(document.querySelector('.rate-form')).toBeNull();
});

test('an open request offers to add information, checked before sending', async () => {
  const calls = mockFetch(({ event }) => {
    if (event.action === 'catalog') return { ok: true, data: CATALOG };
    if (event.action === 'addInfo') {
      return {
        ok: true,
        data: {
          ...resolved,
          status: 'in_progress',
          reply: null,
          timeline: [
            ...resolved.timeline.slice(0, 4),
            { type: 'addInfo', at: at('04:00'), by: { role: 'applicant' }, text: '补充社保证明' },
          ],
        },
      };
    }
    return { ok: true, data: { ...resolved, status: 'in_progress', reply: null, timeline: resolved.timeline.slice(0, 4) } };
  });
  render(<RequestDetailPage />);
  await waitFor(() => byClass('add-info-form__submit'));
  expect(document.querySelector('.rate-form')).toBeNull();

  fireEvent.click(byClass('add-info-form__submit'));
  expect(byClass('add-info-form__error').textContent).toBe('补充材料：请填写此项');
  expect(calls.some((c) => c.event.action === 'addInfo')).toBe(false);

  fireEvent.change(byClass('add-info-form__text'), { target: { value: '补充社保证明' } });
  fireEvent.click(byClass('add-info-form__submit'));
  await waitFor(() => expect(texts('.request-timeline__what')).toContain('补充了材料'));
  expect(calls.find((c) => c.event.action === 'addInfo')?.event.payload).toEqual({ id: resolved.id, text: '补充社保证明' });
});

test('the list shows each request with its category, status and deadline, and opens it', async () => {
  fakeRequests();
  render(<RequestsPage />);
  await waitFor(() => expect(byClass('requests__item-title').textContent).toBe('人才公寓进度'));
  await waitFor(() => expect(byClass('requests__item-category').textContent).toBe('人才安居'));
  expect(byClass('requests__item-due').textContent).toBe('办理期限 2026-11-30');
  expect(byClass('request-status--resolved').textContent).toBe('已办结');
  fireEvent.click(byClass('requests__item'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/request/detail/index?id=R20261123-abcdef' });
  fireEvent.click(byClass('requests__new-button'));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/request/new/index' });
});

const asked = {
  ...resolved,
  status: 'in_progress',
  reply: null,
  resolvedAt: null,
  openQuestion: { text: '请补充近三个月社保缴纳证明', askedAt: at('04:00'), by: { role: 'unit', unitId: 'unit-hrss' } },
  timeline: [
    ...resolved.timeline.slice(0, 4),
    { type: 'askForInfo', at: at('04:00'), by: { role: 'unit', unitId: 'unit-hrss' }, text: '请补充近三个月社保缴纳证明' },
  ],
};

test.each([
  {
    locale: 'zh-CN' as const,
    heading: '区人力资源和社会保障局请您补充材料',
    asked: '提问时间 2026-11-23 12:00；办理期限不因等待答复而延长，请尽快答复',
    empty: '您的答复：请填写此项',
    submit: '提交答复',
    steps: ['区人力资源和社会保障局请您补充材料', '您答复了补充材料的问题'],
  },
  {
    locale: 'en' as const,
    heading: 'District Human Resources and Social Security Bureau asks you for more information',
    asked: 'Asked 2026-11-23 12:00. The deadline keeps running while they wait, so please answer soon',
    empty: 'Your answer: ',
    submit: 'Send answer',
    steps: ['District Human Resources and Social Security Bureau asked you for more information', 'You answered the question'],
  },
])(
  'an open question comes first with the answer form; answering closes it and the timeline shows both ($locale)',
  async ({ locale, heading, asked: askedLine, empty, submit, steps }) => {
    setLocale(locale);
    const calls = mockFetch(({ event }) => {
      if (event.action === 'catalog') return { ok: true, data: CATALOG };
      if (event.action === 'addInfo') {
        const payload = event.payload as { text: string };
        const answer = {
          type: 'addInfo',
          at: at('05:00'),
          by: { role: 'applicant' },
          text: payload.text,
          data: { attachments: [], question: asked.openQuestion.text, askedAt: at('04:00') },
        };
        return { ok: true, data: { ...asked, openQuestion: null, timeline: [...asked.timeline, answer] } };
      }
      return { ok: true, data: asked };
    });
    render(<RequestDetailPage />);
    await waitFor(() => expect(byClass('request-detail__question-heading').textContent).toBe(heading));
    // The question is the first card, above the summary, and holds the only add-information form.
    expect(document.querySelector('.request-detail')!.firstElementChild!.className).toContain('request-detail__question');
    expect(byClass('request-detail__question-text').textContent).toBe('请补充近三个月社保缴纳证明');
    expect(byClass('request-detail__question-asked').textContent).toBe(askedLine);
    expect(document.querySelectorAll('.add-info-form')).toHaveLength(1);
    expect(byClass('request-detail__question').querySelector('.add-info-form--answer')).not.toBeNull();
    expect(byClass('add-info-form__submit').textContent).toBe(submit);
    expect(texts('.request-timeline__what').at(-1)).toBe(steps[0]);
    expect(texts('.request-timeline__text').at(-1)).toBe('请补充近三个月社保缴纳证明');

    fireEvent.click(byClass('add-info-form__submit'));
    expect(byClass('add-info-form__error').textContent).toContain(empty);
    expect(calls.some((c) => c.event.action === 'addInfo')).toBe(false);

    fireEvent.change(byClass('add-info-form__text'), { target: { value: '已上传社保证明' } });
    fireEvent.click(byClass('add-info-form__submit'));
    await waitFor(() => expect(document.querySelector('.request-detail__question')).toBeNull());
    expect(texts('.request-timeline__what').slice(-2)).toEqual(steps);
    expect(texts('.request-timeline__text').at(-1)).toBe('已上传社保证明');
    const sent = calls.filter((c) => c.event.action === 'addInfo');
    expect(sent).toHaveLength(1);
    expect(sent[0].event.payload).toEqual({ id: resolved.id, text: '已上传社保证明' });
    expect(sent[0].event.requestId).toEqual(expect.any(String));
    // With no question open, information can still be added voluntarily.
    expect(byClass('add-info-form').className).not.toContain('add-info-form--answer');
  },
);

test.each([
  ['zh-CN' as const, '待您补充材料'],
  ['en' as const, 'Needs your information'],
])('the list marks a request that needs the applicant’s information (%s)', async (locale, badge) => {
  setLocale(locale);
  mockFetch(({ event }) => {
    if (event.action === 'catalog') return { ok: true, data: CATALOG };
    return {
      ok: true,
      data: {
        items: [
          { ...asked, id: 'R-asked', overdue: false, awaitingInfo: true },
          { ...resolved, id: 'R-done', overdue: false, awaitingInfo: false },
        ],
        hasMore: false,
      },
    };
  });
  render(<RequestsPage />);
  await waitFor(() => expect(document.querySelectorAll('.requests__item')).toHaveLength(2));
  expect(texts('.requests__item-badge--needs-info')).toEqual([badge]);
  expect(document.querySelector('.requests__item--in_progress .requests__item-badge--needs-info')).not.toBeNull();
});
