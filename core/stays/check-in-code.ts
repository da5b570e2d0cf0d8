import { APPLICATION_ID } from './ids';

/**
 * What the guest's QR code holds, for the operator to check them in by scanning: the application id behind a
 * prefix that says what it is. A typed or pasted bare id is accepted too (H5 has no camera scan).
 */
export const CHECK_IN_PREFIX = 'rcyz-stay:';

export const checkInCode = (id: string): string => `${CHECK_IN_PREFIX}${id}`;

/** The application id in a scanned or typed code, or null when it is not one. */
export function parseCheckInCode(text: string): string | null {
  const trimmed = text.trim();
  const id = trimmed.startsWith(CHECK_IN_PREFIX) ? trimmed.slice(CHECK_IN_PREFIX.length) : trimmed;
  return APPLICATION_ID.test(id) ? id : null;
}
