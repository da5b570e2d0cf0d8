import { fireEvent, render, waitFor } from '@testing-library/react';
import { DEFAULT_APARTMENT_POLICY } from '@core/housing/policy';
import { resetLocaleCache, setLocale } from '@/i18n';
import HousingInventoryPage from '@/admin/pages/housing-inventory';
import { restoreFetch } from '../fetch-mock';
import { resetTaroStub } from '../stubs/taro';
import { actAs, all, byClass, callsOf, fakeCloud, type Handler } from './fake-cloud';
import { building, unit } from './housing-fixtures';

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
});
afterEach(restoreFetch);

const STATIONS = [{ id: 'station-pudong', name: { 'zh-CN': '浦东驿站', en: 'Pudong' } }];

const cloud = (overrides: Record<string, Handler> = {}) =>
  fakeCloud({
    'housing.staffBuildings': () => ({ items: [building('apt-a')] }),
    'housing.units': () => ({ items: [unit('apt-a-101'), unit('apt-a-102', { status: 'maintenance' })] }),
    'admin.stations': () => ({ items: STATIONS }),
    'housing.saveBuilding': (p) => building(p.id, p),
    'housing.saveUnitType': (p) => building(p.buildingId),
    'housing.saveUnit': (p) => unit(p.id, p),
    'housing.setPolicy': (p) => building(p.buildingId, { policy: p.policy }),
    ...overrides,
  });

const field = (name: string, scope: ParentNode = document) =>
  scope.querySelector<HTMLInputElement>(`.housing-field--${name} .housing-field__input`)!;
const type = (name: string, value: string, scope?: ParentNode) => fireEvent.change(field(name, scope), { target: { value } });
const errorOf = (name: string, scope: ParentNode = document) =>
  scope.querySelector(`.housing-field--${name} .housing-field__error`)?.textContent;

test('an operator is not shown the inventory', async () => {
  actAs('demo-operator');
  const calls = cloud();
  render(<HousingInventoryPage />);
  await waitFor(() => byClass('admin-state--forbidden'));
  expect(calls.map((c) => c.url)).toEqual(['/fn/account']);
});

test("the building's description: refused on the fields in the user's language, then saved as typed", async () => {
  actAs('demo-admin');
  const calls = cloud();
  render(<HousingInventoryPage />);
  await waitFor(() => expect(field('name-zh').value).toBe('张江人才公寓'));
  type('name-zh', '');
  type('latitude', '120');
  type('facilities', '健身房\n\n洗衣房');
  fireEvent.click(byClass('housing-building-form__save'));
  await waitFor(() => expect(errorOf('name-zh')).toBe('请填写此项'));
  expect(errorOf('latitude')).toMatch(/90/);
  expect(byClass('housing-building-form__message').textContent).toBe('请先修正标出的字段');
  expect(callsOf(calls, 'housing.saveBuilding')).toHaveLength(0);
  type('name-zh', '张江人才公寓二期');
  type('latitude', '31.25');
  fireEvent.click(byClass('housing-building-form__save'));
  await waitFor(() => expect(byClass('housing-building-form__message').textContent).toBe('已保存'));
  expect(callsOf(calls, 'housing.saveBuilding')[0].event.payload).toMatchObject({
    id: 'apt-a',
    name: { 'zh-CN': '张江人才公寓二期', en: 'Zhangjiang' },
    location: { latitude: 31.25, longitude: 121.6 },
    facilities: ['健身房', '洗衣房'],
    stationId: 'station-pudong',
    viewing: { times: ['10:00'], capacity: 2 },
    active: true,
  });
});

test('errors are in English for an English user', async () => {
  setLocale('en');
  actAs('demo-admin');
  cloud();
  render(<HousingInventoryPage />);
  await waitFor(() => expect(field('name-en').value).toBe('Zhangjiang'));
  type('name-en', '');
  fireEvent.click(byClass('housing-building-form__save'));
  await waitFor(() => expect(byClass('housing-building-form__message').textContent).toBe('Correct the marked fields first'));
  expect(errorOf('name-en')).toBe('Please fill this in');
  type('latitude', '120');
  fireEvent.click(byClass('housing-building-form__save'));
  await waitFor(() => expect(errorOf('latitude')).toMatch(/^[\x20-\x7e]+$/));
});

