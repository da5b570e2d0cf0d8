import { ACTIVE_STAY_STATUSES, FREE_STAY_RETURNED, type StayStatus } from './model';

/**
 * A person's claim still names an application that is no longer active: the change that ended it (a cancel, a
 * rejection, an expiry) was cut short before it released the person, who would otherwise be refused for good as
 * having an active application. What a new application of theirs for `program` may do: take the claim over, doing
 * what the release would have done (`returned`: the finished application's free stay, given back when it never
 * had it); or be refused, because the finished application used the program's free stay, or another did. An
 * application still active keeps the claim (`active`). The finished one never becomes active again.
 */
export function afterFinishedClaim(input: {
  finished: { id: string; status: StayStatus; program: string };
  free: Readonly<Record<string, string>>;
  program: string;
}): 'active' | 'free-stay-used' | { returned: string | null } {
  const { finished, free, program } = input;
  if (ACTIVE_STAY_STATUSES.includes(finished.status)) return 'active';
  const returned = FREE_STAY_RETURNED.includes(finished.status) && free[finished.program] === finished.id ? finished.program : null;
  const usedBy = free[program];
  if (usedBy !== undefined && returned !== program) return 'free-stay-used';
  return { returned };
}
