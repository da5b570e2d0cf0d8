import { AppError } from '../contract/errors';
import { shanghaiDate } from '../dates';
import type { DocumentFile } from '../documents';
import { maskDocumentNumber } from '../documents';
import { maskPhone, withoutSealed, type Seal } from '../personal-data';
import { assertEligible, type Reason } from '../reasons';
import { stayEligibility, type StayEligibilityInput } from './eligibility';
import type { PersonInput } from './fields';
import { PROGRAM_OF, type ApplicantType, type Person, type StayApplication } from './model';
import type { StayPolicy } from '../stations/policy';
import { checkOutDate, stayRequestRules } from './rules';

/** Field rules (nights, dates) answer VALIDATION on the field, so the form can mark it. */
export function assertRequestRules(reasons: Reason[], locale: 'zh-CN' | 'en'): void {
  if (reasons.length === 0) return;
  throw new AppError('VALIDATION', {
    issues: reasons.map((r) => ({ path: r.rule === 'nights' ? 'nights' : 'checkIn', message: r.message[locale] })),
  });
}

export interface NewStayInput {
  id: string;
  stationId: string;
  type: ApplicantType;
  ownerId: string;
  person: PersonInput;
  /** Encrypts the phone and identity numbers for storage (the shell's key). */
  seal: Seal;
  idHash: string;
  checkIn: string;
  nights: number;
  documents: DocumentFile[];
  facts: StayApplication['facts'];
  now: Date;
  policy: StayPolicy;
  locale: 'zh-CN' | 'en';
  eligibility: Pick<StayEligibilityInput, 'team' | 'callerIsVerifiedEmployer'>;
}

/** A person as stored: name, masked numbers for display, the numbers themselves only sealed. */
export function storedPerson(person: PersonInput, seal: Seal): Person {
  return {
    name: person.name,
    phoneMasked: maskPhone(person.phone),
    idKind: person.identityDocument.kind,
    idMasked: maskDocumentNumber(person.identityDocument.number),
    sealed: { phone: seal(person.phone), idNumber: seal(person.identityDocument.number) },
  };
}

/**
 * Checks the request's dates and the applicant's eligibility, then returns the application to store (`pending`,
 * its nights to be held). "One active application" and "one free stay per program" are claimed by the shell
 * atomically, not decided here from a read that could be stale.
 */
export function newStayApplication(input: NewStayInput): StayApplication {
  const today = shanghaiDate(input.now);
  assertRequestRules(
    stayRequestRules({ type: input.type, checkIn: input.checkIn, nights: input.nights, today, policy: input.policy }),
    input.locale,
  );
  assertEligible(
    stayEligibility({
      type: input.type,
      today,
      policy: input.policy,
      documents: input.documents,
      ...input.facts,
      ...input.eligibility,
    }),
  );
  return {
    _id: input.id,
    stationId: input.stationId,
    type: input.type,
    program: PROGRAM_OF[input.type],
    ownerId: input.ownerId,
    person: storedPerson(input.person, input.seal),
    idHash: input.idHash,
    checkIn: input.checkIn,
    nights: input.nights,
    held: { first: input.checkIn, end: checkOutDate(input.checkIn, input.nights) },
    status: 'pending',
    facts: input.facts,
    documents: input.documents,
    pickup: null,
    reason: null,
    offerExpiresAt: null,
    submittedAt: input.now,
    updatedAt: input.now,
  };
}

/** What the applicant and the operator see: everything but the identity hash, the sealed numbers and the write token. */
export function toStayView(app: StayApplication) {
  const { idHash: _hidden, lastChange: _token, person, ...view } = app;
  return { ...view, person: withoutSealed(person) };
}
export type StayView = ReturnType<typeof toStayView>;
