import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Real (tiny) files, as a phone would upload them, in a fresh temp folder: the functions check the stored bytes
 * (magic numbers, size) against what the app declares, so made-up contents would be refused.
 */
export function sampleFiles(): { pdf: string; png: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rcyz-files-'));
  const pdf = join(dir, 'work-proof.pdf');
  const png = join(dir, 'photo.png');
  writeFileSync(pdf, '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  writeFileSync(
    png,
    Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
  );
  return { pdf, png };
}
