import { checkInCodec } from '../stays/check-in-code';

/** What a sign-up id looks like: `su-` and 24 hex digits (a hash of session and person, see `signUpIdOf`). */
export const SIGN_UP_ID = /^su-[a-f0-9]{24}$/;

/** The QR code of a sign-up, scanned by the organiser at the door with the same scanner as stays. */
const codes = checkInCodec('rcyz-event:', SIGN_UP_ID);
export const EVENT_CHECK_IN_PREFIX = codes.prefix;
export const eventCheckInCode = codes.code;
export const parseEventCheckInCode = codes.parse;
