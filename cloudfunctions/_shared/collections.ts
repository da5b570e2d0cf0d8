/**
 * The one list of collections and their indexes. Provisioning creates them on CloudBase; the local cloud creates
 * them on first start, keeps the indexes, and reports any query that no index serves (like MongoDB's
 * `notablescan`), so this list stays complete. Every collection holds data only functions may touch (security
 * rules deny direct client access).
 */
export const COLLECTIONS = {
  users: 'users',
  stations: 'stations',
  units: 'units',
  categories: 'categories',
  /** One record per submit (`requestId`), so a retried submit creates nothing twice. */
  idempotency: 'idempotency',
  /** Who did what to which record, with the status before and after. */
  auditLogs: 'audit_logs',
  /** Service requests (诉求) with their timeline. */
  requests: 'requests',
  /** The working-day calendar, one document per year (`_id: '2026'`). */
  calendars: 'calendars',
  /** KPI counters per unit per month (`m:…`) and per day (`d:…`), incremented at each step. */
  kpiCounters: 'kpi_counters',
  /** Notifications to send, one per recipient and message; `_id` is the dedupe key. */
  outbox: 'outbox',
  /** The in-app message list, one per recipient and message; `_id` is the dedupe key. */
  messages: 'messages',
  /** Stay applications (stays function). */
  stayApplications: 'stay_applications',
  /** Beds held per station per night, one document per station per month (core/capacity/buckets.ts). */
  stayNights: 'stay_nights',
  /** Per identity document (keyed hash): the active stay application and the free stay used per program. */
  stayClaims: 'stay_claims',
  /** Co-working seat applications (workspaces function). */
  seatApplications: 'seat_applications',
  /** Seats held per station per day, one document per station per month. */
  seatDays: 'seat_days',
  /** Per team: its one active seat application. */
  seatClaims: 'seat_claims',
  /** Per station (`_id`): the seat numbers reserved by assignments, changed only by compare-and-set on `version`. */
  seatMaps: 'seat_maps',
  /**
   * Per caller, action and fixed window: how many submits were counted (`_id: <fn>.<action>:<openId>:<window start>`);
   * removed by the scheduler once `expiresAt` (the window's end) has passed.
   */
  rateLimits: 'rate_limits',
  /** Submits in progress (core/capacity/pending.ts): what to give back when one dies between hold and insert. */
  pendingSubmits: 'pending_submits',
  /** The policy catalogue (政策直达), edited by the district admin (policies function). */
  policies: 'policies',
  /**
   * 双结对 pairs: `_id` is the talent's openid for the pair in force (`active: true`); a pair that ended is kept under
   * another id with `active: false` and `endedOn`, for the KPI figures.
   */
  liaisonPairs: 'liaison_pairs',
  /** A liaison's contacts with a talent: visits (走访记录) and requests filed on their behalf. */
  liaisonContacts: 'liaison_contacts',
  /** Events and service projects (events function); their sessions and sign-ups are documents of their own. */
  events: 'events',
  /** One per session, with `taken` places changed only by conditional updates (never over `capacity`). */
  eventSessions: 'event_sessions',
  /** One per person per session (`_id` derives from both), whatever its status. */
  eventSignUps: 'event_sign_ups',
  /** Talent apartment buildings, with their unit types, viewing slots and policy (housing function). */
  apartmentBuildings: 'apartment_buildings',
  /** Apartment units, each with the periods it is taken; changed only by compare-and-set on `version`. */
  apartmentUnits: 'apartment_units',
  /** The district's employer register by credit code (`_id`), with the HR users who confirm employment. */
  apartmentEmployers: 'apartment_employers',
  /** Apartment applications, from the employer's confirmation through the waiting list to the lease. */
  apartmentApplications: 'apartment_applications',
  /** Apartment leases. */
  apartmentLeases: 'apartment_leases',
  /** Per household (keyed hash of the applicant's identity, `_id`): its one active application or lease. */
  apartmentClaims: 'apartment_claims',
  /** Viewing (看房) slots per building, date and time, booked up to their capacity. */
  apartmentViewings: 'apartment_viewings',
  /** Employers' blocks of units for their staff, with the unit each tenant is named to (housing function). */
  apartmentBlocks: 'apartment_blocks',
  /** The codes HR passes to the tenants they name (`_id`), pointing at the block's unit. */
  apartmentInvites: 'apartment_invites',
  /** Housing support (租房资助, 购房补贴) applications, with the schedule of entitlements approval makes (support function). */
  supportApplications: 'support_applications',
  /** One per month paid (`_id` = `<application>:<month>`): recorded once, the finance office's list. */
  supportDisbursements: 'support_disbursements',
  /** Per person and kind (`<kind>:<identity hash>`, `_id`): their one application or support of that kind. */
  supportClaims: 'support_claims',
  /** The district's support policy (`_id` = `policy`), as the admin set it. */
  supportSettings: 'support_settings',
} as const;

