import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DEFAULT_STAY_POLICY, DEFAULT_SEAT_POLICY } from '@core/stations/policy';
import { getLocale, resetLocaleCache } from '@/i18n';
import HomePage from '@/pages/home';
import { failingFetch, mockFetch, restoreFetch } from './fetch-mock';
import Taro, { resetTaroStub } from './stubs/taro';

const STATION = {
  id: 'station-pudong',
  name: { 'zh-CN': '浦东国际人才驿站', en: 'Pudong International Talent Station' },
  address: { 'zh-CN': '上海市浦东新区示例路 100 号', en: '100 Example Road, Pudong New Area, Shanghai' },
  location: { latitude: 31.2216, longitude: 121.5447 },
  district: 'pudong',
  kind: 'talent-station',
  photos: [],
  facilities: [],
  contact: null,
  hours: null,
  services: ['stay', 'seats', 'pickup', 'policy', 'career', 'events'],
  beds: 10,
  seats: 20,
  stayPolicy: DEFAULT_STAY_POLICY,
  seatPolicy: DEFAULT_SEAT_POLICY,
};
const me = (roles: string[]) => ({
  openId: 'x',
  roles,
  locale: 'zh-CN',
  displayName: null,
  stationId: null,
  unitId: null,
  consent: { currentVersion: 'v1', accepted: false, acceptedAt: null, outdated: false },
});

const BAOSHAN = {
  ...STATION,
  id: 'station-baoshan-wusong',
  name: { 'zh-CN': '宝山吴淞青年驿站', en: 'Baoshan Wusong Youth Station' },
  services: ['stay', 'events'],
  // Seats it has, but no longer takes applications for (the operator took them off its list).
  seats: 6,
};

function fakeCloud(roles = ['applicant']) {
  return mockFetch((call) => {
    const name = `${call.url.slice(4)}.${call.event.action}`;
    if (name === 'stays.station') {
      const id = (call.event.payload as { stationId?: string } | undefined)?.stationId;
      if (id === 'station-gone') return { ok: false, error: { code: 'NOT_FOUND', message: '未找到' } };
      return { ok: true, data: id === BAOSHAN.id ? BAOSHAN : STATION };
    }
    if (name === 'account.me') return { ok: true, data: me(roles) };
    if (name === 'account.setProfile') return { ok: true, data: me(roles) };
    throw new Error(`unexpected ${name}`);
  });
}

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
});
afterEach(restoreFetch);

test('shows the station from the backend: placeholder photo, address with a map link, services, what one can apply for', async () => {
  fakeCloud();
  render(<HomePage />);
  await waitFor(() => expect(screen.getByText('浦东国际人才驿站')).toBeTruthy());
  expect(screen.getByText('驿站实景图片待上传')).toBeTruthy();
  expect(screen.getByText('地址：上海市浦东新区示例路 100 号')).toBeTruthy();
  expect(Array.from(document.querySelectorAll('.home__service-name'), (e) => e.textContent)).toEqual([
    '免费入住',
    '众创空间工位',
    '接站服务',
    '政策咨询',
    '就业对接',
    '社区活动',
  ]);
  expect(screen.getByText('来沪求职、面试期间最长免费入住 7 晚')).toBeTruthy();
  // The seat terms as a range (1, 2 or 3 months), not "1–2–3".
  expect(screen.getByText('创业团队免费使用工位 1–3 个月')).toBeTruthy();
  expect(screen.getByText(/海外工作满 3 年的人才，或认定高校 12 个月内毕业 \/ 24 个月内已毕业的学生/)).toBeTruthy();
  // Not an employer: no booking for guests.
  expect(document.querySelector('.home__apply--guest')).toBeNull();
  expect(screen.getByText('需用人单位认证后方可预订')).toBeTruthy();

  fireEvent.click(document.querySelector('.home__map')!);
  expect(Taro.openLocation).toHaveBeenCalledWith({
    latitude: 31.2216,
    longitude: 121.5447,
    name: '浦东国际人才驿站',
    address: '上海市浦东新区示例路 100 号',
    scale: 16,
  });
  fireEvent.click(document.querySelector('.home__apply--stay')!);
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/apply/pages/stay/index?station=station-pudong' });
  fireEvent.click(document.querySelector('.home__apply--seat')!);
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/apply/pages/seat/index?station=station-pudong' });
  // Talent apartments beside stay and seats: the buildings are the housing subpackage's first page.
  fireEvent.click(document.querySelector('.home__apply--apartment')!);
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/housing/pages/index/index' });
  // Service requests are offered with a way to file one (the requests tab), not as a title alone.
  fireEvent.click(document.querySelector('.home__apply--request')!);
  expect(Taro.switchTab).toHaveBeenLastCalledWith({ url: '/pages/requests/index' });
  fireEvent.click(document.querySelector('.home__change-station')!);
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/stations/pages/list/index' });
});

test('shows the station chosen in the station list, and its forms are for that station', async () => {
  Taro.setStorageSync('station.chosen', BAOSHAN.id);
  const calls = fakeCloud();
  render(<HomePage />);
  await waitFor(() => expect(screen.getByText('宝山吴淞青年驿站')).toBeTruthy());
  expect(calls.find((c) => c.event.action === 'station')?.event.payload).toEqual({ stationId: BAOSHAN.id });
  fireEvent.click(document.querySelector('.home__apply--stay')!);
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/apply/pages/stay/index?station=station-baoshan-wusong' });
  // A station whose list does not name seats offers no seat application, whatever its seats (the function refuses one).
  expect(document.querySelector('.home__offer--seat')).toBeNull();
});

test('a chosen station that is gone is forgotten, and the home station shows', async () => {
  Taro.setStorageSync('station.chosen', 'station-gone');
  const calls = fakeCloud();
  render(<HomePage />);
  await waitFor(() => expect(screen.getByText('浦东国际人才驿站')).toBeTruthy());
  expect(calls.filter((c) => c.event.action === 'station').map((c) => c.event.payload)).toEqual([{ stationId: 'station-gone' }, {}]);
  expect(Taro.getStorageSync('station.chosen')).toBe('');
});

test('an employer is told they are likely eligible and can book for a guest; the language switch re-labels the page', async () => {
  const calls = fakeCloud(['applicant', 'employer']);
  render(<HomePage />);
  await waitFor(() => expect(screen.getByText('您很可能符合条件')).toBeTruthy());
  fireEvent.click(document.querySelector('.home__apply--guest')!);
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/apply/pages/stay/index?for=guest&station=station-pudong' });

  fireEvent.click(document.querySelector('.home__language')!);
  expect(getLocale()).toBe('en');
  await waitFor(() => expect(screen.getByText('Pudong International Talent Station')).toBeTruthy());
  expect(screen.getByText('You are likely eligible')).toBeTruthy();
  expect(screen.getByText('Address: 100 Example Road, Pudong New Area, Shanghai')).toBeTruthy();
  expect(calls.filter((c) => c.event.action === 'setProfile').map((c) => c.event.payload)).toEqual([{ locale: 'en' }]);
});

test('a failed load says why and retries', async () => {
  failingFetch();
  render(<HomePage />);
  await waitFor(() => expect(screen.getByText('网络异常，请检查网络后重试')).toBeTruthy());
  fakeCloud();
  fireEvent.click(document.querySelector('.home__retry')!);
  await waitFor(() => expect(screen.getByText('浦东国际人才驿站')).toBeTruthy());
});
