import type { Locale } from '@core/contract/locale';
import type { DocumentFile, DocumentKind } from '@core/documents';
import { apartmentEligibility } from '@core/housing/eligibility';
import { applyApartmentInput, type ApplyApartmentInput } from '@core/housing/inputs';
import type { UnitType } from '@core/housing/model';
import type { ApartmentPolicy } from '@core/housing/policy';
import type { Reason } from '@core/reasons';
import type { Degree, TalentCategory } from '@core/talent/profile';
import { formErrors } from '@/apply/model/form-errors';

/** The documents an apartment application carries; which of them a building asks for is its policy (core). */
export const APARTMENT_DOCUMENTS: readonly DocumentKind[] = ['labour-contract', 'social-insurance-record', 'no-home-declaration'];

/** The apartment application form as the user filled it (numbers stay text until submitted). */
export interface ApartmentDraft {
  unitType: UnitType | null;
  householdSize: string;
  category: TalentCategory | null;
  degree: Degree | null;
  name: string;
  phone: string;
  idKind: 'passport' | 'id-card';
  idNumber: string;
  employerCreditCode: string;
  socialInsuranceInShanghai: boolean;
  ownsHomeInShanghai: boolean;
  documents: Partial<Record<DocumentKind, DocumentFile>>;
}

export const emptyApartmentDraft = (unitType: UnitType | null = null): ApartmentDraft => ({
  unitType,
  householdSize: '1',
  category: null,
  degree: null,
  name: '',
  phone: '',
  idKind: 'id-card',
  idNumber: '',
  employerCreditCode: '',
  socialInsuranceInShanghai: false,
  ownsHomeInShanghai: false,
  documents: {},
});

const documentList = (draft: ApartmentDraft): DocumentFile[] =>
  APARTMENT_DOCUMENTS.flatMap((kind) => (draft.documents[kind] ? [draft.documents[kind]] : []));

/** The payload of `housing.apply` as the server's schema reads it; an unanswered choice stays out (and is reported). */
export function apartmentPayload(draft: ApartmentDraft, buildingId: string): ApplyApartmentInput {
  const size = draft.householdSize.trim();
  const payload = {
    buildingId,
    unitType: draft.unitType ?? undefined,
    householdSize: size === '' ? undefined : Number(size),
    category: draft.category ?? undefined,
    degree: draft.degree ?? undefined,
    applicant: { name: draft.name, phone: draft.phone, identityDocument: { kind: draft.idKind, number: draft.idNumber } },
    employerCreditCode: draft.employerCreditCode,
    socialInsuranceInShanghai: draft.socialInsuranceInShanghai,
    ownsHomeInShanghai: draft.ownsHomeInShanghai,
    documents: documentList(draft),
  };
  // JSON drops undefined members; do it here too so the strict schema sees what the server will see.
  return JSON.parse(JSON.stringify(payload)) as ApplyApartmentInput;
}

/** Field → message from the server's own schema (`housing.apply`), in the user's language. */
export const apartmentErrors = (draft: ApartmentDraft, buildingId: string, locale: Locale): Record<string, string> =>
  formErrors(applyApartmentInput, apartmentPayload(draft, buildingId), locale);

/**
 * Core's apartment rules on what the form knows so far. Two facts only the server has are taken as met here: the
 * employer's place in the district's register and the household's other applications; the server checks both.
 */
export function apartmentReasons(input: {
  draft: ApartmentDraft;
  policy: ApartmentPolicy;
  unitTypes: Partial<Record<UnitType, unknown>>;
}): Reason[] {
  const { draft, policy } = input;
  if (!draft.unitType || !draft.category || !draft.degree) return [];
  const size = Number(draft.householdSize);
  return apartmentEligibility({
    policy,
    category: draft.category,
    degree: draft.degree,
    employerInDistrict: true,
    socialInsuranceInShanghai: draft.socialInsuranceInShanghai,
    ownsHomeInShanghai: draft.ownsHomeInShanghai,
    documents: documentList(draft),
    unitType: draft.unitType,
    householdSize: Number.isInteger(size) && size > 0 ? size : 1,
    householdHasActive: false,
    buildingHasUnitType: Boolean(input.unitTypes[draft.unitType]),
  });
}
