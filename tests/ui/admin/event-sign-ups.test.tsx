import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import dayjs from 'dayjs';
import EventSignUpsPage from '@/admin/pages/events-sign-ups';
import { resetLocaleCache } from '@/i18n';
import { now } from '../../support/clock';
import { restoreFetch } from '../fetch-mock';
import { eventView, session, signUpView } from '../events/fixtures';
import { resetTaroStub, setRouterParams } from '../stubs/taro';
import { actAs, all, byClass, fakeCloud } from './fake-cloud';

const rows = [
  signUpView({ status: 'confirmed', name: 'Lin Mei', entryId: 'en-1' }),
  signUpView({
    id: 'su-1111111111111111111111aa',
    checkInCode: 'rcyz-event:su-1111111111111111111111aa',
    status: 'waitlisted',
    name: 'Wang Lei',
    partySize: 1,
    answers: {},
    rank: 1,
  }),
];

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
  actAs('demo-operator');
  setRouterParams({ event: 'ev-camp', session: 'ev-camp-s0' });
});
afterEach(() => {
  restoreFetch();
  delete process.env.TARO_ENV;
});

test('lists the sign-ups in waitlist order with their answers, and filters by status', async () => {
  const calls = fakeCloud({
    'events.get': () => eventView({ allocation: 'first-come' }),
    // Two pages: the list reads on until the last.
    'events.signUps': (payload) =>
      payload.status
        ? { items: rows.filter((r) => r.status === payload.status), page: 0, hasMore: false }
        : { items: [rows[payload.page]], page: payload.page, hasMore: payload.page === 0 },
  });
  render(<EventSignUpsPage />);
  await screen.findByText('Wang Lei');
  expect(all('sign-ups__name').map((e) => e.textContent)).toEqual(['Lin Mei', 'Wang Lei']);
  expect(all('sign-ups__status').map((e) => e.textContent)).toEqual(['报名成功', '候补中']);
  expect(byClass('sign-ups__answer').textContent).toBe('孩子年龄: 7');
  expect(byClass('sign-ups__summary').textContent).toBe('名额 4/30 · 报名 2 份');
  // Only a first-come session: no draw.
  expect(document.querySelector('.sign-ups__draw')).toBeNull();
  // Only a held place is checked in from the list.
  expect(all('sign-ups__check-in')).toHaveLength(1);

  fireEvent.click(byClass('admin-tabs__tab--waitlisted'));
  await waitFor(() => expect(all('sign-ups__name').map((e) => e.textContent)).toEqual(['Wang Lei']));
  expect(calls.filter((c) => c.event.action === 'signUps').map((c) => c.event.payload)).toEqual([
    { sessionId: 'ev-camp-s0', page: 0 },
    { sessionId: 'ev-camp-s0', page: 1 },
    { sessionId: 'ev-camp-s0', page: 0, status: 'waitlisted' },
  ]);
});

test('draws a lottery session after asking, and shows the seed and the count of winners', async () => {
  let drawn = false;
  const calls = fakeCloud({
    'events.get': () =>
      eventView({
        sessions: [
          session(drawn ? { draw: { seed: 'f00d', drawnAt: '2099-01-01T00:00:00.000Z', order: [], winners: [], drawnLast: 0 } } : {}),
        ],
      }),
    'events.signUps': () => ({ items: rows, page: 0, hasMore: false }),
    'events.drawLottery': () => {
      drawn = true;
      return {
        sessionId: 'ev-camp-s0',
        draw: { seed: 'f00d', drawnAt: '2099-01-01T00:00:00.000Z', order: ['en-1'], winners: ['en-1'], drawnLast: 0 },
        winners: 1,
        waitlisted: 1,
        places: 2,
      };
    },
  });
  render(<EventSignUpsPage />);
  fireEvent.click(await screen.findByText('公开摇号'));
  expect(calls.some((c) => c.event.action === 'drawLottery')).toBe(false);
  fireEvent.click(byClass('sign-ups__confirm--draw'));
  await screen.findByText('摇号完成：中签 1 份（2 人），候补 1 份；种子 f00d');
  expect(calls.filter((c) => c.event.action === 'drawLottery').map((c) => c.event.payload)).toEqual([{ sessionId: 'ev-camp-s0' }]);
  // Drawn once: the button goes once the event is read again.
  await waitFor(() => expect(document.querySelector('.sign-ups__draw')).toBeNull());
});

test('offers no draw once the session has started (the server refuses it then)', async () => {
  const calls = fakeCloud({
    // A lottery session, not drawn, that started an hour ago.
    'events.get': () => eventView({ sessions: [session({ startsAt: dayjs(now()).subtract(1, 'hour').toISOString() })] }),
    'events.signUps': () => ({ items: rows, page: 0, hasMore: false }),
  });
  render(<EventSignUpsPage />);
  await screen.findByText('Wang Lei');
  await waitFor(() => expect(calls.some((c) => c.event.action === 'get')).toBe(true));
  expect(byClass('sign-ups__session')).toBeTruthy();
  expect(document.querySelector('.sign-ups__draw')).toBeNull();
});

test('checks a guest in from the list, marks no-shows, messages attendees once, and exports CSV', async () => {
  const createObjectURL = jest.fn(() => 'blob:csv');
  Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
  // jsdom cannot follow the download link; the browser test reads a real download elsewhere.
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  const calls = fakeCloud({
    'events.get': () => eventView({ allocation: 'first-come' }),
    'events.signUps': () => ({ items: rows, page: 0, hasMore: false }),
    'events.checkIn': () => ({ ...rows[0], status: 'attended' }),
    'events.markNoShows': () => ({ sessionId: 'ev-camp-s0', count: 3 }),
    'events.messageAttendees': () => ({ sessionId: 'ev-camp-s0', count: 2 }),
    'events.exportSignUps': () => ({ filename: 'sign-ups.csv', mimeType: 'text/csv', content: '\uFEFFa,b\r\n' }),
  });
  render(<EventSignUpsPage />);
  fireEvent.click(await screen.findByText('签到'));
  await screen.findByText('活动签到成功');
  expect(calls.find((c) => c.event.action === 'checkIn')?.event.payload).toEqual({ code: rows[0].checkInCode });

  fireEvent.click(byClass('sign-ups__no-shows'));
  fireEvent.click(byClass('sign-ups__confirm--noShows'));
  await screen.findByText('已标记 3 人未到场');

  fireEvent.change(byClass('sign-ups__text'), { target: { value: '请带好身份证件' } });
  fireEvent.click(byClass('sign-ups__send'));
  await screen.findByText('已通知 2 人');
  const message = calls.find((c) => c.event.action === 'messageAttendees')!;
  expect(message.event.payload).toEqual({ sessionId: 'ev-camp-s0', text: '请带好身份证件' });

  fireEvent.click(byClass('sign-ups__export'));
  await screen.findByText('已导出');
  expect(createObjectURL).toHaveBeenCalledTimes(1);
  expect(click).toHaveBeenCalledTimes(1);
  click.mockRestore();
});
