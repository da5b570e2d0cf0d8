import { eventView, publishedDraw, session } from '../ui/events/fixtures';
import { byClass, hasText, installWx, launchApp, openPage, render, settle, textOf } from './support/weapp-runtime';

const draw = publishedDraw('en-aaaaaaaaaaaaaaaa');
const EVENT = eventView({ closesAt: '2021-01-01T00:00:00.000Z', sessions: [session({ draw })] });

const wx = installWx(({ name, data }) => {
  if (name === 'events' && data.action === 'get') return { ok: true, data: EVENT };
  if (name === 'events' && data.action === 'mine') return { ok: true, data: { items: [], page: 0, hasMore: false } };
  if (name === 'stays' && data.action === 'station')
    return { ok: true, data: { id: 'station-pudong', name: { 'zh-CN': '浦东国际人才驿站', en: 'Pudong' } } };
  return { ok: false, error: { code: 'NOT_FOUND', message: '找不到该记录' } };
});

beforeAll(launchApp);

describe('the compiled weapp: the events subpackage', () => {
  it('renders an event page with its published draw, and shares a card that opens the event', async () => {
    const page = openPage('events/pages/detail/index', { id: EVENT.id });
    await settle(page, (p) => hasText(p, '随机种子：abc123') && hasText(p, '浦东国际人才驿站'));
    const tree = render(page);
    expect(textOf(byClass(tree, 'event__title')[0])).toBe('亲子研学夏令营');
    expect(textOf(byClass(tree, 'session__place')[0])).toBe('驿站：浦东国际人才驿站');
    expect(byClass(tree, 'draw__entry')).toHaveLength(draw.order.length);
    expect(wx.calls.find((c) => c.name === 'events' && c.data.action === 'get')?.data.payload).toEqual({ id: EVENT.id });
    const share = (page as unknown as { onShareAppMessage: (o: unknown) => unknown }).onShareAppMessage({ from: 'menu' });
    expect(share).toEqual({ title: '亲子研学夏令营', path: '/events/pages/detail/index?id=ev-camp' });
  });
});
