import { districtEn } from './district.en';
import { housingEn } from './housing.en';
import { operatorEn } from './operator.en';
import type { AdminMessages } from './zh-CN';

export const adminEn: AdminMessages = {
  'console.title': 'Admin console',
  ...districtEn,
  ...operatorEn,
  ...housingEn,
};
