import { fireEvent, render, waitFor } from '@testing-library/react';
import { resetLocaleCache, setLocale } from '@/i18n';
import { PoliciesCard } from '@/components/policies-card';
import { resetCatalogCache } from '@/hooks/use-catalog';
import PolicyCataloguePage from '@/policies/pages/catalogue';
import PolicyDetailPage from '@/policies/pages/detail';
import PoliciesForMePage from '@/policies/pages/for-me';
import MyLiaisonPage from '@/policies/pages/liaison';
import TalentProfilePage from '@/policies/pages/profile';
import { setConsentPrompt } from '@/services/api';
import { askConsent } from '@/services/privacy';
import { mockFetch, restoreFetch, type RecordedCall } from './fetch-mock';
import { byClass, CATALOG } from './request-support';
import Taro, { resetTaroStub, setRouterParams } from './stubs/taro';

const zhEn = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const policy = (id: string, title: string) => ({
  _id: id,
  title: zhEn(title, `${title} (en)`),
  issuer: zhEn('区人才办', 'District Talent Office'),
  summary: zhEn(`${title}的摘要`, `Summary of ${title}`),
  topics: ['住房', 'housing'],
  validFrom: '2024-01-01',
  validTo: '2030-12-31',
  conditions: [],
  withdrawn: false,
  updatedAt: '2026-01-01T00:00:00.000Z',
});
const reason = (rule: string, zh: string, en: string) => ({ rule, message: zhEn(zh, en) });

const FOR_ME = {
  profile: { category: 'young', degree: 'master', birthDate: '1994-03-01' },
  matches: [
    { policy: policy('rent-subsidy-young', '青年人才租房补贴'), level: 'applies', unmet: [], unknown: [] },
    {
      policy: { ...policy('startup-support', '创业扶持'), url: 'https://example.org/startup' },
      level: 'almost',
      unmet: [reason('min-degree', '博士及以上学位', 'Doctorate or higher')],
      unknown: [reason('startup-stage', '创业阶段：种子期', 'Startup stage: Seed')],
    },
  ],
};
const ME = {
  openId: 'demo-applicant',
  roles: ['applicant'],
  locale: 'zh-CN',
  displayName: null,
  stationId: null,
  unitId: null,
  consent: { currentVersion: 'v1', accepted: false, acceptedAt: null, outdated: false },
  talent: { category: 'young', degree: 'master' },
};

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  resetCatalogCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
});
afterEach(() => {
  restoreFetch();
  setConsentPrompt(null);
  delete process.env.TARO_ENV;
});

const actions = (calls: RecordedCall[]) => calls.map((c) => `${c.url.replace('/fn/', '')}.${c.event.action}`);

