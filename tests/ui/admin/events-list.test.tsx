import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import EventsListPage from '@/admin/pages/events-list';
import { resetLocaleCache } from '@/i18n';
import { restoreFetch } from '../fetch-mock';
import { eventView } from '../events/fixtures';
import { resetTaroStub } from '../stubs/taro';
import { actAs, byClass, fakeCloud } from './fake-cloud';

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
  actAs('demo-admin');
});
afterEach(() => {
  restoreFetch();
  delete process.env.TARO_ENV;
});

/** A page of `events.list` (20 a page on the server; one event each here), with a next page after the first two. */
const pageOf = (page: number) => ({
  items: [eventView({ id: `ev-page-${page}`, title: { 'zh-CN': `第 ${page + 1} 页的活动`, en: `On page ${page + 1}` } })],
  page,
  hasMore: page < 2,
});

test('pages through the events beyond the first 20, forward and back', async () => {
  const calls = fakeCloud({ 'events.list': (payload) => pageOf(payload.page) });
  render(<EventsListPage />);
  await screen.findByText('第 1 页的活动');
  // The first page: nothing before it.
  expect(document.querySelector('.events-admin__prev')).toBeNull();

  fireEvent.click(byClass('events-admin__next'));
  await screen.findByText('第 2 页的活动');
  expect(screen.queryByText('第 1 页的活动')).toBeNull();
  fireEvent.click(byClass('events-admin__next'));
  await screen.findByText('第 3 页的活动');
  // The last page: nothing after it.
  expect(document.querySelector('.events-admin__next')).toBeNull();

  fireEvent.click(byClass('events-admin__prev'));
  await screen.findByText('第 2 页的活动');
  await waitFor(() =>
    expect(calls.filter((c) => c.event.action === 'list').map((c) => c.event.payload)).toEqual(
      [0, 1, 2, 1].map((page) => ({ page, recent: true })),
    ),
  );
  expect(byClass('events-admin__prev').textContent).toBe('上一页');
  expect(byClass('events-admin__next').textContent).toBe('下一页');
});
