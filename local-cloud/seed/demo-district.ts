import type { User } from '../../core/account/user';
import type { Role } from '../../core/roles';
import type { Station } from '../../core/stations/model';
import { demoPhoto } from './demo-stations';

/**
 * The demo district every fresh local cloud starts with. All names are invented; nothing here is a real person.
 */
export const DEMO_STATION = {
  _id: 'station-pudong',
  name: { 'zh-CN': '浦东国际人才驿站', en: 'Pudong International Talent Station' },
  address: { 'zh-CN': '上海市浦东新区示例路 100 号', en: '100 Example Road, Pudong New Area, Shanghai' },
  /** For the home page's map link (Taro.openLocation); an invented point in Pudong. */
  location: { latitude: 31.2216, longitude: 121.5447 },
  /** The district's home station: the one the app shows before anyone chooses (lowest `order`). */
  order: 1,
  kind: 'talent-station',
  district: 'pudong',
  photos: [demoPhoto('#c8102e', 'Pudong')],
  beds: 10,
  seats: 20,
  services: ['stay', 'seats', 'apartments', 'pickup', 'policy', 'career', 'events'],
  facilities: ['wifi', 'kitchen', 'laundry', 'gym', 'meeting-room', 'printing', 'lounge', 'luggage'],
  contact: { phone: '021-5000-0101', email: 'station@pudong-talent.example.cn' },
  hours: { 'zh-CN': '每天 8:30–22:00（入住登记至 21:00）', en: 'Daily 8:30–22:00 (check-in until 21:00)' },
  active: true,
  /** Stay rules an admin may change for this station; anything not set takes core's defaults (core/stations/policy.ts). */
  stayPolicy: {
    listedUniversities: [
      '清华大学',
      '北京大学',
      '复旦大学',
      '上海交通大学',
      'Fudan University',
      'University of Oxford',
      'Massachusetts Institute of Technology',
    ],
  },
} satisfies Station;

export const DEMO_UNITS = [
  ['unit-hrss', '区人力资源和社会保障局', 'District Human Resources and Social Security Bureau'],
  ['unit-education', '区教育局', 'District Education Bureau'],
  ['unit-health', '区卫生健康委员会', 'District Health Commission'],
  ['unit-housing', '区住房和城乡建设管理委员会', 'District Housing and Construction Commission'],
  ['unit-immigration', '区公安分局出入境管理办公室', 'District Exit-Entry Administration Office'],
].map(([id, zh, en]) => ({ _id: id, name: { 'zh-CN': zh, en }, active: true }));

interface DemoPersona {
  openId: string;
  roles: Role[];
  displayName: string;
  stationId?: string;
  unitId?: string;
  label: string;
}

/** One demo user per role the H5 role switcher offers. */
export const DEMO_PERSONAS: DemoPersona[] = [
  { openId: 'demo-applicant', roles: ['applicant'], displayName: '李归国', label: 'applicant (returnee)' },
  { openId: 'demo-team', roles: ['applicant'], displayName: '张创业', label: 'startup team leader' },
  { openId: 'demo-employer', roles: ['applicant', 'employer'], displayName: '示例科技 HR', label: 'employer HR' },
  {
    openId: 'demo-operator',
    roles: ['applicant', 'operator'],
    displayName: '王驿站',
    stationId: DEMO_STATION._id,
    label: 'station operator',
  },
  { openId: 'demo-unit', roles: ['applicant', 'unit'], displayName: '赵科长', unitId: 'unit-hrss', label: 'unit handler (HRSS)' },
  { openId: 'demo-admin', roles: ['applicant', 'admin'], displayName: '区人才办管理员', label: 'district admin' },
];

export function demoUsers(now: Date): User[] {
  return DEMO_PERSONAS.map((persona) => ({
    _id: persona.openId,
    appId: 'wx-local-dev',
    unionId: null,
    roles: persona.roles,
    locale: 'zh-CN',
    displayName: persona.displayName,
    consents: [],
    stationId: persona.stationId ?? null,
    unitId: persona.unitId ?? null,
    createdAt: now,
    updatedAt: now,
  }));
}
