import { byClass, hasText, installWx, launchApp, openPage, render, settle, textOf } from './support/weapp-runtime';

const CATALOG = {
  categories: [{ id: 'housing', name: { 'zh-CN': '人才安居', en: 'Talent housing' } }],
  units: [{ id: 'unit-hrss', name: { 'zh-CN': '区人力资源和社会保障局', en: 'District Human Resources and Social Security Bureau' } }],
};
const ME = {
  openId: 'oWx-applicant',
  roles: ['applicant'],
  locale: 'en',
  displayName: 'Li',
  consent: { currentVersion: '2026-11-01', accepted: false, acceptedAt: null, outdated: false },
  stationId: null,
  unitId: null,
};

const wx = installWx(({ name, data }) => {
  if (data.action === 'catalog') return { ok: true, data: CATALOG };
  if (data.action === 'mine') {
    const item = {
      id: 'R20261123-abcdef',
      category: 'housing',
      title: 'Talent flat',
      status: 'resolved',
      tier: 5,
      leadUnitId: 'unit-hrss',
      dueAt: '2026-11-30T15:59:59.999Z',
      dueProvisional: false,
      overdue: false,
      updatedAt: '2026-11-23T06:00:00.000Z',
    };
    return { ok: true, data: { items: [item], hasMore: false } };
  }
  if (name === 'account' && data.action === 'me') return { ok: true, data: ME };
  return { ok: false, error: { code: 'NOT_FOUND', message: 'That record was not found' } };
});
// The language the user chose earlier on this device.
wx.storage.set('ui.locale', 'en');

beforeAll(launchApp);

describe('the compiled weapp, in English', () => {
  it('lists my request with its category, status and deadline', async () => {
    const page = openPage('pages/requests/index');
    await settle(page, (p) => hasText(p, 'Talent housing'));
    const tree = render(page);

    expect(textOf(byClass(tree, 'requests__new-button')[0])).toBe('File a request');
    const [item] = byClass(tree, 'requests__item');
    expect(textOf(byClass(item, 'requests__item-title')[0])).toBe('Talent flat');
    expect(textOf(byClass(item, 'request-status--resolved')[0])).toBe('Resolved');
    expect(textOf(byClass(item, 'requests__item-category')[0])).toBe('Talent housing');
    expect(textOf(byClass(item, 'requests__item-due')[0])).toBe('Due 2026-11-30');
    expect(wx.calls.every((c) => c.data.locale === 'en')).toBe(true);
    expect(wx.titles).toContain('Requests');
  });

  it('renders the Me page: identity, consent state with its button, language, data actions', async () => {
    const page = openPage('pages/me/index');
    await settle(page, (p) => hasText(p, 'oWx-applicant'));
    const tree = render(page);

    expect(textOf(byClass(tree, 'me__open-id')[0])).toBe('oWx-applicant');
    expect(textOf(byClass(tree, 'me__display-name')[0])).toBe('Li');
    expect(textOf(byClass(tree, 'me__consent-state--missing')[0])).toBe('Not accepted yet (version 2026-11-01)');
    expect(textOf(byClass(tree, 'me__consent-button')[0])).toBe('Accept the privacy policy');
    expect(textOf(byClass(tree, 'me__language-current')[0])).toBe('English');
    expect(textOf(byClass(tree, 'my-data__export')[0])).toBe('Export my data');
    expect(textOf(byClass(tree, 'my-data__delete')[0])).toBe('Delete my account');
    // The local role switcher is an H5 tool: the mini-program never shows it.
    expect(byClass(tree, 'role-switcher')).toHaveLength(0);
  });
});
