import { districtEn } from './district.en';
import { operatorEn } from './operator.en';
import { supportEn } from './support.en';
import type { AdminMessages } from './zh-CN';

export const adminEn: AdminMessages = {
  'console.title': 'Admin console',
  ...districtEn,
  ...operatorEn,
  ...supportEn,
};
