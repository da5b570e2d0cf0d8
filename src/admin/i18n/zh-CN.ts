import { districtZhCN } from './district.zh-CN';
import { liaisonZhCN } from './liaison.zh-CN';
import { housingZhCN } from './housing.zh-CN';
import { eventsZhCN } from './events.zh-CN';
import { operatorZhCN } from './operator.zh-CN';
import { supportZhCN } from './support.zh-CN';

/**
 * Texts of the admin subpackage only, so applicants never download them (the main package has a size budget).
 * Same rules as `src/i18n/zh-CN.ts`: `en.ts` has exactly these keys; `{name}` marks a parameter.
 */
export const adminZhCN = {
  'console.title': '管理后台',
  ...districtZhCN,
  ...operatorZhCN,
  ...liaisonZhCN,
  ...housingZhCN,
  ...eventsZhCN,
  ...supportZhCN,
} as const satisfies Record<string, string>;

export type AdminMessageKey = keyof typeof adminZhCN;
export type AdminMessages = Record<AdminMessageKey, string>;
