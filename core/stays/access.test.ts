import { assertMayView, assertStationOperator, assertStationStaff, type Caller } from './access';

const codeOf = (check: () => void) => {
  try {
    check();
    return 'ok';
  } catch (error) {
    return (error as { code: string }).code;
  }
};

const operatorAt = (stationId: string | null): Caller => ({ openId: 'op', roles: ['applicant', 'operator'], stationId });
const admin: Caller = { openId: 'ad', roles: ['applicant', 'admin'], stationId: null };
const applicant: Caller = { openId: 'me', roles: ['applicant'], stationId: null };

describe('assertStationOperator (who sees personal data in clear)', () => {
  it.each([
    ["the station's own operator", operatorAt('s1'), 'ok'],
    ["another station's operator", operatorAt('s2'), 'FORBIDDEN'],
    ['an operator with no station', operatorAt(null), 'FORBIDDEN'],
    ['an admin who is no operator of the station (staff actions allow them)', admin, 'FORBIDDEN'],
    ['the applicant, even the owner', applicant, 'FORBIDDEN'],
  ])('%s → %s', (_t, caller, code) => {
    expect(codeOf(() => assertStationOperator(caller, 's1'))).toBe(code);
  });

  it('differs from assertStationStaff only for admins', () => {
    expect(codeOf(() => assertStationStaff(admin, 's1'))).toBe('ok');
  });
});

describe('assertMayView', () => {
  it.each([
    ['the owner', applicant, 'ok'],
    ["the station's operator", operatorAt('s1'), 'ok'],
    ["another station's operator (the record does not exist for them)", operatorAt('s2'), 'NOT_FOUND'],
  ])('%s → %s', (_t, caller, code) => {
    expect(codeOf(() => assertMayView(caller, { ownerId: 'me', stationId: 's1' }))).toBe(code);
  });
});