test('unit types and units are saved through their own forms', async () => {
  actAs('demo-admin');
  const calls = cloud();
  render(<HousingInventoryPage />);
  await waitFor(() => byClass('housing-inventory__sections'));
  fireEvent.click(byClass('admin-tabs__tab--types'));
  const twoRooms = byClass('housing-unit-type--two-rooms');
  type('area', '70', twoRooms);
  type('rent', '6500', twoRooms);
  type('deposit', '', twoRooms);
  fireEvent.click(twoRooms.querySelector('.housing-unit-type__save')!);
  await waitFor(() => expect(errorOf('deposit', twoRooms)).toBeTruthy());
  type('deposit', '6500', twoRooms);
  fireEvent.click(twoRooms.querySelector('.housing-unit-type__save')!);
  await waitFor(() => expect(callsOf(calls, 'housing.saveUnitType')).toHaveLength(1));
  expect(callsOf(calls, 'housing.saveUnitType')[0].event.payload).toEqual({
    buildingId: 'apt-a',
    type: 'two-rooms',
    area: 70,
    monthlyRent: 6500,
    deposit: 6500,
  });

  fireEvent.click(byClass('admin-tabs__tab--units'));
  await waitFor(() => expect(all('housing-unit-row')).toHaveLength(3));
  const row = byClass('housing-unit-row--apt-a-102');
  fireEvent.click(row.querySelector('.housing-choice__option--available')!);
  fireEvent.click(row.querySelector('.housing-unit-row__save')!);
  await waitFor(() => expect(callsOf(calls, 'housing.saveUnit')).toHaveLength(1));
  expect(callsOf(calls, 'housing.saveUnit')[0].event.payload).toEqual({
    id: 'apt-a-102',
    buildingId: 'apt-a',
    number: '102',
    floor: 1,
    type: 'one-room',
    status: 'available',
  });
  const fresh = byClass('housing-unit-row--new');
  type('unit-id', 'apt-a-301', fresh);
  type('number', '301', fresh);
  type('floor', '3', fresh);
  fireEvent.click(fresh.querySelector('.housing-choice__option--studio')!);
  fireEvent.click(fresh.querySelector('.housing-unit-row__save')!);
  await waitFor(() => expect(callsOf(calls, 'housing.saveUnit')).toHaveLength(2));
  expect(callsOf(calls, 'housing.saveUnit')[1].event.payload).toMatchObject({ id: 'apt-a-301', number: '301', floor: 3, type: 'studio' });
});

test('the policy: tiers, discount and auto-offer are saved whole; a share above 1 is refused first', async () => {
  actAs('demo-admin');
  const calls = cloud();
  render(<HousingInventoryPage />);
  await waitFor(() => byClass('housing-inventory__sections'));
  fireEvent.click(byClass('admin-tabs__tab--policy'));
  type('rentShare', '1.5');
  fireEvent.click(byClass('housing-policy__save'));
  await waitFor(() => expect(errorOf('rentShare')).toBeTruthy());
  expect(callsOf(calls, 'housing.setPolicy')).toHaveLength(0);
  type('rentShare', '0.6');
  fireEvent.click(byClass('housing-toggle--auto-offer'));
  fireEvent.click(byClass('housing-policy__category--young'));
  // Graduates join the first tier; shortage is unlisted.
  fireEvent.click(byClass('housing-tier--graduate').querySelector('.housing-choice__option--1')!);
  fireEvent.click(byClass('housing-tier--shortage').querySelector('.housing-choice__option--0')!);
  fireEvent.click(byClass('housing-policy__save'));
  await waitFor(() => expect(byClass('housing-policy__message').textContent).toBe('已保存'));
  expect(callsOf(calls, 'housing.setPolicy')[0].event.payload).toEqual({
    buildingId: 'apt-a',
    policy: {
      ...DEFAULT_APARTMENT_POLICY,
      rentShare: 0.6,
      autoOffer: true,
      eligibleCategories: ['young'],
      priorityTiers: [['leading', 'high-level', 'graduate'], ['young']],
    },
  });
});

test('a new building is created with the chosen station', async () => {
  actAs('demo-admin');
  const calls = cloud();
  render(<HousingInventoryPage />);
  await waitFor(() => byClass('housing-inventory__new'));
  fireEvent.click(byClass('housing-inventory__new'));
  await waitFor(() => byClass('housing-choice__option--station-pudong'));
  type('id', 'apt-new');
  type('name-zh', '新建公寓');
  type('name-en', 'New Apartments');
  type('district', '浦东新区');
  type('address-zh', '新路 1 号');
  type('address-en', '1 New Road');
  fireEvent.click(byClass('housing-choice__option--station-pudong'));
  fireEvent.click(byClass('housing-building-form__save'));
  await waitFor(() => expect(callsOf(calls, 'housing.saveBuilding')).toHaveLength(1));
  expect(callsOf(calls, 'housing.saveBuilding')[0].event.payload).toMatchObject({
    id: 'apt-new',
    location: null,
    stationId: 'station-pudong',
    viewing: { times: ['10:00', '15:00'], capacity: 2 },
    active: false,
  });
});
