import { callFunction } from './local-cloud';
import { DEMO_CREDIT_CODE } from './housing';
import { file, newPassport } from './stays';

export const callSupport =
  (cloud: { url: string }) =>
  (action: string, payload: unknown, openId: string | null, extra: Record<string, unknown> = {}) =>
    callFunction(cloud, 'support', { action, payload, ...extra }, openId).then((r) => r.body);

/** An eligible young talent's rent support (rent 4,200 a month: the tier's 1,500 is paid), for `overrides` to bend. */
export const rentApplication = (overrides: Record<string, unknown> = {}) => ({
  kind: 'rent',
  category: 'young',
  applicant: { name: '王租房', phone: '+8613800000000', identityDocument: { kind: 'passport', number: newPassport() } },
  employerCreditCode: DEMO_CREDIT_CODE,
  monthlyRentPaid: 4200,
  ownsHomeInShanghai: false,
  declaration: true,
  documents: ['labour-contract', 'social-insurance-record', 'rent-contract', 'no-home-declaration'].map(file),
  ...overrides,
});

/** A high-level talent's purchase subsidy (200,000 once). */
export const purchaseApplication = (overrides: Record<string, unknown> = {}) =>
  rentApplication({
    kind: 'purchase',
    category: 'high-level',
    monthlyRentPaid: null,
    documents: ['labour-contract', 'social-insurance-record', 'purchase-contract'].map(file),
    ...overrides,
  });
