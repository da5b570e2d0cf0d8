import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { addDays, shanghaiDateOf } from '@core/calendar/dates';
import { resetLocaleCache } from '@/i18n';
import StationListPage from '@/stations/pages/list';
import StationDetailPage from '@/stations/pages/detail';
import { DEFAULT_SEAT_POLICY, DEFAULT_STAY_POLICY } from '@core/stations/policy';
import { mockFetch, restoreFetch, type RecordedCall } from './fetch-mock';
import Taro, { resetTaroStub, setRouterParams } from './stubs/taro';

const entry = (id: string, zh: string, over: Record<string, unknown> = {}) => ({
  id,
  name: { 'zh-CN': zh, en: id },
  district: 'baoshan',
  kind: 'youth-station',
  address: { 'zh-CN': `上海市宝山区示例路 ${id.length} 号`, en: 'Example Road' },
  location: { latitude: 31.35, longitude: 121.45 },
  photo: null,
  services: ['stay', 'events'],
  beds: 4,
  seats: 0,
  free: null as number | null,
  available: null as boolean | null,
  ...over,
});
const PUDONG = entry('station-pudong', '浦东国际人才驿站', {
  district: 'pudong',
  kind: 'talent-station',
  services: ['stay', 'seats'],
  seats: 20,
});
const WUSONG = entry('station-baoshan-wusong', '宝山吴淞青年驿站');
const GUCUN = entry('station-baoshan-gucun', '宝山顾村青年驿站', { beds: 2 });

/** The fake `stations.list`: filters like the server, and Gucun is full on any dates asked. */
function fakeCloud(): RecordedCall[] {
  return mockFetch((call) => {
    const name = `${call.url.slice(4)}.${call.event.action}`;
    if (name !== 'stations.list') throw new Error(`unexpected ${name}`);
    const query = (call.event.payload ?? {}) as {
      district?: string;
      free?: { kind: string; from: string; days: number; availableOnly?: boolean };
    };
    let items = [PUDONG, WUSONG, GUCUN].filter((s) => !query.district || s.district === query.district);
    if (query.free) {
      items = items
        .map((s) => (s.id === GUCUN.id ? { ...s, free: 0, available: false } : { ...s, free: s.beds, available: true }))
        .filter((s) => !query.free?.availableOnly || s.available)
        .sort((a, b) => Number(b.available) - Number(a.available));
    }
    return {
      ok: true,
      data: { items, free: query.free ? { kind: query.free.kind, from: query.free.from, days: query.free.days, need: 1 } : null },
    };
  });
}

const names = () => Array.from(document.querySelectorAll('.station-card__name'), (e) => e.textContent);
const lastQuery = (calls: RecordedCall[]) => calls[calls.length - 1].event.payload;

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  process.env.TARO_ENV = 'h5';
});
afterEach(restoreFetch);

test('lists the network, filters by district, and asks free beds for dates in one call each', async () => {
  const calls = fakeCloud();
  render(<StationListPage />);
  await waitFor(() => expect(names()).toEqual(['浦东国际人才驿站', '宝山吴淞青年驿站', '宝山顾村青年驿站']));
  expect(screen.getByText('共 3 个驿站')).toBeTruthy();
  expect(lastQuery(calls)).toEqual({});
  // H5: the list only, no map switch.
  expect(document.querySelector('.stations__view-switch')).toBeNull();

  fireEvent.click(document.querySelector('.station-chips__chip--baoshan')!);
  await waitFor(() => expect(names()).toEqual(['宝山吴淞青年驿站', '宝山顾村青年驿站']));
  expect(lastQuery(calls)).toEqual({ district: 'baoshan' });
  // The district chips stay: every district seen so far.
  expect(document.querySelector('.station-chips__chip--pudong')).not.toBeNull();

  const checkIn = addDays(shanghaiDateOf(new Date()), 5);
  fireEvent.click(document.querySelector(`.station-chips__chip--${checkIn}`)!);
  await waitFor(() => expect(screen.getByText('所选日期已满')).toBeTruthy());
  expect(lastQuery(calls)).toEqual({ district: 'baoshan', free: { kind: 'stay', from: checkIn, days: 3, availableOnly: false } });
  expect(screen.getByText('所选日期空床 4 张')).toBeTruthy();
  expect(document.querySelector('.station-card--station-baoshan-gucun')!.className).toContain('station-card--full');

  fireEvent.click(document.querySelector('.station-chips--nights .station-chips__chip--2')!);
  fireEvent.click(document.querySelector('.stations__toggle--available')!);
  await waitFor(() => expect(names()).toEqual(['宝山吴淞青年驿站']));
  expect(lastQuery(calls)).toEqual({ district: 'baoshan', free: { kind: 'stay', from: checkIn, days: 2, availableOnly: true } });

  // A station opens with the nights asked, which its stay form starts from.
  fireEvent.click(document.querySelector('.station-card--station-baoshan-wusong')!);
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({
    url: `/stations/pages/detail/index?id=station-baoshan-wusong&checkIn=${checkIn}&nights=2`,
  });
});

