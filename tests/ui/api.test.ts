import { callFunction, toEnvelope } from '@/services/api';
import { describeError, issuesByPath } from '@/services/errors';
import { resetLocaleCache, setLocale } from '@/i18n';
import { mockFetch, restoreFetch } from './fetch-mock';
import Taro, { resetTaroStub } from './stubs/taro';

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
});

afterEach(() => {
  restoreFetch();
  delete process.env.TARO_ENV;
});

describe('in H5 (local cloud)', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'h5';
  });

  test('POSTs { action, payload, requestId, locale } to /fn/<name> as the current dev identity', async () => {
    localStorage.setItem('dev.openId', 'demo-unit');
    setLocale('en');
    const calls = mockFetch(() => ({ ok: true, data: { n: 1 } }));

    const reply = await callFunction('requests', 'mine', { page: 1 }, { requestId: 'fixed-id-123' });

    expect(reply).toEqual({ ok: true, data: { n: 1 } });
    expect(calls).toEqual([
      {
        url: '/fn/requests',
        headers: { 'content-type': 'application/json', 'X-Dev-OpenId': 'demo-unit' },
        event: { action: 'mine', payload: { page: 1 }, requestId: 'fixed-id-123', locale: 'en' },
      },
    ]);
  });

  test('makes a fresh request id of at least 8 characters for every call', async () => {
    const calls = mockFetch(() => ({ ok: true, data: null }));
    await callFunction('account', 'me');
    await callFunction('account', 'me');
    const [first, second] = calls.map((call) => call.event.requestId);
    expect(first.length).toBeGreaterThanOrEqual(8);
    expect(first).not.toBe(second);
    expect('payload' in calls[0].event).toBe(false);
  });

  test('a reply that is not JSON becomes INTERNAL with a localized message', async () => {
    mockFetch(() => '<html>502 Bad Gateway</html>');
    const reply = await callFunction('account', 'me');
    expect(reply).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: '服务器返回了无法识别的内容，请稍后再试' },
    });
  });

  test('a network failure becomes INTERNAL in the UI language', async () => {
    setLocale('en');
    globalThis.fetch = jest.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    const reply = await callFunction('account', 'me');
    expect(reply).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Network error; please check your connection and try again' },
    });
  });
});

describe('in WeChat', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
  });

  test('calls the cloud function with the event, initialising the cloud once', async () => {
    Taro.cloud.callFunction.mockResolvedValue({ result: { ok: true, data: 'hi' }, errMsg: 'ok' });

    await callFunction('account', 'me', undefined, { requestId: 'abcdefgh' });
    const reply = await callFunction('account', 'consent', { version: 'v1' }, { requestId: 'ijklmnop' });

    expect(reply).toEqual({ ok: true, data: 'hi' });
    // The first WeChat call in this file: the module remembers the cloud is ready from here on.
    expect(Taro.cloud.init).toHaveBeenCalledTimes(1);
    expect(Taro.cloud.callFunction).toHaveBeenLastCalledWith({
      name: 'account',
      data: { action: 'consent', payload: { version: 'v1' }, requestId: 'ijklmnop', locale: 'zh-CN' },
    });
  });

  test('a rejected cloud call becomes INTERNAL', async () => {
    Taro.cloud.callFunction.mockRejectedValue(new Error('cloud.callFunction:fail -504002'));
    const reply = await callFunction('account', 'me');
    expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});

describe('toEnvelope', () => {
  test.each([
    ['null', null],
    ['an array', []],
    ['ok without data', { ok: true }],
    ['an unknown error code', { ok: false, error: { code: 'TEAPOT', message: 'x' } }],
    ['an error without message', { ok: false, error: { code: 'NOT_FOUND' } }],
  ])('%s is a bad reply', (_name, reply) => {
    expect(toEnvelope(reply)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  test('keeps issues, details and request id of a failure and drops malformed issues', () => {
    const reply = toEnvelope({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'm',
        issues: [{ path: 'a', message: 'bad' }, { nope: 1 }],
        details: { rule: 'x' },
        requestId: 'r-123456',
      },
    });
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'm',
        issues: [{ path: 'a', message: 'bad' }],
        details: { rule: 'x' },
        requestId: 'r-123456',
      },
    });
  });
});

describe('describeError', () => {
  test("uses the server's message, adds field issues for VALIDATION and the request id for INTERNAL", () => {
    expect(describeError({ code: 'NO_CAPACITY', message: '所选日期已满' })).toBe('所选日期已满');
    expect(
      describeError({
        code: 'VALIDATION',
        message: '填写的内容有误',
        issues: [
          { path: 'phone', message: '格式不正确' },
          { path: '', message: '至少一项' },
        ],
      }),
    ).toBe('填写的内容有误\nphone：格式不正确\n至少一项');
    expect(describeError({ code: 'INTERNAL', message: '系统繁忙', requestId: 'req-1' })).toBe('系统繁忙\n请求编号：req-1');
  });

  test('issuesByPath keeps the first message per field', () => {
    expect(
      issuesByPath({
        code: 'VALIDATION',
        message: 'm',
        issues: [
          { path: 'a', message: 'first' },
          { path: 'a', message: 'second' },
        ],
      }),
    ).toEqual({ a: 'first' });
  });
});
