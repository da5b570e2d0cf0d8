import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import QueuePage from '@/admin/pages/queue';
import { resetLocaleCache } from '@/i18n';
import { mockFetch, restoreFetch, type RecordedCall } from '../fetch-mock';
import Taro, { resetTaroStub, setRouterParams } from '../stubs/taro';
import { all, byClass, deferred, stayView } from './fixtures';

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
});
afterEach(restoreFetch);

type Payload = { cursor?: { at: string; id: string }; pageSize: number; type?: string; status: string[]; order: string };

/** A station with `n` pending stays, served by keyset pages as `stays.queue` does. */
function fakeQueue(n: number): RecordedCall[] {
  const rows = Array.from({ length: n }, (_, i) => stayView(i));
  return mockFetch(({ event }) => {
    const p = event.payload as Payload;
    const from = p.cursor ? rows.findIndex((r) => r._id === p.cursor!.id) + 1 : 0;
    const items = rows.slice(from, from + p.pageSize);
    const last = items[items.length - 1];
    const more = from + p.pageSize < rows.length;
    return {
      ok: true,
      data: { stationId: 'station-pudong', items, nextCursor: more && last ? { at: String(last.submittedAt), id: last._id } : null },
    };
  });
}

const queueCalls = (calls: RecordedCall[]) => calls.filter((c) => c.event.action === 'queue');

test('loading, then many rows: only a window of them is in the DOM, and scrolling loads the next page by cursor', async () => {
  const calls = fakeQueue(1000);
  render(<QueuePage />);
  expect(screen.getByText('加载中…')).toBeTruthy();
  await screen.findByText('Guest 0');
  const rendered = all('queue-row').length;
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(30);
  expect(queueCalls(calls)).toHaveLength(1);
  expect(queueCalls(calls)[0].event.payload).toMatchObject({ status: ['pending'], order: 'oldest', pageSize: 50 });

  const list = byClass('windowed-list');
  list.scrollTop = 40 * 76;
  fireEvent.scroll(list);
  await screen.findByText('Guest 40');
  expect(screen.queryByText('Guest 0')).toBeNull();
  await waitFor(() => expect(queueCalls(calls)).toHaveLength(2));
  expect((queueCalls(calls)[1].event.payload as Payload).cursor).toEqual({ at: expect.any(String), id: 'stay-00049' });
  // The spacer is as tall as every loaded row, so the scroll bar stays true to the list.
  await waitFor(() => expect(byClass('windowed-list__spacer').style.height).toBe(`${100 * 76}px`));

  fireEvent.click(all('queue-row').find((r) => r.textContent?.includes('Guest 40'))!);
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/admin/pages/application/index?kind=stays&id=stay-00040' });
});

test('an empty queue says so', async () => {
  fakeQueue(0);
  render(<QueuePage />);
  await screen.findByText('没有符合条件的申请');
});

test('an error shows the server message; retry loads again', async () => {
  let n = 0;
  mockFetch(() =>
    ++n === 1
      ? { ok: false, error: { code: 'FORBIDDEN', message: '没有权限' } }
      : { ok: true, data: { stationId: 's', items: [stayView(1)], nextCursor: null } },
  );
  render(<QueuePage />);
  await screen.findByText('没有权限');
  fireEvent.click(byClass('state-view__retry'));
  await screen.findByText('Guest 1');
});

