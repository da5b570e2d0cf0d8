import { PRIVACY_POLICY_VERSION } from '../../../core/account/privacy';
import { ROLES, hasAnyRole, type Role } from '../../../core/roles';
import { dbOf } from '../stays';
import { now as clockNow } from '../clock';

/** A caller of the fuzz and matrix tests: a signed-in user with these roles, or nobody (`openId: null`). */
export interface Caller {
  label: string;
  openId: string | null;
  roles: readonly Role[];
}

/** Someone signed in whom the database has never seen (no users document yet): an applicant by default. */
export const STRANGER: Caller = { label: 'unknown user', openId: 'fuzz-stranger', roles: ['applicant'] };
export const ANONYMOUS: Caller = { label: 'anonymous', openId: null, roles: [] };

/**
 * `perRole` users for each role, with exactly that role (`only`) or, as real accounts have, `applicant` besides it;
 * operators at the demo station, unit handlers in the demo unit.
 */
export function callersFor({ prefix, perRole, only }: { prefix: string; perRole: number; only: boolean }): Caller[] {
  return ROLES.flatMap((role) =>
    Array.from({ length: perRole }, (_, i) => ({
      label: `${role} ${i}`,
      openId: `${prefix}-${role}-${i}`,
      roles: only || role === 'applicant' ? [role] : (['applicant', role] as Role[]),
    })),
  );
}

/**
 * (Re)writes the callers' users documents, each having accepted the current privacy policy so that the consent check
 * does not hide what the role check decides. Again before each fuzzed action: fuzzing `account.deleteMyAccount` or
 * `account.setProfile` really deletes or changes them.
 */
export async function writeCallers(cloud: { url: string }, callers: readonly Caller[]): Promise<void> {
  const users = dbOf(cloud).collection('users');
  const now = clockNow();
  await Promise.all(
    callers.map((caller) => {
      const role = caller.roles[caller.roles.length - 1];
      return users.doc(caller.openId as string).set({
        appId: 'wx-local-dev',
        unionId: null,
        roles: [...caller.roles],
        locale: 'zh-CN',
        displayName: caller.openId,
        consents: [{ version: PRIVACY_POLICY_VERSION, at: now }],
        stationId: role === 'operator' ? 'station-pudong' : null,
        unitId: role === 'unit' ? 'unit-hrss' : null,
        createdAt: now,
        updatedAt: now,
      });
    }),
  );
}

export const mayCall = (caller: Caller, allowed: readonly Role[]): boolean => caller.openId !== null && hasAnyRole(caller.roles, allowed);
