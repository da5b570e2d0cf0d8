import { planRoleChange } from './roles';

describe('planRoleChange', () => {
  it.each([
    [
      'grants a role once',
      { roles: ['applicant'], change: 'grant', role: 'admin', adminCount: 1 },
      { ok: true, roles: ['applicant', 'admin'] },
    ],
    [
      'granting a held role changes nothing',
      { roles: ['applicant', 'admin'], change: 'grant', role: 'admin', adminCount: 2 },
      { ok: true, roles: ['applicant', 'admin'] },
    ],
    [
      'an operator gets their station',
      { roles: ['applicant'], change: 'grant', role: 'operator', stationId: 's1', adminCount: 1 },
      { ok: true, roles: ['applicant', 'operator'], stationId: 's1' },
    ],
    [
      'an operator needs a station',
      { roles: ['applicant'], change: 'grant', role: 'operator', adminCount: 1 },
      { ok: false, reason: 'needs-station' },
    ],
    [
      'a unit handler gets their unit',
      { roles: ['applicant'], change: 'grant', role: 'unit', unitId: 'u1', adminCount: 1 },
      { ok: true, roles: ['applicant', 'unit'], unitId: 'u1' },
    ],
    [
      'a unit handler needs a unit',
      { roles: ['applicant'], change: 'grant', role: 'unit', adminCount: 1 },
      { ok: false, reason: 'needs-unit' },
    ],
    [
      'applicant cannot be granted',
      { roles: [], change: 'grant', role: 'applicant', adminCount: 1 },
      { ok: false, reason: 'applicant-is-everyone' },
    ],
    [
      'applicant cannot be revoked',
      { roles: ['applicant'], change: 'revoke', role: 'applicant', adminCount: 1 },
      { ok: false, reason: 'applicant-is-everyone' },
    ],
    [
      'revoking unit drops the unit',
      { roles: ['applicant', 'unit'], change: 'revoke', role: 'unit', adminCount: 1 },
      { ok: true, roles: ['applicant'], unitId: null },
    ],
    [
      'revoking operator drops the station',
      { roles: ['applicant', 'operator'], change: 'revoke', role: 'operator', adminCount: 1 },
      { ok: true, roles: ['applicant'], stationId: null },
    ],
    [
      'one of two admins may lose the role',
      { roles: ['applicant', 'admin'], change: 'revoke', role: 'admin', adminCount: 2 },
      { ok: true, roles: ['applicant'] },
    ],
    [
      'the last admin keeps it',
      { roles: ['applicant', 'admin'], change: 'revoke', role: 'admin', adminCount: 1 },
      { ok: false, reason: 'last-admin' },
    ],
    [
      'revoking a role not held is a no-op',
      { roles: ['applicant'], change: 'revoke', role: 'admin', adminCount: 1 },
      { ok: true, roles: ['applicant'] },
    ],
  ] as const)('%s', (_title, input, expected) => {
    expect(planRoleChange({ ...input, roles: [...input.roles] })).toEqual(expected);
  });
});
