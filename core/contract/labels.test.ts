import { labelOf, type LabelTable } from './labels';

const TABLE: LabelTable<'open' | 'shut'> = {
  open: { 'zh-CN': '开放', en: 'Open' },
  shut: { 'zh-CN': '关闭', en: 'Closed' },
};

describe('labelOf', () => {
  it.each([
    ['open', 'zh-CN', '开放'],
    ['shut', 'en', 'Closed'],
    ['unknown', 'zh-CN', 'unknown'],
    ['toString', 'en', 'toString'],
  ] as const)('%s in %s is %s', (code, locale, label) => {
    expect(labelOf(TABLE, code, locale)).toBe(label);
  });
});
