import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import EventDetailPage from '@/events/pages/detail';
import { resetLocaleCache } from '@/i18n';
import { mockFetch, restoreFetch, type RecordedCall } from '../fetch-mock';
import { resetTaroStub, setRouterParams, shareCard } from '../stubs/taro';
import { eventView, publishedDraw, session, signUpView } from './fixtures';

const byClass = (name: string): HTMLElement => {
  const found = document.querySelector<HTMLElement>(`.${name}`);
  if (!found) throw new Error(`.${name} is not on the page`);
  return found;
};
const input = (field: string) =>
  document.querySelector<HTMLInputElement>(`.sign-up__field--${field} input, .sign-up__field--${field} .sign-up__input`)!;

/** A fake `events` function (and the station for the place's name): `get`, `mine`, `signUp`. */
function fakeEvents(event: ReturnType<typeof eventView>, mine: unknown[] = []): RecordedCall[] {
  let own = [...mine];
  return mockFetch(({ url, event: call }) => {
    if (url.endsWith('/fn/stays')) return { ok: false, error: { code: 'NOT_FOUND', message: 'no station' } };
    switch (call.action) {
      case 'get':
        return { ok: true, data: event };
      case 'mine':
        return { ok: true, data: { items: own, page: 0, hasMore: false } };
      case 'signUp': {
        const payload = call.payload as { partySize: number; answers: Record<string, string> };
        const made = signUpView({ partySize: payload.partySize, answers: payload.answers });
        own = [made];
        return { ok: true, data: made };
      }
      default:
        return { ok: false, error: { code: 'VALIDATION', message: 'unknown action' } };
    }
  });
}

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
  setRouterParams({ id: 'ev-camp' });
});
afterEach(() => {
  restoreFetch();
  delete process.env.TARO_ENV;
});

test('shows who may sign up, the window, how places go, the party size, the fields and places left; shares the event', async () => {
  fakeEvents(eventView());
  render(<EventDetailPage />);
  await waitFor(() => expect(byClass('event__title').textContent).toBe('亲子研学夏令营'));
  expect(byClass('event__row--who').textContent).toContain('所有人才');
  expect(byClass('event__row--allocation').textContent).toContain('报名截止后公开摇号');
  expect(byClass('event__row--party').textContent).toContain('最多 3 人');
  expect(byClass('event__row--fields').textContent).toContain('孩子年龄 · 备注');
  expect(byClass('session__free').textContent).toBe('余 26 / 30 个名额');
  expect(byClass('session__draw-pending')).toBeTruthy();
  expect(shareCard?.()).toEqual({ title: '亲子研学夏令营', path: '/events/pages/detail/index?id=ev-camp' });
});

test('the sign-up form asks for the required field, takes the party, and the session then shows the entry', async () => {
  const calls = fakeEvents(eventView());
  render(<EventDetailPage />);
  fireEvent.click(await screen.findByText('参与抽签'));
  fireEvent.click(byClass('sign-up__submit'));
  expect(byClass('sign-up__error').textContent).toBe('请填写此项');
  expect(calls.filter((c) => c.event.action === 'signUp')).toHaveLength(0);

  fireEvent.click(byClass('sign-up__more'));
  fireEvent.click(byClass('sign-up__more'));
  fireEvent.click(byClass('sign-up__more'));
  expect(byClass('sign-up__count').textContent).toBe('3');
  fireEvent.click(byClass('sign-up__less'));
  fireEvent.change(input('childrenAges'), { target: { value: '7' } });
  fireEvent.click(byClass('sign-up__submit'));
  await waitFor(() => expect(byClass('session__status').textContent).toBe('已参与抽签'));
  const sent = calls.filter((c) => c.event.action === 'signUp');
  expect(sent.map((c) => c.event.payload)).toEqual([{ sessionId: 'ev-camp-s0', partySize: 2, answers: { childrenAges: '7' } }]);
  expect(document.querySelector('.sign-up')).toBeNull();
});

test('a refusal shows the reasons the server gave, in the UI language', async () => {
  mockFetch(({ event: call }) => {
    if (call.action === 'get') return { ok: true, data: eventView({ fields: [] }) };
    if (call.action === 'mine') return { ok: true, data: { items: [], page: 0, hasMore: false } };
    if (call.action === 'signUp')
      return {
        ok: false,
        error: {
          code: 'NOT_ELIGIBLE',
          message: '不符合报名条件',
          details: { reasons: [{ rule: 'teams-only', message: { 'zh-CN': '本场活动仅面向创业团队', en: 'For startup teams' } }] },
        },
      };
    return { ok: false, error: { code: 'NOT_FOUND', message: 'x' } };
  });
  render(<EventDetailPage />);
  fireEvent.click(await screen.findByText('参与抽签'));
  fireEvent.click(byClass('sign-up__submit'));
  await screen.findByText('本场活动仅面向创业团队');
});

test("a drawn lottery shows the seed, the entries in drawn order with the winners and one's own, and checks it", async () => {
  const mine = 'en-aaaaaaaaaaaaaaaa';
  const draw = publishedDraw(mine);
  fakeEvents(eventView({ closesAt: '2021-01-01T00:00:00.000Z', sessions: [session({ draw })] }), [
    signUpView({ status: draw.winners.includes(mine) ? 'confirmed' : 'waitlisted' }),
  ]);
  render(<EventDetailPage />);
  await screen.findByText('随机种子：abc123');
  const entries = Array.from(document.querySelectorAll('.draw__entry')).map((e) => e.textContent);
  expect(entries).toHaveLength(4);
  expect(entries.map((e) => /en-[a-z]+/.exec(e!)?.[0])).toEqual(draw.order);
  expect(document.querySelectorAll('.draw__entry--won')).toHaveLength(draw.winners.length);
  expect(byClass('draw__entry--mine').textContent).toContain('（您）');
  expect(byClass('session__status').textContent).toBe(draw.winners.includes(mine) ? '已中签' : '未中签（候补中）');
  expect(document.querySelector('.session__sign-up')).toBeNull();
  fireEvent.click(byClass('draw__check'));
  expect(byClass('draw__verdict--ok').textContent).toContain('核对一致');
});

test('a published order the seed does not give fails the check; a closed window takes no sign-ups', async () => {
  const draw = publishedDraw('en-aaaaaaaaaaaaaaaa');
  const tampered = { ...draw, order: [...draw.order].reverse() };
  fakeEvents(eventView({ closesAt: '2021-01-01T00:00:00.000Z', sessions: [session({ draw: tampered })] }));
  render(<EventDetailPage />);
  fireEvent.click(await screen.findByText('在本机核对'));
  expect(byClass('draw__verdict--bad').textContent).toBe('核对不一致');
  // Not signed up, and the window has closed: no way to sign up.
  expect(byClass('session__window').textContent).toBe('报名已截止');
  expect(document.querySelector('.session__sign-up')).toBeNull();
});

test('after an offered place lapsed, the session offers the sign-up again (the server takes it, as after cancelling)', async () => {
  fakeEvents(eventView(), [signUpView({ status: 'lapsed' })]);
  render(<EventDetailPage />);
  expect(await screen.findByText('参与抽签')).toBeTruthy();
  expect(document.querySelector('.session__status')).toBeNull();
});
