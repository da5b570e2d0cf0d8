import { MAX_FILE_BYTES } from '../documents';
import { cloudPathOf, isCallersUpload, sniffFileType, uploadIssue, uploadProblems, type StoredFile } from './check';

const bytes = (...b: number[]) => Uint8Array.from(b);
const PDF = bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37);
const JPG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const MINE = 'cloud://local-env.local-bucket/uploads/user-1/passport.pdf';

describe('sniffFileType', () => {
  test.each([
    ['a PDF', PDF, 'pdf'],
    ['a JPEG', JPG, 'jpg'],
    ['a PNG', PNG, 'png'],
    ['a PNG cut after 4 bytes (no full signature)', bytes(0x89, 0x50, 0x4e, 0x47), null],
    ['a GIF', bytes(0x47, 0x49, 0x46, 0x38, 0x39, 0x61), null],
    ['an HTML page named .pdf', new TextEncoder().encode('<html><body>'), null],
    ['a ZIP (docx)', bytes(0x50, 0x4b, 0x03, 0x04), null],
    ['"%PD" only', bytes(0x25, 0x50, 0x44), null],
    ['nothing', bytes(), null],
  ])('%s → %s', (_case, head, type) => {
    expect(sniffFileType(head)).toBe(type);
  });
});

describe('cloudPathOf and isCallersUpload', () => {
  test.each([
    ['the caller’s own folder', MINE, true],
    ['a nested file in the own folder', 'cloud://env-1a2b.6465-bucket/uploads/user-1/2026/a.png', true],
    ['another user’s folder', 'cloud://local-env.local-bucket/uploads/user-2/passport.pdf', false],
    ['a folder whose name starts with the openid', 'cloud://local-env.local-bucket/uploads/user-10/passport.pdf', false],
    ['the folder itself, no file', 'cloud://local-env.local-bucket/uploads/user-1', false],
    ['outside uploads/', 'cloud://local-env.local-bucket/reports/user-1/kpi.csv', false],
    ['a path climbing out of the own folder', 'cloud://local-env.local-bucket/uploads/user-1/../user-2/p.pdf', false],
    ['an empty segment', 'cloud://local-env.local-bucket/uploads/user-1//p.pdf', false],
    ['not a cloud file ID', 'https://example.com/uploads/user-1/p.pdf', false],
  ])('%s → %s', (_case, fileId, mine) => {
    expect(isCallersUpload({ fileId, openId: 'user-1' })).toBe(mine);
  });

  test('the path is what follows the bucket', () => {
    expect(cloudPathOf(MINE)).toBe('uploads/user-1/passport.pdf');
    expect(cloudPathOf('cloud://only-env')).toBeNull();
  });
});

describe('uploadProblems', () => {
  const stored = (head: Uint8Array, size: number): StoredFile => ({ head, size });
  test.each<[string, Parameters<typeof uploadProblems>[0], string[]]>([
    ['a PDF as declared', { fileId: MINE, openId: 'user-1', stored: stored(PDF, 2048), declared: { type: 'pdf', size: 2048 } }, []],
    [
      'a PNG declared as PDF',
      { fileId: MINE, openId: 'user-1', stored: stored(PNG, 2048), declared: { type: 'pdf', size: 2048 } },
      ['type-mismatch'],
    ],
    [
      'an executable renamed .pdf',
      { fileId: MINE, openId: 'user-1', stored: stored(bytes(0x4d, 0x5a, 0x90, 0), 2048), declared: { type: 'pdf', size: 2048 } },
      ['not-accepted-type'],
    ],
    [
      'a size other than declared',
      { fileId: MINE, openId: 'user-1', stored: stored(PDF, 4096), declared: { type: 'pdf', size: 2048 } },
      ['size-mismatch'],
    ],
    [
      'one byte over the limit (declared under it)',
      { fileId: MINE, openId: 'user-1', stored: stored(JPG, MAX_FILE_BYTES + 1), declared: { type: 'jpg', size: 100 } },
      ['too-large', 'size-mismatch'],
    ],
    [
      'exactly the limit',
      { fileId: MINE, openId: 'user-1', stored: stored(JPG, MAX_FILE_BYTES), declared: { type: 'jpg', size: MAX_FILE_BYTES } },
      [],
    ],
    ['an empty file', { fileId: MINE, openId: 'user-1', stored: stored(bytes(), 0), declared: { type: 'pdf', size: 1 } }, ['empty']],
    ['a file that is not there', { fileId: MINE, openId: 'user-1', stored: null, declared: { type: 'pdf', size: 2048 } }, ['missing']],
    [
      'someone else’s file (not even looked up)',
      { fileId: MINE, openId: 'user-2', stored: stored(PDF, 2048), declared: { type: 'pdf', size: 2048 } },
      ['not-yours'],
    ],
    ['an attachment (nothing declared) of an accepted type', { fileId: MINE, openId: 'user-1', stored: stored(PNG, 10) }, []],
    [
      'an attachment of another type',
      { fileId: MINE, openId: 'user-1', stored: stored(bytes(0x47, 0x49, 0x46, 0x38), 10) },
      ['not-accepted-type'],
    ],
  ])('%s → %j', (_case, input, problems) => {
    expect(uploadProblems(input)).toEqual(problems);
  });

  test('every problem has a message in both languages, on the field’s path', () => {
    for (const problem of ['not-yours', 'missing', 'empty', 'not-accepted-type', 'type-mismatch', 'size-mismatch', 'too-large'] as const) {
      expect(uploadIssue('documents.1', problem, 'en')).toEqual({ path: 'documents.1', message: expect.stringMatching(/\w/) });
      expect(uploadIssue('documents.1', problem, 'zh-CN').message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(uploadIssue('documents.0', 'too-large', 'en').message).toBe('Files may be at most 10 MB');
  });
});
