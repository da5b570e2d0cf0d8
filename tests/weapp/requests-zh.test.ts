import { attrOf, byClass, hasText, installWx, launchApp, openPage, render, settle, tagOf, textOf } from './support/weapp-runtime';

const CATALOG = {
  categories: [{ id: 'housing', name: { 'zh-CN': '人才安居', en: 'Talent housing' } }],
  units: [{ id: 'unit-hrss', name: { 'zh-CN': '区人力资源和社会保障局', en: 'District Human Resources and Social Security Bureau' } }],
};
const DETAIL = {
  id: 'R20261123-abcdef',
  category: 'housing',
  title: '人才公寓进度',
  body: '想了解进度',
  attachments: [],
  status: 'in_progress',
  tier: 5,
  leadUnitId: 'unit-hrss',
  coUnitIds: [],
  dispatchedAt: '2026-11-23T02:00:00.000Z',
  dueAt: '2026-11-30T15:59:59.999Z',
  dueDate: '2026-11-30',
  dueProvisional: false,
  resolvedAt: null,
  reply: null,
  rating: null,
  reopenCount: 0,
  createdAt: '2026-11-23T01:00:00.000Z',
  updatedAt: '2026-11-23T03:00:00.000Z',
  consultations: [],
  timeline: [
    { type: 'submit', at: '2026-11-23T01:00:00.000Z', by: { role: 'applicant' } },
    {
      type: 'dispatch',
      at: '2026-11-23T02:00:00.000Z',
      by: { role: 'operator' },
      data: { unitId: 'unit-hrss', tier: 5, dueDate: '2026-11-30' },
    },
    { type: 'accept', at: '2026-11-23T03:00:00.000Z', by: { role: 'unit', unitId: 'unit-hrss' } },
  ],
};

const ASKED = {
  ...DETAIL,
  id: 'R20261123-a5ced0',
  openQuestion: { text: '请补充社保缴纳证明', askedAt: '2026-11-23T04:00:00.000Z', by: { role: 'unit', unitId: 'unit-hrss' } },
  timeline: [
    ...DETAIL.timeline,
    { type: 'askForInfo', at: '2026-11-23T04:00:00.000Z', by: { role: 'unit', unitId: 'unit-hrss' }, text: '请补充社保缴纳证明' },
  ],
};

let mine: unknown[] = [];
const wx = installWx(({ data }) => {
  if (data.action === 'catalog') return { ok: true, data: CATALOG };
  if (data.action === 'mine') return { ok: true, data: { items: mine, hasMore: false } };
  if (data.action === 'get') return { ok: true, data: (data.payload as { id: string }).id === ASKED.id ? ASKED : DETAIL };
  return { ok: false, error: { code: 'NOT_FOUND', message: '找不到该记录' } };
});

beforeAll(launchApp);

