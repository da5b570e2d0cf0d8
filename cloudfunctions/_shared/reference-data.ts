import { SHIPPED_CALENDARS } from '../../core/calendar/years';
import { COLLECTIONS, type CollectionName } from './collections';

/**
 * The reference data every environment starts with, production as much as the local demo: the twelve request
 * categories and the working-day calendars shipped with the code. `npm run provision` writes it on CloudBase and
 * the local cloud on every start, both by id and only where missing, so running either again changes nothing and
 * never undoes an admin's edit (a renamed or retired category, a corrected calendar).
 */

/** Eight categories named in the source material and four an admin may edit; 12 in all, in their menu order. */
export const CATEGORIES = [
  ['residence-permit', '居住证及落户办理', 'Residence permit and hukou'],
  ['housing', '人才安居', 'Talent housing'],
  ['social', '交友联谊', 'Social events and networking'],
  ['education', '子女教育', "Children's education"],
  ['health', '健康医疗', 'Health and medical care'],
  ['awards', '奖项及荣誉申报', 'Awards and honours'],
  ['platforms', '交流平台搭建', 'Exchange platforms'],
  ['legal-finance', '法律金融服务', 'Legal and financial services'],
  ['policy', '政策咨询', 'Policy consultation'],
  ['employment', '就业创业', 'Employment and entrepreneurship'],
  ['immigration', '出入境与外籍人才服务', 'Entry, exit and foreign talent services'],
  ['social-insurance', '社保与个税', 'Social insurance and income tax'],
].map(([id, zh, en], index) => ({ _id: id, name: { 'zh-CN': zh, en }, order: index + 1, active: true }));

export interface ReferenceDocument {
  collection: CollectionName;
  doc: { _id: string } & Record<string, unknown>;
}

/** Every reference document, in the order they are written. */
export function referenceData(now: Date): ReferenceDocument[] {
  return [
    ...CATEGORIES.map((doc) => ({ collection: COLLECTIONS.categories, doc })),
    ...SHIPPED_CALENDARS.map((calendar) => ({
      collection: COLLECTIONS.calendars,
      doc: { _id: calendar.year, ...calendar, updatedAt: now },
    })),
  ];
}

/** Ids already present, per collection. */
export type ExistingIds = ReadonlyMap<string, ReadonlySet<string>>;

/** What an idempotent upsert writes: the documents whose id the collection lacks; present ones are left alone. */
export const missingReferenceData = (data: readonly ReferenceDocument[], existing: ExistingIds): ReferenceDocument[] =>
  data.filter(({ collection, doc }) => !existing.get(collection)?.has(doc._id));
