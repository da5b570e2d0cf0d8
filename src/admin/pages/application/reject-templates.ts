import type { AdminMessageKey } from '../../i18n';

/** Reasons operators give most often; tapping one fills the reason field, which stays editable. */
export const REJECT_TEMPLATES: readonly AdminMessageKey[] = [
  'application.rejectTemplate.documents',
  'application.rejectTemplate.eligibility',
  'application.rejectTemplate.full',
  'application.rejectTemplate.duplicate',
];
