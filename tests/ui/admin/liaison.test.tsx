import { fireEvent, render, waitFor } from '@testing-library/react';
import { resetLocaleCache } from '@/i18n';
import { LiaisonFigures } from '@/admin/pages/kpi/liaison-figures';
import { Pairs } from '@/admin/pages/liaison-pairs';
import { TalentView } from '@/admin/pages/liaison-talent';
import LiaisonTalentsPage from '@/admin/pages/liaison-talents';
import { CATALOG } from '../request-support';
import { restoreFetch } from '../fetch-mock';
import Taro, { resetTaroStub } from '../stubs/taro';
import { actAs, all, byClass, callsOf, fail, fakeCloud } from './fake-cloud';

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
});
afterEach(restoreFetch);

const talent = (talentId: string, over: Record<string, unknown> = {}) => ({
  talentId,
  displayName: `称呼-${talentId}`,
  pairedOn: '2026-10-01',
  lastContactOn: null,
  weeksSinceContact: 9,
  contactDueOn: '2026-11-26',
  overdue: true,
  ...over,
});

const RECORD = {
  talent: talent('demo-applicant', { lastContactOn: '2026-11-26', weeksSinceContact: 1, contactDueOn: '2027-01-21', overdue: false }),
  stays: [{ id: 'S1', stationId: 'station-pudong', checkIn: '2026-11-10', nights: 5, status: 'checked_out' }],
  seats: [],
  requests: [
    {
      id: 'R20261120-aaaaaa',
      category: 'housing',
      title: '人才公寓进度',
      status: 'in_progress',
      createdAt: '2026-11-20T02:00:00.000Z',
      dueDate: '2026-11-27',
    },
  ],
  visits: [
    {
      id: 'V1',
      talentId: 'demo-applicant',
      on: '2026-11-26',
      topic: '了解落户进展',
      followUp: '下周回访',
      loggedAt: '2026-11-26T08:00:00.000Z',
    },
  ],
};

describe("the liaison's talents", () => {
  it('lists them with when a contact is due, the overdue marked; a tap opens the talent', async () => {
    actAs('demo-unit');
    fakeCloud({
      'liaisons.myTalents': () => ({
        items: [talent('demo-team'), talent('demo-applicant', { lastContactOn: '2026-11-26', weeksSinceContact: 1, overdue: false })],
      }),
    });
    render(<LiaisonTalentsPage />);
    await waitFor(() => expect(all('liaison-talent-row')).toHaveLength(2));
    const late = byClass('liaison-talent-row--demo-team');
    expect(late.textContent).toContain('已逾期');
    expect(late.textContent).toContain('尚未联系');
    expect(late.textContent).toContain('应于 2026-11-26 前联系');
    expect(byClass('liaison-talent-row--demo-applicant').textContent).toContain('上次联系 2026-11-26（1 周前）');
    fireEvent.click(late);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/admin/pages/liaison-talent/index?id=demo-team' });
  });

  it('is not for a district admin', async () => {
    actAs('demo-admin');
    const calls = fakeCloud({});
    render(<LiaisonTalentsPage />);
    await waitFor(() => byClass('admin-state--forbidden'));
    expect(calls.map((c) => c.url)).toEqual(['/fn/account']);
  });
});

