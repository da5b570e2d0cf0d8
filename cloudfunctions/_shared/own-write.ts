import { isDeepStrictEqual } from 'node:util';

/**
 * Whether `stored` already shows every field of a change. A compare-and-set whose reply was lost is sent again by
 * the SDK (scripts/sdk-patches.ts) and refused, the document having moved on: by this very change when `stored`
 * shows it. For documents shown as they are stored, with no room for a token (`setIfStill`'s `shows`): each change carries
 * its call's instant, so another call's change matches only when made in the same millisecond with the same values,
 * which is the same change (a double tap).
 */
export const showsChange = (stored: object, fields: object): boolean =>
  Object.entries(fields).every(([field, value]) => isDeepStrictEqual((stored as Record<string, unknown>)[field], value));
