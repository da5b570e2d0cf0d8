import { renderPdf, wrap } from '../../../cloudfunctions/_shared/pdf/pdf';

describe('wrap', () => {
  it.each<[string, string, number, string[]]>([
    ['CJK at a full em each', '一二三四五六', 30, ['一二三', '四五六']],
    ['Latin at half an em', 'abcdefgh', 20, ['abcd', 'efgh']],
    ['mixed', '林晓 Lin', 30, ['林晓 L', 'in']],
    ['closing punctuation stays on the line before', '一二三。四', 30, ['一二三。', '四']],
    ['an empty paragraph is one empty line', '', 30, ['']],
  ])('%s', (_t, text, width, lines) => {
    expect(wrap(text, 10, width)).toEqual(lines);
  });
});

describe('renderPdf', () => {
  const pdf = renderPdf({
    title: '租赁合同',
    blocks: Array.from({ length: 60 }, (_, i) => ({ text: `第${i + 1}行：人才公寓`, size: 12, gap: 4 })),
  }).toString('latin1');

  it('sets the text in STSong-Light by UCS-2 codes, with a ToUnicode map, nothing embedded', () => {
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf).toContain('/BaseFont /STSong-Light /Encoding /UniGB-UCS2-H');
    expect(pdf).toContain('/ToUnicode 6 0 R');
    expect(pdf).not.toContain('/FontFile');
    expect(pdf).toContain('<4EBA> <4EBA>'); // 人, in the ToUnicode map
    expect(pdf).toContain('/Title <FEFF79DF8D415408540C>');
  });

  it('breaks onto new pages and writes an xref whose offsets point at each object', () => {
    expect(pdf).toMatch(/\/Count [2-9]/);
    const xref = Number(/startxref\n(\d+)/.exec(pdf)![1]);
    expect(pdf.slice(xref, xref + 4)).toBe('xref');
    const entries = pdf
      .slice(xref)
      .split('\n')
      .slice(3)
      .filter((l) => / 00000 n $/.test(l));
    entries.forEach((line, i) => expect(pdf.slice(Number(line.slice(0, 10))).startsWith(`${i + 1} 0 obj`)).toBe(true));
  });
});