describe('a talent, read-only, and the visit log', () => {
  const now = () => new Date('2026-12-06T04:00:00Z');
  const cloud = () =>
    fakeCloud({
      'liaisons.viewTalent': () => RECORD,
      'requests.catalog': () => CATALOG,
      'liaisons.logVisit': (p) => ({ id: 'V2', ...p, loggedAt: '2026-12-06T04:00:00.000Z' }),
    });
  const field = (name: string) => byClass(`liaison-field--${name}`).querySelector('input, textarea') as HTMLInputElement;

  it('shows the bookings, requests and visits', async () => {
    actAs('demo-unit');
    const calls = cloud();
    render(<TalentView talentId='demo-applicant' now={now} />);
    await waitFor(() => byClass('liaison-talent__record'));
    expect(byClass('liaison-talent__visit').textContent).toContain('2026-11-26 · 了解落户进展');
    expect(byClass('liaison-talent__visit').textContent).toContain('跟进：下周回访');
    await waitFor(() => expect(byClass('liaison-talent__request--R20261120-aaaaaa').textContent).toContain('人才公寓进度 · 人才安居'));
    expect(byClass('liaison-talent__stays').textContent).toContain('2026-11-10 起 5 晚');
    expect(byClass('liaison-talent__seats').textContent).toContain('无');
    expect(callsOf(calls, 'liaisons.viewTalent')).toHaveLength(1);
  });

  it('checks a visit before sending it: a topic is needed, the date not after today', async () => {
    actAs('demo-unit');
    const calls = cloud();
    render(<TalentView talentId='demo-applicant' now={now} />);
    await waitFor(() => byClass('visit-form'));
    expect(field('on').value).toBe('2026-12-06');
    fireEvent.input(field('on'), { target: { value: '2026-12-07' } });
    fireEvent.click(byClass('visit-form__submit'));
    await waitFor(() => byClass('liaison-field--topic').querySelector('.liaison-field__error'));
    expect(byClass('liaison-field--on').querySelector('.liaison-field__error')?.textContent).toBe('YYYY-MM-DD，不晚于今天');
    expect(callsOf(calls, 'liaisons.logVisit')).toHaveLength(0);
  });

  it('logs a visit (date, topic, follow-up) and shows the record again', async () => {
    actAs('demo-unit');
    const calls = cloud();
    render(<TalentView talentId='demo-applicant' now={now} />);
    await waitFor(() => byClass('visit-form'));
    fireEvent.input(field('on'), { target: { value: '2026-12-05' } });
    fireEvent.input(field('topic'), { target: { value: '子女入学咨询' } });
    fireEvent.input(field('followUp'), { target: { value: '联系区教育局' } });
    fireEvent.click(byClass('visit-form__submit'));
    await waitFor(() => expect(byClass('visit-form__message').textContent).toBe('已记录 2026-12-05 的走访'));
    const [logged] = callsOf(calls, 'liaisons.logVisit');
    expect(logged.event.payload).toEqual({ talentId: 'demo-applicant', on: '2026-12-05', topic: '子女入学咨询', followUp: '联系区教育局' });
    expect(logged.event.requestId).toBeTruthy();
    await waitFor(() => expect(callsOf(calls, 'liaisons.viewTalent')).toHaveLength(2));
    expect(field('topic').value).toBe('');
  });
});

describe('a visit the server refuses', () => {
  const now = () => new Date('2026-12-06T04:00:00Z');
  const field = (name: string) => byClass(`liaison-field--${name}`).querySelector('input, textarea') as HTMLInputElement;

  it("shows the server's field problem and message; a resend keeps its requestId, an edit renews it", async () => {
    actAs('demo-unit');
    let refuse = true;
    const calls = fakeCloud({
      'liaisons.viewTalent': () => RECORD,
      'requests.catalog': () => CATALOG,
      'liaisons.logVisit': (p) => {
        if (!refuse) return { id: 'V3', ...p, loggedAt: '2026-12-06T04:00:00.000Z' };
        const refusal = fail('VALIDATION', '填写的内容有误，请检查标出的字段');
        return { ...refusal, error: { ...refusal.error, issues: [{ path: 'topic', message: '请换一个主题' }] } };
      },
    });
    render(<TalentView talentId='demo-applicant' now={now} />);
    await waitFor(() => byClass('visit-form'));
    fireEvent.input(field('topic'), { target: { value: '子女入学咨询' } });
    fireEvent.click(byClass('visit-form__submit'));
    await waitFor(() => expect(byClass('visit-form__message').textContent).toContain('填写的内容有误，请检查标出的字段'));
    expect(byClass('liaison-field--topic').querySelector('.liaison-field__error')?.textContent).toBe('请换一个主题');
    fireEvent.click(byClass('visit-form__submit'));
    await waitFor(() => expect(callsOf(calls, 'liaisons.logVisit')).toHaveLength(2));
    fireEvent.input(field('topic'), { target: { value: '子女入学咨询（续）' } });
    refuse = false;
    fireEvent.click(byClass('visit-form__submit'));
    await waitFor(() => expect(byClass('visit-form__message').textContent).toBe('已记录 2026-12-06 的走访'));
    const [first, resent, edited] = callsOf(calls, 'liaisons.logVisit').map((c) => c.event.requestId);
    expect(resent).toBe(first);
    expect(edited).not.toBe(first);
  });
});

