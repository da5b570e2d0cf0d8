/**
 * Personal data at rest (DESIGN.md, "Privacy"): identity document numbers and phone numbers are stored only
 * encrypted, beside a masked form that lists show. The core only carries the encrypted values; the encryption
 * itself is platform code (`cloudfunctions/_shared/pii.ts`), passed in as a `Seal`.
 */

/** A value encrypted with AES-256-GCM, each part base64; `kid` names the key it was sealed with, so keys can rotate. */
export interface Sealed {
  kid: string;
  iv: string;
  tag: string;
  ct: string;
}

/** Encrypts one value for storage. */
export type Seal = (plain: string) => Sealed;

/** What lists and details show instead of a phone number: its last four digits, the rest starred. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/[^0-9]/g, '');
  return `${'*'.repeat(Math.max(0, Math.min(digits.length - 4, 12)))}${digits.slice(-4)}`;
}

/** A person as an anonymised record keeps them (its owner deleted their account): the kind of document, nothing else. */
export const anonymousPerson = <K extends string>(person: { idKind: K }) => ({
  name: '',
  phoneMasked: '',
  idKind: person.idKind,
  idMasked: '',
});

/** A stored record as the caller sees it: the encrypted values left out (they are revealed one by one, audited). */
export function withoutSealed<T extends { sealed: unknown }>(record: T): Omit<T, 'sealed'> {
  const { sealed: _sealed, ...rest } = record;
  return rest;
}
