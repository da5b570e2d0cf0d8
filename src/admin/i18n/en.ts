import { districtEn } from './district.en';
import { liaisonEn } from './liaison.en';
import { housingEn } from './housing.en';
import { eventsEn } from './events.en';
import { operatorEn } from './operator.en';
import { supportEn } from './support.en';
import type { AdminMessages } from './zh-CN';

export const adminEn: AdminMessages = {
  'console.title': 'Admin console',
  ...districtEn,
  ...operatorEn,
  ...liaisonEn,
  ...housingEn,
  ...eventsEn,
  ...supportEn,
};
