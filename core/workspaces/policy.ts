/** Seat rules an admin can change per station (`stations.seatPolicy`); anything missing takes these defaults. */
export interface SeatPolicy {
  maxSeats: number;
  months: number[];
  /** Start from today + `minDaysAhead` to today + `maxDaysAhead`, both included. */
  minDaysAhead: number;
  maxDaysAhead: number;
  maxTeamSize: number;
  reviewWorkingDays: number;
}

export const DEFAULT_SEAT_POLICY: SeatPolicy = {
  maxSeats: 6,
  months: [1, 2, 3],
  minDaysAhead: 1,
  maxDaysAhead: 60,
  maxTeamSize: 10,
  reviewWorkingDays: 5,
};

export const resolveSeatPolicy = (stored: Partial<SeatPolicy> | undefined | null): SeatPolicy => ({
  ...DEFAULT_SEAT_POLICY,
  ...(stored ?? {}),
});
