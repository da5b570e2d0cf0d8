import type { LabelTable } from '../contract/labels';
import type { District, Facility, StationKind, StationOffer } from './model';

// The labels of the station network's closed sets (core/contract/labels.ts `labelOf`), one table each.

export const DISTRICT_LABELS: LabelTable<District> = {
  pudong: { 'zh-CN': '浦东新区', en: 'Pudong' },
  huangpu: { 'zh-CN': '黄浦区', en: 'Huangpu' },
  jingan: { 'zh-CN': '静安区', en: "Jing'an" },
  xuhui: { 'zh-CN': '徐汇区', en: 'Xuhui' },
  changning: { 'zh-CN': '长宁区', en: 'Changning' },
  putuo: { 'zh-CN': '普陀区', en: 'Putuo' },
  hongkou: { 'zh-CN': '虹口区', en: 'Hongkou' },
  yangpu: { 'zh-CN': '杨浦区', en: 'Yangpu' },
  baoshan: { 'zh-CN': '宝山区', en: 'Baoshan' },
  minhang: { 'zh-CN': '闵行区', en: 'Minhang' },
  jiading: { 'zh-CN': '嘉定区', en: 'Jiading' },
  songjiang: { 'zh-CN': '松江区', en: 'Songjiang' },
  qingpu: { 'zh-CN': '青浦区', en: 'Qingpu' },
  fengxian: { 'zh-CN': '奉贤区', en: 'Fengxian' },
  jinshan: { 'zh-CN': '金山区', en: 'Jinshan' },
  chongming: { 'zh-CN': '崇明区', en: 'Chongming' },
};

export const STATION_KIND_LABELS: LabelTable<StationKind> = {
  'talent-station': { 'zh-CN': '人才驿站', en: 'Talent station' },
  'youth-station': { 'zh-CN': '青年驿站', en: 'Youth station' },
  apartment: { 'zh-CN': '人才公寓', en: 'Talent apartments' },
  incubator: { 'zh-CN': '合作孵化器', en: 'Partner incubator' },
};

export const OFFER_LABELS: LabelTable<StationOffer> = {
  stay: { 'zh-CN': '免费住宿', en: 'Free stays' },
  seats: { 'zh-CN': '共享工位', en: 'Co-working seats' },
  apartments: { 'zh-CN': '人才公寓', en: 'Apartments' },
  events: { 'zh-CN': '活动', en: 'Events' },
};

export const FACILITY_LABELS: LabelTable<Facility> = {
  wifi: { 'zh-CN': '无线网络', en: 'Wi-Fi' },
  kitchen: { 'zh-CN': '公共厨房', en: 'Shared kitchen' },
  laundry: { 'zh-CN': '洗衣房', en: 'Laundry' },
  gym: { 'zh-CN': '健身房', en: 'Gym' },
  'meeting-room': { 'zh-CN': '会议室', en: 'Meeting rooms' },
  printing: { 'zh-CN': '打印复印', en: 'Printing' },
  lounge: { 'zh-CN': '休闲区', en: 'Lounge' },
  luggage: { 'zh-CN': '行李寄存', en: 'Luggage storage' },
  parking: { 'zh-CN': '停车位', en: 'Parking' },
  accessible: { 'zh-CN': '无障碍设施', en: 'Step-free access' },
};