describe("a request filed on the talent's behalf", () => {
  it('needs a category, then files it for the talent and reads the record again', async () => {
    actAs('demo-unit');
    const calls = fakeCloud({
      'liaisons.viewTalent': () => RECORD,
      'requests.catalog': () => CATALOG,
      'liaisons.fileForTalent': (p) => ({ requestId: 'R20261206-f00d01', status: 'submitted', talentId: p.talentId }),
    });
    render(<TalentView talentId='demo-applicant' now={() => new Date('2026-12-06T04:00:00Z')} />);
    await waitFor(() => byClass('file-form__category--housing'));
    fireEvent.input(byClass('file-form__title'), { target: { value: '代办：公寓续租' } });
    fireEvent.input(byClass('file-form__body'), { target: { value: '走访时了解到公寓租期将满，需要续租。' } });
    fireEvent.click(byClass('file-form__submit'));
    await waitFor(() => byClass('liaison-field--category').querySelector('.liaison-field__error'));
    expect(callsOf(calls, 'liaisons.fileForTalent')).toHaveLength(0);
    fireEvent.click(byClass('file-form__category--housing'));
    fireEvent.click(byClass('file-form__submit'));
    await waitFor(() => expect(byClass('file-form__message').textContent).toBe('已提交诉求 R20261206-f00d01'));
    expect(callsOf(calls, 'liaisons.fileForTalent')[0].event.payload).toEqual({
      talentId: 'demo-applicant',
      category: 'housing',
      title: '代办：公寓续租',
      body: '走访时了解到公寓租期将满，需要续租。',
    });
    await waitFor(() => expect(callsOf(calls, 'liaisons.viewTalent')).toHaveLength(2));
  });
});

describe("the district's pairs", () => {
  it('checks a CSV first: wrong lines are listed and the import stays off until it is edited', async () => {
    actAs('demo-admin');
    const calls = fakeCloud({
      'liaisons.pairs': () => ({
        items: [{ ...talent('demo-team'), liaisonId: 'demo-unit', liaisonName: '赵科长' }],
        page: 0,
        hasMore: false,
      }),
      'liaisons.importPairs': (p) =>
        p.csv.includes('nobody')
          ? {
              applied: false,
              added: 1,
              moved: 0,
              unchanged: 0,
              errors: [{ line: 3, reason: { rule: 'unknown-talent', message: { 'zh-CN': '找不到人才 nobody', en: 'No talent nobody' } } }],
            }
          : { applied: !p.dryRun, added: 1, moved: 0, unchanged: 0, errors: [] },
    });
    render(<Pairs />);
    await waitFor(() => byClass('liaison-pair--demo-team'));
    expect(byClass('liaison-pair--demo-team').textContent).toContain('称呼-demo-team (demo-team) ← 赵科长 (demo-unit)');

    const csv = byClass('liaison-pairs__csv');
    fireEvent.input(csv, { target: { value: 'liaisonId,talentId\ndemo-unit,demo-applicant\ndemo-unit,nobody' } });
    fireEvent.click(byClass('liaison-pairs__preview'));
    await waitFor(() => byClass('liaison-pairs__error--3'));
    expect(byClass('liaison-pairs__error--3').textContent).toBe('第 3 行：找不到人才 nobody');
    expect(byClass('liaison-pairs__import-submit').hasAttribute('disabled')).toBe(true);
    fireEvent.click(byClass('liaison-pairs__import-submit'));
    expect(callsOf(calls, 'liaisons.importPairs')).toHaveLength(1);

    fireEvent.input(csv, { target: { value: 'liaisonId,talentId\ndemo-unit,demo-applicant' } });
    fireEvent.click(byClass('liaison-pairs__import-submit'));
    await waitFor(() => byClass('liaison-pairs__outcome--applied'));
    expect(byClass('liaison-pairs__outcome--applied').textContent).toBe('已写入：新增 1 对，调整 0 对，不变 0 对');
    expect(callsOf(calls, 'liaisons.importPairs').map((c) => (c.event.payload as { dryRun: boolean }).dryRun)).toEqual([true, false]);
    // The list is read again after a change.
    await waitFor(() => expect(callsOf(calls, 'liaisons.pairs')).toHaveLength(2));
  });
});

describe('liaison figures on the KPI page', () => {
  it("asks for the period's dates and shows each figure", async () => {
    const calls = fakeCloud({
      'liaisons.figures': (p) => ({ ...p, weeks: 8, liaisons: 3, talentsCovered: 12, visits: 7, requestsRaised: 4, overdue: 2 }),
    });
    render(<LiaisonFigures period={{ kind: 'quarter', year: 2026, quarter: 4 }} />);
    await waitFor(() => byClass('kpi__liaison-figure--visits'));
    expect(callsOf(calls, 'liaisons.figures')[0].event.payload).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(byClass('kpi__liaison-figure--talentsCovered').textContent).toBe('覆盖人才12');
    expect(byClass('kpi__liaison-figure--requestsRaised').textContent).toBe('代提诉求4');
    expect(byClass('kpi__liaison-figure--overdue').textContent).toBe('逾期未联系2');
  });
});
