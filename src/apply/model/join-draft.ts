import type { Locale } from '@core/contract/locale';
import { joinTeamInput, type JoinTeamInput } from '@core/workspaces/join-team.schema';
import { formErrors } from './form-errors';

/** What the invitee types: their own name, mainland mobile and identity document. */
export interface JoinDraft {
  name: string;
  phone: string;
  idKind: 'passport' | 'id-card';
  idNumber: string;
}

export const emptyJoinDraft = (): JoinDraft => ({ name: '', phone: '', idKind: 'id-card', idNumber: '' });

/** The payload of `workspaces.joinTeam` exactly as the server's schema expects it. */
export const joinPayload = (draft: JoinDraft, link: { id: string; token: string }): JoinTeamInput => ({
  id: link.id,
  token: link.token,
  member: { name: draft.name, phone: draft.phone, identityDocument: { kind: draft.idKind, number: draft.idNumber } },
});

/** The form's problems by the server's field paths (`member.phone`…), checked with the action's own schema. */
export const joinErrors = (draft: JoinDraft, link: { id: string; token: string }, locale: Locale): Record<string, string> =>
  formErrors(joinTeamInput, joinPayload(draft, link), locale);