test('filters and sort order go to the server, and a newer reply wins over an older one', async () => {
  const first = deferred<unknown>();
  let n = 0;
  const calls = mockFetch(() =>
    ++n === 1 ? first.promise : { ok: true, data: { stationId: 's', items: [stayView(7, { type: 'graduate' })], nextCursor: null } },
  );
  render(<QueuePage />);
  fireEvent.click(byClass('queue__chip--graduate'));
  await screen.findByText('Guest 7');
  first.resolve({ ok: true, data: { stationId: 's', items: [stayView(1)], nextCursor: null } });
  await new Promise((r) => setTimeout(r, 10));
  expect(screen.queryByText('Guest 1')).toBeNull();
  fireEvent.click(byClass('queue__chip--passport'));
  fireEvent.change(byClass('queue__input--university'), { target: { value: 'Fudan University' } });
  fireEvent.change(byClass('queue__input--from'), { target: { value: '2026-12-01' } });
  fireEvent.click(byClass('queue__order'));
  fireEvent.click(byClass('queue__chip--approved'));
  await waitFor(() =>
    expect(calls[calls.length - 1].event.payload).toEqual({
      status: ['approved'],
      order: 'newest',
      type: 'graduate',
      idKind: 'passport',
      university: 'Fudan University',
      checkInFrom: '2026-12-01',
      pageSize: 50,
    }),
  );
});

test('the seats queue asks workspaces, with its own statuses', async () => {
  setRouterParams({ kind: 'seats' });
  const calls = mockFetch(() => ({ ok: true, data: { stationId: 's', items: [], nextCursor: null } }));
  render(<QueuePage />);
  await screen.findByText('没有符合条件的申请');
  expect(calls[0].url).toBe('/fn/workspaces');
  expect(document.querySelector('.queue__chip--referred')).toBeTruthy();
  expect(document.querySelector('.queue__chip--graduate')).toBeNull();
});

test('exports the CSV of the current status, page after page, as one download', async () => {
  const created: Blob[] = [];
  URL.createObjectURL = jest.fn((blob: Blob) => {
    created.push(blob);
    return 'blob:csv';
  });
  URL.revokeObjectURL = jest.fn();
  const calls = mockFetch(({ url, event }) => {
    if (url === '/fn/stays') return { ok: true, data: { stationId: 's', items: [stayView(1)], nextCursor: null } };
    const cursor = (event.payload as Payload).cursor;
    return cursor
      ? { ok: true, data: { filename: 'stays.csv', mimeType: 'text/csv', content: 'b,2\r\n', nextCursor: null } }
      : {
          ok: true,
          data: {
            filename: 'stays.csv',
            mimeType: 'text/csv',
            content: '\uFEFFid,n\r\na,1\r\n',
            nextCursor: { at: '2026-11-01T00:00:00.000Z', id: 'a' },
          },
        };
  });
  render(<QueuePage />);
  await screen.findByText('Guest 1');
  fireEvent.click(byClass('queue__export'));
  await screen.findByText('已导出 stays.csv');
  const exports = calls.filter((c) => c.url === '/fn/reports');
  expect(exports.map((c) => c.event.payload)).toEqual([
    { kind: 'stays', status: ['pending'] },
    { kind: 'stays', status: ['pending'], cursor: { at: '2026-11-01T00:00:00.000Z', id: 'a' } },
  ]);
  const bytes = await new Promise<ArrayBuffer>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.readAsArrayBuffer(created[0]);
  });
  expect(Buffer.from(bytes).toString('utf8')).toBe('\uFEFFid,n\r\na,1\r\nb,2\r\n');
});

test('how long each row has waited: whole hours, and under an hour rather than 0 hours', async () => {
  const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
  const rows = [stayView(0, { submittedAt: at(20) }), stayView(1, { submittedAt: at(3 * 60 + 5) })];
  mockFetch(() => ({ ok: true, data: { stationId: 'station-pudong', items: rows, nextCursor: null } }));
  render(<QueuePage />);
  await screen.findByText('Guest 0');
  expect(all('queue-row__waiting').map((e) => e.textContent)).toEqual(['等待不足 1 小时', '已等待 3 小时']);
});

test('a row leads with its dates, which a narrow phone must not cut off (the type comes after)', async () => {
  fakeQueue(1);
  render(<QueuePage />);
  await screen.findByText('Guest 0');
  expect(byClass('queue-row__what').textContent).toBe('2026-12-01 入住 3 晚 · 海外高层次人才');
});
