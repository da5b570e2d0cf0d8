import { toCsv } from './csv';

describe('toCsv', () => {
  it.each([
    ['plain cells', [['a', 1, null]], '\uFEFFa,1,\r\n'],
    ['a comma, a quote and a newline are quoted', [['a,b', 'say "hi"', 'x\ny']], '\uFEFF"a,b","say ""hi""","x\ny"\r\n'],
    ['Chinese stays as UTF-8 text', [['区人力资源和社会保障局']], '\uFEFF区人力资源和社会保障局\r\n'],
  ])('%s', (_title, rows, csv) => {
    expect(toCsv(rows)).toBe(csv);
  });
});
