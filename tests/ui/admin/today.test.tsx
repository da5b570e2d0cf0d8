import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import TodayPage from '@/admin/pages/today';
import { resetLocaleCache, setLocale } from '@/i18n';
import { mockFetch, restoreFetch } from '../fetch-mock';
import { resetTaroStub } from '../stubs/taro';
import { all, byClass, deferred, todayView } from './fixtures';

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
});
afterEach(restoreFetch);

test('loading, then an empty day: no arrivals or departures, nothing waiting', async () => {
  const reply = deferred<unknown>();
  const calls = mockFetch(() => reply.promise);
  render(<TodayPage />);
  expect(screen.getByText('加载中…')).toBeTruthy();
  reply.resolve({ ok: true, data: todayView() });
  await screen.findByText('今明两天入住');
  expect(calls[0].url).toBe('/fn/stays');
  expect(calls[0].event.action).toBe('today');
  expect(byClass('today__arrivals').textContent).toContain('暂无');
  expect(byClass('today__departures').textContent).toContain('暂无');
  expect(byClass('today__card--stays').textContent).toContain('暂无');
});

test('a busy day: movements, waiting times, requests and a 30-day heat map per resource', async () => {
  mockFetch(() => ({
    ok: true,
    data: todayView({
      arrivals: [
        {
          _id: 'a1',
          type: 'graduate',
          name: 'Lin',
          phoneMasked: '***1',
          checkIn: '2026-11-24',
          nights: 2,
          status: 'approved',
          pickup: { place: 'PVG', number: 'MU5101', arrivalAt: '2026-11-24T02:00:00Z', requestedAt: '2026-11-20T02:00:00Z' },
        },
      ],
      departures: [
        {
          _id: 'd1',
          type: 'graduate',
          name: 'Wu',
          phoneMasked: '***2',
          checkIn: '2026-11-20',
          nights: 3,
          status: 'checked-in',
          pickup: null,
          checkOut: '2026-11-23',
        },
      ],
      waiting: { stays: { count: 12, oldestHours: 50 }, waitlist: { count: 2, oldestHours: 3 }, seats: { count: 1, oldestHours: 4 } },
      requests: { awaitingTriage: 4, overdue: 1 },
    }),
  }));
  render(<TodayPage />);
  await screen.findByText('Lin');
  // The place in words and the arrival in Shanghai time, for whoever drives to the airport.
  expect(byClass('today__arrivals').textContent).toContain('接站：浦东国际机场 MU5101 · 2026-11-24 10:00');
  expect(byClass('today__departures').textContent).toContain('2026-11-23');
  expect(byClass('today__card--stays').textContent).toContain('12 份，最早已等 50 小时');
  expect(byClass('today__card--requests').textContent).toContain('待分级 4 · 超期 1');
  expect(all('heat-map')).toHaveLength(2);
  const beds = all('heat-map--beds')[0].querySelectorAll('.heat-map__cell');
  expect(beds).toHaveLength(30);
  expect(beds[4].className).toContain('heat-map__cell--level-4');
  expect(beds[4].textContent).toContain('4/10');
});

test('in English, a railway pickup names the station, not its code', async () => {
  setLocale('en');
  const pickup = {
    place: 'shanghai-hongqiao-railway',
    number: 'G7',
    arrivalAt: '2026-11-24T06:30:00Z',
    requestedAt: '2026-11-20T02:00:00Z',
  };
  const arrival = { _id: 'a1', type: 'graduate', name: 'Lin', phoneMasked: '***1', checkIn: '2026-11-24', nights: 2, status: 'approved' };
  mockFetch(() => ({ ok: true, data: todayView({ arrivals: [{ ...arrival, pickup } as never] }) }));
  render(<TodayPage />);
  await screen.findByText('Lin');
  expect(byClass('today__movement-pickup').textContent).toBe('Pickup: Shanghai Hongqiao Railway Station G7 · 2026-11-24 14:30');
});

test('an error (another station, a missing role) shows the server message and retries', async () => {
  let n = 0;
  mockFetch(() => (++n === 1 ? { ok: false, error: { code: 'FORBIDDEN', message: '没有权限' } } : { ok: true, data: todayView() }));
  render(<TodayPage />);
  await screen.findByText('没有权限');
  fireEvent.click(byClass('state-view__retry'));
  await waitFor(() => expect(byClass('today__arrivals')).toBeTruthy());
});
