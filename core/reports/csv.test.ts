import { toCsv } from './csv';

describe('toCsv', () => {
  it.each([
    ['plain cells', [['a', 1, null]], '\uFEFFa,1,\r\n'],
    ['a comma, a quote and a newline are quoted', [['a,b', 'say "hi"', 'x\ny']], '\uFEFF"a,b","say ""hi""","x\ny"\r\n'],
    ['Chinese stays as UTF-8 text', [['区人力资源和社会保障局']], '\uFEFF区人力资源和社会保障局\r\n'],
    [
      'a typed formula is written as text',
      [['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)']],
      '\uFEFF"\'=HYPERLINK(""x"")",\'+1,\'-2,\'@SUM(A1)\r\n',
    ],
    ['a tab before a formula too', [['\t=1']], "\uFEFF'\t=1\r\n"],
    [
      'numbers and dates keep their sign and form',
      [[-3, 0.5, new Date('2026-12-06T00:00:00Z')]],
      '\uFEFF-3,0.5,2026-12-06T00:00:00.000Z\r\n',
    ],
    ['a dash inside a text is not a formula', [['2026-12-06', 'a-b']], '\uFEFF2026-12-06,a-b\r\n'],
  ])('%s', (_title, rows, csv) => {
    expect(toCsv(rows)).toBe(csv);
  });
});