test('seats: the dates ask a seat term in months, and only stations with seats are asked about', async () => {
  const calls = fakeCloud();
  render(<StationListPage />);
  await waitFor(() => expect(names()).toHaveLength(3));
  fireEvent.click(document.querySelector('.station-chips--offer .station-chips__chip--seats')!);
  await waitFor(() => expect(lastQuery(calls)).toEqual({ offer: 'seats' }));
  expect(screen.getByText('开始日期')).toBeTruthy();
  const start = addDays(shanghaiDateOf(new Date()), 1);
  fireEvent.click(document.querySelector(`.station-chips__chip--${start}`)!);
  fireEvent.click(document.querySelector('.station-chips--months .station-chips__chip--2')!);
  await waitFor(() => expect((lastQuery(calls) as { free: { days: number } }).free.days).toBeGreaterThanOrEqual(59));
  expect(lastQuery(calls)).toMatchObject({ offer: 'seats', free: { kind: 'seats', from: start, need: 1 } });
  // The seats the team needs, on every day of the term.
  fireEvent.click(document.querySelector('.station-chips--seats .station-chips__chip--3')!);
  await waitFor(() => expect(lastQuery(calls)).toMatchObject({ free: { kind: 'seats', need: 3 } }));
  // A station opens with the term asked, which its seat form starts from.
  fireEvent.click(document.querySelector('.station-card--station-pudong')!);
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({
    url: `/stations/pages/detail/index?id=station-pudong&startDate=${start}&months=2&seats=3`,
  });
});

test("a station's page: directions, call, make it my station, and its stay form with the nights chosen", async () => {
  mockFetch((call) => {
    if (call.event.action !== 'station') throw new Error('unexpected');
    return {
      ok: true,
      data: {
        ...WUSONG,
        photo: undefined,
        photos: ['data:image/svg+xml;base64,AAAA'],
        facilities: ['wifi', 'laundry'],
        contact: { phone: '021-5000-0201', email: null },
        hours: { 'zh-CN': '每天 9:00–21:00', en: 'Daily 9:00–21:00' },
        stayPolicy: DEFAULT_STAY_POLICY,
        seatPolicy: DEFAULT_SEAT_POLICY,
      },
    };
  });
  setRouterParams({ id: WUSONG.id, checkIn: '2026-12-20', nights: '2' });
  render(<StationDetailPage />);
  await waitFor(() => expect(screen.getByText('宝山吴淞青年驿站')).toBeTruthy());
  expect(screen.getByText('青年驿站 · 宝山区')).toBeTruthy();
  expect(screen.getByText('每天 9:00–21:00')).toBeTruthy();
  expect(Array.from(document.querySelectorAll('.station__tag'), (e) => e.textContent)).toEqual(['无线网络', '洗衣房', '免费住宿', '活动']);

  fireEvent.click(document.querySelector('.station__directions')!);
  expect(Taro.openLocation).toHaveBeenCalledWith(expect.objectContaining({ latitude: 31.35, longitude: 121.45, name: '宝山吴淞青年驿站' }));
  fireEvent.click(document.querySelector('.station__call')!);
  expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '021-5000-0201' });

  expect(document.querySelector('.station__apply--seats')).toBeNull();
  fireEvent.click(document.querySelector('.station__apply--stay')!);
  expect(Taro.getStorageSync('station.chosen')).toBe(WUSONG.id);
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/apply/pages/stay/index?station=${WUSONG.id}&checkIn=2026-12-20&nights=2` });
  expect(screen.getByText('已设为我的驿站')).toBeTruthy();
});

test('a station offering apartments and events leads to the housing buildings and the events list; one offering neither does not', async () => {
  let services = ['apartments', 'events'];
  mockFetch(() => ({
    ok: true,
    data: {
      ...WUSONG,
      services,
      photos: [],
      facilities: [],
      contact: null,
      hours: null,
      stayPolicy: DEFAULT_STAY_POLICY,
      seatPolicy: DEFAULT_SEAT_POLICY,
    },
  }));
  setRouterParams({ id: WUSONG.id });
  const { unmount } = render(<StationDetailPage />);
  await waitFor(() => expect(screen.getByText('查看人才公寓')).toBeTruthy());
  fireEvent.click(document.querySelector('.station__link-out--apartments')!);
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/housing/pages/index/index' });
  fireEvent.click(screen.getByText('查看活动'));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/events/pages/list/index' });
  unmount();

  services = ['stay'];
  render(<StationDetailPage />);
  await waitFor(() => expect(screen.getByText('宝山吴淞青年驿站')).toBeTruthy());
  expect(document.querySelector('.station__link-out')).toBeNull();
});

test("a station's page carries the seat term chosen in the list on to its seat form", async () => {
  mockFetch(() => ({
    ok: true,
    data: {
      ...WUSONG,
      services: ['seats'],
      seats: 12,
      photos: [],
      facilities: [],
      contact: null,
      hours: null,
      stayPolicy: DEFAULT_STAY_POLICY,
      seatPolicy: DEFAULT_SEAT_POLICY,
    },
  }));
  setRouterParams({ id: WUSONG.id, startDate: '2026-12-20', months: '3', seats: '2' });
  render(<StationDetailPage />);
  await waitFor(() => expect(document.querySelector('.station__apply--seats')).toBeTruthy());
  fireEvent.click(document.querySelector('.station__apply--seats')!);
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({
    url: `/apply/pages/seat/index?station=${WUSONG.id}&startDate=2026-12-20&months=3&seats=2`,
  });
});
