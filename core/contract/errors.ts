import type { ErrorCode } from './error-codes';
import type { LocalizedText } from './locale';

/** A field-level problem, as the form shows it next to the field. `path` is dotted: `members.0.phone`. */
export interface FieldIssue {
  path: string;
  message: string;
}

/**
 * The one way the core and the shells raise an expected failure. `message` overrides the code's default text;
 * `details` travel to the client unchanged (e.g. the failed eligibility rules).
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly localized?: LocalizedText;
  readonly issues?: FieldIssue[];
  readonly details?: unknown;

  constructor(code: ErrorCode, options: { message?: LocalizedText; issues?: FieldIssue[]; details?: unknown } = {}) {
    super(options.message?.en ?? code);
    this.name = 'AppError';
    this.code = code;
    this.localized = options.message;
    this.issues = options.issues;
    this.details = options.details;
  }
}

export function assert(condition: unknown, code: ErrorCode, options?: ConstructorParameters<typeof AppError>[1]): asserts condition {
  if (!condition) throw new AppError(code, options);
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
