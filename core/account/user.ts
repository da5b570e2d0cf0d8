import { DEFAULT_LOCALE, type Locale } from '../contract/locale';
import type { Role } from '../roles';
import { PRIVACY_POLICY_VERSION } from './privacy';

export interface Consent {
  version: string;
  at: Date;
}

/** The `users` document; `_id` is the WeChat openid, so the platform identity is the key. */
export interface User {
  _id: string;
  appId: string | null;
  unionId: string | null;
  roles: Role[];
  locale: Locale;
  displayName: string | null;
  /** Every consent given, newest last; the current policy counts only if its version is here. */
  consents: Consent[];
  /** Set for operators (their station) and unit handlers (their unit). */
  stationId: string | null;
  unitId: string | null;
  /**
   * WeChat one-time subscriptions not yet used, per WeChat template id (core/notices/credits.ts): absent until the
   * user first accepts one.
   */
  noticeCredits?: Record<string, number>;
  createdAt: Date;
  updatedAt: Date;
}

export interface Identity {
  openId: string;
  appId: string | null;
  unionId: string | null;
}

/** A first-time user: an applicant, plus admin when the deployment names this openid as a first admin. */
export function newUser(input: { identity: Identity; now: Date; bootstrapAdmins: readonly string[]; locale?: Locale }): User {
  const { identity, now, bootstrapAdmins } = input;
  const roles: Role[] = bootstrapAdmins.includes(identity.openId) ? ['applicant', 'admin'] : ['applicant'];
  return {
    _id: identity.openId,
    appId: identity.appId,
    unionId: identity.unionId,
    roles,
    locale: input.locale ?? DEFAULT_LOCALE,
    displayName: null,
    consents: [],
    stationId: null,
    unitId: null,
    createdAt: now,
    updatedAt: now,
  };
}

export interface ConsentState {
  currentVersion: string;
  accepted: boolean;
  /** ISO instant; replies travel as JSON. */
  acceptedAt: string | null;
  /** Consented to an older version: show "the policy has changed". */
  outdated: boolean;
}

export function consentState(user: Pick<User, 'consents'>, currentVersion = PRIVACY_POLICY_VERSION): ConsentState {
  const current = user.consents.find((c) => c.version === currentVersion) ?? null;
  return {
    currentVersion,
    accepted: current !== null,
    acceptedAt: current ? current.at.toISOString() : null,
    outdated: current === null && user.consents.length > 0,
  };
}

/** What `me` returns: never the raw document. */
export function toMe(user: User) {
  return {
    openId: user._id,
    roles: user.roles,
    locale: user.locale,
    displayName: user.displayName,
    consent: consentState(user),
    stationId: user.stationId,
    unitId: user.unitId,
  };
}
export type Me = ReturnType<typeof toMe>;
