import type { LeaseDocument } from '../../../core/housing/lease-document';
import { renderPdf, type PdfBlock } from './pdf';

/** The lease document (core composes its text) as a PDF: title, number, each section, the footer. */
export function leasePdf(doc: LeaseDocument): Buffer {
  const blocks: PdfBlock[] = [
    { text: doc.title, size: 20, align: 'center', bold: true },
    { text: doc.number, size: 10, align: 'center', gap: 4 },
    ...doc.sections.flatMap((section): PdfBlock[] => [
      { text: section.heading, size: 13, bold: true, gap: 14 },
      ...section.lines.map((text): PdfBlock => ({ text, size: 11, gap: 2 })),
    ]),
    ...doc.footer.map((text, i): PdfBlock => ({ text, size: 10, gap: i === 0 ? 24 : 2 })),
  ];
  return renderPdf({ title: doc.title, blocks });
}
