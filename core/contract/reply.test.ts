import { AppError } from './errors';
import { ERROR_CODES } from './error-codes';
import { ERROR_MESSAGES } from './messages';
import { toFail } from './reply';

describe('toFail', () => {
  it.each(ERROR_CODES.filter((c) => c !== 'INTERNAL'))('%s keeps its code and a message in each language', (code) => {
    expect(toFail(new AppError(code), 'zh-CN', 'r1')).toEqual({
      ok: false,
      error: { code, message: ERROR_MESSAGES[code]['zh-CN'] },
    });
    expect(toFail(new AppError(code), 'en', 'r1').error.message).toBe(ERROR_MESSAGES[code].en);
  });

  it('every code has a non-empty message in both languages', () => {
    for (const code of ERROR_CODES) {
      expect(ERROR_MESSAGES[code]['zh-CN'].length).toBeGreaterThan(0);
      expect(ERROR_MESSAGES[code].en.length).toBeGreaterThan(0);
    }
  });

  it('carries field issues, details and a custom message', () => {
    const error = new AppError('NOT_ELIGIBLE', {
      message: { 'zh-CN': '自定义', en: 'custom' },
      issues: [{ path: 'a', message: 'bad' }],
      details: { reasons: ['x'] },
    });
    expect(toFail(error, 'en', 'r1')).toEqual({
      ok: false,
      error: { code: 'NOT_ELIGIBLE', message: 'custom', issues: [{ path: 'a', message: 'bad' }], details: { reasons: ['x'] } },
    });
  });

  it('turns anything unexpected into INTERNAL with the request id and no stack or text of the error', () => {
    const reply = toFail(new Error('secret connection string'), 'en', 'req-42');
    expect(reply).toEqual({ ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL.en, requestId: 'req-42' } });
    expect(JSON.stringify(reply)).not.toContain('secret');
  });
});
