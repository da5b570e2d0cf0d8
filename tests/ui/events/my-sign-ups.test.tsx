import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import MySignUpsPage from '@/events/pages/mine';
import { resetLocaleCache } from '@/i18n';
import { mockFetch, restoreFetch } from '../fetch-mock';
import Taro, { resetTaroStub } from '../stubs/taro';
import { DAY_BEFORE, eventView, onSessionDay, session, signUpView } from './fixtures';

const byClass = (name: string): HTMLElement => {
  const found = document.querySelector<HTMLElement>(`.${name}`);
  if (!found) throw new Error(`.${name} is not on the page`);
  return found;
};

const briefing = eventView({
  id: 'ev-brief',
  allocation: 'first-come',
  title: { 'zh-CN': '政策宣讲会', en: 'Policy briefing' },
  sessions: [session({ id: 'ev-brief-s0' })],
});
const offered = signUpView({
  id: 'su-aaaaaaaaaaaaaaaaaaaaaaaa',
  eventId: 'ev-brief',
  sessionId: 'ev-brief-s0',
  status: 'offered',
  offerExpiresAt: onSessionDay('20:00', -1),
});
const attended = signUpView({
  id: 'su-bbbbbbbbbbbbbbbbbbbbbbbb',
  status: 'attended',
  checkInCode: 'rcyz-event:su-bbbbbbbbbbbbbbbbbbbbbbbb',
});

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

test('an offered place shows its QR code and is accepted; an attended one is rated once', async () => {
  let items = [offered, attended];
  const calls = mockFetch(({ event: call }) => {
    const payload = call.payload as { id: string; stars?: number };
    const change = (status: string, extra: Record<string, unknown> = {}) => {
      items = items.map((s) => (s.id === payload.id ? { ...s, status, ...extra } : s));
      return { ok: true, data: items.find((s) => s.id === payload.id) };
    };
    switch (call.action) {
      case 'mine':
        return { ok: true, data: { items, page: 0, hasMore: false } };
      case 'get':
        return { ok: true, data: (call.payload as { id: string }).id === 'ev-brief' ? briefing : eventView() };
      case 'acceptOffer':
        return change('confirmed');
      case 'rate':
        return change('attended', { rating: payload.stars });
      case 'cancel':
        return change('cancelled');
      default:
        return { ok: false, error: { code: 'VALIDATION', message: 'unknown' } };
    }
  });
  render(<MySignUpsPage />);
  await screen.findByText('政策宣讲会');
  await screen.findByText('亲子研学夏令营');
  const offer = byClass('mine__item--offered');
  // The deadline to accept, in Shanghai time.
  expect(offer.querySelector('.mine__deadline')?.textContent).toBe(`请于 ${DAY_BEFORE} 20:00 前确认，逾期名额将递补给下一位`);
  expect(offer.querySelector('.check-in-code__text')?.textContent).toBe(`签到码：${offered.id}`);
  fireEvent.click(byClass('mine__accept'));
  await waitFor(() => expect(byClass('mine__item--confirmed')).toBeTruthy());
  expect(document.querySelector('.mine__accept')).toBeNull();
  // Still the QR code: a confirmed place is checked in with it.
  expect(byClass('mine__item--confirmed').querySelector('.check-in-code__image')).toBeTruthy();

  // Checked in: no QR code any more, a rating instead, once.
  expect(byClass('mine__item--attended').querySelector('.check-in-code__image')).toBeNull();
  fireEvent.click(byClass('mine__star--4'));
  await screen.findByText('您的评分：4 星');
  expect(document.querySelector('.mine__star--4')).toBeNull();

  fireEvent.click(byClass('mine__item--confirmed').querySelector('.mine__cancel')!);
  await waitFor(() => expect(byClass('mine__item--cancelled')).toBeTruthy());
  expect(Taro.showModal).toHaveBeenCalledTimes(1);
  expect(
    calls.filter((c) => ['acceptOffer', 'rate', 'cancel'].includes(c.event.action)).map((c) => [c.event.action, c.event.payload]),
  ).toEqual([
    ['acceptOffer', { id: offered.id }],
    ['rate', { id: attended.id, stars: 4 }],
    ['cancel', { id: offered.id }],
  ]);
});

test('an offer past its deadline can no longer be accepted; more sign-ups load a page at a time', async () => {
  const lapsing = { ...offered, offerExpiresAt: '2026-01-01T00:00:00.000Z' };
  const more = signUpView({ id: 'su-cccccccccccccccccccccccc', status: 'waitlisted' });
  const calls = mockFetch(({ event: call }) => {
    if (call.action === 'mine') {
      const { page } = call.payload as { page: number };
      return { ok: true, data: page === 0 ? { items: [lapsing], page, hasMore: true } : { items: [more], page, hasMore: false } };
    }
    if (call.action === 'get') return { ok: true, data: (call.payload as { id: string }).id === 'ev-brief' ? briefing : eventView() };
    return { ok: false, error: { code: 'VALIDATION', message: 'unknown' } };
  });
  render(<MySignUpsPage />);
  await screen.findByText('政策宣讲会');
  expect(byClass('mine__deadline').textContent).toContain('2026-01-01 08:00');
  expect(document.querySelector('.mine__accept')).toBeNull();
  expect(document.querySelectorAll('.mine__item')).toHaveLength(1);
  fireEvent.click(byClass('mine__more'));
  await waitFor(() => expect(byClass('mine__item--waitlisted')).toBeTruthy());
  expect(document.querySelectorAll('.mine__item')).toHaveLength(2);
  expect(document.querySelector('.mine__more')).toBeNull();
  expect(calls.filter((c) => c.event.action === 'mine').map((c) => c.event.payload)).toEqual([{ page: 0 }, { page: 1 }]);
});
