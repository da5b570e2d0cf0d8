import * as z from 'zod';
import type { RateLimit } from '../abuse/rate-limit';
import type { Role } from '../roles';
import { hasAnyRole } from '../roles';
import { AppError } from './errors';
import { LOCALES, type Locale } from './locale';
import { parseOrThrow } from './validation';

/** The event every function receives: `{ action, payload, requestId }`. Identity is never part of it. */
export const functionEventSchema = z.object({
  action: z.string().min(1).max(64),
  payload: z.unknown().optional(),
  /** Client-made id of this submit; a retried submit with the same id must create nothing twice. */
  requestId: z.string().min(8).max(64).optional(),
  /** The language the client shows; a preference, not identity. */
  locale: z.enum(LOCALES).optional(),
});
export type FunctionEvent = z.infer<typeof functionEventSchema>;

export interface ActionSpec<S extends z.ZodType, O, C, P = undefined> {
  input: S;
  /** Roles allowed to call; an empty list means any signed-in user. */
  roles: readonly Role[];
  /**
   * A submit that creates or changes something: the event must carry a `requestId`, and a retry with the same id
   * gets the first call's reply instead of running again. `'by-handler'`: the handler itself makes its one write
   * decide (a record whose `_id` derives from caller and `requestId`, see `ActionContext.submitKey`), so the shell
   * skips its generic claim and stored reply (two writes fewer on a hot submit).
   */
  idempotent?: boolean | 'by-handler';
  /**
   * For a `'by-handler'` submit: what its first call stored, as the reply (null while nothing is). The handler
   * recognises a retry where it writes, after every check and rule; asked by the shell when a call is refused, so
   * that a retry refused by what changed since its first call succeeded (a station closed, an employer struck off, a
   * rate window filled, the date) still gets the first call's reply. One read, on refusals only.
   */
  replay?(input: z.output<S>, ctx: C): Promise<O | null>;
  /**
   * The payload carries the caller's or a guest's personal data: the caller must have accepted the current privacy
   * policy (`assertConsented`), checked before the payload is even parsed.
   */
  personalData?: boolean;
  /**
   * At most `max` calls per `perSeconds` per caller (fixed windows), counted by the shell after the role and consent
   * checks and before the handler; more answer `RATE_LIMITED` with `details.retryAfterSeconds`. A retry of a submit
   * already counted (same `requestId`, same window) is not counted again.
   */
  rateLimit?: RateLimit;
  /**
   * Dotted paths of the input's free text (`title`, `body`, `reason`…), checked for content security by the shell
   * before the handler; a refused text answers `VALIDATION` on its path.
   */
  freeText?: readonly string[];
  /**
   * Dotted paths of the input's uploaded files (`documents`: document entries, `attachments`: file IDs), checked
   * against storage by the shell before the handler (cloudfunctions/_shared/uploads.ts): the caller's own upload,
   * present, of an accepted real type, as declared; a refused file answers `VALIDATION` on its path.
   */
  uploads?: readonly string[];
  /**
   * What the handler reads that follows from the input alone (the station an apply names; for a public read, its
   * whole reply: `prefetchedReply` in cloudfunctions/_shared/handler.ts), started by the shell
   * beside its own reads and checks rather than after them: beside the read of the caller's user when the action
   * takes no personal data, otherwise beside the rate slot and the uploads. A call waits for one round trip less.
   * Reads only, as the checks may still refuse the call; handed to the handler as `prefetched`, and a failure is
   * answered only where the handler would have met it, after every check. It may run before the caller's user is
   * read, so its context does not say who the caller is beyond their identity (no `user`, no `roles`).
   */
  prefetch?(input: z.output<S>, ctx: Omit<C, 'user' | 'roles'>): Promise<P>;
  // Method syntax on purpose: a table holds actions of different inputs, so its parameter is compared bivariantly.
  handler(input: z.output<S>, ctx: C, prefetched: P): Promise<O>;
  /** The reply's schema: `TypedActionSpec` ties the handler's return type to it. */
  output: z.ZodType;
}

/**
 * An action whose reply has a schema (`output`), beside its input's: the handler must return what the schema
 * accepts, the client's reply type is derived from it (core/api.ts), and the shell checks every reply
 * against it when `CHECK_REPLIES` is on (the tests), so the schema cannot drift from what is sent.
 */
export interface TypedActionSpec<S extends z.ZodType, R extends z.ZodType, C, P = undefined> extends ActionSpec<S, z.input<R>, C, P> {
  output: R;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a table holds actions of every prefetch type
export type AnyActionSpec<C> = ActionSpec<z.ZodType, unknown, C, any>;
export type ActionTable<C> = Record<string, AnyActionSpec<C>>;

/** Ties a payload schema, a reply schema, the roles that may call it and its handler together, types inferred. */
export const defineAction =
  <C>() =>
  <S extends z.ZodType, R extends z.ZodType, P = undefined>(spec: TypedActionSpec<S, R, C, P>): TypedActionSpec<S, R, C, P> =>
    spec;

/** The input and reply schemas of one action: what core's contract tables (`core/<domain>/api.ts`) list. */
export interface ActionContract {
  input: z.ZodType;
  output: z.ZodType;
}
export type ContractTable = Record<string, ActionContract>;

/** Resolves `event.action` in the table; an unknown action is a typed `VALIDATION` error, never `undefined`. */
export function routeAction<C>(table: ActionTable<C>, action: string, locale: Locale): AnyActionSpec<C> {
  if (Object.prototype.hasOwnProperty.call(table, action)) return table[action];
  const known = Object.keys(table).join(', ');
  throw new AppError('VALIDATION', {
    issues: [
      {
        path: 'action',
        message: locale === 'en' ? `Unknown action; expected one of: ${known}` : `未知的操作，可用的操作：${known}`,
      },
    ],
  });
}

export function authorize(spec: { roles: readonly Role[] }, userRoles: readonly Role[]): void {
  if (!hasAnyRole(userRoles, spec.roles)) throw new AppError('FORBIDDEN');
}

/** An idempotent action needs the client's `requestId`; without one a retry could not be recognised. */
export function requireRequestId(spec: { idempotent?: boolean | 'by-handler' }, event: FunctionEvent, locale: Locale): string | null {
  if (!spec.idempotent) return null;
  if (event.requestId) return event.requestId;
  throw new AppError('VALIDATION', {
    issues: [{ path: 'requestId', message: locale === 'en' ? 'A requestId is required for this action' : '此操作需要 requestId' }],
  });
}

export const parseEvent = (event: unknown, locale: Locale): FunctionEvent => parseOrThrow(functionEventSchema, event, locale);
