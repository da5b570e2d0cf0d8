import * as z from 'zod';
import { AppError } from './errors';
import { fieldErrors, parseOrThrow } from './validation';

const schema = z.object({ name: z.string().min(1).max(3), members: z.array(z.object({ phone: z.string() })) });

describe('parseOrThrow', () => {
  it('returns the parsed value', () => {
    expect(parseOrThrow(schema, { name: 'ab', members: [] }, 'en')).toEqual({ name: 'ab', members: [] });
  });

  it.each([
    ['en', /Too big/],
    ['zh-CN', /过大/],
  ] as const)('throws VALIDATION with dotted paths and %s messages', (locale, pattern) => {
    try {
      parseOrThrow(schema, { name: 'abcd', members: [{ phone: 1 }] }, locale);
      throw new Error('expected a VALIDATION error');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      const { code, issues } = error as AppError;
      expect(code).toBe('VALIDATION');
      expect(issues?.map((i) => i.path)).toEqual(['name', 'members.0.phone']);
      expect(issues?.[0].message).toMatch(pattern);
    }
  });
});

describe('fieldErrors', () => {
  it('is empty for valid input and keyed by path otherwise', () => {
    expect(fieldErrors(schema, { name: 'a', members: [] }, 'en')).toEqual({});
    expect(Object.keys(fieldErrors(schema, { name: '', members: 'x' }, 'en'))).toEqual(['name', 'members']);
  });
});

describe('a text shorter than its minimum', () => {
  const form = z.object({ body: z.string().trim().min(10), code: z.string().length(6), name: z.string().min(1) });

  it.each([
    ['zh-CN', '至少填写 10 个字'],
    ['en', 'At least 10 characters'],
  ] as const)('is worded as ours in %s, the same for the form and the function', (locale, message) => {
    expect(fieldErrors(form, { body: '  求助  ', code: '123456', name: 'a' }, locale)).toEqual({ body: message });
    expect(() => parseOrThrow(form, { body: 'b', code: '123456', name: 'a' }, locale)).toThrow(
      expect.objectContaining({ issues: [{ path: 'body', message }] }),
    );
  });

  it("keeps zod's words for an exact length and for a required text (minimum 1), which forms word themselves", () => {
    const errors = fieldErrors(form, { body: 'long enough text', code: '123', name: '' }, 'en');
    expect(errors.code).toMatch(/Too small/);
    expect(errors.name).toMatch(/Too small/);
  });
});
