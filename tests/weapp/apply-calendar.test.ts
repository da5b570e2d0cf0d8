import { addDays, shanghaiDateOf } from '../../core/calendar/dates';
import { DEFAULT_STAY_POLICY, DEFAULT_SEAT_POLICY } from '../../core/stations/policy';
import { attrOf, byClass, hasText, installWx, launchApp, openPage, render, settle, textOf } from './support/weapp-runtime';

const TODAY = shanghaiDateOf(new Date());
const STATION = {
  id: 'station-pudong',
  name: { 'zh-CN': '浦东', en: 'Pudong' },
  address: null,
  location: null,
  photos: [],
  services: [],
  beds: 10,
  seats: 20,
  stayPolicy: DEFAULT_STAY_POLICY,
  seatPolicy: DEFAULT_SEAT_POLICY,
};
const ME = {
  openId: 'oWx-team',
  roles: ['applicant'],
  locale: 'en',
  displayName: null,
  stationId: null,
  unitId: null,
  consent: { currentVersion: 'v1', accepted: true, acceptedAt: '2026-11-02T00:00:00.000Z', outdated: false },
};
// The first day one may start on is full; the others have 7 free seats.
const first = addDays(TODAY, DEFAULT_SEAT_POLICY.minDaysAhead);

const wx = installWx(({ name, data }) => {
  if (name === 'stays' && data.action === 'station') return { ok: true, data: STATION };
  if (name === 'account' && data.action === 'me') return { ok: true, data: ME };
  if (name === 'workspaces' && data.action === 'quote') {
    const { startDate, days } = data.payload as { startDate: string; days: number };
    const list = Array.from({ length: days }, (_, i) => addDays(startDate, i)).map((date) => ({
      date,
      free: date === first ? 0 : 7,
      capacity: 20,
    }));
    return { ok: true, data: { stationId: STATION.id, days: list, minFree: 0 } };
  }
  return { ok: false, error: { code: 'NOT_FOUND', message: 'Not found' } };
});
wx.storage.set('ui.locale', 'en');

beforeAll(launchApp);

describe('the compiled weapp: NutUI in the apply subpackage', () => {
  it('the seat form shows the start date on NutUI calendar card, with the free seats under each day and our weekday names', async () => {
    const page = openPage('apply/pages/seat/index');
    await settle(page, (p) => hasText(p, 'free-days__date--d'));
    const tree = render(page);

    // NutUI's weekday header, in English from our dictionary (not NutUI's own 'Sun'…'Sat').
    expect(
      byClass(tree, 'nut-calendarcard-day')
        .filter((d) => String(attrOf(d, 'class')).includes('header'))
        .map(textOf),
    ).toEqual(['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa']);
    // Every offered day of the month shown (the card opens on the first one) carries its free seats.
    const offered = byClass(tree, 'nut-calendarcard-day').filter((d) => byClass(d, 'free-days__free').length > 0);
    expect(offered.length).toBeGreaterThan(0);
    for (const cell of offered) {
      const date = /free-days__date--d(\d{4}-\d\d-\d\d)/.exec(JSON.stringify(cell))![1];
      expect(textOf(byClass(cell, 'free-days__free')[0])).toBe(date === first ? '0' : '7');
    }
    // The day without a free seat is shown as full and cannot be chosen.
    const full = offered.find((cell) => JSON.stringify(cell).includes(`free-days__date--d${first}`))!;
    expect(byClass(full, 'free-days__free--full')).toHaveLength(1);
    expect(String(attrOf(full, 'class'))).toContain('disabled');
  });
});
