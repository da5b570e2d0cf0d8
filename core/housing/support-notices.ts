import type { NoticeTemplate } from '../notices/templates';
import { SUPPORT_KIND_LABELS, type SupportKind } from './support';

/** The decisions on housing support and who is told: the applicant, or (an answer) the operator who asked. */
export const SUPPORT_NOTICES = {
  moreAsked: 'support_more_asked',
  answered: 'support_answered',
  approved: 'support_approved',
  rejected: 'support_rejected',
  recheckDue: 'support_recheck_due',
  stopped: 'support_stopped',
} as const satisfies Record<string, NoticeTemplate>;
export type SupportNoticeEvent = keyof typeof SUPPORT_NOTICES;

/**
 * The notice of one decision on one application, keyed by the application, the event and `version` (the moment
 * or month it is for), so a retried action or a second scheduler run sends nothing twice.
 */
export function supportNotice(input: {
  event: SupportNoticeEvent;
  id: string;
  kind: SupportKind;
  version: string;
  data?: Record<string, unknown>;
}) {
  return {
    key: `support:${input.id}:${input.event}:${input.version}`,
    template: SUPPORT_NOTICES[input.event],
    data: { applicationId: input.id, kind: input.kind, kindName: SUPPORT_KIND_LABELS[input.kind], ...input.data },
  };
}
