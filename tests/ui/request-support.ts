import type { Catalog } from '@core/requests';

/** Three of the seeded categories and two units, enough for the forms and timelines under test. */
export const CATALOG: Catalog = {
  categories: [
    { id: 'residence-permit', name: { 'zh-CN': '居住证及落户办理', en: 'Residence permit and hukou' } },
    { id: 'housing', name: { 'zh-CN': '人才安居', en: 'Talent housing' } },
    { id: 'education', name: { 'zh-CN': '子女教育', en: "Children's education" } },
  ],
  units: [
    { id: 'unit-hrss', name: { 'zh-CN': '区人力资源和社会保障局', en: 'District Human Resources and Social Security Bureau' } },
    { id: 'unit-education', name: { 'zh-CN': '区教育局', en: 'District Education Bureau' } },
  ],
};

export const byClass = (name: string): HTMLElement => {
  const found = document.querySelector<HTMLElement>(`.${name}`);
  if (!found) throw new Error(`.${name} is not on the page`);
  return found;
};
