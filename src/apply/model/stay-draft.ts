import type { Locale } from '@core/contract/locale';
import { addDays } from '@core/calendar/dates';
import type { DocumentFile, DocumentKind } from '@core/documents';
import type { Reason } from '@core/reasons';
import { applyForGuestInput, type ApplyForGuestInput } from '@core/stays/apply-for-guest.schema';
import { applyInput, type ApplyInput } from '@core/stays/apply.schema';
import { REQUIRED_STAY_DOCUMENTS, STAY_DOCUMENT_RULES, stayEligibility } from '@core/stays/eligibility';
import type { ApplicantType, PickupPlace } from '@core/stays/model';
import { GUEST_PURPOSES, SELF_APPLICANT_TYPES } from '@core/stays/model';
import { pickupRules } from '@core/stays/pickup';
import type { StayPolicy } from '@core/stations/policy';
import { requestPickupInput } from '@core/stays/request-pickup.schema';
import { maxNightsFor, stayRequestRules } from '@core/stays/rules';
import { tp } from '../i18n';
import { formErrors } from './form-errors';

export type SelfType = (typeof SELF_APPLICANT_TYPES)[number];
export type Purpose = (typeof GUEST_PURPOSES)[number];
export type Mode = 'self' | 'guest';

/** Everything the wizard has asked so far, as the user typed it (numbers stay text until submitted). */
export interface StayDraft {
  mode: Mode;
  type: SelfType;
  name: string;
  phone: string;
  idKind: 'passport' | 'id-card';
  idNumber: string;
  intendsToWorkInShanghai: boolean;
  yearsAbroad: string;
  university: string;
  graduationDate: string;
  seatApplicationId: string;
  purpose: Purpose;
  employerName: string;
  checkIn: string;
  nights: number;
  joinWaitlist: boolean;
  pickup: { wanted: boolean; place: PickupPlace; number: string; day: string; time: string };
  documents: Partial<Record<DocumentKind, DocumentFile>>;
}

export const emptyDraft = (mode: Mode): StayDraft => ({
  mode,
  type: 'overseas-professional',
  name: '',
  phone: '',
  idKind: 'passport',
  idNumber: '',
  intendsToWorkInShanghai: false,
  yearsAbroad: '',
  university: '',
  graduationDate: '',
  seatApplicationId: '',
  purpose: 'new-hire',
  employerName: '',
  checkIn: '',
  nights: 0,
  joinWaitlist: false,
  pickup: { wanted: false, place: 'PVG', number: '', day: '', time: '' },
  documents: {},
});

export const applicantType = (draft: StayDraft): ApplicantType => (draft.mode === 'guest' ? 'employer-guest' : draft.type);

const optionalNumber = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));
const optionalText = (text: string): string | undefined => (text.trim() === '' ? undefined : text.trim());
const documentList = (draft: StayDraft): DocumentFile[] => Object.values(draft.documents).filter((d): d is DocumentFile => !!d);

const person = (draft: StayDraft) => ({
  name: draft.name,
  phone: draft.phone,
  identityDocument: { kind: draft.idKind, number: draft.idNumber },
});

/** The payload of `stays.apply` exactly as the server's schema expects it. */
export function selfPayload(draft: StayDraft, stationId: string): ApplyInput {
  const facts =
    draft.type === 'overseas-professional'
      ? { intendsToWorkInShanghai: draft.intendsToWorkInShanghai, yearsAbroad: optionalNumber(draft.yearsAbroad) }
      : draft.type === 'graduate'
        ? {
            intendsToWorkInShanghai: draft.intendsToWorkInShanghai,
            university: optionalText(draft.university),
            graduationDate: optionalText(draft.graduationDate),
          }
        : { seatApplicationId: optionalText(draft.seatApplicationId) };
  const payload = {
    stationId,
    type: draft.type,
    checkIn: draft.checkIn,
    nights: draft.nights,
    applicant: person(draft),
    ...facts,
    documents: documentList(draft),
    ...(draft.joinWaitlist ? { joinWaitlist: true } : {}),
  };
  // JSON drops undefined members; do it here too so the strict schema sees what the server will see.
  return JSON.parse(JSON.stringify(payload)) as ApplyInput;
}

/** The payload of `stays.applyForGuest`. */
export function guestPayload(draft: StayDraft, stationId: string): ApplyForGuestInput {
  return {
    stationId,
    checkIn: draft.checkIn,
    nights: draft.nights,
    guest: person(draft),
    purpose: draft.purpose,
    employerName: draft.employerName,
    documents: documentList(draft),
    ...(draft.joinWaitlist ? { joinWaitlist: true } : {}),
  };
}

/** Field → message from the server's own schema, in the user's language (paths as the server reports them). */
export function schemaErrors(draft: StayDraft, stationId: string, locale: Locale): Record<string, string> {
  return draft.mode === 'guest'
    ? formErrors(applyForGuestInput, guestPayload(draft, stationId), locale)
    : formErrors(applyInput, selfPayload(draft, stationId), locale);
}

/**
 * The eligibility rules of core, with the draft's answers: every failed rule. `documents: false` leaves out the
 * rules that only an upload can satisfy.
 */
