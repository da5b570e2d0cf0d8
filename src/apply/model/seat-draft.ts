import type { Locale } from '@core/contract/locale';
import type { DocumentFile } from '@core/documents';
import { applySeatsInput, type ApplySeatsInput } from '@core/workspaces/apply.schema';
import type { SeatPolicy } from '@core/stations/policy';
import { seatEligibility, seatRequestRules } from '@core/workspaces/rules';
import { formErrors } from './form-errors';

export interface MemberDraft {
  name: string;
  phone: string;
  idKind: 'passport' | 'id-card';
  idNumber: string;
}

export interface SeatDraft {
  teamName: string;
  creditCode: string;
  summary: string;
  leader: { name: string; phone: string; idKind: 'passport' | 'id-card'; idNumber: string };
  members: MemberDraft[];
  seats: number;
  months: number;
  startDate: string;
  plan: DocumentFile | undefined;
}

export const emptyMember = (): MemberDraft => ({ name: '', phone: '', idKind: 'id-card', idNumber: '' });

export const emptySeatDraft = (): SeatDraft => ({
  teamName: '',
  creditCode: '',
  summary: '',
  leader: { name: '', phone: '', idKind: 'passport', idNumber: '' },
  members: [],
  seats: 1,
  months: 1,
  startDate: '',
  plan: undefined,
});

/** The payload of `workspaces.apply` exactly as the server's schema expects it. */
export function seatPayload(draft: SeatDraft, stationId: string): ApplySeatsInput {
  return {
    stationId,
    seats: draft.seats,
    months: draft.months,
    startDate: draft.startDate,
    team: {
      name: draft.teamName,
      leader: {
        name: draft.leader.name,
        phone: draft.leader.phone,
        identityDocument: { kind: draft.leader.idKind, number: draft.leader.idNumber },
      },
      members: draft.members.map((m) => ({ name: m.name, phone: m.phone, identityDocument: { kind: m.idKind, number: m.idNumber } })),
      projectSummary: draft.summary,
      ...(draft.creditCode.trim() ? { creditCode: draft.creditCode.trim() } : {}),
    },
    documents: draft.plan ? [draft.plan] : [],
  };
}

/**
 * Every problem of the form, by the server's field paths: the schema of `workspaces.apply`, then core's rules
 * (seats, term, start window, team size) and the business plan the team must attach.
 */
export function seatErrors(
  draft: SeatDraft,
  context: { stationId: string; today: string; policy: SeatPolicy },
  locale: Locale,
): Record<string, string> {
  const errors = formErrors(applySeatsInput, seatPayload(draft, context.stationId), locale);
  if (!draft.startDate) errors.startDate = locale === 'en' ? 'Choose the start date' : '请选择开始日期';
  else {
    const rules = seatRequestRules({
      seats: draft.seats,
      months: draft.months,
      startDate: draft.startDate,
      teamSize: 1 + draft.members.length,
      today: context.today,
      policy: context.policy,
    });
    for (const r of rules) errors[r.rule] ??= r.message[locale];
  }
  for (const r of seatEligibility(draft.plan ? [draft.plan] : [])) errors.documents ??= r.message[locale];
  return errors;
}
