import type { StayPolicy } from '@core/stations/policy';
import type { StayDraft } from '../../model/stay-draft';

/** What every step of the stay wizard gets: the draft, a way to change it, and the errors to show now. */
export interface StepProps {
  draft: StayDraft;
  /** A patch, or a function of the latest draft (for changes that finish later, like two uploads at once). */
  update: (patch: DraftPatch) => void;
  /** Field path (as the server reports it) → message; shown once the user tried to go on. */
  errors: Record<string, string>;
  context: StepContext;
}

export type DraftPatch = Partial<StayDraft> | ((draft: StayDraft) => Partial<StayDraft>);

export interface StepContext {
  stationId: string;
  today: string;
  now: Date;
  policy: StayPolicy;
  isEmployer: boolean;
}
