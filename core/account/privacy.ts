/**
 * The privacy notice users consent to. Bump the version when the text changes: everyone is asked again,
 * and earlier consents stay on record under their own version.
 */
export const PRIVACY_POLICY_VERSION = '2026-11-01';
