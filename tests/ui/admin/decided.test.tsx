import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import ApplicationPage from '@/admin/pages/application';
import QueuePage from '@/admin/pages/queue';
import TodayPage from '@/admin/pages/today';
import { announceDecision } from '@/admin/services/decisions';
import { resetLocaleCache } from '@/i18n';
import { mockFetch, restoreFetch, type RecordedCall } from '../fetch-mock';
import { resetTaroStub, setRouterParams } from '../stubs/taro';
import { all, byClass, stayView, todayView } from './fixtures';

/**
 * The operator's round trip: the queue (or today's desk) stays open under the application page, as Taro keeps it in
 * the page stack; what they decide there must show when they come back, without starting the list again.
 */
beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
  setRouterParams({ kind: 'stays', id: 'stay-00003' });
});
afterEach(restoreFetch);

/** A station with ten pending stays; `stay-00003` changes status with each decision, as the functions would. */
function fakeStation(): RecordedCall[] {
  const status: Record<string, string> = {};
  const view = (i: number) => stayView(i, { status: (status[`stay-0000${i}`] ?? 'pending') as never });
  return mockFetch(({ event }) => {
    const { action } = event;
    const id = (event.payload as { id?: string }).id ?? '';
    if (action === 'queue') {
      const items = Array.from({ length: 10 }, (_, i) => view(i)).filter((row) => row.status === 'pending');
      return { ok: true, data: { stationId: 'station-pudong', items, nextCursor: null } };
    }
    if (action === 'today') {
      const pending = Array.from({ length: 10 }, (_, i) => view(i)).filter((row) => row.status === 'pending').length;
      return { ok: true, data: todayView({ waiting: { ...todayView().waiting, stays: { count: pending, oldestHours: 5 } } }) };
    }
    if (action === 'history') return { ok: true, data: { id, lines: [] } };
    if (action === 'approve') status[id] = 'approved';
    if (action === 'reject') status[id] = 'rejected';
    return { ok: true, data: view(Number(id.slice(-1))) };
  });
}

const queueNames = () => all('queue-row__name').map((n) => n.textContent);

test('an application approved from the queue leaves the pending list, which keeps its other rows and is not read again', async () => {
  const calls = fakeStation();
  render(
    <>
      <QueuePage />
      <ApplicationPage />
    </>,
  );
  await waitFor(() => expect(queueNames()).toHaveLength(10));
  await screen.findByText('Guest 3', { selector: '.application__name' });

  fireEvent.click(byClass('application__decision--approve'));
  await screen.findByText('已通过', { selector: '.application__notice' });

  await waitFor(() => expect(queueNames()).not.toContain('Guest 3'));
  expect(queueNames()).toEqual(['Guest 0', 'Guest 1', 'Guest 2', 'Guest 4', 'Guest 5', 'Guest 6', 'Guest 7', 'Guest 8', 'Guest 9']);
  // The operator's place in the list: the same rows, no reload from the top.
  expect(calls.filter((c) => c.event.action === 'queue')).toHaveLength(1);
});

test('a decision on a seat application leaves the stays queue alone', async () => {
  fakeStation();
  render(<QueuePage />);
  await waitFor(() => expect(queueNames()).toHaveLength(10));
  announceDecision({ kind: 'seats', app: { _id: 'stay-00003', status: 'rejected' } as never });
  expect(queueNames()).toHaveLength(10);
});

test("today's waiting count follows a decision taken further on", async () => {
  const calls = fakeStation();
  render(
    <>
      <TodayPage />
      <ApplicationPage />
    </>,
  );
  await waitFor(() => expect(byClass('today__card--stays').textContent).toContain('10 份'));
  await screen.findByText('Guest 3', { selector: '.application__name' });

  fireEvent.click(byClass('application__decision--reject'));
  fireEvent.change(byClass('application__reason'), { target: { value: '所选日期已满，请改期申请' } });
  fireEvent.click(byClass('application__confirm--reject'));

  await waitFor(() => expect(byClass('today__card--stays').textContent).toContain('9 份'));
  expect(calls.filter((c) => c.event.action === 'today')).toHaveLength(2);
});
