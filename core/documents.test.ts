import { documentFile, identityDocument, maskDocumentNumber, normaliseDocumentNumber } from './documents';

const file = { kind: 'degree', fileId: 'cloud://env-1.bucket/uploads/a.pdf', type: 'pdf', size: 1000 };

describe('documentFile', () => {
  it.each([
    ['a PDF in cloud storage', file, true],
    ['an http URL', { ...file, fileId: 'https://x.test/a.pdf' }, false],
    ['a cloud ID without a path', { ...file, fileId: 'cloud://env-1' }, false],
    ['a .doc file', { ...file, type: 'doc' }, false],
    ['exactly 10 MB', { ...file, size: 10 * 1024 * 1024 }, true],
    ['one byte over 10 MB', { ...file, size: 10 * 1024 * 1024 + 1 }, false],
    ['an empty file', { ...file, size: 0 }, false],
    ['an unknown kind', { ...file, kind: 'selfie' }, false],
  ])('%s → valid %s', (_t, input, valid) => {
    expect(documentFile.safeParse(input).success).toBe(valid);
  });
});

describe('identity documents', () => {
  it.each([
    [{ kind: 'passport', number: 'E12345678' }, true],
    [{ kind: 'id-card', number: '31011519900101123X' }, true],
    [{ kind: 'passport', number: 'E12' }, false],
    [{ kind: 'passport', number: 'E123-456' }, false],
    [{ kind: 'driving-licence', number: 'E12345678' }, false],
  ])('%j → valid %s', (input, valid) => {
    expect(identityDocument.safeParse(input).success).toBe(valid);
  });

  it('masks all but the last four characters', () => {
    expect(maskDocumentNumber('E12345678')).toBe('*****5678');
    expect(maskDocumentNumber('1234')).toBe('1234');
  });

  it('normalises case so one passport is one document', () => {
    expect(normaliseDocumentNumber({ kind: 'passport', number: 'e1234567' })).toBe(
      normaliseDocumentNumber({ kind: 'passport', number: 'E1234567' }),
    );
  });
});
