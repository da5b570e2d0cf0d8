/**
 * Roles are stored in `users.roles`. Everyone signed in is an applicant; the rest are granted by an admin
 * (or, for the first admin, by a deployment setting).
 */
export const ROLES = ['applicant', 'employer', 'operator', 'unit', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { 'zh-CN': string; en: string }> = {
  applicant: { 'zh-CN': '申请人', en: 'Applicant' },
  employer: { 'zh-CN': '用人单位', en: 'Employer' },
  operator: { 'zh-CN': '驿站工作人员', en: 'Station operator' },
  unit: { 'zh-CN': '承办单位', en: 'Unit handler' },
  admin: { 'zh-CN': '区人才办管理员', en: 'District admin' },
};

/** `anyOf` empty means "any signed-in user". */
export const hasAnyRole = (userRoles: readonly Role[], anyOf: readonly Role[]): boolean =>
  anyOf.length === 0 || anyOf.some((role) => userRoles.includes(role));
