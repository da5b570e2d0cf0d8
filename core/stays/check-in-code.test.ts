import { checkInCode, parseCheckInCode } from './check-in-code';

describe('check-in code', () => {
  it.each([
    ['the QR code the guest shows', checkInCode('a1b2c3d4e5'), 'a1b2c3d4e5'],
    ['a bare id typed in', 'a1b2c3d4e5', 'a1b2c3d4e5'],
    ['a pasted code with spaces around it', '  rcyz-stay:a1b2c3d4e5\n', 'a1b2c3d4e5'],
    ["another app's QR code", 'https://example.com/x', null],
    ['an empty field', '   ', null],
    ['the prefix alone', 'rcyz-stay:', null],
  ])('%s', (_t, text, expected) => {
    expect(parseCheckInCode(text)).toBe(expected);
  });
});