describe('policies for me', () => {
  it('lists what applies and what almost does, each missing condition explained', async () => {
    mockFetch(() => ({ ok: true, data: FOR_ME }));
    render(<PoliciesForMePage />);
    await waitFor(() => byClass('for-me__applies'));
    expect(byClass('for-me__summary').textContent).toBe('青年人才 · 硕士 · 1994-03-01');
    expect(byClass('for-me__applies').textContent).toContain('适用于您（1 项）');
    expect(byClass('policy-item--rent-subsidy-young').textContent).toContain('青年人才租房补贴');
    const almost = byClass('policy-item--startup-support');
    expect(byClass('for-me__almost').contains(almost)).toBe(true);
    expect(byClass('policy-item__reason--unmet').textContent).toBe('未满足：博士及以上学位');
    expect(byClass('policy-item__reason--unknown').textContent).toBe('待补充资料：创业阶段：种子期');
    fireEvent.click(almost);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/policies/pages/detail/index?id=startup-support' });
  });

  it('asks for a profile when none is given, in English too', async () => {
    setLocale('en');
    mockFetch(() => ({ ok: true, data: { profile: {}, matches: [] } }));
    render(<PoliciesForMePage />);
    await waitFor(() => byClass('for-me__none'));
    expect(byClass('for-me__summary').textContent).toBe('Fill in your talent profile and we will find the policies that fit you.');
    expect(byClass('for-me__edit').textContent).toBe('Fill in profile');
    fireEvent.click(byClass('for-me__edit'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/policies/pages/profile/index' });
  });
});

describe('the talent profile form', () => {
  const inputOf = (field: string) => byClass(`pol-form__field--${field}`).querySelector('input') as HTMLInputElement;

  it('starts from the stored profile and refuses a malformed date without calling the server', async () => {
    const calls = mockFetch(() => ({ ok: true, data: ME }));
    render(<TalentProfilePage />);
    await waitFor(() => byClass('talent-profile__save'));
    expect(byClass('pol-form__choice--category').querySelector('.pol-form__chip--active')?.textContent).toBe('青年人才');
    expect(byClass('pol-form__choice--degree').querySelector('.pol-form__chip--active')?.textContent).toBe('硕士');
    fireEvent.input(inputOf('birthDate'), { target: { value: '1994/03/01' } });
    fireEvent.input(inputOf('yearsAbroad'), { target: { value: '60' } });
    fireEvent.click(byClass('talent-profile__save'));
    await waitFor(() => byClass('talent-profile__failure'));
    expect(byClass('pol-form__field--birthDate').className).toContain('pol-form__field--invalid');
    // Core's schema allows at most 50 years abroad.
    expect(byClass('pol-form__field--yearsAbroad').querySelector('.pol-form__error')?.textContent).toMatch(/50/);
    expect(actions(calls)).toEqual(['account.me']);
  });

  it('sends the answers given (blank ones left out), after the privacy consent the birth date needs', async () => {
    setConsentPrompt(askConsent);
    let consented = false;
    const calls = mockFetch(({ url, event }) => {
      if (url === '/fn/account' && event.action === 'me') return { ok: true, data: ME };
      if (event.action === 'consent') {
        consented = true;
        return { ok: true, data: { ...ME, consent: { ...ME.consent, accepted: true } } };
      }
      if (!consented) {
        return { ok: false, error: { code: 'FORBIDDEN', message: '请先同意隐私政策', details: { consentRequired: 'v1' } } };
      }
      return { ok: true, data: ME };
    });
    render(<TalentProfilePage />);
    await waitFor(() => byClass('talent-profile__save'));
    fireEvent.click(byClass('pol-form__chip--high-level'));
    fireEvent.click(byClass('pol-form__choice--degree').querySelector('.pol-form__chip--doctor') as HTMLElement);
    fireEvent.input(inputOf('birthDate'), { target: { value: '1988-07-15' } });
    fireEvent.input(inputOf('yearsAbroad'), { target: { value: '4.5' } });
    fireEvent.input(inputOf('employerDistrict'), { target: { value: '浦东新区' } });
    fireEvent.click(byClass('talent-profile__save'));
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/policies/pages/for-me/index' }));
    expect(Taro.showModal).toHaveBeenCalledTimes(1);
    expect(actions(calls)).toEqual(['account.me', 'account.setProfile', 'account.consent', 'account.setProfile']);
    const talent = { category: 'high-level', birthDate: '1988-07-15', degree: 'doctor', yearsAbroad: 4.5, employerDistrict: '浦东新区' };
    expect(calls[1].event.payload).toEqual({ talent });
    // The retry after consent is the same submit.
    expect(calls[3].event).toEqual(calls[1].event);
  });
});

describe('a policy and "ask about this"', () => {
  it('shows the policy and opens the 政策咨询 request it files', async () => {
    setRouterParams({ id: 'startup-support' });
    const calls = mockFetch(({ event }) =>
      event.action === 'askAbout'
        ? { ok: true, data: { requestId: 'R20261206-abc123', status: 'submitted', policyId: 'startup-support' } }
        : { ok: true, data: FOR_ME },
    );
    render(<PolicyDetailPage />);
    await waitFor(() => byClass('policy-detail__title'));
    expect(byClass('policy-detail__title').textContent).toBe('创业扶持');
    expect(byClass('policy-detail__issuer').textContent).toBe('发布机构：区人才办');
    expect(byClass('policy-detail__valid').textContent).toBe('有效期：2024-01-01 至 2030-12-31');
    expect(byClass('policy-detail__url').textContent).toBe('https://example.org/startup');
    expect(byClass('policy-detail__fit').textContent).toContain('未满足：博士及以上学位');
    expect(calls[0].event.payload).toEqual({ all: true });

    fireEvent.click(byClass('policy-detail__submit'));
    await waitFor(() => byClass('pol-form__field--question').querySelector('.pol-form__error'));
    expect(actions(calls)).toEqual(['policies.forMe']);

    const question = byClass('pol-form__field--question').querySelector('textarea') as HTMLTextAreaElement;
    fireEvent.input(question, { target: { value: '我是否符合申请条件？' } });
    fireEvent.click(byClass('policy-detail__submit'));
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/request/detail/index?id=R20261206-abc123' }));
    expect(calls[1].event).toMatchObject({
      action: 'askAbout',
      payload: { policyId: 'startup-support', question: '我是否符合申请条件？' },
    });
  });

  it('says so when the policy is no longer in force', async () => {
    setRouterParams({ id: 'gone' });
    mockFetch(() => ({ ok: true, data: FOR_ME }));
    render(<PolicyDetailPage />);
    await waitFor(() => byClass('policy-detail__not-found'));
  });
});

describe('the catalogue', () => {
  it('searches in either language, a page at a time', async () => {
    const calls = mockFetch(({ event }) => {
      const { query, page } = event.payload as { query: string; page: number };
      const items = query ? [policy('startup-support', '创业扶持')] : [policy('a', '政策甲'), policy('b', '政策乙')];
      return {
        ok: true,
        data: { items: page === 0 ? items : [policy('c', '政策丙')], page, hasMore: !query && page === 0, total: query ? 1 : 3 },
      };
    });
    render(<PolicyCataloguePage />);
    await waitFor(() => expect(byClass('catalogue__count').textContent).toBe('共 3 项'));
    fireEvent.click(byClass('catalogue__more'));
    await waitFor(() => byClass('policy-item--c'));
    expect(document.querySelectorAll('.policy-item')).toHaveLength(3);
    fireEvent.input(byClass('catalogue__query'), { target: { value: ' seed funding ' } });
    fireEvent.click(byClass('catalogue__search'));
    await waitFor(() => expect(byClass('catalogue__count').textContent).toBe('共 1 项'));
    expect(document.querySelectorAll('.policy-item')).toHaveLength(1);
    expect(calls.map((c) => c.event.payload)).toEqual([
      { query: '', page: 0, pageSize: 20 },
      { query: '', page: 1, pageSize: 20 },
      { query: 'seed funding', page: 0, pageSize: 20 },
    ]);
  });
});

describe('the home card', () => {
  it('counts the policies that fit, and opens them', async () => {
    mockFetch(() => ({ ok: true, data: FOR_ME }));
    render(<PoliciesCard />);
    await waitFor(() => expect(byClass('policies-card__text').textContent).toBe('1 项政策适合您，1 项差一点'));
    fireEvent.click(byClass('policies-card'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/policies/pages/for-me/index' });
  });

  it('invites a talent with no profile to give one', async () => {
    mockFetch(() => ({ ok: true, data: { profile: {}, matches: [] } }));
    render(<PoliciesCard />);
    await waitFor(() => expect(byClass('policies-card__text').textContent).toBe('填写人才资料，看看哪些政策适合您'));
  });
});

describe('my liaison', () => {
  const LIAISON = {
    openId: 'demo-unit',
    displayName: '赵科长',
    unitId: 'unit-hrss',
    unitName: zhEn('区人力资源和社会保障局', 'District HRSS Bureau'),
    pairedOn: '2026-11-06',
  };

  it('says who looks after me and sends them a message as a request', async () => {
    const calls = mockFetch(({ url, event }) => {
      if (url === '/fn/requests') return { ok: true, data: CATALOG };
      if (event.action === 'myLiaison') return { ok: true, data: { liaison: LIAISON } };
      return { ok: true, data: { requestId: 'R20261206-beef01', status: 'submitted', talentId: 'demo-applicant' } };
    });
    render(<MyLiaisonPage />);
    await waitFor(() => byClass('my-liaison__name'));
    expect(byClass('my-liaison__name').textContent).toBe('联络员：赵科长');
    expect(byClass('my-liaison__unit').textContent).toBe('所在单位：区人力资源和社会保障局');
    fireEvent.click(byClass('my-liaison__send'));
    await waitFor(() => byClass('pol-form__field--category').querySelector('.pol-form__error'));
    expect(calls.filter((c) => c.event.action === 'askMyLiaison')).toHaveLength(0);

    await waitFor(() => byClass('pol-form__chip--housing'));
    fireEvent.click(byClass('pol-form__chip--housing'));
    fireEvent.input(byClass('pol-form__field--title').querySelector('input') as HTMLInputElement, { target: { value: '想约时间面谈' } });
    fireEvent.input(byClass('pol-form__field--body').querySelector('textarea') as HTMLTextAreaElement, {
      target: { value: '关于人才公寓申请，想当面请教。' },
    });
    fireEvent.click(byClass('my-liaison__send'));
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/request/detail/index?id=R20261206-beef01' }));
    expect(calls.find((c) => c.event.action === 'askMyLiaison')?.event.payload).toEqual({
      category: 'housing',
      title: '想约时间面谈',
      body: '关于人才公寓申请，想当面请教。',
    });
  });

  it('says so when there is none', async () => {
    mockFetch(({ url }) => (url === '/fn/requests' ? { ok: true, data: CATALOG } : { ok: true, data: { liaison: null } }));
    render(<MyLiaisonPage />);
    await waitFor(() => expect(byClass('my-liaison__none').textContent).toBe('您暂未分配联络员。如有需要，可直接提交诉求。'));
  });
});
