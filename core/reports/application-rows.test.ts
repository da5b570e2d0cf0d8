import { asText } from './application-rows';

describe('CSV text cells', () => {
  it.each([
    ['a formula', '=HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['a plus sign', '+86 138', `'+86 138`],
    ['a minus sign', '-1', `'-1`],
    ['an at sign', '@SUM(A1)', `'@SUM(A1)`],
    ['a plain name', '陈 Alex', '陈 Alex'],
    ['a formula sign inside the text', 'Li=Wang', 'Li=Wang'],
  ])('%s', (_t, input, expected) => {
    expect(asText(input)).toBe(expected);
  });

  it('keeps a missing value empty', () => {
    expect(asText(null)).toBeNull();
    expect(asText(undefined)).toBeNull();
  });
});
