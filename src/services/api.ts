import Taro from '@tarojs/taro';
import type { Envelope, Fail } from '@core/contract/envelope';
import { isErrorCode } from '@core/contract/error-codes';
import type { FieldIssue } from '@core/contract/errors';
import { getLocale, t, type Locale, type MessageKey } from '@/i18n';
import { getDevIdentity } from './dev-identity';
import { newRequestId } from './request-id';

export type { Envelope, Fail, FailBody, Ok } from '@core/contract/envelope';

/**
 * What every function receives (core's `functionEventSchema`). Identity is never part of it.
 * A type alias, not an interface, so it fits the SDK's `data: Record<string, any>` without a cast.
 */
export type FunctionEvent = {
  action: string;
  payload?: unknown;
  requestId: string;
  locale: Locale;
};

export interface CallOptions {
  /** Pass the same id when retrying a submit so the server creates nothing twice. */
  requestId?: string;
}

/**
 * THE one place the app reaches the backend. In WeChat it calls the cloud function; in H5 (local use) it POSTs the
 * same event to the local cloud's `/fn/<name>`. Never throws: transport failures come back as `INTERNAL`.
 */
export async function callFunction<T>(
  name: string,
  action: string,
  payload?: unknown,
  options: CallOptions = {},
): Promise<Envelope<T>> {
  const event: FunctionEvent = {
    action,
    ...(payload === undefined ? {} : { payload }),
    requestId: options.requestId ?? newRequestId(),
    locale: getLocale(),
  };
  try {
    const reply = process.env.TARO_ENV === 'weapp' ? await viaCloud(name, event) : await viaHttp(name, event);
    return toEnvelope<T>(reply);
  } catch {
    return localFail('error.network');
  }
}

let cloudReady = false;

async function viaCloud(name: string, event: FunctionEvent): Promise<unknown> {
  if (!cloudReady) {
    // The default environment of the mini-program; a multi-environment setup would pass `{ env }` here.
    Taro.cloud.init();
    cloudReady = true;
  }
  const result = await Taro.cloud.callFunction({ name, data: event });
  return result.result;
}

async function viaHttp(name: string, event: FunctionEvent): Promise<unknown> {
  const response = await fetch(`/fn/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Dev-OpenId': getDevIdentity() },
    body: JSON.stringify(event),
  });
  // The body is read whatever the status: the local cloud answers failures with an envelope too.
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A proxy's HTML error page, an empty body: the server was reached, so say so rather than "network error".
    return localFail('error.badReply');
  }
}

const localFail = (key: MessageKey): Fail => ({ ok: false, error: { code: 'INTERNAL', message: t(key) } });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isFieldIssue = (value: unknown): value is FieldIssue =>
  isRecord(value) && typeof value.path === 'string' && typeof value.message === 'string';

/** Checks the envelope's shape; the data inside is trusted to match the action's output (the server builds it). */
export function toEnvelope<T>(reply: unknown): Envelope<T> {
  if (!isRecord(reply)) return localFail('error.badReply');
  if (reply.ok === true && 'data' in reply) return { ok: true, data: reply.data as T };
  const error = reply.error;
  if (reply.ok !== false || !isRecord(error) || !isErrorCode(error.code) || typeof error.message !== 'string') {
    return localFail('error.badReply');
  }
  return {
    ok: false,
    error: {
      code: error.code,
      message: error.message,
      ...(Array.isArray(error.issues) ? { issues: error.issues.filter(isFieldIssue) } : {}),
      ...('details' in error ? { details: error.details } : {}),
      ...(typeof error.requestId === 'string' ? { requestId: error.requestId } : {}),
    },
  };
}
