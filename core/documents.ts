import * as z from 'zod';
import { isIsoDate } from './calendar/dates';
import type { LocalizedText } from './contract/locale';
import { reason, type Reason } from './reasons';
import { FILE_TYPES, MAX_FILE_BYTES } from './uploads/limits';

/** The one list of documents an applicant may attach; each is a cloud-storage file ID uploaded beforehand. */
export const DOCUMENT_KINDS = [
  'passport',
  'id-card',
  'degree',
  'offer-letter',
  'work-proof',
  'business-plan',
  // Housing (core/housing): employment, social insurance, no home in Shanghai, and the rent or purchase contract.
  'labour-contract',
  'social-insurance-record',
  'no-home-declaration',
  'rent-contract',
  'purchase-contract',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What each kind of document is called, wherever it is shown (upload forms, the operator's review). */
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, LocalizedText> = {
  passport: { 'zh-CN': '护照', en: 'Passport' },
  'id-card': { 'zh-CN': '身份证', en: 'ID card' },
  degree: { 'zh-CN': '学位证书或在读证明', en: 'Degree certificate or proof of enrolment' },
  'offer-letter': { 'zh-CN': '录用通知', en: 'Offer letter' },
  'work-proof': { 'zh-CN': '海外工作证明', en: 'Proof of work abroad' },
  'business-plan': { 'zh-CN': '商业计划书', en: 'Business plan' },
  'labour-contract': { 'zh-CN': '劳动合同', en: 'Labour contract' },
  'social-insurance-record': { 'zh-CN': '上海社保缴纳记录', en: 'Shanghai social insurance record' },
  'no-home-declaration': { 'zh-CN': '无房声明', en: 'Declaration of no home in Shanghai' },
  'rent-contract': { 'zh-CN': '租房合同', en: 'Rent contract' },
  'purchase-contract': { 'zh-CN': '购房合同', en: 'Purchase contract' },
};

export { FILE_TYPES, MAX_FILE_BYTES };

/** Cloud storage file IDs look like `cloud://<env>.<bucket>/<path>`. */
const CLOUD_FILE_ID = /^cloud:\/\/[A-Za-z0-9._-]+\/[^\s]{1,500}$/;

export const documentFile = z
  .object({
    kind: z.enum(DOCUMENT_KINDS),
    fileId: z.string().regex(CLOUD_FILE_ID, 'cloud://<env>/<path>'),
    type: z.enum(FILE_TYPES),
    size: z.number().int().positive().max(MAX_FILE_BYTES),
  })
  .strict();
export type DocumentFile = z.infer<typeof documentFile>;

export const documentList = z.array(documentFile).max(8);

/** Identity documents a stay is counted against (one free stay per person per program). */
export const IDENTITY_KINDS = ['passport', 'id-card'] as const;

const ID_CARD_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CARD_CHECK = '10X98765432';

/**
 * A resident identity card number as GB 11643 makes it: 17 digits, the 7th to 14th a real birth date from 1900, and
 * a check character (0–9 or X) computed from the other 17. A typo in one digit fails the check, so one person does
 * not count as two (one free stay per person is counted on this number).
 */
export function isIdCardNumber(number: string): boolean {
  const upper = number.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(upper)) return false;
  const birth = `${upper.slice(6, 10)}-${upper.slice(10, 12)}-${upper.slice(12, 14)}`;
  if (!isIsoDate(birth) || birth < '1900-01-01') return false;
  return idCardCheckCharacter(upper.slice(0, 17)) === upper[17];
}

/** The check character (0–9 or X) of an ID card number's first 17 digits (GB 11643, ISO 7064 MOD 11-2). */
export const idCardCheckCharacter = (first17: string): string =>
  ID_CARD_CHECK[ID_CARD_WEIGHTS.reduce((total, weight, i) => total + weight * Number(first17[i]), 0) % 11];

const ID_CARD_MESSAGE: LocalizedText = {
  'zh-CN': '身份证号码有误，请核对（18 位，最后一位可为 X）',
  en: 'This ID card number is not valid: check its 18 characters (the last may be X)',
};

/** Any identity document's number: 5–20 letters or digits (an ID card's is held to more, `isIdCardNumber`). */
export const DOCUMENT_NUMBER_PATTERN = /^[A-Za-z0-9]{5,20}$/;

export const identityDocument = z
  .object({
    kind: z.enum(IDENTITY_KINDS),
    number: z.string().trim().regex(DOCUMENT_NUMBER_PATTERN, '5–20 letters or digits'),
  })
  .strict()
  .superRefine((doc, ctx) => {
    if (doc.kind === 'id-card' && DOCUMENT_NUMBER_PATTERN.test(doc.number) && !isIdCardNumber(doc.number)) {
      ctx.addIssue({ code: 'custom', path: ['number'], message: ID_CARD_MESSAGE.en, params: { localized: ID_CARD_MESSAGE } });
    }
  });
export type IdentityDocument = z.infer<typeof identityDocument>;

/** What lists and details show instead of the number: the kind and the last four characters. */
export const maskDocumentNumber = (number: string): string =>
  `${'*'.repeat(Math.max(0, Math.min(number.length - 4, 12)))}${number.slice(-4)}`;

/** Normalised before hashing so `e1234567` and `E1234567` count as one document. */
export const normaliseDocumentNumber = (doc: IdentityDocument): string => `${doc.kind}:${doc.number.toUpperCase()}`;

export const hasDocument = (files: readonly DocumentFile[], kinds: readonly DocumentKind[]): boolean =>
  files.some((f) => kinds.includes(f.kind));

/** A document an application must carry: one file of any of `kinds`; missing, eligibility fails `rule`. */
export interface DocumentRequirement {
  rule: string;
  kinds: readonly DocumentKind[];
  message: LocalizedText;
}

/** The requirement's failed rule when no file of its kinds is attached, else nothing. */
export const missingDocument = (requirement: DocumentRequirement, files: readonly DocumentFile[]): Reason[] =>
  hasDocument(files, requirement.kinds) ? [] : [reason(requirement.rule, requirement.message['zh-CN'], requirement.message.en)];
