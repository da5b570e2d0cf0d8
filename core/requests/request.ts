import type { Status, Tier } from './statuses';
import type { TransitionName } from './transitions';

/** The roles a step is taken in, as the timeline records them. */
export const TIMELINE_ROLES = ['applicant', 'operator', 'unit', 'system'] as const;
/** Whether the applicant's timeline shows a step. */
export const VISIBILITIES = ['public', 'internal'] as const;
export type Visibility = (typeof VISIBILITIES)[number];
export const EXTENSION_STATUSES = ['pending', 'granted', 'refused'] as const;
export const CONSULTATION_STATUSES = ['scheduled', 'held'] as const;

/** Who took a step, as the timeline keeps it. The applicant's view drops `openId`. */
export interface TimelineActor {
  role: (typeof TIMELINE_ROLES)[number];
  openId?: string;
  unitId?: string;
}

/** One step of a request's history. `internal` entries (notes, minutes, escalations) never reach the applicant. */
export interface TimelineEntry {
  type: TransitionName;
  at: Date;
  by: TimelineActor;
  visibility: Visibility;
  text?: string;
  data?: Record<string, unknown>;
}

export interface Extension {
  days: number;
  reason: string;
  requestedAt: Date;
  status: (typeof EXTENSION_STATUSES)[number];
}

export interface Consultation {
  id: string;
  scheduledFor: Date;
  unitIds: string[];
  topic: string;
  status: (typeof CONSULTATION_STATUSES)[number];
  minutes?: string;
  heldAt?: Date;
}

/** A question the applicant has been asked and not yet answered (core/requests/questions.ts). */
export interface OpenQuestion {
  text: string;
  askedAt: Date;
  by: TimelineActor;
}

export interface Rating {
  score: number;
  satisfied: boolean;
  comment: string | null;
  at: Date;
}

/** The `requests` document. Times are UTC instants; `dueDate` is the Shanghai date the deadline ends. */
export interface ServiceRequest {
  _id: string;
  applicantId: string;
  /** Filed by the applicant's liaison (双结对) on their behalf: the liaison's openid. */
  filedBy?: string;
  /** Addressed to the applicant's liaison (`liaisons.askMyLiaison`): the liaison's openid, told of it. */
  forLiaison?: string;
  /** Asked about this policy of the catalogue (`policies.askAbout`). */
  policyId?: string;
  category: string;
  title: string;
  body: string;
  attachments: string[];
  status: Status;
  tier: Tier | null;
  leadUnitId: string | null;
  coUnitIds: string[];
  /** Lead and co-units, the key a unit's inbox is queried by. */
  unitIds: string[];
  dispatchedAt: Date | null;
  dueAt: Date | null;
  dueDate: string | null;
  /** The deadline ran into a year with no loaded calendar: counted as plain weekdays. */
  dueProvisional: boolean;
  extension: Extension | null;
  consultations: Consultation[];
  resolvedAt: Date | null;
  reply: string | null;
  rating: Rating | null;
  /** The applicant's next `addInfo` answers it; absent on requests stored before the step existed (read as null). */
  openQuestion?: OpenQuestion | null;
  reopenCount: number;
  /** Scheduler flags, reset whenever the deadline changes (dispatch, extension, reopen). */
  reminderPending: boolean;
  overdue: boolean;
  timeline: TimelineEntry[];
  /** Shanghai month of submission, `YYYY-MM`: the key exports page by. */
  month: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
