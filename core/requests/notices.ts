/**
 * The one list of notice templates: what `notify` may queue (outbox and in-app message), and what the app must have
 * a text for (`messages.<template>` in both dictionaries, checked by a UI test).
 */
export const NOTICE_TEMPLATES = ['deadline_reminder', 'overdue_escalation', 'request_resolved', 'info_requested', 'info_added', 'request_auto_closed', 'calendar_missing'] as const;
export type NoticeTemplate = (typeof NOTICE_TEMPLATES)[number];
