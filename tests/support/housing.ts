import { DEMO_EMPLOYER_CREDIT_CODE } from '../../local-cloud/seed/demo-housing';
import { callFunction } from './local-cloud';
import { file, newPassport } from './stays';

// Stored buildings, units and waiting lists, shared with the housing bench (scripts never import tests).
export { storedApplication, storedBuilding, storedUnit, seedHousing } from '../../scripts/support/housing';

/** The demo employer of the register (local-cloud/seed/demo-housing.ts); its HR is `demo-employer`. */
export const DEMO_CREDIT_CODE = DEMO_EMPLOYER_CREDIT_CODE;

export const callHousing =
  (cloud: { url: string }) =>
  (action: string, payload: unknown, openId: string | null, extra: Record<string, unknown> = {}) =>
    callFunction(cloud, 'housing', { action, payload, ...extra }, openId).then((r) => r.body);

/** An eligible household's application (a young talent with a master's, alone), for `overrides` to bend. */
export const apartmentApplication = (overrides: Record<string, unknown> = {}) => ({
  buildingId: 'apt-zhangjiang',
  unitType: 'one-room',
  householdSize: 1,
  category: 'young',
  degree: 'master',
  applicant: { name: '林晓', phone: '+8613800000000', identityDocument: { kind: 'passport', number: newPassport() } },
  employerCreditCode: DEMO_CREDIT_CODE,
  socialInsuranceInShanghai: true,
  ownsHomeInShanghai: false,
  documents: [file('labour-contract'), file('social-insurance-record'), file('no-home-declaration')],
  ...overrides,
});
