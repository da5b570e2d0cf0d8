/**
 * Texts of the station network subpackage (list, map, station page), so the main package does not carry them.
 * Same rules as `src/i18n/zh-CN.ts`: `en.ts` has exactly these keys; `{name}` marks a parameter. District, kind,
 * offer and facility names are core's labels (core/stations/labels.ts).
 */
export const stationsZhCN = {
  'list.title': '驿站网络',
  'list.allDistricts': '全部区域',
  'list.allOffers': '全部服务',
  'list.anyDate': '不限日期',
  'list.checkIn': '入住日期',
  'list.startDate': '开始日期',
  'list.nights': '{n} 晚',
  'list.months': '{n} 个月',
  'list.seatsNeeded': '{n} 个工位',
  'list.availableOnly': '只看有空位',
  'list.freeBeds': '所选日期空床 {n} 张',
  'list.freeSeats': '所选日期空工位 {n} 个',
  'list.full': '所选日期已满',
  'list.beds': '{n} 张床位',
  'list.seats': '{n} 个工位',
  'list.empty': '没有符合条件的驿站',
  'list.showMap': '地图',
  'list.showList': '列表',
  'list.chosen': '我的驿站',
  'list.count': '共 {n} 个驿站',
  'detail.title': '驿站详情',
  'detail.photoPlaceholder': '暂无照片',
  'detail.address': '地址',
  'detail.directions': '导航前往',
  'detail.hours': '开放时间',
  'detail.contact': '联系方式',
  'detail.call': '拨打 {phone}',
  'detail.email': '邮箱：{email}',
  'detail.facilities': '设施',
  'detail.offers': '服务',
  'detail.choose': '设为我的驿站',
  'detail.chosen': '已设为我的驿站',
  'detail.applyStay': '在此申请免费住宿',
  'detail.applySeats': '在此申请共享工位',
  'detail.apartments': '查看人才公寓',
  'detail.events': '查看活动',
} as const satisfies Record<string, string>;

export type StationsMessageKey = keyof typeof stationsZhCN;
export type StationsMessages = Record<StationsMessageKey, string>;
