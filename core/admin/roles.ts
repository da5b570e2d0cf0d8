import type { Role } from '../roles';

/** What a grant or revoke of one role does to one user, or why it is refused. */
export type RoleChange =
  | { ok: true; roles: Role[]; stationId?: string | null; unitId?: string | null }
  | { ok: false; reason: 'applicant-is-everyone' | 'last-admin' | 'needs-station' | 'needs-unit' };

/**
 * Grant or revoke one role. Everyone stays an applicant. An operator belongs to a station and a unit handler to
 * a unit (given with the grant; dropped with the revoke). The last admin can never lose the role — whoever asks,
 * themselves included — so the district is never left without anyone able to grant roles.
 */
export function planRoleChange(input: {
  roles: readonly Role[];
  change: 'grant' | 'revoke';
  role: Role;
  stationId?: string;
  unitId?: string;
  /** How many users hold `admin` now (the target included, if they do). */
  adminCount: number;
}): RoleChange {
  const { roles, role } = input;
  if (role === 'applicant') return { ok: false, reason: 'applicant-is-everyone' };
  if (input.change === 'grant') {
    if (role === 'operator' && !input.stationId) return { ok: false, reason: 'needs-station' };
    if (role === 'unit' && !input.unitId) return { ok: false, reason: 'needs-unit' };
    const next: Role[] = roles.includes(role) ? [...roles] : [...roles, role];
    return {
      ok: true,
      roles: next,
      ...(role === 'operator' ? { stationId: input.stationId } : {}),
      ...(role === 'unit' ? { unitId: input.unitId } : {}),
    };
  }
  if (role === 'admin' && roles.includes('admin') && input.adminCount <= 1) return { ok: false, reason: 'last-admin' };
  return {
    ok: true,
    roles: roles.filter((r) => r !== role),
    ...(role === 'operator' ? { stationId: null } : {}),
    ...(role === 'unit' ? { unitId: null } : {}),
  };
}

/** Why a role change was refused, for the error the admin reads. */
export const ROLE_REFUSALS: Record<Extract<RoleChange, { ok: false }>['reason'], { 'zh-CN': string; en: string }> = {
  'applicant-is-everyone': {
    'zh-CN': '每位用户都是申请人，此角色不能授予或撤销',
    en: 'Everyone is an applicant; this role cannot be granted or revoked',
  },
  'last-admin': { 'zh-CN': '这是最后一位管理员，不能撤销其管理员角色', en: 'This is the last admin; the admin role cannot be revoked' },
  'needs-station': { 'zh-CN': '授予驿站工作人员角色需选择驿站', en: 'Choose a station for an operator' },
  'needs-unit': { 'zh-CN': '授予承办单位角色需选择单位', en: 'Choose a unit for a unit handler' },
};
