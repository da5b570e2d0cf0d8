import { callFunction, pendingCalls, setConsentPrompt } from '@/services/api';
import { askConsent } from '@/services/privacy';
import { resetLocaleCache, setLocale } from '@/i18n';
import { mockFetch, restoreFetch, type RecordedCall } from './fetch-mock';
import Taro, { resetTaroStub } from './stubs/taro';

const VERSION = '2026-11-01';
const consentRequired = {
  ok: false,
  error: { code: 'FORBIDDEN', message: '请先阅读并同意最新的隐私政策', details: { consentRequired: VERSION } },
};

/** Payloads as the typed `callFunction` takes them; the transport sends them as they are. */
const SUBMIT = { category: 'housing', title: 't', body: 'b' };
const ADD_INFO = { id: 'R1', text: 'more' };

/** A fake cloud that refuses `requests.submit` until `account.consent` was called with the version. */
function consentCloud(): RecordedCall[] {
  let consented = false;
  return mockFetch(({ url, event }) => {
    if (url === '/fn/account' && event.action === 'consent') {
      consented = (event.payload as { version: string }).version === VERSION;
      return { ok: true, data: { consent: { accepted: consented } } };
    }
    return consented ? { ok: true, data: { id: 'R1' } } : consentRequired;
  });
}

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
  setConsentPrompt(askConsent);
});

afterEach(() => {
  restoreFetch();
  setConsentPrompt(null);
  delete process.env.TARO_ENV;
});

describe('FORBIDDEN with details.consentRequired', () => {
  test('shows the policy, records consent, then retries the same call with the SAME requestId', async () => {
    const calls = consentCloud();
    const reply = await callFunction('requests', 'submit', SUBMIT, { requestId: 'submit-abc-123' });

    expect(reply).toEqual({ ok: true, data: { id: 'R1' } });
    expect(calls.map((c) => `${c.url} ${c.event.action}`)).toEqual(['/fn/requests submit', '/fn/account consent', '/fn/requests submit']);
    expect(calls[0].event.requestId).toBe('submit-abc-123');
    expect(calls[2].event.requestId).toBe('submit-abc-123');
    expect(calls[2].event.payload).toEqual(SUBMIT);
    expect(calls[1].event.payload).toEqual({ version: VERSION });
    expect(calls[1].event.requestId).not.toBe('submit-abc-123');
    expect(Taro.showModal).toHaveBeenCalledTimes(1);
    expect(Taro.showModal.mock.calls[0][0].content).toContain(VERSION);
    expect(Taro.showModal.mock.calls[0][0].confirmText).toBe('同意');
    // The policy is never hidden under the loading toast: it was hidden before the policy showed.
    expect(Taro.hideLoading.mock.invocationCallOrder[0]).toBeLessThan(Taro.showModal.mock.invocationCallOrder[0]);
    expect(Taro.showLoading).toHaveBeenCalledTimes(2);
    expect(Taro.hideLoading).toHaveBeenCalledTimes(2);
  });

  test('two calls refused at once share one prompt and one consent, and both are retried', async () => {
    const calls = consentCloud();
    const [a, b] = await Promise.all([
      callFunction('requests', 'submit', SUBMIT, { requestId: 'parallel-a-123' }),
      callFunction('requests', 'addInfo', ADD_INFO, { requestId: 'parallel-b-123' }),
    ]);
    expect([a.ok, b.ok]).toEqual([true, true]);
    expect(Taro.showModal).toHaveBeenCalledTimes(1);
    expect(calls.filter((c) => c.event.action === 'consent')).toHaveLength(1);
    expect(calls.filter((c) => c.event.requestId === 'parallel-b-123')).toHaveLength(2);
  });

  test('the policy is shown in English when the UI is English', async () => {
    setLocale('en');
    consentCloud();
    await callFunction('requests', 'submit', SUBMIT, { requestId: 'submit-en-1234' });
    expect(Taro.showModal.mock.calls[0][0]).toMatchObject({ title: 'Privacy policy', confirmText: 'Accept', cancelText: 'Decline' });
  });

  test('declining records nothing and answers FORBIDDEN saying consent is needed', async () => {
    const calls = consentCloud();
    Taro.showModal.mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' });
    const reply = await callFunction('requests', 'submit', SUBMIT, { requestId: 'declined-1234' });
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '需要同意隐私政策后才能继续', details: { consentRequired: VERSION } },
    });
    expect(calls).toHaveLength(1);
  });

  test('a plain FORBIDDEN (a missing role) is not a consent question', async () => {
    const calls = mockFetch(() => ({ ok: false, error: { code: 'FORBIDDEN', message: '您没有权限进行此操作' } }));
    const reply = await callFunction('requests', 'triage', { id: 'R1', tier: 5, leadUnitId: 'u1' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(Taro.showModal).not.toHaveBeenCalled();
    expect(calls).toHaveLength(1);
  });

  test('retries at most once: a server that still refuses gets its FORBIDDEN back', async () => {
    const calls = mockFetch(({ event }) => (event.action === 'consent' ? { ok: true, data: {} } : consentRequired));
    const reply = await callFunction('requests', 'submit', SUBMIT, { requestId: 'stubborn-1234' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(calls.map((c) => c.event.action)).toEqual(['submit', 'consent', 'submit']);
  });
});

describe('RATE_LIMITED', () => {
  const limited = { ok: false, error: { code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试', details: { retryAfterSeconds: 42.3 } } };

  test.each([
    ['zh-CN', '操作太频繁，请 43 秒后再试'],
    ['en', 'Too many attempts; please try again in 43 seconds'],
  ] as const)('says when to try again (%s)', async (locale, text) => {
    setLocale(locale);
    mockFetch(() => limited);
    const reply = await callFunction('requests', 'submit', SUBMIT, { requestId: 'limited-1234' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', message: text, details: { retryAfterSeconds: 42.3 } } });
  });

  test("without retryAfterSeconds the server's message stands", async () => {
    mockFetch(() => ({ ok: false, error: { code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试' } }));
    expect(await callFunction('requests', 'submit', SUBMIT)).toMatchObject({ error: { message: '操作太频繁，请稍后再试' } });
  });
});

describe('loading state', () => {
  test('shows the loading toast during a call, counts it, and hides it after', async () => {
    let during = -1;
    mockFetch(() => {
      during = pendingCalls();
      return { ok: true, data: null };
    });
    await callFunction('account', 'me');
    expect(during).toBe(1);
    expect(pendingCalls()).toBe(0);
    expect(Taro.showLoading).toHaveBeenCalledWith({ title: '加载中…' });
    expect(Taro.hideLoading).toHaveBeenCalledTimes(1);
  });

  test('loading: false counts the call but shows no toast', async () => {
    mockFetch(() => ({ ok: true, data: null }));
    await callFunction('requests', 'mine', {}, { loading: false });
    expect(Taro.showLoading).not.toHaveBeenCalled();
  });
});
