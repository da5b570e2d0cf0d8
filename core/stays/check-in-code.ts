import { APPLICATION_ID } from './ids';

/**
 * What a guest's QR code holds, for the operator to check them in by scanning: the record's id behind a prefix that
 * says what it is. A typed or pasted bare id is accepted too (H5 has no camera scan). Stays and event sign-ups
 * (core/events/check-in-code.ts) each have their prefix, read by the same scanner.
 */
export function checkInCodec(prefix: string, idPattern: RegExp) {
  return {
    prefix,
    code: (id: string): string => `${prefix}${id}`,
    /** The id in a scanned or typed code, or null when it is not one. */
    parse(text: string): string | null {
      const trimmed = text.trim();
      const id = trimmed.startsWith(prefix) ? trimmed.slice(prefix.length) : trimmed;
      return idPattern.test(id) ? id : null;
    },
  };
}

const stayCodes = checkInCodec('rcyz-stay:', APPLICATION_ID);
export const CHECK_IN_PREFIX = stayCodes.prefix;
export const checkInCode = stayCodes.code;
export const parseCheckInCode = stayCodes.parse;
