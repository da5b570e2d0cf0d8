import Taro from '@tarojs/taro';
import type { ActionName, FunctionName, InputOf, ReplyOf } from '@core/api';
import type { Envelope, Fail } from '@core/contract/envelope';
import { isErrorCode } from '@core/contract/error-codes';
import type { FieldIssue } from '@core/contract/errors';
import { getLocale, t, type Locale, type MessageKey } from '@/i18n';
import { getDevIdentity } from './dev-identity';
import { newRequestId } from './request-id';
import type { Wire } from './wire';

export type { Envelope, Fail, FailBody, Ok } from '@core/contract/envelope';

/** What the app receives from `name.action`: the action's reply schema in core, as it arrives through JSON. */
export type Reply<F extends FunctionName, A extends ActionName<F>> = Wire<ReplyOf<F, A>>;

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
  /** Show the platform's loading indicator while the call runs (default). Background refreshes pass `false`. */
  loading?: boolean;
}

/**
 * THE one place the app reaches the backend. In WeChat it calls the cloud function; in H5 (local use) it POSTs the
 * same event to the local cloud's `/fn/<name>`. Never throws: transport failures come back as `INTERNAL`.
 *
 * Every call carries a `requestId`, and every retry of it the same one. Two failures are handled here, once for
 * every page: a missing privacy consent (FORBIDDEN with `details.consentRequired`) shows the policy, records the
 * consent when the user accepts and sends the SAME event again; RATE_LIMITED gets "try again in N seconds".
 */
export function callFunction<F extends FunctionName, A extends ActionName<F>>(
  name: F,
  action: A,
  ...args: undefined extends InputOf<F, A>
    ? [payload?: InputOf<F, A>, options?: CallOptions]
    : [payload: InputOf<F, A>, options?: CallOptions]
): Promise<Envelope<Reply<F, A>>>;
export async function callFunction(name: string, action: string, payload?: unknown, options: CallOptions = {}): Promise<Envelope<unknown>> {
  const event: FunctionEvent = {
    action,
    ...(payload === undefined ? {} : { payload }),
    requestId: options.requestId ?? newRequestId(),
    locale: getLocale(),
  };
  const loading = options.loading !== false;
  let stopLoading = startLoading(loading);
  try {
    let reply = await send<unknown>(name, event);
    const version = consentRequired(reply);
    if (version !== null && !(name === 'account' && action === 'consent')) {
      // The policy must not sit under a loading toast: pause it while the user reads.
      stopLoading();
      const consent = await obtainConsent(version);
      stopLoading = startLoading(loading);
      if (consent === 'accepted') reply = await send<unknown>(name, { ...event, locale: getLocale() });
      else if (consent === 'declined' && !reply.ok) reply = { ok: false, error: { ...reply.error, message: t('error.consentDeclined') } };
    }
    return friendly(reply);
  } finally {
    stopLoading();
  }
}

async function send<T>(name: string, event: FunctionEvent): Promise<Envelope<T>> {
  try {
    const reply = process.env.TARO_ENV === 'weapp' ? await viaCloud(name, event) : await viaHttp(name, event);
    return toEnvelope<T>(reply);
  } catch {
    return localFail('error.network');
  }
}

/** The consent version a FORBIDDEN reply asks for, or null for any other reply. */
export function consentRequired(reply: Envelope<unknown>): string | null {
  if (reply.ok || reply.error.code !== 'FORBIDDEN' || !isRecord(reply.error.details)) return null;
  const version = reply.error.details.consentRequired;
  return typeof version === 'string' && version.length > 0 ? version : null;
}

/**
 * Asks the user to accept the privacy policy `version`; answers whether they did. The app installs one that shows
 * the policy (`src/services/privacy.ts`); without one nothing is asked and the FORBIDDEN reply stands.
 */
export type ConsentPrompt = (version: string) => Promise<boolean>;
let consentPrompt: ConsentPrompt | null = null;

export function setConsentPrompt(prompt: ConsentPrompt | null): void {
  consentPrompt = prompt;
}

type ConsentOutcome = 'accepted' | 'declined' | 'failed' | 'no-prompt';
let consentInFlight: Promise<ConsentOutcome> | null = null;

/** Calls refused at the same moment share one prompt: the user is asked once, and every call is retried. */
function obtainConsent(version: string): Promise<ConsentOutcome> {
  consentInFlight ??= askAndRecordConsent(version).finally(() => {
    consentInFlight = null;
  });
  return consentInFlight;
}

async function askAndRecordConsent(version: string): Promise<ConsentOutcome> {
  if (!consentPrompt) return 'no-prompt';
  if (!(await consentPrompt(version))) return 'declined';
  const recorded = await send<unknown>('account', {
    action: 'consent',
    payload: { version },
    requestId: newRequestId(),
    locale: getLocale(),
  });
  consentListeners.forEach((listener) => listener());
  return recorded.ok ? 'accepted' : 'failed';
}

const consentListeners = new Set<() => void>();

/** Called after the transport recorded a consent on the user's behalf (the Me page reloads its state). */
export function subscribeConsent(listener: () => void): () => void {
  consentListeners.add(listener);
  return () => {
    consentListeners.delete(listener);
  };
}

/** RATE_LIMITED says when to come back, in the UI language; everything else keeps the server's localized message. */
function friendly<T>(reply: Envelope<T>): Envelope<T> {
  if (reply.ok || reply.error.code !== 'RATE_LIMITED') return reply;
  const details = isRecord(reply.error.details) ? reply.error.details : {};
  const seconds = typeof details.retryAfterSeconds === 'number' ? Math.max(1, Math.ceil(details.retryAfterSeconds)) : null;
  if (seconds === null) return reply;
  return { ok: false, error: { ...reply.error, message: t('error.rateLimited', { seconds }) } };
}

let pending = 0;
const pendingListeners = new Set<() => void>();

/** How many calls are under way; pages disable their submit buttons while it is not 0. */
export const pendingCalls = (): number => pending;

export function subscribePendingCalls(listener: () => void): () => void {
  pendingListeners.add(listener);
  return () => {
    pendingListeners.delete(listener);
  };
}

/** Counts the call and, when asked, shows the platform's loading toast; answers the function that ends both. */
function startLoading(show: boolean): () => void {
  pending += 1;
  pendingListeners.forEach((listener) => listener());
  if (show) platformLoading(true);
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    pending -= 1;
    pendingListeners.forEach((listener) => listener());
    if (show) platformLoading(false);
  };
}

let shownLoading = 0;

// One toast for overlapping calls; a platform without it (a test, an old base library) simply shows none.
function platformLoading(on: boolean): void {
  try {
    if (on && shownLoading++ === 0) Promise.resolve(Taro.showLoading({ title: t('common.loading') })).catch(ignore);
    if (!on && --shownLoading === 0) Promise.resolve(Taro.hideLoading()).catch(ignore);
  } catch {
    // No loading toast on this platform: the pages' own busy states still show.
  }
}

function ignore(): void {}

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

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

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
