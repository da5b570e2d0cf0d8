// The rules an admin can change per station: one policy for stays and one for seats, stored partial on the station
// document and read with the defaults filled in.

/** The stay rules an admin can change per station (`stations.stayPolicy`); anything missing takes these defaults. */
export interface StayPolicy {
  maxNights: number;
  maxNightsTeamMember: number;
  /** Check-in from today + `minDaysAhead` to today + `maxDaysAhead`, both included. */
  minDaysAhead: number;
  maxDaysAhead: number;
  minYearsAbroad: number;
  /** A student graduating within this many months… */
  graduatingWithinMonths: number;
  /** …or a graduate who graduated within this many months. */
  graduatedWithinMonths: number;
  listedUniversities: string[];
  /** Pending this many working days without review → expired. */
  reviewWorkingDays: number;
  /** A waitlist offer must be confirmed within this many hours. */
  offerHours: number;
  /** A pickup's arrival must be within this many days of the check-in date. */
  pickupDaysAroundCheckIn: number;
}

export const DEFAULT_STAY_POLICY: StayPolicy = {
  maxNights: 7,
  maxNightsTeamMember: 14,
  minDaysAhead: 1,
  maxDaysAhead: 60,
  minYearsAbroad: 3,
  graduatingWithinMonths: 12,
  graduatedWithinMonths: 24,
  listedUniversities: [],
  reviewWorkingDays: 5,
  offerHours: 24,
  pickupDaysAroundCheckIn: 1,
};

export const resolveStayPolicy = (stored: Partial<StayPolicy> | undefined | null): StayPolicy => ({
  ...DEFAULT_STAY_POLICY,
  ...(stored ?? {}),
});

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
