import { text, textFault } from './text';
import { parseOrThrow } from './validation';

describe('textFault', () => {
  it.each([
    ['plain Chinese', '王小明', {}, null],
    ['an emoji (a valid surrogate pair)', '好😀', {}, null],
    ['NUL', 'a\u0000b', {}, 'control'],
    ['DEL', 'a\u007fb', {}, 'control'],
    ['a C1 control', 'a\u0085b', {}, 'control'],
    ['a line break in a one-line text', 'a\nb', {}, 'control'],
    ['a line break in a multi-line text', 'a\nb', { multiline: true }, null],
    ['a tab in a multi-line text', 'a\tb', { multiline: true }, null],
    ['a carriage return stays a break in a multi-line text', 'a\r\nb', { multiline: true }, null],
    ['NUL in a multi-line text', 'a\u0000b', { multiline: true }, 'control'],
    ['a right-to-left override', 'abc\u202eexe.txt', {}, 'bidi'],
    ['a left-to-right embedding', '\u202aabc', {}, 'bidi'],
    ['a first-strong isolate', 'a\u2068b', {}, 'bidi'],
    ['a pop directional isolate', 'a\u2069', {}, 'bidi'],
    ['a lone high surrogate', 'a\ud800', {}, 'surrogate'],
    ['a lone low surrogate', '\udc00a', {}, 'surrogate'],
    ['two high surrogates', '\ud800\ud800', {}, 'surrogate'],
  ])('%s', (_title, value, options, fault) => {
    expect(textFault(value, options)).toBe(fault);
  });
});

describe('text()', () => {
  const name = text({ max: 5 });
  it.each([
    ['trims', '  王五  ', '王五'],
    ['normalises to NFC (e + combining acute → é)', 'e\u0301', 'é'],
  ])('%s', (_title, input, output) => expect(parseOrThrow(name, input, 'zh-CN')).toBe(output));

  it.each([
    ['NUL', 'a\u0000', 'en', 'invisible control characters'],
    ['a bidi override', '\u202eab', 'en', 'change the text direction'],
    ['a lone surrogate', '\udc00', 'zh-CN', '无法识别'],
    ['only spaces', '   ', 'en', ''],
    ['too long', '123456', 'en', ''],
  ])('refuses %s with a message in the caller’s language', (_title, input, locale, words) => {
    try {
      parseOrThrow(name, input, locale as 'en' | 'zh-CN');
      throw new Error('accepted');
    } catch (error) {
      expect((error as { code: string }).code).toBe('VALIDATION');
      expect((error as { issues: Array<{ message: string }> }).issues[0].message).toContain(words);
    }
  });

  it('min 0 accepts an empty optional comment', () => {
    expect(parseOrThrow(text({ min: 0, max: 10, multiline: true }), '', 'en')).toBe('');
  });
});
