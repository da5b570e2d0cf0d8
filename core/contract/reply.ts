import { fail, type Fail } from './envelope';
import { isAppError } from './errors';
import type { Locale } from './locale';
import { ERROR_MESSAGES } from './messages';

/**
 * Turns anything thrown into the reply the client reads. Expected failures keep their code, issues and details;
 * anything else becomes INTERNAL with the request id and no stack.
 */
export function toFail(error: unknown, locale: Locale, requestId: string): Fail {
  if (isAppError(error)) {
    return fail({
      code: error.code,
      message: (error.localized ?? ERROR_MESSAGES[error.code])[locale],
      ...(error.issues ? { issues: error.issues } : {}),
      ...(error.details !== undefined ? { details: error.details } : {}),
      ...(error.code === 'INTERNAL' ? { requestId } : {}),
    });
  }
  return fail({ code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL[locale], requestId });
}