export function eligibilityReasons(
  draft: StayDraft,
  context: { today: string; policy: StayPolicy; isEmployer: boolean },
  options: { documents: boolean },
): Reason[] {
  const type = applicantType(draft);
  const reasons = stayEligibility({
    type,
    today: context.today,
    policy: context.policy,
    documents: documentList(draft),
    intendsToWorkInShanghai: draft.intendsToWorkInShanghai,
    yearsAbroad: optionalNumber(draft.yearsAbroad),
    university: optionalText(draft.university),
    graduationDate: optionalText(draft.graduationDate),
    // The server looks the team up; here a named application is taken as approved with this person on it.
    team: optionalText(draft.seatApplicationId) ? { approved: true, personIsMember: true } : null,
    callerIsVerifiedEmployer: context.isEmployer,
  });
  return options.documents ? reasons : reasons.filter((r) => !STAY_DOCUMENT_RULES.includes(r.rule));
}

/**
 * Documents the applicant type asks for, from core's one list: each inner list is "one of these". Rules proved by a
 * document are checked in the Documents step, not while the user is still saying who they are.
 */
export const requiredDocuments = (type: ApplicantType): ReadonlyArray<readonly DocumentKind[]> =>
  REQUIRED_STAY_DOCUMENTS[type].map((requirement) => requirement.kinds);

const WHO_FIELDS = [
  'applicant',
  'guest',
  'type',
  'purpose',
  'employerName',
  'yearsAbroad',
  'university',
  'graduationDate',
  'seatApplicationId',
  'intendsToWorkInShanghai',
];

/** Schema errors of the first step only (who the person is). */
export function whoErrors(draft: StayDraft, stationId: string, locale: Locale): Record<string, string> {
  const all = schemaErrors(draft, stationId, locale);
  return Object.fromEntries(Object.entries(all).filter(([path]) => WHO_FIELDS.includes(path.split('.')[0])));
}

/**
 * The first step's conditions not met (core's eligibility on what was answered, proofs aside) as one error on the
 * rules: the server would refuse the application for them, so the applicant learns it before the dates and uploads.
 */
export function rulesErrors(
  draft: StayDraft,
  context: { today: string; policy: StayPolicy; isEmployer: boolean },
  locale: Locale,
): Record<string, string> {
  return eligibilityReasons(draft, context, { documents: false }).length > 0 ? { rules: tp('stay.rules.blocked', undefined, locale) } : {};
}

export const checkOut = (draft: Pick<StayDraft, 'checkIn' | 'nights'>): string =>
  draft.checkIn ? addDays(draft.checkIn, draft.nights) : '';

/** Dates rules of core (nights, window) as field errors. */
export function datesErrors(draft: StayDraft, context: { today: string; policy: StayPolicy }, locale: Locale): Record<string, string> {
  if (!draft.checkIn || draft.nights < 1) return { checkIn: locale === 'en' ? 'Choose your dates' : '请选择入住日期' };
  const reasons = stayRequestRules({
    type: applicantType(draft),
    checkIn: draft.checkIn,
    nights: draft.nights,
    today: context.today,
    policy: context.policy,
  });
  return Object.fromEntries(reasons.map((r) => [r.rule === 'nights' ? 'nights' : 'checkIn', r.message[locale]]));
}

export const maxNights = (draft: StayDraft, policy: StayPolicy): number => maxNightsFor(applicantType(draft), policy);

/** The arrival as an instant: the day and time typed are Beijing time (+08:00). */
export const arrivalAt = (pickup: StayDraft['pickup']): string => `${pickup.day}T${pickup.time}:00+08:00`;

/** The pickup's schema and rules of core (number format, arrival near check-in, in the future). */
export function pickupErrors(draft: StayDraft, context: { now: Date; policy: StayPolicy }, locale: Locale): Record<string, string> {
  const { pickup } = draft;
  if (!pickup.wanted) return {};
  const errors: Record<string, string> = {};
  if (!pickup.day) errors.arrivalDay = locale === 'en' ? 'Choose the arrival day' : '请选择到达日期';
  if (pickup.time === '') errors.arrivalTime = locale === 'en' ? 'Choose the arrival time' : '请选择到达时间';
  else if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(pickup.time))
    errors.arrivalTime = locale === 'en' ? 'Enter a time such as 14:30' : '请按 14:30 的格式填写时间';
  const schema = formErrors(
    requestPickupInput,
    { id: 'draft-0000', place: pickup.place, number: pickup.number, arrivalAt: arrivalAt(pickup) },
    locale,
  );
  if (schema.number) errors.number = schema.number;
  if (!errors.arrivalDay && !errors.arrivalTime) {
    const reasons = pickupRules({
      checkIn: draft.checkIn,
      arrivalAt: new Date(arrivalAt(pickup)),
      now: context.now,
      days: context.policy.pickupDaysAroundCheckIn,
    });
    if (reasons.length > 0) errors.arrivalTime = reasons[0].message[locale];
  }
  return errors;
}

/** Documents step: the proofs eligibility asks for, as messages by rule. */
export function documentErrors(
  draft: StayDraft,
  context: { today: string; policy: StayPolicy; isEmployer: boolean },
  locale: Locale,
): Record<string, string> {
  const reasons = eligibilityReasons(draft, context, { documents: true }).filter((r) => STAY_DOCUMENT_RULES.includes(r.rule));
  return Object.fromEntries(reasons.map((r) => [r.rule, r.message[locale]]));
}
