import type { Station } from '../../core/stations/model';

/**
 * The demo station network beyond the home station (demo-district.ts): youth stations (青年驿站) in Pudong and
 * Baoshan, a partner incubator and a talent apartment building. Every name, address, phone and map point is
 * invented (the points fall in the right district, on no real address).
 */

/** A photo stand-in the app can show offline: a small SVG card in the station's colour with a short label (a data URL). */
export function demoPhoto(colour: string, label: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"><rect width="640" height="360" fill="${colour}"/><text x="320" y="200" text-anchor="middle" font-family="sans-serif" font-size="56" fill="#fff">${label}</text></svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

const WEEKDAYS = { 'zh-CN': '周一至周五 9:00–17:30', en: 'Mon–Fri 9:00–17:30' };
const DAILY = { 'zh-CN': '每天 9:00–21:00（入住登记至 20:00）', en: 'Daily 9:00–21:00 (check-in until 20:00)' };

const youthStation = (input: {
  id: string;
  order: number;
  district: 'pudong' | 'baoshan';
  zh: string;
  en: string;
  street: [string, string];
  location: { latitude: number; longitude: number };
  beds: number;
  seats: number;
  colour: string;
  photoLabel: string;
  phone: string;
}): Station => ({
  _id: input.id,
  order: input.order,
  kind: 'youth-station',
  district: input.district,
  name: { 'zh-CN': input.zh, en: input.en },
  address: { 'zh-CN': input.street[0], en: input.street[1] },
  location: input.location,
  photos: [demoPhoto(input.colour, input.photoLabel)],
  beds: input.beds,
  seats: input.seats,
  services: input.seats > 0 ? ['stay', 'seats', 'policy', 'events'] : ['stay', 'policy', 'events'],
  facilities: ['wifi', 'kitchen', 'laundry', 'lounge', 'luggage'],
  contact: { phone: input.phone },
  hours: DAILY,
  active: true,
  stayPolicy: { listedUniversities: ['复旦大学', '上海交通大学', '同济大学', 'Fudan University'] },
});

export const DEMO_NETWORK: Station[] = [
  youthStation({
    id: 'station-pudong-zhangjiang',
    order: 2,
    district: 'pudong',
    zh: '张江青年人才驿站',
    en: 'Zhangjiang Youth Talent Station',
    street: ['上海市浦东新区示例科技路 8 号', '8 Example Science Road, Pudong New Area, Shanghai'],
    location: { latitude: 31.2036, longitude: 121.5907 },
    beds: 6,
    seats: 8,
    colour: '#1f6f8b',
    photoLabel: 'Zhangjiang',
    phone: '021-5000-0102',
  }),
  youthStation({
    id: 'station-baoshan-wusong',
    order: 3,
    district: 'baoshan',
    zh: '宝山吴淞青年驿站',
    en: 'Baoshan Wusong Youth Station',
    street: ['上海市宝山区示例滨江路 21 号', '21 Example Riverside Road, Baoshan District, Shanghai'],
    location: { latitude: 31.3872, longitude: 121.4976 },
    beds: 8,
    seats: 0,
    colour: '#2e7d32',
    photoLabel: 'Wusong',
    phone: '021-5000-0201',
  }),
  youthStation({
    id: 'station-baoshan-dachang',
    order: 4,
    district: 'baoshan',
    zh: '宝山大场青年驿站',
    en: 'Baoshan Dachang Youth Station',
    street: ['上海市宝山区示例大道 300 弄 5 号', 'No. 5, Lane 300, Example Avenue, Baoshan District, Shanghai'],
    location: { latitude: 31.3105, longitude: 121.4192 },
    beds: 4,
    seats: 6,
    colour: '#6a1b9a',
    photoLabel: 'Dachang',
    phone: '021-5000-0202',
  }),
  youthStation({
    id: 'station-baoshan-gucun',
    order: 5,
    district: 'baoshan',
    zh: '宝山顾村青年驿站',
    en: 'Baoshan Gucun Youth Station',
    street: ['上海市宝山区示例公园路 66 号', '66 Example Park Road, Baoshan District, Shanghai'],
    location: { latitude: 31.3531, longitude: 121.3853 },
    beds: 2,
    seats: 0,
    colour: '#ef6c00',
    photoLabel: 'Gucun',
    phone: '021-5000-0203',
  }),
  {
    _id: 'station-baoshan-incubator',
    order: 6,
    kind: 'incubator',
    district: 'baoshan',
    name: { 'zh-CN': '宝山示例创新港（合作孵化器）', en: 'Baoshan Example Innovation Harbour (partner incubator)' },
    address: { 'zh-CN': '上海市宝山区示例创业路 1 号 3 楼', en: '3/F, 1 Example Venture Road, Baoshan District, Shanghai' },
    location: { latitude: 31.3297, longitude: 121.4451 },
    photos: [demoPhoto('#37474f', 'Incubator')],
    beds: 0,
    seats: 30,
    services: ['seats', 'career', 'events'],
    facilities: ['wifi', 'meeting-room', 'printing', 'lounge', 'parking', 'accessible'],
    contact: { phone: '021-5000-0301', email: 'desk@incubator.example.cn' },
    hours: WEEKDAYS,
    active: true,
  },
  {
    _id: 'station-baoshan-apartments',
    order: 7,
    kind: 'apartment',
    district: 'baoshan',
    name: { 'zh-CN': '宝山示例人才公寓', en: 'Baoshan Example Talent Apartments' },
    address: { 'zh-CN': '上海市宝山区示例新村路 88 号', en: '88 Example New Village Road, Baoshan District, Shanghai' },
    location: { latitude: 31.3648, longitude: 121.4623 },
    photos: [demoPhoto('#ad1457', 'Apartments')],
    beds: 0,
    seats: 0,
    services: ['apartments', 'events'],
    facilities: ['wifi', 'kitchen', 'laundry', 'gym', 'parking', 'accessible'],
    contact: { phone: '021-5000-0401' },
    hours: WEEKDAYS,
    active: true,
  },
];
