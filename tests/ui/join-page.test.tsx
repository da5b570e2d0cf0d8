import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { resetLocaleCache, setLocale } from '@/i18n';
import JoinTeamPage from '@/apply/pages/join';
import InvitePage from '@/apply/pages/invite';
import { mockFetch, restoreFetch, type RecordedCall } from './fetch-mock';
import Taro, { resetTaroStub, setRouterParams, shareCard } from './stubs/taro';

const LINK = { id: 'seat-11111111-2222-3333-4444-555555555555', token: 'AbCdEfGhIjKlMnOpQrStUv' };
const INVITATION = {
  id: LINK.id,
  teamName: '星火智能',
  station: { id: 'station-pudong', name: { 'zh-CN': '浦东国际人才驿站', en: 'Pudong International Talent Station' } },
  seats: 2,
  months: 2,
  startDate: '2099-01-05',
  endDate: '2099-03-05',
  status: 'pending',
  people: 2,
  maxTeamSize: 10,
  open: true,
  expired: false,
  leader: false,
  joined: false,
};
const me = (accepted: boolean) => ({
  openId: 'demo-applicant',
  roles: ['applicant'],
  locale: 'zh-CN',
  displayName: null,
  stationId: null,
  unitId: null,
  consent: { currentVersion: 'v1', accepted, acceptedAt: accepted ? '2026-11-02T00:00:00.000Z' : null, outdated: false },
});

function fakeCloud(options: { invitation?: unknown; accepted?: boolean; join?: (call: RecordedCall) => unknown } = {}) {
  let consented = options.accepted ?? true;
  return mockFetch((call) => {
    const name = `${call.url.slice(4)}.${call.event.action}`;
    if (name === 'workspaces.invitation') return options.invitation ?? { ok: true, data: INVITATION };
    if (name === 'account.me') return { ok: true, data: me(consented) };
    if (name === 'account.consent') {
      consented = true;
      return { ok: true, data: me(true) };
    }
    if (name === 'workspaces.joinTeam' && options.join) return options.join(call);
    throw new Error(`unexpected ${name}`);
  });
}

const field = (name: string) => document.querySelector(`.form__field--${name}`) as HTMLElement;
const errorOf = (name: string) => field(name)?.querySelector('.form__error')?.textContent ?? null;
const type = (name: string, value: string) => fireEvent.change(field(name).querySelector('input, textarea')!, { target: { value } });
const click = (selector: string) => fireEvent.click(document.querySelector(selector)!);
const text = (selector: string) => document.querySelector(selector)?.textContent ?? null;

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
  setRouterParams(LINK);
});
afterEach(restoreFetch);

describe('the join page', () => {
  test.each([
    [
      'zh-CN',
      '加入团队「星火智能」',
      '驿站：浦东国际人才驿站',
      '2 个工位 · 2 个月 · 2099-01-05 至 2099-03-04',
      '请填写此项',
      '请填写 11 位中国大陆手机号',
      '证件号码为 5–20 位字母或数字',
    ],
    [
      'en',
      'Join the team “星火智能”',
      'Station: Pudong International Talent Station',
      '2 seat(s) · 2 month(s) · 2099-01-05 to 2099-03-04',
      'Required',
      'Enter an 11-digit mainland mobile number',
      'Document numbers are 5–20 letters or digits',
    ],
  ] as const)(
    '%s: shows the team, and checks name, mobile and document before sending anything',
    async (locale, heading, station, term, required, mobile, idNumber) => {
      setLocale(locale);
      const calls = fakeCloud();
      render(<JoinTeamPage />);
      await waitFor(() => expect(screen.getByText(heading)).toBeTruthy());
      expect(screen.getByText(station)).toBeTruthy();
      expect(text('.team-join__term')).toBe(term);
      expect(calls.find((c) => c.event.action === 'invitation')?.event.payload).toEqual(LINK);
      type('phone', '+8613712345678');
      type('idNumber', '12');
      click('.team-join__submit');
      expect(errorOf('name')).toBe(required);
      expect(errorOf('phone')).toBe(mobile);
      expect(errorOf('idNumber')).toBe(idNumber);
      expect(calls.some((c) => c.event.action === 'joinTeam')).toBe(false);
    },
  );

  test('consents first, then joins as the signed-in user with a requestId; a retry of the same form reuses it', async () => {
    let attempt = 0;
    const calls = fakeCloud({
      accepted: false,
      join: () =>
        ++attempt === 1
          ? { ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } }
          : { ok: true, data: { _id: LINK.id, role: 'member' } },
    });
    render(<JoinTeamPage />);
    await waitFor(() => expect(document.querySelector('.form__check--consent')).toBeTruthy());
    type('name', '陈成员');
    type('phone', '13712345678');
    click('.form__choice--idKind .form__chip--passport');
    type('idNumber', 'E12345678');
    click('.team-join__submit');
    expect(text('.team-join__error')).toBe('提交前请先同意隐私政策');
    click('.form__check--consent');
    click('.team-join__submit');
    await waitFor(() => expect(text('.team-join__error')).toContain('系统繁忙'));
    click('.team-join__submit');
    await waitFor(() => expect(screen.getByText('您已加入团队')).toBeTruthy());
    const joins = calls.filter((c) => c.event.action === 'joinTeam');
    expect(joins.map((c) => c.event.payload)).toEqual([
      { ...LINK, member: { name: '陈成员', phone: '13712345678', identityDocument: { kind: 'passport', number: 'E12345678' } } },
      { ...LINK, member: { name: '陈成员', phone: '13712345678', identityDocument: { kind: 'passport', number: 'E12345678' } } },
    ]);
    expect(joins[0].event.requestId).toMatch(/^[0-9a-z]{20}$/);
    expect(joins[1].event.requestId).toBe(joins[0].event.requestId);
    expect(calls.filter((c) => c.event.action === 'consent')).toHaveLength(1);
    click('.team-join__bookings');
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/bookings/index' });
  });

  test.each([
    ['the leader', { leader: true }, '您是该团队的队长，无需加入。'],
    ['a closed team', { open: false, status: 'cancelled' }, '该团队的工位申请已结束，无法加入。'],
    ['an expired link', { expired: true }, '邀请链接已过期，请让队长重新分享。'],
    ['a full team', { people: 10 }, '团队已满，无法加入。'],
  ])('offers no form to %s, and says why', async (_t, patch, notice) => {
    fakeCloud({ invitation: { ok: true, data: { ...INVITATION, ...patch } } });
    render(<JoinTeamPage />);
    await waitFor(() => expect(text('.team-join__notice')).toBe(notice));
    expect(document.querySelector('.team-join__submit')).toBeNull();
  });

  test('someone who already joined sees that they did (en)', async () => {
    setLocale('en');
    fakeCloud({ invitation: { ok: true, data: { ...INVITATION, joined: true } } });
    render(<JoinTeamPage />);
    await waitFor(() => expect(screen.getByText('You joined the team')).toBeTruthy());
    expect(document.querySelector('.team-join__submit')).toBeNull();
  });

  test('a wrong or renewed link says so; a refusal at join time (the last place taken) replaces the form (en)', async () => {
    setLocale('en');
    fakeCloud({ invitation: { ok: false, error: { code: 'NOT_FOUND', message: 'That record was not found' } } });
    const { unmount } = render(<JoinTeamPage />);
    await waitFor(() => expect(text('.team-join__notice')).toBe('This invite link is not valid; ask the team leader to share a new one.'));
    unmount();
    restoreFetch();
    fakeCloud({
      join: () => ({
        ok: false,
        error: { code: 'QUOTA_EXCEEDED', message: 'The team is full (at most 10 people)', details: { rule: 'team-full' } },
      }),
    });
    render(<JoinTeamPage />);
    await waitFor(() => expect(document.querySelector('.team-join__submit')).toBeTruthy());
    type('name', 'Chen');
    type('phone', '13712345678');
    click('.form__choice--idKind .form__chip--passport');
    type('idNumber', 'E12345678');
    click('.team-join__submit');
    await waitFor(() => expect(text('.team-join__notice')).toBe('The team is full.'));
    expect(document.querySelector('.team-join__submit')).toBeNull();
  });
});