export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];
export const ALL_COLLECTIONS: CollectionName[] = Object.values(COLLECTIONS);

/**
 * A compound index, MongoDB style. A query is served when it constrains the index's first key with an equality
 * (`field: value` or `_.in([...])`); the remaining keys narrow it further and give the sort order for free.
 * `_id` is always indexed and needs no entry.
 */
export interface IndexSpec {
  name: string;
  keys: Record<string, 1 | -1>;
  unique?: boolean;
}

export const INDEXES: Record<CollectionName, IndexSpec[]> = {
  users: [{ name: 'roles', keys: { roles: 1 } }],
  // The network's list (active stations, of a district too) and the home station (lowest `order`, read in order).
  stations: [{ name: 'active_order', keys: { active: 1, order: 1 } }],
  units: [{ name: 'active', keys: { active: 1 } }],
  categories: [{ name: 'active_order', keys: { active: 1, order: 1 } }],
  idempotency: [
    { name: 'createdAt', keys: { createdAt: 1 } },
    // The caller's stored replies, removed when they delete their account.
    { name: 'owner', keys: { owner: 1 } },
    // Staff actions' stored replies showing someone's record (`subjects`), removed when that person deletes their account.
    { name: 'subjects', keys: { subjects: 1 } },
  ],
  audit_logs: [
    { name: 'target', keys: { 'target.id': 1, at: -1 } },
    { name: 'actor', keys: { actor: 1, at: -1 } },
    // The admin's audit viewer (by action, or by time alone, newest first); the scheduler's retention sweep deletes
    // by age alone (purgeExpiredAudit) with a range on the same key.
    { name: 'action_at', keys: { action: 1, at: -1 } },
    { name: 'at', keys: { at: -1 } },
  ],
  requests: [
    { name: 'applicant', keys: { applicantId: 1, createdAt: -1 } },
    { name: 'unit', keys: { unitIds: 1, updatedAt: -1 } },
    { name: 'status_due', keys: { status: 1, dueAt: 1 } },
    { name: 'month', keys: { month: 1, createdAt: 1 } },
    // Open requests whose deadline ran into a year with no calendar, counted again when the year is loaded.
    { name: 'provisional_status', keys: { dueProvisional: 1, status: 1 } },
  ],
  calendars: [],
  kpi_counters: [{ name: 'period_unit', keys: { period: 1, unitId: 1 } }],
  outbox: [
    { name: 'status', keys: { status: 1, createdAt: 1 } },
    { name: 'recipient', keys: { recipient: 1 } },
    { name: 'request', keys: { 'data.requestId': 1 } },
    // Liaison notices naming a talent, whose name goes when the talent deletes their account.
    { name: 'talent', keys: { 'data.talentId': 1 } },
  ],
  messages: [
    { name: 'recipient', keys: { recipient: 1, createdAt: -1 } },
    // The unread badge (account.messages): recipient and read both pinned.
    { name: 'recipient_read', keys: { recipient: 1, read: 1 } },
    { name: 'request', keys: { 'data.requestId': 1 } },
    { name: 'talent', keys: { 'data.talentId': 1 } },
  ],
  stay_applications: [
    { name: 'owner_submitted', keys: { ownerId: 1, submittedAt: -1 } },
    { name: 'station_status_submitted', keys: { stationId: 1, status: 1, submittedAt: 1 } },
    { name: 'status_submitted', keys: { status: 1, submittedAt: 1 } },
    // The operator's arrivals today and tomorrow (stays.today).
    { name: 'station_checkin', keys: { stationId: 1, checkIn: 1 } },
  ],
  stay_nights: [{ name: 'station_month', keys: { stationId: 1, month: 1 } }],
  // The scheduler's recovery of abandoned stay submits, recorded on the claim: `{ pending.kind, pending.at: < cutoff }`.
  stay_claims: [{ name: 'pending_at', keys: { 'pending.kind': 1, 'pending.at': 1 } }],
  seat_applications: [
    { name: 'owner_submitted', keys: { ownerId: 1, submittedAt: -1 } },
    // Teams a person is a member of (by identity hash): their data export and account deletion.
    { name: 'member_hashes', keys: { memberIdHashes: 1 } },
    // Teams a person joined by invite: their My bookings (workspaces.joined), data export and account deletion.
    { name: 'member_openids_submitted', keys: { memberOpenIds: 1, submittedAt: -1 } },
    { name: 'station_status_submitted', keys: { stationId: 1, status: 1, submittedAt: 1 } },
    { name: 'status_submitted', keys: { status: 1, submittedAt: 1 } },
  ],
  seat_days: [{ name: 'station_month', keys: { stationId: 1, month: 1 } }],
  seat_claims: [],
  seat_maps: [],
  // The scheduler's recovery of abandoned submits: `{ kind, at: < cutoff }`.
  pending_submits: [{ name: 'kind_at', keys: { kind: 1, at: 1 } }],
  // The catalogue reads every policy not withdrawn (a few hundred at most) and searches them in memory.
  policies: [{ name: 'withdrawn', keys: { withdrawn: 1 } }],
  liaison_pairs: [
    // A liaison's talents (liaisons.myTalents), and the pairs in force or ended (liaisons.figures).
    { name: 'active_liaison', keys: { active: 1, liaisonId: 1 } },
    // Pairs whose contact is due and not yet reminded (the scheduler, cloudfunctions/_shared/liaisons/remind.ts).
    { name: 'pending_due', keys: { reminderPending: 1, contactDueOn: 1 } },
    // A talent's pairs, in force and ended: removed when they delete their account.
    { name: 'talent_paired', keys: { talentId: 1, pairedOn: 1 } },
  ],
  liaison_contacts: [
    { name: 'talent_on', keys: { talentId: 1, on: -1 } },
    // The KPI figures of a period: its months pinned with `_.in`.
    { name: 'month_on', keys: { month: 1, on: 1 } },
  ],
  // Upcoming events (events.list), by type or station too.
  events: [{ name: 'active_last', keys: { active: 1, lastStartsAt: 1 } }],
  event_sessions: [
    { name: 'event_starts', keys: { eventId: 1, startsAt: 1 } },
    // The scheduler's day-before reminders: `{ reminded: false, startsAt: <range> }`.
    { name: 'reminded_starts', keys: { reminded: 1, startsAt: 1 } },
  ],
  event_sign_ups: [
    // A session's sign-ups by status in waitlist order (offers, draw, check-in lists, reminders).
    { name: 'session_status_rank', keys: { sessionId: 1, status: 1, rank: 1 } },
    // My events; no-show counts; the owner's data on account deletion.
    { name: 'owner_signed', keys: { ownerId: 1, signedUpAt: -1 } },
    // Offers past their deadline, oldest first (the scheduler's lapse step).
    { name: 'status_offer_expires', keys: { status: 1, offerExpiresAt: 1 } },
  ],
  apartment_buildings: [
    { name: 'active', keys: { active: 1 } },
    // The buildings an operator's station runs (housing.staffBuildings).
    { name: 'station', keys: { stationId: 1 } },
  ],
  apartment_units: [
    { name: 'building_type', keys: { buildingId: 1, type: 1 } },
    // The scheduler's repairs (housing/repairs.ts): units holding an offer.
    { name: 'period_kind', keys: { 'periods.kind': 1, _id: 1 } },
  ],
  // An HR user's employers (housing.employerQueue).
  apartment_employers: [{ name: 'hr', keys: { hrOpenIds: 1 } }],
  apartment_applications: [
    { name: 'owner_submitted', keys: { ownerId: 1, submittedAt: -1 } },
    // The waiting list of one building and unit type; the applicant's place on it.
    { name: 'building_type_status', keys: { buildingId: 1, unitType: 1, status: 1 } },
    // The head of each priority tier of that list (housing.offer), in the order served.
    { name: 'building_type_status_category_queued', keys: { buildingId: 1, unitType: 1, status: 1, category: 1, queuedAt: 1 } },
    // The employer's queue: applications naming their credit codes, awaiting confirmation.
    { name: 'employer_status', keys: { 'employer.creditCode': 1, status: 1 } },
    // The scheduler: confirmations past their last day, offers past theirs.
    { name: 'status_due', keys: { status: 1, employerDueOn: 1 } },
    { name: 'status_offer', keys: { status: 1, 'offer.expiresOn': 1 } },
    // The scheduler's repairs (housing/repairs.ts): applications offered or leased within the last week.
    { name: 'status_updated', keys: { status: 1, updatedAt: 1, _id: 1 } },
    // The KPI page's waiting times: a building's offers made in a period.
    { name: 'building_offered', keys: { buildingId: 1, 'offer.offeredOn': 1 } },
  ],
  apartment_leases: [
    { name: 'owner', keys: { ownerId: 1, start: -1 } },
    { name: 'building_status', keys: { buildingId: 1, status: 1, end: 1 } },
    // The scheduler's reminders: active leases ending on a given day.
    { name: 'status_end', keys: { status: 1, end: 1 } },
    // The scheduler's repairs (housing/repairs.ts): leases changed within the last week.
    { name: 'updated', keys: { updatedAt: 1, _id: 1 } },
  ],
  apartment_claims: [],
  apartment_viewings: [{ name: 'building_date', keys: { buildingId: 1, date: 1 } }],
  apartment_blocks: [
    // The HR's blocks (housing.employerBlocks): their employers' credit codes pinned with `_.in`.
    { name: 'employer_submitted', keys: { 'employer.creditCode': 1, submittedAt: -1 } },
    // A building's blocks by status (housing.blockQueue, the KPI figures).
    { name: 'building_status', keys: { buildingId: 1, status: 1 } },
    // The scheduler's sweep (housing/block-sweep.ts): allocations under way, and the allocated blocks by id.
    { name: 'status', keys: { status: 1, _id: 1 } },
    // The scheduler's repairs (housing/repairs.ts): blocks allocated and changed within the last week.
    { name: 'status_updated', keys: { status: 1, updatedAt: 1, _id: 1 } },
    // A tenant's units of blocks: their data export and account deletion.
    { name: 'tenant', keys: { 'allocations.ownerId': 1, submittedAt: 1 } },
  ],
  apartment_invites: [],
  support_applications: [
    // My support; the owner's data on export and deletion.
    { name: 'owner_submitted', keys: { ownerId: 1, submittedAt: -1 } },
    // The operators' queue by status (and kind), oldest first.
    { name: 'status_kind_submitted', keys: { status: 1, kind: 1, submittedAt: 1 } },
    // The scheduler: approved rent support whose next re-check is due or missed.
    { name: 'status_recheck', keys: { status: 1, nextRecheck: 1 } },
  ],
  support_disbursements: [
    // An application's months paid.
    { name: 'application_month', keys: { applicationId: 1, month: 1 } },
    // The finance office's CSV: paid between two days.
    { name: 'paid', keys: { paidOn: 1 } },
  ],
  support_claims: [],
  support_settings: [],
  // CloudBase has no TTL index: the scheduler removes `{ kind: 'window', expiresAt: < now }` (a range alone pins no key).
  rate_limits: [
    { name: 'kind_expires', keys: { kind: 1, expiresAt: 1 } },
    // A caller's windows, removed when they delete their account.
    { name: 'owner', keys: { owner: 1 } },
    // Staff actions' stored replies showing someone's record (`subjects`), removed when that person deletes their account.
    { name: 'subjects', keys: { subjects: 1 } },
  ],
};
