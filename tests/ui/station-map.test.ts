import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MARKER_ICON } from '@/stations/components/station-map';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

test('the map marker is a small PNG file inside the stations subpackage (config/index.ts copies it there)', () => {
  expect(MARKER_ICON).toMatch(/^\/stations\/assets\/[a-z-]+\.png$/);
  const bytes = readFileSync(join(__dirname, '../../src', MARKER_ICON));
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(bytes.length).toBeLessThan(1024);
  expect(readFileSync(join(__dirname, '../../config/index.ts'), 'utf8')).toContain("from: 'src/stations/assets/'");
});
