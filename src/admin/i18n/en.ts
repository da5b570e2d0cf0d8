import { districtEn } from './district.en';
import type { AdminMessages } from './zh-CN';

export const adminEn: AdminMessages = {
  'console.title': 'Admin console',
  ...districtEn,
};
