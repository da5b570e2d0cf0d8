import { assertConsented } from '../../core/account/consent';
import type { Identity, User } from '../../core/account/user';
import {
  AppError,
  DEFAULT_LOCALE,
  isLocale,
  ok,
  parseEvent,
  parseOrThrow,
  authorize,
  requireRequestId,
  routeAction,
  toFail,
  type ActionContract,
  type ActionTable,
  type AnyActionSpec,
  type Envelope,
  type FunctionEvent,
  type Locale,
  type TypedActionSpec,
} from '../../core/contract';
import type { Api, FunctionName } from '../../core/api';
import type { Role } from '../../core/roles';
import { database, identityOf, type Database } from './cloud';
import { readConfig, type FunctionConfig } from './config';
import { assertContentAllowed } from './content-safety';
import { runOnce } from './idempotency';
import { settled } from './side-by-side';
import { takeRateSlot } from './rate-limit';
import { assertUploadsValid } from './uploads';
import { findUser } from './users';

/** What every action handler receives besides its parsed payload. */
export interface ActionContext {
  db: Database;
  identity: Identity;
  /** Null until the caller's first `account.me`. */
  user: User | null;
  roles: readonly Role[];
  locale: Locale;
  now: Date;
  requestId: string;
  config: FunctionConfig;
  /** `<function>.<action>:<caller>:<requestId>` of an idempotent submit (null otherwise): what a retry is known by. */
  submitKey: string | null;
}

const requestIdOf = (context: unknown): string => {
  const id = (context as { request_id?: unknown } | null)?.request_id;
  return typeof id === 'string' ? id : `req-${Date.now().toString(36)}`;
};

const localeHint = (event: unknown): Locale | null => {
  const locale = (event as { locale?: unknown } | null)?.locale;
  return isLocale(locale) ? locale : null;
};

/** What an action's prefetch receives: the context less who the caller is, as it may run before their user is read. */
export type ReadContext = Omit<ActionContext, 'user' | 'roles'>;

/**
 * The handler of an action whose whole reply follows from its input, whoever asks (a public list, a quote): its
 * prefetch reads and builds the reply, beside the read of the caller's user, and this hands it on.
 */
export const prefetchedReply = async <P>(_input: unknown, _ctx: unknown, reply: P): Promise<P> => reply;

/**
 * The input of a call whose reads may start beside the read of the caller's user (`prefetch`, `uploads`), or null:
 * an action that takes no personal data, whose event names its locale and whose payload is valid (and carries its
 * requestId when it needs one). Otherwise they start after the role, consent and payload checks, as they answer.
 */
function earlyInput(spec: AnyActionSpec<ActionContext>, event: FunctionEvent): { input: unknown; submitId: string | null } | null {
  if (spec.personalData || !event.locale || !(spec.prefetch || spec.uploads)) return null;
  if (spec.idempotent && !event.requestId) return null;
  const parsed = spec.input.safeParse(event.payload);
  return parsed.success ? { input: parsed.data, submitId: spec.idempotent ? (event.requestId ?? null) : null } : null;
}

/**
 * A function's entry point, carrying the table it routes: tests enumerate every action of every function from it
 * (tests/support/action-tables.ts), so a new action is fuzzed and put in the authorization matrix without editing them.
 */
export type FunctionMain = ((event: unknown, context: unknown) => Promise<Envelope<unknown>>) & {
  functionName: string;
  actions: ActionTable<ActionContext>;
};

/** A function's table as core's contract (core/api.ts) lists it: every action, each with its schemas. */
export type Implements<T> = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each action's prefetch has a type of its own
  [A in keyof T]: T[A] extends ActionContract ? TypedActionSpec<T[A]['input'], T[A]['output'], ActionContext, any> : never;
};

/** In the tests (`CHECK_REPLIES`), a reply that does not match its action's output schema is a bug: INTERNAL. */
function checkReply(spec: AnyActionSpec<ActionContext>, name: string, reply: unknown): unknown {
  const result = spec.output.safeParse(reply);
  if (result.success) return reply;
  const where = result.error.issues.map((i) => `${i.path.join('.') || '(reply)'}: ${i.message}`).join('; ');
  throw new Error(`${name}: the reply does not match its output schema: ${where}`);
}

/**
 * The imperative shell every function shares: identity from the platform context → event parsed with core's
 * schema → role check → privacy consent (actions marked `personalData`) → payload parsed → rate limit (actions
 * with `rateLimit`) → content check of the free text (`freeText`) → uploaded files checked against storage
 * (`uploads`) → handler → `{ ok, data }` or `{ ok: false, error }`. An idempotent submit claims its requestId beside
 * the rate limit, and a retry of one already answered is replied to from the stored reply whatever the limit says.
 * A `'by-handler'` submit recognises its retries in its handler; a retry refused before it gets there (by a check,
 * or by a rule that changed since its first call) is answered from what that call stored (`replay`).
 * The rate limit comes before the content check, so that refused texts cannot call WeChat's check without limit;
 * the uploads and what the handler reads first (`prefetch`) are read meanwhile, or already beside the caller's user
 * when the action takes no personal data (`earlyInput`).
 */
