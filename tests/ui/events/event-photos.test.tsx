import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import EventDetailPage from '@/events/pages/detail';
import { resetLocaleCache } from '@/i18n';
import { mockFetch, restoreFetch } from '../fetch-mock';
import { resetTaroStub, setRouterParams } from '../stubs/taro';
import { eventView } from './fixtures';

const photo = (n: number, url: string | null = `https://files.example/p${n}.jpg`) => ({
  fileId: `cloud://env.bucket/uploads/demo-operator/event-photos/p${n}.jpg`,
  url,
});

function fakeEvents(event: ReturnType<typeof eventView>): void {
  mockFetch(({ url, event: call }) => {
    if (url.endsWith('/fn/stays')) return { ok: false, error: { code: 'NOT_FOUND', message: 'no station' } };
    if (call.action === 'get') return { ok: true, data: event };
    if (call.action === 'mine') return { ok: true, data: { items: [], page: 0, hasMore: false } };
    return { ok: false, error: { code: 'VALIDATION', message: 'unknown action' } };
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

test("shows the organisers' photos as a gallery; a tap opens the previewer on that photo among the rest", async () => {
  fakeEvents(eventView({ photos: [photo(1), photo(2), photo(3, null)] }));
  render(<EventDetailPage />);
  await screen.findByText('活动照片');
  const images = Array.from(document.querySelectorAll<HTMLImageElement>('.photos__image'));
  // A photo storage no longer has (no link) is left out.
  expect(images.map((i) => i.getAttribute('src'))).toEqual(['https://files.example/p1.jpg', 'https://files.example/p2.jpg']);
  fireEvent.click(document.querySelectorAll('.photos__item')[1]);
  expect(Taro.previewImage).toHaveBeenCalledWith({
    current: 'https://files.example/p2.jpg',
    urls: ['https://files.example/p1.jpg', 'https://files.example/p2.jpg'],
  });
});

test('shows no gallery for an event without photos', async () => {
  fakeEvents(eventView());
  render(<EventDetailPage />);
  await waitFor(() => expect(document.querySelector('.event__title')?.textContent).toBe('亲子研学夏令营'));
  expect(document.querySelector('.photos')).toBeNull();
  expect(screen.queryByText('活动照片')).toBeNull();
});
