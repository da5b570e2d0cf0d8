import { districtEn } from './district.en';
import { eventsEn } from './events.en';
import { operatorEn } from './operator.en';
import type { AdminMessages } from './zh-CN';

export const adminEn: AdminMessages = {
  'console.title': 'Admin console',
  ...districtEn,
  ...operatorEn,
  ...eventsEn,
};