describe('the compiled weapp, in Chinese', () => {
  it('renders the requests tab from the cloud reply: header, primary button, empty list', async () => {
    const page = openPage('pages/requests/index');
    await settle(page, (p) => hasText(p, '您还没有提交过诉求'));
    const tree = render(page);

    expect(tagOf(tree)).toBe('wx-view');
    expect(textOf(byClass(tree, 'requests__subtitle')[0])).toBe('诉求直通车：遇到问题告诉我们，专人跟进办理');
    const button = byClass(tree, 'requests__new-button')[0];
    expect(tagOf(button)).toBe('wx-button');
    expect(attrOf(button, 'type')).toBe('primary');
    expect(textOf(button)).toBe('我要提诉求');
    expect(textOf(byClass(tree, 'requests__empty')[0])).toBe('您还没有提交过诉求');
    expect(byClass(tree, 'requests__item')).toHaveLength(0);

    const call = wx.calls.find((c) => c.data.action === 'mine');
    expect(call).toMatchObject({ name: 'requests', data: { payload: { page: 0, pageSize: 20 }, locale: 'zh-CN' } });
    expect(call?.data.requestId.length).toBeGreaterThanOrEqual(8);
    expect(wx.titles).toContain('诉求');

    // The share card, built by the page at share time.
    const share = (page as unknown as { onShareAppMessage: (o: unknown) => unknown }).onShareAppMessage({ from: 'menu' });
    expect(share).toMatchObject({ title: '人才驿站 · 诉求直通车', path: '/pages/requests/index' });
  });

  it('renders the first step of the request form (subpackage): NutUI steps and the category picker field', async () => {
    const page = openPage('request/new/index');
    await settle(page, (p) => hasText(p, '点此选择类别'));
    const tree = render(page);
    // NutUI's Steps and Picker compiled into the subpackage render through the build's own templates.
    expect(byClass(tree, 'nut-step-title').map(textOf)).toEqual(['选择类别', '填写内容', '确认提交']);
    expect(byClass(tree, 'nut-step-head-text').map(textOf)).toEqual(['1', '2', '3']);
    expect(textOf(byClass(byClass(tree, 'nut-step-process')[0], 'nut-step-title')[0])).toBe('选择类别');
    expect(textOf(byClass(tree, 'option-picker--category')[0])).toContain('点此选择类别');
    // The picker's popup stays closed (and unrendered) until the field is tapped.
    expect(byClass(tree, 'nut-picker')).toHaveLength(0);
    expect(textOf(byClass(tree, 'request-form__next')[0])).toBe('下一步');
    expect(byClass(tree, 'request-form__back')).toHaveLength(0);
    // WeChat's privacy guide stays closed until WeChat asks.
    expect(byClass(tree, 'privacy-guide')).toHaveLength(0);
  });

  it('the home page can be shared too', async () => {
    const page = openPage('pages/home/index');
    await settle(page, (p) => hasText(p, '人才宝'));
    const share = (page as unknown as { onShareAppMessage: (o: unknown) => unknown }).onShareAppMessage({ from: 'menu' });
    expect(share).toMatchObject({ title: '人才宝 · 来沪工作的一站式服务', path: '/pages/home/index' });
  });

  it('renders a request page of the subpackage: unit, deadline in working days, timeline', async () => {
    const page = openPage('request/detail/index', { id: DETAIL.id });
    await settle(page, (p) => hasText(p, '区人力资源和社会保障局已接单'));
    const tree = render(page);

    expect(textOf(byClass(tree, 'request-detail__title')[0])).toBe('人才公寓进度');
    expect(textOf(byClass(tree, 'request-status--in_progress')[0])).toBe('办理中');
    expect(textOf(byClass(tree, 'request-detail__row--unit')[0])).toBe('承办单位区人力资源和社会保障局');
    expect(textOf(byClass(tree, 'request-detail__row--deadline')[0])).toBe('办理期限2026-11-30（派单后 5 个工作日）');
    expect(byClass(tree, 'request-timeline__what').map(textOf)).toEqual([
      '提交诉求',
      '已派单至区人力资源和社会保障局，期限 2026-11-30',
      '区人力资源和社会保障局已接单',
    ]);
    // In progress: information can be added, no rating yet.
    expect(byClass(tree, 'add-info-form')).toHaveLength(1);
    expect(byClass(tree, 'rate-form')).toHaveLength(0);
    expect(wx.calls.find((c) => c.data.action === 'get')?.data.payload).toEqual({ id: DETAIL.id });
  });

  it('an open question comes first on the request page, with the answer form; the list marks it', async () => {
    const page = openPage('request/detail/index', { id: ASKED.id });
    await settle(page, (p) => hasText(p, '请补充社保缴纳证明'));
    const tree = render(page);
    expect(textOf(byClass(tree, 'request-detail__question-heading')[0])).toBe('区人力资源和社会保障局请您补充材料');
    expect(textOf(byClass(tree, 'request-detail__question-text')[0])).toBe('请补充社保缴纳证明');
    expect(byClass(byClass(tree, 'request-detail__question')[0], 'add-info-form--answer')).toHaveLength(1);
    expect(byClass(tree, 'add-info-form')).toHaveLength(1);
    expect(byClass(tree, 'request-timeline__what').map(textOf).at(-1)).toBe('区人力资源和社会保障局请您补充材料');

    mine = [
      {
        id: ASKED.id,
        category: 'housing',
        title: '人才公寓进度',
        status: 'in_progress',
        tier: 5,
        leadUnitId: 'unit-hrss',
        dueAt: ASKED.dueAt,
        dueProvisional: false,
        overdue: false,
        awaitingInfo: true,
        updatedAt: ASKED.updatedAt,
      },
    ];
    const list = openPage('pages/requests/index');
    await settle(list, (p) => hasText(p, '待您补充材料'));
    expect(byClass(render(list), 'requests__item-badge--needs-info').map(textOf)).toEqual(['待您补充材料']);
  });
});
