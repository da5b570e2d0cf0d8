import type { StayPolicy } from '@core/stays/policy';
import type { StayDraft } from '../../model/stay-draft';

/** What every step of the stay wizard gets: the draft, a way to change it, and the errors to show now. */
export interface StepProps {
  draft: StayDraft;
  update: (patch: Partial<StayDraft>) => void;
  /** Field path (as the server reports it) → message; shown once the user tried to go on. */
  errors: Record<string, string>;
  context: StepContext;
}

export interface StepContext {
  stationId: string;
  today: string;
  now: Date;
  policy: StayPolicy;
  isEmployer: boolean;
}
