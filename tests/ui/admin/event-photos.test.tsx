import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import EventSignUpsPage from '@/admin/pages/events-sign-ups';
import { resetLocaleCache } from '@/i18n';
import { restoreFetch } from '../fetch-mock';
import { eventView } from '../events/fixtures';
import { resetTaroStub, setRouterParams } from '../stubs/taro';
import { FakeXhr, fileOf, installFakeXhr, uninstallFakeXhr } from '../upload-mock';
import { actAs, all, byClass, callsOf, fail, fakeCloud } from './fake-cloud';

const photo = (n: number) => ({ fileId: `cloud://local-env.local-bucket/uploads/demo-operator/event-photos/p${n}.jpg`, url: `/p${n}.jpg` });

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
  actAs('demo-operator');
  setRouterParams({ event: 'ev-camp', session: 'ev-camp-s0' });
  installFakeXhr();
});
afterEach(() => {
  restoreFetch();
  uninstallFakeXhr();
  delete process.env.TARO_ENV;
});

/** Taps "add a photo" and picks `file` in the browser's dialog (the hidden input the service adds). */
async function choosePhoto(file: File): Promise<void> {
  fireEvent.click(byClass('event-photos__add'));
  const picker = document.querySelector('input[type=file]') as HTMLInputElement;
  expect(picker.accept).toContain('image/png');
  Object.defineProperty(picker, 'files', { value: [file] });
  await act(async () => {
    fireEvent.change(picker);
  });
}

const signUps = () => ({ items: [], page: 0, hasMore: false });

test('the organiser adds a photo (uploaded into their folder, then attached) and removes one', async () => {
  let photos = [photo(1)];
  const calls = fakeCloud({
    'events.get': () => eventView({ photos }),
    'events.signUps': signUps,
    'events.addPhotos': (payload: { files: Array<{ fileId: string }> }) => {
      photos = [...photos, ...payload.files.map((f) => ({ fileId: f.fileId, url: '/new.png' }))];
      return eventView({ photos });
    },
    'events.removePhoto': (payload: { fileId: string }) => {
      photos = photos.filter((p) => p.fileId !== payload.fileId);
      return eventView({ photos });
    },
  });
  render(<EventSignUpsPage />);
  await screen.findByText('活动照片（1/12）');

  await choosePhoto(fileOf('stage.png', 300_000, 'image/png'));
  await screen.findByText('活动照片（2/12）');
  expect(FakeXhr.sent[0].url).toMatch(/cloudPath=uploads%2Fdemo-operator%2Fevent-photos%2F.+\.png$/);
  const [added] = callsOf(calls, 'events.addPhotos');
  expect(added.event.payload).toEqual({
    eventId: 'ev-camp',
    files: [{ fileId: expect.stringMatching(/^cloud:\/\/.+\/uploads\/demo-operator\/event-photos\/.+\.png$/), type: 'png', size: 300_000 }],
  });
  expect(all('event-photos__image').map((i) => i.getAttribute('src'))).toEqual(['/p1.jpg', '/new.png']);

  fireEvent.click(all('event-photos__remove')[0]);
  await screen.findByText('活动照片（1/12）');
  expect(callsOf(calls, 'events.removePhoto')[0].event.payload).toEqual({ eventId: 'ev-camp', fileId: photo(1).fileId });
  expect(all('event-photos__image').map((i) => i.getAttribute('src'))).toEqual(['/new.png']);
});

test('refuses a file that is not a JPG or PNG before any upload, and shows what the server refuses', async () => {
  fakeCloud({
    'events.get': () => eventView({ photos: [] }),
    'events.signUps': signUps,
    'events.addPhotos': () => fail('VALIDATION', '每个活动最多 12 张照片'),
  });
  render(<EventSignUpsPage />);
  await screen.findByText('活动照片（0/12）');
  await choosePhoto(fileOf('notes.pdf', 1000));
  expect(byClass('event-photos__error').textContent).toBe('仅支持 JPG、PNG 照片');
  expect(FakeXhr.sent).toHaveLength(0);

  await choosePhoto(fileOf('crowd.jpg', 1000, 'image/jpeg'));
  await waitFor(() => expect(byClass('event-photos__error').textContent).toContain('每个活动最多 12 张照片'));
});

test('a full event offers no more adding', async () => {
  fakeCloud({
    'events.get': () => eventView({ photos: Array.from({ length: 12 }, (_, i) => photo(i)) }),
    'events.signUps': signUps,
  });
  render(<EventSignUpsPage />);
  await screen.findByText('活动照片（12/12）');
  expect(byClass('event-photos__add').textContent).toBe('照片已满');
  expect(byClass('event-photos__add').hasAttribute('disabled')).toBe(true);
});
