import type * as z from 'zod';
import { DEFAULT_LOCALE, type Locale } from '../contract/locale';
import type { Role } from '../roles';
import type { TalentProfile } from '../talent/profile';
import { PRIVACY_POLICY_VERSION } from './privacy';
import type { consentView, meView } from './replies';

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
  /** Tokens of the last writes to those credits: one sent again after its reply was lost is not counted twice. */
  noticeCalls?: string[];
  /** The talent profile the policy matcher reads (`account.setProfile`); absent until first given. */
  talent?: TalentProfile;
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

/** Where a user stands with the current privacy policy (its schema: `consentView`, core/account/replies.ts). */
export type ConsentState = z.output<typeof consentView>;

export function consentState(user: Pick<User, 'consents'>, currentVersion = PRIVACY_POLICY_VERSION): ConsentState {
  const current = user.consents.find((c) => c.version === currentVersion) ?? null;
  return {
    currentVersion,
    accepted: current !== null,
    acceptedAt: current ? current.at : null,
    outdated: current === null && user.consents.length > 0,
  };
}

/** What `me` returns (its schema: `meView`, core/account/replies.ts): never the raw document. */
export type Me = z.output<typeof meView>;
export function toMe(user: User): Me {
  return {
    openId: user._id,
    roles: user.roles,
    locale: user.locale,
    displayName: user.displayName,
    consent: consentState(user),
    stationId: user.stationId,
    unitId: user.unitId,
    ...(user.talent ? { talent: user.talent } : {}),
  };
}