describe('the invite page', () => {
  const INVITE = {
    id: LINK.id,
    token: LINK.token,
    path: `/apply/pages/join/index?id=${LINK.id}&token=${LINK.token}`,
    expiresAt: '2099-01-01T04:00:00.000Z',
    version: 1,
    teamName: '星火智能',
    people: 3,
    maxTeamSize: 10,
  };

  test.each([
    ['zh-CN', '邀请成员加入「星火智能」', '邀请您加入团队「星火智能」', '已复制邀请链接'],
    ['en', 'Invite members to “星火智能”', 'Join our team “星火智能”', 'Invite link copied'],
  ] as const)(
    '%s: the share card opens the join page with the token; H5 shows the link to copy; renewing asks for a new one',
    async (locale, heading, card, copied) => {
      setLocale(locale);
      setRouterParams({ id: LINK.id });
      let version = 1;
      const calls = mockFetch((call) => {
        if (call.event.action !== 'invite') throw new Error(`unexpected ${call.event.action}`);
        if ((call.event.payload as { renew?: boolean }).renew) version += 1;
        return {
          ok: true,
          data: { ...INVITE, version, token: `${LINK.token.slice(0, -1)}${version}`, path: `${INVITE.path.slice(0, -1)}${version}` },
        };
      });
      render(<InvitePage />);
      await waitFor(() => expect(screen.getByText(heading)).toBeTruthy());
      expect(shareCard?.()).toEqual({ title: card, path: INVITE.path.replace(/.$/, '1') });
      const link = text('.team-invite__link') ?? '';
      expect(link).toMatch(new RegExp(`#/apply/pages/join/index\\?id=${LINK.id}&token=${LINK.token.slice(0, -1)}1$`));
      click('.team-invite__copy');
      await waitFor(() => expect(text('.team-invite__copied')).toBe(copied));
      expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: link });
      // H5 has no share card: no share button; the mini-program has one (openType share).
      expect(document.querySelector('.team-invite__share')).toBeNull();
      click('.team-invite__renew');
      await waitFor(() => expect(text('.team-invite__link')).toMatch(/2$/));
      expect(shareCard?.().path).toMatch(/token=.*2$/);
      expect(calls.map((c) => c.event.payload)).toEqual([{ id: LINK.id }, { id: LINK.id, renew: true }]);
    },
  );

  test('in the mini-program the card is shared with the share button', async () => {
    process.env.TARO_ENV = 'weapp';
    setRouterParams({ id: LINK.id });
    // In WeChat the transport is the cloud's callFunction, not HTTP.
    Taro.cloud.callFunction.mockResolvedValue({ result: { ok: true, data: INVITE }, errMsg: 'cloud.callFunction:ok' });
    render(<InvitePage />);
    await waitFor(() => expect(document.querySelector('.team-invite__share')).toBeTruthy());
    expect(document.querySelector('.team-invite__share')?.getAttribute('data-open-type')).toBe('share');
    expect(text('.team-invite__link')).toBe(INVITE.path);
  });
});
