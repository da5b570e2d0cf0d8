import { addDays, addMonths, type CalendarDate } from '../dates';
import { missingDocument, type DocumentFile, type DocumentRequirement } from '../documents';
import { reason, type Reason } from '../reasons';
import type { SeatPolicy } from '../stations/policy';

/** The day after the last day of seat use: `months` calendar months after the start. */
export const seatEndDate = (startDate: CalendarDate, months: number): CalendarDate => addMonths(startDate, months);

/** A term's last day of use: the day before its `endDate`, which is excluded. */
export const lastDayOf = (endDate: CalendarDate): CalendarDate => addDays(endDate, -1);

/** The `endDate` of a term whose last day of use is `lastDay` (ending early): the day after it, as every term's. */
export const endDateAfter = (lastDay: CalendarDate): CalendarDate => addDays(lastDay, 1);

/** Seats 1..max, 1/2/3 months, start from tomorrow to 60 days ahead, a team of 1..10 with its leader. */
export function seatRequestRules(input: {
  seats: number;
  months: number;
  startDate: CalendarDate;
  teamSize: number;
  today: CalendarDate;
  policy: SeatPolicy;
}): Reason[] {
  const { seats, months, startDate, teamSize, today, policy } = input;
  const reasons: Reason[] = [];
  if (!Number.isInteger(seats) || seats < 1 || seats > policy.maxSeats) {
    reasons.push(reason('seats', `工位数需为 1 至 ${policy.maxSeats} 个`, `Ask for 1 to ${policy.maxSeats} seats`));
  }
  if (!policy.months.includes(months)) {
    reasons.push(reason('months', `期限可选 ${policy.months.join('、')} 个月`, `The term can be ${policy.months.join(', ')} month(s)`));
  }
  const earliest = addDays(today, policy.minDaysAhead);
  const latest = addDays(today, policy.maxDaysAhead);
  if (startDate < earliest || startDate > latest) {
    reasons.push(
      reason('startDate', `开始日期需在 ${earliest} 至 ${latest} 之间`, `The start date must be between ${earliest} and ${latest}`),
    );
  }
  if (teamSize < 1 || teamSize > policy.maxTeamSize) {
    reasons.push(reason('members', `团队人数需为 1 至 ${policy.maxTeamSize} 人`, `A team has 1 to ${policy.maxTeamSize} people`));
  }
  return reasons;
}

/** The one list of the documents a seat application must attach: the business plan. */
export const REQUIRED_SEAT_DOCUMENTS: readonly DocumentRequirement[] = [
  { rule: 'business-plan', kinds: ['business-plan'], message: { 'zh-CN': '请上传商业计划书', en: 'Attach the business plan' } },
];

/** Eligibility of the team: every required document is attached. */
export const seatEligibility = (documents: readonly DocumentFile[]): Reason[] =>
  REQUIRED_SEAT_DOCUMENTS.flatMap((requirement) => missingDocument(requirement, documents));

/**
 * Seat numbers to assign: exactly `seats` distinct numbers in 1..capacity, none taken by another approved team whose
 * dates overlap (`[start, end)` ranges: a team ending the day another starts does not overlap).
 */
export function seatNumberProblems(input: {
  seatNumbers: readonly number[];
  seats: number;
  capacity: number;
  period: { first: CalendarDate; end: CalendarDate };
  others: ReadonlyArray<{ seatNumbers: readonly number[]; held: { first: CalendarDate; end: CalendarDate } | null }>;
}): Reason[] {
  const reasons: Reason[] = [];
  const unique = new Set(input.seatNumbers);
  if (unique.size !== input.seatNumbers.length || input.seatNumbers.length !== input.seats) {
    reasons.push(reason('seatNumbers', `需分配 ${input.seats} 个不重复的工位号`, `Assign ${input.seats} distinct seat numbers`));
  }
  if (input.seatNumbers.some((n) => !Number.isInteger(n) || n < 1 || n > input.capacity)) {
    reasons.push(reason('seatNumbers', `工位号需在 1 至 ${input.capacity} 之间`, `Seat numbers run from 1 to ${input.capacity}`));
  }
  const taken = new Set(
    input.others.filter((o) => o.held && o.held.first < input.period.end && input.period.first < o.held.end).flatMap((o) => o.seatNumbers),
  );
  const clashes = input.seatNumbers.filter((n) => taken.has(n));
  if (clashes.length > 0) {
    reasons.push(
      reason(
        'seatNumbers',
        `工位 ${clashes.join('、')} 在此期间已分配`,
        `Seat(s) ${clashes.join(', ')} are already assigned for these dates`,
      ),
    );
  }
  return reasons;
}
