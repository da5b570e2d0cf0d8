import type { ErrorCode } from './error-codes';
import type { FieldIssue } from './errors';

/** Every function replies with exactly one of these two shapes. */
export interface Ok<T> {
  ok: true;
  data: T;
}

export interface FailBody {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
  details?: unknown;
  /** Present on INTERNAL so support can find the log line; never a stack. */
  requestId?: string;
}

export interface Fail {
  ok: false;
  error: FailBody;
}

export type Envelope<T> = Ok<T> | Fail;

export const ok = <T>(data: T): Ok<T> => ({ ok: true, data });
export const fail = (error: FailBody): Fail => ({ ok: false, error });