export function createMain<F extends FunctionName>(functionName: F, actions: Implements<Api[F]>): FunctionMain {
  // Refuse to start (the bundle fails to load) rather than store personal data without a proper key: e.g. no
  // `PII_KEY`, or the local development key on CloudBase (config.ts). Read again per call, as settings can change.
  readConfig();
  const table: ActionTable<ActionContext> = actions;
  const main = async function main(event: unknown, context: unknown): Promise<Envelope<unknown>> {
    const requestId = requestIdOf(context);
    let locale = localeHint(event) ?? DEFAULT_LOCALE;
    try {
      const identity = identityOf(context);
      if (!identity) throw new AppError('UNAUTHENTICATED');
      const parsed = parseEvent(event, locale);
      const spec = routeAction(table, parsed.action, locale);
      const db = database();
      const config = readConfig();
      const userRead = findUser(db, identity.openId);
      const baseCtx = (submitId: string | null): ReadContext => ({
        db,
        identity,
        locale,
        now: config.localNow ?? new Date(),
        requestId,
        config,
        submitKey: submitId ? `${functionName}.${parsed.action}:${identity.openId}:${submitId}` : null,
      });
      // What follows from the input alone is read beside the caller's user, so a call waits for one round trip less,
      // when the action takes no personal data (for one that does, nothing of its payload is touched before consent
      // is checked) and the event names its locale (what a prefetch's refusal is worded in). Reads only: a refusal
      // by role comes first all the same, and what was read is then dropped.
      const startReads = (input: unknown, ctx: ReadContext) => ({
        ctx,
        prefetched: settled(() => spec.prefetch?.(input, ctx)),
        uploads: settled(() => spec.uploads && assertUploadsValid({ paths: spec.uploads, input, openId: identity.openId, locale })),
      });
      const early = earlyInput(spec, parsed);
      const earlyReads = early && startReads(early.input, baseCtx(early.submitId));
      const user = await userRead;
      if (!parsed.locale && user) locale = user.locale;
      const roles: readonly Role[] = user?.roles ?? ['applicant'];
      authorize(spec, roles);
      if (spec.personalData) assertConsented(user);
      const input = early ? early.input : parseOrThrow(spec.input, parsed.payload, locale);
      const submitId = requireRequestId(spec, parsed, locale);
      const readCtx = earlyReads?.ctx ?? baseCtx(submitId);
      const { now, submitKey } = readCtx;
      const ctx: ActionContext = { ...readCtx, user, roles };
      // The rate slot (and, for an idempotent submit, the claim of its requestId) goes beside the uploads and the
      // prefetch when they were not started already. What is answered does not change: a refusal by the rate limit,
      // then by the content check, then by the uploads check wins over what the prefetch met, which the handler meets
      // after.
      const startChecks = () => ({
        reads: earlyReads ?? startReads(input, ctx),
        rate: settled(
          () =>
            spec.rateLimit &&
            takeRateSlot(db, {
              scope: `${functionName}.${parsed.action}`,
              openId: identity.openId,
              requestId: submitId,
              limit: spec.rateLimit,
              now,
            }),
        ),
      });
      const checked = (reply: unknown) => (config.checkReplies ? checkReply(spec, `${functionName}.${parsed.action}`, reply) : reply);
      const run = async ({ reads, rate }: ReturnType<typeof startChecks>) => {
        await rate.value();
        if (spec.freeText) await assertContentAllowed({ paths: spec.freeText, input, openId: identity.openId, locale, config });
        await reads.uploads.value();
        return checked(await spec.handler(input, ctx, await reads.prefetched.value()));
      };
      if (!submitKey) return ok(await run(startChecks()));
      if (spec.idempotent === 'by-handler') {
        try {
          return ok(await run(startChecks()));
        } catch (error) {
          // A retry refused by what changed since its first call was stored gets that call's reply. When that cannot
          // be read, the refusal stands.
          const stored = error instanceof AppError && spec.replay ? await spec.replay(input, ctx).catch(() => null) : null;
          if (stored === null) throw error;
          return ok(checked(stored));
        }
      }
      // The requestId is claimed first and the checks go beside it: a retry of a submit already answered gets its
      // first reply whatever the rate limit says (its slot was counted once: a retry in the same window is known by
      // its id), and leaves no check running when the function answers.
      // (`run` is called once the claim is answered, after `started` is set.)
      const answered = runOnce(db, submitKey, now, () => run(started), identity.openId);
      const started = startChecks();
      try {
        return ok(await answered);
      } finally {
        await Promise.allSettled([started.rate.value(), started.reads.uploads.value()]);
      }
    } catch (error) {
      const reply = toFail(error, locale, requestId);
      if (reply.error.code === 'INTERNAL') console.error(`[${requestId}]`, error);
      return reply;
    }
  };
  return Object.assign(main, { functionName, actions: table });
}
