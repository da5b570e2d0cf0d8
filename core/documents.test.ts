import { parseOrThrow } from './contract/validation';
import { documentFile, identityDocument, isIdCardNumber, maskDocumentNumber, normaliseDocumentNumber } from './documents';

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
    [{ kind: 'id-card', number: '310115199001011232' }, true],
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

describe('ID card numbers (GB 11643: a birth date and a check character)', () => {
  // The standard's own example, and numbers made up for these tests with their check character computed.
  it.each([
    ['the standard’s example', '11010519491231002X', true],
    ['the same with a lower-case x', '11010519491231002x', true],
    ['a check digit that is a digit', '310101199003070019', true],
    ['born on a leap day', '310101200002290015', true],
    ['one digit mistyped', '11010519491231003X', false],
    ['two digits swapped', '11010519491321002X', false],
    ['the wrong check character', '110105194912310021', false],
    ['born on 29 February of a common year (its check right)', '310101199902290015', false],
    ['born in month 13 (its check right)', '31010119901301001X', false],
    ['born before 1900 (its check right)', '310101189901010019', false],
    ['the old 15-digit number', '310101900307001', false],
    ['17 characters', '31010119900307001', false],
    ['letters inside', '3101011990A307001X', false],
  ])('%s: %s → %s', (_t, number, valid) => {
    expect(isIdCardNumber(number)).toBe(valid);
    expect(identityDocument.safeParse({ kind: 'id-card', number }).success).toBe(valid);
  });

  it('a passport number is not held to the ID card’s rule', () => {
    expect(identityDocument.safeParse({ kind: 'passport', number: 'E12345678' }).success).toBe(true);
  });

  it.each([
    ['zh-CN', '身份证号码有误'],
    ['en', 'ID card number is not valid'],
  ] as const)('refuses a wrong one on the number, in %s', (locale, words) => {
    let error: unknown;
    try {
      parseOrThrow(identityDocument, { kind: 'id-card', number: '11010519491231003X' }, locale);
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'number', message: expect.stringContaining(words) }] });
  });
});
