import { hasAnyRole, ROLE_LABELS, ROLES } from './roles';

describe('hasAnyRole', () => {
  it.each([
    [['applicant'], [], true],
    [[], [], true],
    [['applicant'], ['operator'], false],
    [['applicant', 'unit'], ['operator', 'unit'], true],
    [['admin'], ['operator'], false],
  ] as const)('%j against %j → %s', (userRoles, anyOf, expected) => {
    expect(hasAnyRole(userRoles, anyOf)).toBe(expected);
  });

  it('labels every role in both languages', () => {
    for (const role of ROLES) expect(ROLE_LABELS[role]).toEqual({ 'zh-CN': expect.any(String), en: expect.any(String) });
  });
});
