/**
 * The one list of notice templates: what `notify` may queue (outbox and in-app message), and what the app must have
 * a text for (`messages.<template>` in both dictionaries, checked by a UI test).
 */
export const NOTICE_TEMPLATES = [
  // Service requests: to unit handlers, district admins and the applicant.
  'deadline_reminder',
  'overdue_escalation',
  'request_resolved',
  'request_auto_closed',
  'calendar_missing',
  // The unit asks the applicant for information; the answer goes back to the unit (and an asking operator).
  'info_requested',
  'info_added',
  // Stay applications: to whoever submitted it (the applicant, or the employer for a guest).
  'stay_approved',
  'stay_rejected',
  'stay_waitlisted',
  'stay_offered',
  'stay_offer_expired',
  'stay_expired',
  'stay_no_show',
  // Seat applications: to the team leader who submitted it.
  'seat_approved',
  'seat_rejected',
  'seat_referred',
  'seat_expired',
  'seat_ended_early',
  // 双结对: to a liaison whose talent has had no contact for the set number of weeks.
  'liaison_contact_due',
  // 双结对: to a liaison whose talent sent them a request.
  'liaison_asked',
  // Event sign-ups: to the person who signed up.
  'event_won',
  'event_waitlisted',
  'event_offered',
  'event_offer_lapsed',
  'event_reminder',
  'event_message',
  // Talent apartments (core/housing/notices.ts): to the applicant, and to the employer's HR who must confirm.
  'apartment_to_confirm',
  'apartment_waiting',
  'apartment_employer_denied',
  'apartment_lapsed',
  'apartment_offered',
  'apartment_offer_lapsed',
  'apartment_removed',
  'apartment_renewed',
  'apartment_lease_ended',
  // Reminders: the offer's last day, and the lease ending in 60 and in 30 days.
  'apartment_offer_lapsing',
  'apartment_lease_ending',
  // Employers' blocks (core/housing/notices.ts `blockNotice`): to the employer's HR; a confirmation also to the
  // allocating operator and the tenant.
  'apartment_block_allocated',
  'apartment_block_rejected',
  'apartment_block_tenant_named',
  'apartment_block_units_lapsed',
  'apartment_block_confirmed',
  // Housing support (core/housing/support-notices.ts): to the applicant; an answer to the operator who asked.
  'support_more_asked',
  'support_answered',
  'support_approved',
  'support_rejected',
  'support_recheck_due',
  'support_stopped',
] as const;
export type NoticeTemplate = (typeof NOTICE_TEMPLATES)[number];

/**
 * What the app asks WeChat permission for at each submit tap: the notices that submit can lead to for the person
 * tapping. (Staff notices are not asked for from an applicant's tap.)
 */
export const NOTICE_GROUPS = {
  stay: ['stay_approved', 'stay_rejected', 'stay_waitlisted', 'stay_offered', 'stay_offer_expired', 'stay_expired', 'stay_no_show'],
  seat: ['seat_approved', 'seat_rejected', 'seat_referred', 'seat_expired', 'seat_ended_early'],
  apartment: [
    'apartment_waiting',
    'apartment_employer_denied',
    'apartment_lapsed',
    'apartment_offered',
    'apartment_offer_lapsed',
    'apartment_removed',
    'apartment_offer_lapsing',
  ],
  support: ['support_approved', 'support_more_asked', 'support_rejected'],
  request: ['info_requested', 'request_resolved', 'request_auto_closed'],
  event: ['event_won', 'event_waitlisted', 'event_offered', 'event_offer_lapsed', 'event_reminder', 'event_message'],
} as const satisfies Record<string, readonly NoticeTemplate[]>;
export type NoticeGroup = keyof typeof NOTICE_GROUPS;

export const isNoticeTemplate = (value: string): value is NoticeTemplate => (NOTICE_TEMPLATES as readonly string[]).includes(value);
