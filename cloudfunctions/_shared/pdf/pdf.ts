/**
 * A minimal PDF writer for Chinese text documents (the lease document), without embedding a font: the text is set
 * in STSong-Light, one of the Adobe-GB1 fonts every PDF reader supplies, as a Type0 font with the predefined CMap
 * `UniGB-UCS2-H` (so a character's code is its UCS-2 value). A `ToUnicode` map makes the text searchable and
 * copyable. A font file would cost megabytes of the function's 400 KB bundle; no small library writes this (pdf-lib,
 * pdfkit and jsPDF embed a TrueType font for anything beyond Latin-1; docs/libraries.md).
 *
 * Layout is one column, A4, lines wrapped by width: CJK characters are a full em wide, Latin ones half (the
 * widths the font dictionary declares, so readers place them the same way).
 */

export interface PdfBlock {
  text: string;
  size: number;
  /** Space before the block, in points. */
  gap?: number;
  align?: 'left' | 'center';
  bold?: boolean;
}

const PAGE = { width: 595, height: 842, margin: 56 };
const LINE = 1.55;

/** A character's width in ems: half for the ASCII the font sets half-width, whole for the rest. */
const em = (ch: string) => (ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) <= 0x7e ? 0.5 : 1);

/** Punctuation that never starts a line (禁则): it stays at the end of the line before, a little past the margin. */
const NO_LINE_START = new Set('，。、；：！？）》」』”’,.;:!?)');

/**
 * Breaks a paragraph into lines no wider than `width` points, at any character (CJK has no spaces to break at),
 * except before closing punctuation.
 */
export function wrap(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const ch of text) {
    const w = em(ch) * size;
    if (used + w > width && line !== '' && !NO_LINE_START.has(ch)) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += ch;
    used += w;
  }
  lines.push(line);
  return lines;
}

/** UCS-2, big-endian, as PDF hex: what `UniGB-UCS2-H` reads. Characters outside the BMP become a full-width '?'. */
const hex = (text: string) =>
  [...text].map((ch) => (ch.codePointAt(0)! > 0xffff ? 0xff1f : ch.codePointAt(0)!).toString(16).toUpperCase().padStart(4, '0')).join('');

/** The ToUnicode CMap: every code used maps to itself (a code is its Unicode value). */
function toUnicode(codes: ReadonlySet<string>): string {
  const list = [...codes].sort();
  const chunks: string[] = [];
  for (let i = 0; i < list.length; i += 100) {
    const part = list.slice(i, i + 100);
    chunks.push(`${part.length} beginbfchar\n${part.map((c) => `<${c}> <${c}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    ...chunks,
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
}

/** Lays the blocks out on A4 pages and writes the PDF file. */
export function renderPdf(input: { title: string; blocks: readonly PdfBlock[] }): Buffer {
  const width = PAGE.width - 2 * PAGE.margin;
  const pages: string[][] = [[]];
  const codes = new Set<string>();
  let y = PAGE.height - PAGE.margin;
  for (const block of input.blocks) {
    const lead = block.size * LINE;
    y -= block.gap ?? 0;
    for (const line of wrap(block.text, block.size, width)) {
      if (y - lead < PAGE.margin) {
        pages.push([]);
        y = PAGE.height - PAGE.margin;
      }
      y -= lead;
      const code = hex(line);
      for (let i = 0; i < code.length; i += 4) codes.add(code.slice(i, i + 4));
      const lineWidth = [...line].reduce((sum, ch) => sum + em(ch) * block.size, 0);
      const x = block.align === 'center' ? PAGE.margin + (width - lineWidth) / 2 : PAGE.margin;
      // Bold: the glyphs stroked as well as filled (render mode 2), since the font has no bold face.
      const mode = block.bold ? `2 Tr ${(block.size / 40).toFixed(2)} w` : '0 Tr';
      pages[pages.length - 1].push(`BT /F1 ${block.size} Tf ${mode} ${x.toFixed(2)} ${y.toFixed(2)} Td <${code}> Tj ET`);
    }
  }

  // Objects: 1 catalog, 2 pages, 3 font, 4 descendant font, 5 descriptor, 6 ToUnicode, 7 info, then page + content pairs.
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 8 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] =
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>';
  objects[4] =
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light ' +
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500] >>';
  objects[5] =
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 ' +
    '/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>';
  objects[6] = stream(toUnicode(codes));
  objects[7] = `<< /Title <FEFF${hex(input.title)}> /Producer (rencai-yizhan) >>`;
  pages.forEach((ops, i) => {
    objects[pageIds[i]] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] ` +
      `/Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i] + 1} 0 R >>`;
    objects[pageIds[i] + 1] = stream(ops.join('\n'));
  });

  // Everything above is ASCII, so string lengths are byte offsets.
  let body = '%PDF-1.4\n%\xE2\xE3\xCF\xD3\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id += 1) {
    offsets[id] = Buffer.byteLength(body, 'latin1');
    body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id += 1) body += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const stream = (content: string) => `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
