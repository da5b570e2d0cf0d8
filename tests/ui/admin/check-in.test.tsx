import { fireEvent, render, screen } from '@testing-library/react';
import CheckInPage from '@/admin/pages/check-in';
import { checkInCode } from '@core/stays/check-in-code';
import { resetLocaleCache } from '@/i18n';
import { mockFetch, restoreFetch } from '../fetch-mock';
import Taro, { resetTaroStub } from '../stubs/taro';
import { byClass, stayView } from './fixtures';

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
});
afterEach(() => {
  restoreFetch();
  delete process.env.TARO_ENV;
});

test('H5: no camera button; a typed code finds the guest, and confirming checks them in', async () => {
  process.env.TARO_ENV = 'h5';
  const calls = mockFetch(({ event }) => ({
    ok: true,
    data: stayView(1, { status: event.action === 'checkIn' ? 'checked-in' : 'approved' } as never),
  }));
  render(<CheckInPage />);
  expect(document.querySelector('.check-in__scan')).toBeNull();
  fireEvent.change(byClass('check-in__code'), { target: { value: ` ${checkInCode('stay-00001')} ` } });
  fireEvent.click(byClass('check-in__look-up'));
  await screen.findByText('Guest 1');
  fireEvent.click(byClass('check-in__confirm'));
  await screen.findByText('已办理入住');
  expect(calls.map((c) => [c.event.action, c.event.payload])).toEqual([
    ['get', { id: 'stay-00001' }],
    ['checkIn', { id: 'stay-00001' }],
  ]);
  expect(byClass('check-in__status').textContent).toBe('已入住');
  expect(document.querySelector('.check-in__confirm')).toBeNull();
});

test('a code that is not a check-in code is refused before any call', () => {
  process.env.TARO_ENV = 'h5';
  const calls = mockFetch(() => ({ ok: true, data: null }));
  render(<CheckInPage />);
  fireEvent.change(byClass('check-in__code'), { target: { value: 'https://example.com/?q=1' } });
  fireEvent.click(byClass('check-in__look-up'));
  expect(screen.getByText('这不是有效的入住码')).toBeTruthy();
  expect(calls).toHaveLength(0);
});

test('WeChat: scanning fills the code and looks the guest up; a guest not yet approved cannot be checked in', async () => {
  process.env.TARO_ENV = 'weapp';
  Taro.scanCode.mockResolvedValueOnce({ result: checkInCode('stay-00001') });
  Taro.cloud.callFunction.mockResolvedValueOnce({ result: { ok: true, data: stayView(1) }, errMsg: 'ok' });
  render(<CheckInPage />);
  fireEvent.click(byClass('check-in__scan'));
  await screen.findByText('Guest 1');
  expect(Taro.cloud.callFunction).toHaveBeenCalledWith({
    name: 'stays',
    data: expect.objectContaining({ action: 'get', payload: { id: 'stay-00001' } }),
  });
  expect(byClass('check-in__status').textContent).toBe('待审核');
  expect(document.querySelector('.check-in__confirm')).toBeNull();
});

test('an event sign-up code is routed to events.checkIn: the attendee is checked in at once', async () => {
  process.env.TARO_ENV = 'h5';
  const code = 'rcyz-event:su-0123456789abcdef01234567';
  const calls = mockFetch(({ url, event }) => ({
    ok: true,
    data:
      url.endsWith('/fn/events') && event.action === 'checkIn'
        ? {
            id: 'su-0123456789abcdef01234567',
            sessionId: 'ev-camp-s0',
            eventId: 'ev-camp',
            stationId: 'station-pudong',
            name: 'Lin Mei',
            entryId: 'en-aaaaaaaaaaaaaaaa',
            partySize: 3,
            status: 'attended',
            answers: {},
            rank: 0,
            rating: null,
            checkInCode: code,
            signedUpAt: '2026-12-01T00:00:00.000Z',
            updatedAt: '2026-12-01T00:00:00.000Z',
          }
        : null,
  }));
  render(<CheckInPage />);
  fireEvent.change(byClass('check-in__code'), { target: { value: ` ${code} ` } });
  fireEvent.click(byClass('check-in__look-up'));
  await screen.findByText('Lin Mei');
  expect(calls.map((c) => [c.url, c.event.action, c.event.payload])).toEqual([['/fn/events', 'checkIn', { code }]]);
  expect(byClass('check-in__status').textContent).toBe('已签到');
  expect(byClass('check-in__dates').textContent).toBe('3 人');
  expect(screen.getByText('活动签到成功')).toBeTruthy();
  expect(document.querySelector('.check-in__confirm')).toBeNull();
});
