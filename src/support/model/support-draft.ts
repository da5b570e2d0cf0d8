import type { Locale } from '@core/contract/locale';
import { fieldErrors } from '@core/contract/validation';
import { DOCUMENT_KIND_LABELS, DOCUMENT_NUMBER_PATTERN, type DocumentFile, type DocumentKind } from '@core/documents';
import { SUPPORT_DOCUMENTS, type SupportKind } from '@core/housing/support';
import { applySupportInput, type ApplySupportInput } from '@core/housing/support-inputs';
import type { TalentCategory } from '@core/talent/profile';
import { ts, type SupportMessageKey } from '../i18n';

/** What the support form holds while it is filled in; `payload` turns it into the action's input. */
export interface SupportDraft {
  kind: SupportKind;
  category: TalentCategory | null;
  name: string;
  phone: string;
  idKind: 'passport' | 'id-card';
  idNumber: string;
  creditCode: string;
  rent: string;
  ownsHome: boolean;
  declaration: boolean;
  documents: Partial<Record<DocumentKind, DocumentFile>>;
}

export const emptySupportDraft: SupportDraft = {
  kind: 'rent',
  category: null,
  name: '',
  phone: '',
  idKind: 'id-card',
  idNumber: '',
  creditCode: '',
  rent: '',
  ownsHome: false,
  declaration: false,
  documents: {},
};

/** The action's input; only the documents the kind asks for are sent. */
export function supportPayload(draft: SupportDraft): ApplySupportInput {
  const rent = Number(draft.rent.trim());
  return {
    kind: draft.kind,
    category: draft.category as TalentCategory,
    applicant: {
      name: draft.name.trim(),
      phone: draft.phone.trim(),
      identityDocument: { kind: draft.idKind, number: draft.idNumber.trim() },
    },
    employerCreditCode: draft.creditCode.trim(),
    monthlyRentPaid: draft.kind === 'rent' ? (draft.rent.trim() === '' || !Number.isFinite(rent) ? Number.NaN : rent) : null,
    ownsHomeInShanghai: draft.ownsHome,
    declaration: draft.declaration as true,
    documents: SUPPORT_DOCUMENTS[draft.kind].flatMap((kind) => (draft.documents[kind] ? [draft.documents[kind]] : [])),
  };
}

/** Our sentence for the fields whose schema message says little to a person (a pattern, a literal). */
const FRIENDLY: Record<string, SupportMessageKey> = {
  'applicant.phone': 'support.invalidPhone',
  'applicant.identityDocument.number': 'support.invalidId',
  employerCreditCode: 'support.invalidCode',
  monthlyRentPaid: 'support.invalidRent',
  declaration: 'support.declarationNeeded',
  category: 'support.choose',
};

/**
 * The action's own schema checked on the form, as the server will check it (field path → message), and each
 * document the kind asks for (`documents.<kind>`): the server would refuse its absence as NOT_ELIGIBLE.
 */
export function supportErrors(draft: SupportDraft, locale: Locale): Record<string, string> {
  const payload = supportPayload(draft);
  const errors: Record<string, string> = {};
  const typed: Record<string, string> = {
    'applicant.name': draft.name,
    'applicant.phone': draft.phone,
    'applicant.identityDocument.number': draft.idNumber,
    employerCreditCode: draft.creditCode,
    monthlyRentPaid: draft.rent,
  };
  for (const [path, message] of Object.entries(fieldErrors(applySupportInput, payload, locale))) {
    const empty = path in typed && typed[path].trim() === '';
    // A number of the right shape that is still refused is an ID card's (check character, birth date): core's words.
    const coreWords = path === 'applicant.identityDocument.number' && DOCUMENT_NUMBER_PATTERN.test(draft.idNumber.trim());
    const friendly = FRIENDLY[path] && !coreWords ? ts(FRIENDLY[path], undefined, locale) : message;
    errors[path] = empty ? ts('support.required', undefined, locale) : friendly;
  }
  for (const kind of SUPPORT_DOCUMENTS[draft.kind]) {
    if (!draft.documents[kind])
      errors[`documents.${kind}`] = ts('support.requiredDocument', { kind: DOCUMENT_KIND_LABELS[kind][locale] }, locale);
  }
  return errors;
}
