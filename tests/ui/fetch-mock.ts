import type { FunctionEvent } from '@/services/api';

export interface RecordedCall {
  url: string;
  headers: Record<string, string>;
  event: FunctionEvent;
}

/** What the fake local cloud answers: an object is sent as JSON, a string as the raw body. */
export type Responder = (call: RecordedCall) => unknown;

/**
 * Replaces `fetch` with a fake local cloud (`POST /fn/<name>`) and records every call.
 * jsdom has no `fetch` of its own, so nothing needs restoring beyond `delete`.
 */
export function mockFetch(respond: Responder): RecordedCall[] {
  const calls: RecordedCall[] = [];
  const fake = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const call: RecordedCall = {
      url: String(input),
      headers: { ...(init?.headers as Record<string, string> | undefined) },
      event: JSON.parse(String(init?.body)) as FunctionEvent,
    };
    calls.push(call);
    const body = await respond(call);
    return { status: 200, text: async () => (typeof body === 'string' ? body : JSON.stringify(body)) } as Response;
  });
  globalThis.fetch = fake;
  return calls;
}

export function failingFetch(): void {
  globalThis.fetch = jest.fn(() => Promise.reject(new TypeError('Failed to fetch')));
}

export function restoreFetch(): void {
  delete (globalThis as { fetch?: typeof fetch }).fetch;
}
